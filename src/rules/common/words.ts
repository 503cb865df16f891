/** Splits a label key (letters, digits, single spaces) into words. */
export function keyWords(key: string): string[] {
  return key ? key.split(' ') : []
}
