// What the packaged extension (.vsix) may and must contain.

// What the published extension needs at run time; anything else in the .vsix is a packaging mistake.
const ALLOWED = [
  /^extension\/package\.json$/,
  /^extension\/(readme|license|changelog)(\.md|\.txt)?$/i,
  /^extension\/dist\/(node|web)\/extension\.js$/,
  // The git merge driver "Set Up Git Merging for Sidecars" points git at.
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
