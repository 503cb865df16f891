/**
 * Letters from other scripts that look like Latin ones. Spam and evasive cruft write
 * "Аdvеrtіѕе wіth uѕ" with Cyrillic letters so that phrase filters miss it (seen in the bench: a
 * Belize news site's ad footer). Folding them onto Latin lets one phrase table catch both spellings.
 * Only applied to the matching copy of a block, never to returned text.
 */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic lower case
  'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'і': 'i', 'ї': 'i', 'ј': 'j', 'к': 'k', 'м': 'm', 'н': 'h',
  'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w',
  'ү': 'y', 'һ': 'h', 'ɡ': 'g', 'ո': 'n', 'ս': 'u',
  // Cyrillic upper case
  'А': 'A', 'В': 'B', 'Е': 'E', 'Ё': 'E', 'І': 'I', 'Ї': 'I', 'Ј': 'J', 'К': 'K', 'М': 'M', 'Н': 'H',
  'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X', 'Ѕ': 'S', 'Ү': 'Y', 'Һ': 'H', 'Ԁ': 'D',
  'Ԛ': 'Q', 'Ԝ': 'W',
  // Greek
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O',
  'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'ο': 'o', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ρ': 'p', 'α': 'a',
}

/** Characters of the scripts above, to skip folding for the (usual) text that has none. */
export const LOOKALIKE_SCRIPTS = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0530-\u058f\u0261]/
/** Text that mixes those scripts with Latin letters: only then is folding worth it. */
const LATIN = /[A-Za-z]/

export function foldLookalikes(text: string): string {
  if (!LOOKALIKE_SCRIPTS.test(text) || !LATIN.test(text)) return text
  let out = ''
  for (const ch of text) out += LOOKALIKES[ch] ?? ch
  return out
}
