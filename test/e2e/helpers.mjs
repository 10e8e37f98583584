// Small helpers for the workbench end-to-end test.
import { existsSync, readFileSync } from 'node:fs';

// What the published extension needs at run time; anything else in the .vsix is a packaging mistake.
const ALLOWED = [
  /^extension\/package\.json$/,
  /^extension\/(readme|license|changelog)(\.md|\.txt)?$/i,
  /^extension\/dist\/(node|web)\/extension\.js$/,
  /^extension\/dist\/node\/merge-driver\.js$/,
  /^extension\/(models|syntaxes|schemas|media)\//,
  /^extension\/[\w.-]*language-configuration[\w.-]*\.json$/,
  /^extension\/docs\/images\/[\w.-]+\.png$/,
  // The sample article the walkthrough opens.
  /^extension\/samples\/harbour-council\.md$/,
];
const REQUIRED = ['extension/package.json', 'extension/dist/node/extension.js', 'extension/dist/web/extension.js'];

/** Checks `vsce ls` output (paths relative to the repository) against what the extension needs. */
export function checkPackageListing(files) {
  const entries = files.map(f => `extension/${f.replace(/\\/g, '/')}`);
  const unexpected = entries.filter(e => !ALLOWED.some(re => re.test(e)));
  if (unexpected.length)
    throw new Error(`unexpected files in the .vsix (fix .vscodeignore): ${unexpected.slice(0, 20).join(', ')}`);
  const missing = REQUIRED.filter(r => !entries.includes(r));
  if (missing.length) throw new Error(`missing from the .vsix: ${missing.join(', ')}`);
  if (entries.some(e => e.endsWith('.map'))) throw new Error('source maps in the .vsix');
}

/**
 * Page box ({ left, right, x, y }, x/y its middle) of the first occurrence of `word` in an editor line.
 * Decorations split a line into many text nodes, so the word is looked up in the line's whole text.
 */
export async function boxOfText(page, word) {
  const point = await page.evaluate(needle => {
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      const nodes = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
      const text = nodes
        .map(n => n.textContent)
        .join('')
        .replace(/\u00a0/g, ' ');
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const locate = offset => {
        for (const node of nodes) {
          if (offset <= node.textContent.length) return [node, offset];
          offset -= node.textContent.length;
        }
        return [nodes[nodes.length - 1], nodes[nodes.length - 1].textContent.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + needle.length));
      const box = range.getBoundingClientRect();
      return { left: box.left, right: box.right, x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  }, word);
  if (!point) throw new Error(`"${word}" is not visible in the editor`);
  return point;
}

export async function waitForFile(file, timeoutMs) {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise(r => setTimeout(r, 200))) {
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  throw new Error(`${file} did not appear within ${timeoutMs / 1000} s`);
}

/** Waits until `file` exists and its text matches `pattern`; returns the text. */
export async function waitForFileMatching(file, pattern, timeoutMs) {
  let text = '';
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise(r => setTimeout(r, 200))) {
    text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (pattern.test(text)) return text;
  }
  throw new Error(`${file} did not come to match ${pattern} within ${timeoutMs / 1000} s:\n${text}`);
}
