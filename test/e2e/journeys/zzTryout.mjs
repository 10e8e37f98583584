import { copyFileSync } from 'node:fs';
const files = [
  ['/work/shared/samples/news-article.txt', 'sample.txt'],
  ['/tmp/cli/J01.txt', 'j01.txt'],
  ['/tmp/cli/K01.txt', 'k01.txt'],
  ['/tmp/cli/L05.txt', 'l05.txt'],
];
export default {
  title: 'Tryout',
  steps: files.map(([from, name]) => ({
    name,
    run: async ui => {
      copyFileSync(from, ui.file(name));
      await ui.open(name);
      await ui.waitForHighlights(6);
      await ui.shot(`try-${name}`);
    },
  })),
};
