// The names the code uses against what package.json declares: every command it registers or links to,
// and every setting it reads, with the same default.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS } from '../src/editor/commands/commandIds';
import { SETTINGS_SECTION, SETTING_DEFAULTS } from '../src/core/workspace/settings';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Every TypeScript file below `dir`. */
function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(e =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

describe('package.json and the code', () => {
  const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
  const ids = Object.values(COMMANDS) as string[];

  it('declare the same commands', () => {
    assert.deepStrictEqual([...ids].sort(), [...contributed].sort());
  });

  it('name only declared commands in menus, key bindings and the walkthrough', () => {
    const { menus, keybindings, walkthroughs } = manifest.contributes;
    const named = [
      ...Object.values(menus as Record<string, { command: string }[]>).flatMap(list => list.map(m => m.command)),
      ...keybindings.map((k: { command: string }) => k.command),
      ...JSON.stringify(walkthroughs).match(/(?<=command:|onCommand:)articleAnnotator\.[A-Za-z]+/g)!,
    ];
    assert.deepStrictEqual(
      named.filter(c => !ids.includes(c)),
      [],
    );
  });

  it('use no other name of the extension than its commands, settings, views and context keys', () => {
    const settings = Object.keys(manifest.contributes.configuration.properties);
    const views = Object.values(manifest.contributes.views as Record<string, { id: string }[]>).flatMap(v =>
      v.map(view => view.id),
    );
    const contextKeys = JSON.stringify(manifest.contributes).match(/(?<=when":"[^"]*)articleAnnotator\.[A-Za-z]+/g)!;
    // Names the code gives that package.json has no place for: Problems panel collections and the status bar item.
    const internal = [
      'articleAnnotator.sidecar',
      'articleAnnotator.orphans',
      'articleAnnotator.checks',
      'articleAnnotator.registry',
      'articleAnnotator.schema',
      'articleAnnotator.comparison',
      'articleAnnotator.status',
    ];
    const known = new Set([...ids, ...settings, ...views, ...contextKeys, ...internal]);
    const used = sources(path.join(root, 'src')).flatMap(
      file => fs.readFileSync(file, 'utf8').match(/(?<=['`"])articleAnnotator\.[A-Za-z.]+(?=['`"])/g) ?? [],
    );
    assert.ok(used.length > ids.length);
    assert.deepStrictEqual(
      used.filter(name => !known.has(name)),
      [],
    );
  });

  it('read every declared setting, with the default package.json gives it', () => {
    const properties: Record<string, { default: unknown }> = manifest.contributes.configuration.properties;
    const declared = Object.fromEntries(
      Object.entries(properties).map(([name, p]) => [name.slice(SETTINGS_SECTION.length + 1), p.default]),
    );
    assert.deepStrictEqual(Object.keys(SETTING_DEFAULTS).sort(), Object.keys(declared).sort());
    for (const [name, value] of Object.entries(SETTING_DEFAULTS))
      assert.deepStrictEqual(value, declared[name], `default of ${SETTINGS_SECTION}.${name}`);
  });
});
