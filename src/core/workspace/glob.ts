/**
 * Glob patterns as the settings use them (`**`, `*`, `?`, `{a,b}`, `[abc]`), matched against a whole
 * slash-separated path. Used where VS Code offers no matcher: file-system events and file search results.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (glob.startsWith('/**', i) && i + 3 === glob.length) {
      source += '(?:/.*)?';
      i += 2;
    } else if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (ch === '*') {
      source += '[^/]*';
    } else if (ch === '?') {
      source += '[^/]';
    } else if (ch === '{') {
      braces++;
      source += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (ch === ',' && braces > 0) {
      source += '|';
    } else if (ch === '[' && glob.indexOf(']', i + 2) > i) {
      const end = glob.indexOf(']', i + 2);
      const body = glob.slice(i + 1, end);
      source += '[' + (body.startsWith('!') ? '^' + body.slice(1) : body).replace(/[\\\]]/g, '\\$&') + ']';
      i = end;
    } else {
      source += ch.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}${')'.repeat(braces)}$`);
}

/** A test for "does this path match any of the patterns", on the whole path like VS Code's document filters. */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  const tests = patterns.filter(p => p.trim()).map(globToRegExp);
  return path => tests.some(t => t.test(path));
}

/**
 * The folder patterns among `patterns` (those ending in `/**`) as one glob for VS Code's file search,
 * so it never walks excluded folders; undefined when there are none.
 */
export function folderExclusions(patterns: readonly string[]): string | undefined {
  const folders = patterns.filter(p => p.endsWith('/**') && !/[{}]/.test(p));
  return folders.length > 0 ? `{${folders.join(',')}}` : undefined;
}
