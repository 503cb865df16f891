/**
 * Words that address the reader or speak for the publisher ("your donation", "follow us"). Cruft
 * talks to the reader; news about the same topic talks about third parties ("The charity appealed
 * for donations"). Matched on the normalised (lower-case) text.
 */
const READER_ADDRESS =
  /(?<![\p{L}\p{N}])(?:you|your|yours|us|our|we|we're|sie|ihr|ihre|ihren|ihrer|uns|unser|unsere|unseren|wir|du|dich|dir|dein|deine|euch|vous|votre|vos|nous|notre|nos|tu|ton|ta|tes|usted|ustedes|nos|nuestro|nuestra|nuestros|nuestras|te|tú|tu|vosotros|voi|vostro|vostra|noi|nostro|nostra|ci|jij|je|jouw|uw|u|wij|we|ons|onze|você|vocês|seu|sua|nós|nosso|nossa|ty|twój|twoja|wy|wasz|wasza|nas|nasz|nasza|my)(?![\p{L}\p{N}])/u

export function addressesReader(norm: string): boolean {
  return READER_ADDRESS.test(norm)
}
