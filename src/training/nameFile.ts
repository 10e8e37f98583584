/** Where `npm run build:names` writes the given names that training adds for the rules (path segments). */
export const GIVEN_NAMES_PATH: readonly string[] = ['models', 'given-names.txt'];

/** A names file (given names, towns): a JSON header line (where the names come from), then one lower-cased name a line. */
export function formatNameList(names: readonly string[], info: Record<string, unknown>): string {
  return [JSON.stringify(info), ...names, ''].join('\n');
}

/** Where `npm run build:towns` writes the one-word names of towns that training adds for the rules. */
export const TOWN_NAMES_PATH: readonly string[] = ['models', 'town-names.txt'];

/** A file of that format's names; `what` names the list in errors. */
export function parseNameList(text: string, what: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (!lines[0]?.startsWith('{')) throw new Error(`${what}: expected a JSON header line first`);
  const names = lines.slice(1);
  const bad = names.find(n => n === '' || n !== n.toLowerCase() || /\s/.test(n));
  if (bad !== undefined) throw new Error(`${what}: "${bad}" is not one lower-cased word`);
  return names;
}

export const parseGivenNames = (text: string): string[] => parseNameList(text, 'given names');
