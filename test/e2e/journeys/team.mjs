// A team sharing an annotation project: comparing with another annotator (disagreements in the Problems
// panel, settled with a quick fix, then cleared), and setting up git merging, after which git merges two
// branches' sidecars through the driver the extension ships. It follows the project journey, on talks.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { TALKS } from '../fixtures.mjs';
import { sidecarFor, sidecarItems, textHash } from '../sidecar.mjs';

const SIDECAR = 'talks.md.annotations.yaml';

export default {
  title: 'A team: comparing with another annotator and merging sidecars with git',
  steps: [
    {
      name: 'compares with another annotator, settles a disagreement with a quick fix, and clears the comparison',
      run: async ui => {
        const bob = sidecarFor(
          'talks.md',
          TALKS,
          [
            ['Maria Lindqvist', 'person', 'b-1'],
            ['Nordic Water', 'organisation', 'b-2'],
            ['Daniel Okafor', 'organisation', 'b-3'],
            ['Lisbon', 'location', 'b-4', TALKS.indexOf('Okafor in')],
          ],
          { author: 'bob' },
        );
        writeFileSync(ui.file('bob.yaml'), bob);
        await ui.open('talks.md', { waitFor: 'Lindqvist' });
        await ui.palette('Article Annotator: Compare With Annotator…');
        // The workbench's own open dialog, a quick input holding the article's folder: type the file name.
        await ui.page.waitForFunction(() =>
          document.querySelector('.quick-input-widget input')?.value.endsWith('/workspace/'),
        );
        await ui.page.keyboard.type('bob.yaml');
        await ui.quickRow('bob.yaml').first().waitFor();
        await ui.page.keyboard.press('Enter');
        await ui.notification('disagreement(s) with bob').waitFor();
        await ui.page.keyboard.press('Control+Shift+M');
        const problem = text => ui.page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();
        await problem('Label: you Person, bob Organisation.').waitFor();
        await ui.quickFix('Daniel', "Take bob's", { offered: ['Keep both'], shot: 'comparison' });
        await ui.fileWhen(
          SIDECAR,
          t => sidecarItems(t).some(a => a.quote === 'Daniel Okafor' && a.label === 'organisation'),
          'their label taken',
        );
        await problem('Label: you Person').waitFor({ state: 'detached' });
        // Clear Annotator Comparison takes the other disagreements away.
        await problem('Only bob annotated').waitFor();
        await ui.palette('Article Annotator: Clear Annotator Comparison');
        await problem('Only bob annotated').waitFor({ state: 'detached' });
        await ui.page.keyboard.press('Control+Shift+M');
      },
    },
    {
      name: 'sets up git merging, and git then merges sidecars through the driver',
      run: async ui => {
        const git = (...args) =>
          execFileSync('git', args, {
            cwd: ui.workspace,
            encoding: 'utf8',
            env: {
              ...process.env,
              GIT_AUTHOR_NAME: 'e2e',
              GIT_AUTHOR_EMAIL: 'e2e@example.org',
              GIT_COMMITTER_NAME: 'e2e',
              GIT_COMMITTER_EMAIL: 'e2e@example.org',
            },
          });
        git('init', '-q', '-b', 'main');
        const setUp = async () => {
          await ui.palette('Article Annotator: Set Up Git Merging for Sidecars');
          await ui.clickNotificationButton('git config merge.article-annotator.driver', 'Run git config');
        };
        // These journeys run with VS Code's git support off: the command says so, and gives the line to run.
        await setUp();
        const off = ui.notification('git support knows (or that support is turned off: git.enabled)');
        await off.waitFor();
        await ui.clearNotifications();
        // Turned on in the workspace's settings, git support opens the repository a moment later: like a
        // person told it is not ready yet, run the command again until it configures git.
        mkdirSync(ui.file('.vscode'), { recursive: true });
        writeFileSync(ui.file('.vscode/settings.json'), JSON.stringify({ 'git.enabled': true }));
        const done = ui.notification('now merges sidecars item by item');
        for (let attempt = 1; ; attempt++) {
          await setUp();
          const answer = await Promise.race([
            done.waitFor({ timeout: 20000 }).then(() => 'done'),
            off.waitFor({ timeout: 20000 }).then(() => 'off'),
          ]);
          if (answer === 'done') break;
          if (attempt === 5) throw new Error('git support never opened the repository');
          await ui.clearNotifications();
        }
        const driver = git('config', 'merge.article-annotator.driver').trim();
        if (!/^node ".*merge-driver\.js" %O %A %B --path %P$/.test(driver)) throw new Error(`driver: ${driver}`);
        const attributes = ui.readFile('.gitattributes') ?? '';
        if (!attributes.includes('*.annotations.yaml merge=article-annotator'))
          throw new Error(`.gitattributes does not name the driver:\n${attributes}`);

        // A real merge through the configured driver: both branches annotate a brief, one also edits it.
        const brief = 'Harbour fees rise in Porto.\n';
        const edited = 'UPDATE: ' + brief;
        const write = (file, content) => writeFileSync(ui.file(file), content);
        write('brief.md', brief);
        write('brief.md.annotations.yaml', sidecarFor('brief.md', brief, [['Porto', 'location', 'a-porto']]));
        git('add', '-A');
        git('commit', '-q', '-m', 'base');
        git('checkout', '-q', '-b', 'desk');
        write('brief.md', edited);
        write(
          'brief.md.annotations.yaml',
          sidecarFor('brief.md', edited, [
            ['Porto', 'location', 'a-porto'],
            ['UPDATE', 'claim', 'a-update'],
          ]),
        );
        git('commit', '-q', '-am', 'desk');
        git('checkout', '-q', 'main');
        write(
          'brief.md.annotations.yaml',
          sidecarFor('brief.md', brief, [
            ['Porto', 'location', 'a-porto'],
            ['Harbour fees', 'claim', 'a-fees'],
          ]),
        );
        git('commit', '-q', '-am', 'main');
        git('merge', '-q', '--no-edit', 'desk');
        const merged = ui.readFile('brief.md');
        const result = ui.readFile('brief.md.annotations.yaml');
        if (/^(<<<<<<<|>>>>>>>)/m.test(result)) throw new Error('conflict markers in the merged sidecar');
        if (!result.includes(textHash(merged))) throw new Error('textHash is not the merged article');
        const quotes = sidecarItems(result)
          .map(a => merged.slice(a.start, a.end) === a.quote && a.quote)
          .sort();
        if (quotes.join('|') !== 'Harbour fees|Porto|UPDATE') throw new Error(`items not on their quotes: ${result}`);
      },
    },
  ],
};
