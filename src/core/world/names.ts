/**
 * The key a name is looked up by: lower case, without accents or dots, one kind of apostrophe, with runs of spaces and hyphens made one space. "São Tomé" and "Sao Tome",
 * "U.S." and "US", "Guinea-Bissau" and "Guinea Bissau" share a key; letters and digits are kept as
 * they are otherwise, so the key never joins two different words.
 */
export function nameKey(name: string): string {
  // Accents are stripped only where there are any: most names are plain ASCII, and NFKD is slow.
  let key = /[\u0080-\uffff]/.test(name) ? name.normalize('NFKD').replace(/\p{M}/gu, '') : name;
  key = key.toLowerCase();
  if (key.includes('.')) key = key.replace(/\./g, '');
  if (key.includes('’')) key = key.replace(/’/g, "'");
  return key.replace(/[\s\-‐–]+/g, ' ').trim();
}

const ACRONYM = /^(?:\p{Lu}[\p{Lu}0-9&]{1,7}|(?:\p{Lu}\.){1,5}\p{Lu}\.?)$/u;

/** Whether a name is written as an acronym ("BBC", "U.N.", "U.S", "İTÜ"), which many bodies share. */
export function isAcronym(name: string): boolean {
  return ACRONYM.test(name);
}
