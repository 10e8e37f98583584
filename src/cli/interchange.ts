import * as path from 'path';
import { allItemIds, SidecarData, textHash } from '../core/sidecar';
import { addImported, exportAnnotations, importBrat, isExportFormat, relationsFileName } from '../core/interchange';
import { reanchorSidecar } from '../core/anchor';
import { Output, ParsedArgs, UsageError, parseArgs } from './args';
import { SIDECAR_NAME_FLAG, settingsFor } from './settings';
import { articleLimit, commandLineFlow, loadArticle, writeOutput } from './sidecars';

function usage(err: Output, message: string, line: string): number {
  err(message);
  err(`usage: article-annotator ${line}`);
  return 2;
}

/**
 * `export ARTICLE --format brat|conll|jsonld|csv|csv-relations [--output FILE]`: exports the sidecar's
 * annotations (and relations, where the format holds them; `csv` with `--output` writes them to a
 * `.relations.csv` file beside). When the article changed since the sidecar was written, annotations are
 * re-anchored in memory first (the sidecar is not changed). Orphans are left out, and the command says how many.
 */
export async function exportCommand(args: string[], out: Output, err: Output): Promise<number> {
  const line = `export ARTICLE --format brat|conll|jsonld|csv|csv-relations [--output FILE] [${SIDECAR_NAME_FLAG} PATTERN]`;
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args, { valued: ['--format', '--output', SIDECAR_NAME_FLAG] });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usage(err, `export: ${e.message}`, line);
  }
  const format = parsed.flags.get('--format');
  if (parsed.positional.length !== 1) return usage(err, 'export: give exactly one article', line);
  if (!isExportFormat(format))
    return usage(err, `export: unknown or missing --format ${format === true ? '' : (format ?? '')}`.trim(), line);
  const articlePath = parsed.positional[0];
  const settings = await settingsFor(path.dirname(articlePath), parsed, err);
  const loaded = await loadArticle(
    commandLineFlow(),
    articlePath,
    settings.sidecarFileName,
    err,
    true,
    articleLimit('an export', 'nothing was exported'),
  );
  if (!loaded?.data) return 1;
  const { data } = reanchorSidecar(loaded.data, loaded.text);
  // Re-anchored data carries the article's hash: a different one means the article changed.
  const changed = loaded.data.textHash !== data.textHash;
  const orphans = data.annotations.filter(a => a.orphaned).length;
  if (changed)
    err(
      `${loaded.sidecarPath}: the article changed since the sidecar was written; annotations were re-anchored for this export. Run "reanchor --write" to update the sidecar.`,
    );
  if (orphans > 0)
    err(
      `${loaded.sidecarPath}: ${orphans} orphaned annotation${orphans === 1 ? ' was' : 's were'} left out of the export (their text is no longer in the article).`,
    );
  const source = path.basename(articlePath);
  const relations = data.relations ?? [];
  const text = exportAnnotations(format, loaded.text, data.annotations, source, relations);
  const output = parsed.flags.get('--output');
  if (typeof output !== 'string') {
    out(text.replace(/\r?\n$/, ''));
    return 0;
  }
  const files: [string, string][] = [[output, text]];
  if (format === 'csv' && relations.length > 0)
    files.push([
      relationsFileName(output),
      exportAnnotations('csv-relations', loaded.text, data.annotations, source, relations),
    ]);
  for (const [file, content] of files) {
    const refused = await writeOutput(file, content, loaded);
    if (refused) {
      err(`export: ${refused}; nothing was written${file === output ? '' : ` to ${file}`}.`);
      return 1;
    }
  }
  return 0;
}

/**
 * `import-brat ARTICLE ANNFILE [--write]`: adds the text-bound annotations (with their notes and attributes)
 * and the relations between them of a brat
 * standoff file to the article's sidecar, creating it if needed. Annotations already present (same
 * label and offsets) are skipped. Only `--write` changes the sidecar, and it adds them to the sidecar as
 * it is at the moment of writing, so what another program wrote meanwhile is kept.
 */
export async function importBratCommand(args: string[], out: Output, err: Output): Promise<number> {
  const line = `import-brat ARTICLE ANNFILE [--write] [${SIDECAR_NAME_FLAG} PATTERN]`;
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args, { booleans: ['--write'], valued: [SIDECAR_NAME_FLAG] });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usage(err, `import-brat: ${e.message}`, line);
  }
  if (parsed.positional.length !== 2) return usage(err, 'import-brat: give an article and a .ann file', line);
  const [articlePath, annPath] = parsed.positional;
  const settings = await settingsFor(path.dirname(articlePath), parsed, err);
  const flow = commandLineFlow();
  const loaded = await loadArticle(flow, articlePath, settings.sidecarFileName, err, false);
  if (!loaded) return 1;
  const hash = textHash(loaded.text);
  const notOnThisText = (data: SidecarData | undefined) => data !== undefined && data.textHash !== hash;
  if (loaded.readOnly || notOnThisText(loaded.data)) {
    err(
      `${loaded.sidecarPath}: ${loaded.readOnly ? 'the sidecar cannot be rewritten safely' : 'the article changed since the sidecar was written; run "reanchor --write" first'}; nothing was imported.`,
    );
    return 1;
  }
  const ann = await readAnn(annPath, err);
  if (ann === undefined) return 1;
  const empty: SidecarData = {
    version: 1,
    article: path.basename(articlePath),
    textHash: hash,
    annotations: [],
    corrections: [],
  };
  const importInto = (data: SidecarData) => {
    const imported = importBrat(loaded.text, ann, { takenIds: allItemIds(data) });
    return { imported, ...addImported(data, imported.annotations, imported.relations) };
  };
  let result = importInto(loaded.data ?? empty);
  for (const w of result.imported.warnings) err(`${annPath}:${w.line + 1}: ${w.message}`);
  const anything = () => result.added + result.addedRelations > 0;
  let where = '';
  if (parsed.flags.has('--write') && anything()) {
    let moved = false;
    const written = await flow.update(loaded.sidecarPath, loaded.text, current => {
      const data = current.data();
      moved = notOnThisText(data);
      if (moved) return undefined;
      result = importInto(data ?? empty);
      return anything() ? result.data : undefined;
    });
    for (const notice of written.notices) err(`${loaded.sidecarPath}: ${notice}`);
    if (written.status === 'refused' || moved) {
      const why =
        written.status === 'refused' ? written.reason : 'the sidecar was re-anchored to another text meanwhile';
      err(`${loaded.sidecarPath}: ${why}; nothing was imported.`);
      return 1;
    }
    where = `; written to ${loaded.sidecarPath}`;
  } else if (anything()) where = '; use --write to add them to the sidecar';
  const skipped = result.imported.annotations.length - result.added;
  const warnings = result.imported.warnings.length;
  const relations = result.addedRelations ? ` and ${result.addedRelations} relation(s)` : '';
  out(
    `${articlePath}: ${result.added} annotation(s)${relations} imported from ${annPath}${skipped ? `, ${skipped} already present` : ''}${warnings ? `, ${warnings} line(s) skipped` : ''}${where}`,
  );
  return 0;
}

async function readAnn(annPath: string, err: Output): Promise<string | undefined> {
  const file = await commandLineFlow().readText(annPath);
  if (file.state === 'read') return file.text;
  err(`${annPath}: cannot read: ${file.state === 'missing' ? 'no such file' : file.problem}`);
  return undefined;
}
