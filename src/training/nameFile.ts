/** Where `npm run build:names` writes the given names that training adds for the rules (path segments). */
export const GIVEN_NAMES_PATH: readonly string[] = ['models', 'given-names.txt'];

/** The file: a JSON header line (where the names come from), then one lower-cased given name a line. */
export function formatGivenNames(names: readonly string[], info: Record<string, unknown>): string {
  return [JSON.stringify(info), ...names, ''].join('\n');
}

export function parseGivenNames(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (!lines[0]?.startsWith('{')) throw new Error('given names: expected a JSON header line first');
  const names = lines.slice(1);
  const bad = names.find(n => n === '' || n !== n.toLowerCase() || /\s/.test(n));
  if (bad !== undefined) throw new Error(`given names: "${bad}" is not one lower-cased word`);
  return names;
}
