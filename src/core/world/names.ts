/**
 * The key a name is looked up by: lower case, without accents or dots, one kind of apostrophe, with runs of spaces and hyphens made one space. "São Tomé" and "Sao Tome",
 * "U.S." and "US", "Guinea-Bissau" and "Guinea Bissau" share a key; letters and digits are kept as
 * they are otherwise, so the key never joins two different words.
 */
export function nameKey(name: string): string {
  let key = withoutAccents(name).toLowerCase();
  if (key.includes('.')) key = key.replace(/\./g, '');
  if (key.includes('’')) key = key.replace(/’/g, "'");
  return key.replace(/[\s\-‐–]+/g, ' ').trim();
}

/** A name with its accents taken off ("São Tomé" -> "Sao Tome"); the name itself when it has none. */
export function withoutAccents(name: string): string {
  // Accents are stripped only where there are any: most names are plain ASCII, and NFKD is slow.
  return /[\u0080-\uffff]/.test(name) ? name.normalize('NFKD').replace(/\p{M}/gu, '') : name;
}

const ACRONYM = /^(?:\p{Lu}[\p{Lu}0-9&]{1,7}|(?:\p{Lu}\.){1,5}\p{Lu}\.?)$/u;

/** Whether a name is written as an acronym ("BBC", "U.N.", "U.S", "İTÜ"), which many bodies share. */
export function isAcronym(name: string): boolean {
  return ACRONYM.test(name);
}
