import { promises as fs } from 'fs';
import * as path from 'path';
import { allItemIds, serializeSidecar, SidecarData, textHash } from '../core/sidecar';
import { addImported, exportAnnotations, importBrat, isExportFormat, relationsFileName } from '../core/interchange';
import { reanchorSidecar } from '../core/anchor';
import { loadArticle, Output, parseArgs, writeFileAtomic } from './reanchor';

function usage(err: Output, message: string, line: string): number {
  err(message);
  err(`usage: article-annotator ${line}`);
  return 2;
}

/**
 * `export ARTICLE --format brat|conll|jsonld|csv|csv-relations [--output FILE]`: exports the sidecar's
 * annotations (and relations, where the format holds them; `csv` with `--output` writes them to a
 * `.relations.csv` file beside). When the article changed since the sidecar was written, annotations are
 * re-anchored in memory first (the sidecar is not changed) and orphans are left out, with a warning.
 */
export async function exportCommand(args: string[], out: Output, err: Output): Promise<number> {
  const line = 'export ARTICLE --format brat|conll|jsonld|csv|csv-relations [--output FILE]';
  let parsed;
  try {
    parsed = parseArgs(args, [], ['--format', '--output']);
  } catch (e) {
    return usage(err, `export: ${(e as Error).message}`, line);
  }
  const format = parsed.flags.get('--format');
  if (parsed.positional.length !== 1) return usage(err, 'export: give exactly one article', line);
  if (!isExportFormat(format))
    return usage(err, `export: unknown or missing --format ${format === true ? '' : (format ?? '')}`.trim(), line);
  const loaded = await loadArticle(parsed.positional[0], err, true);
  if (!loaded?.data) return 1;
  const { data, annotations } = reanchorSidecar(loaded.data, loaded.text);
  if (loaded.data.textHash !== textHash(loaded.text)) {
    const orphans = annotations.filter(r => r.status === 'orphaned').length;
    err(
      `${loaded.sidecarPath}: the article changed since the sidecar was written; annotations were re-anchored for this export (${orphans} orphaned, not exported). Run "reanchor --write" to update the sidecar.`,
    );
  }
  const source = path.basename(loaded.articlePath);
  const relations = data.relations ?? [];
  const text = exportAnnotations(format, loaded.text, data.annotations, source, relations);
  const output = parsed.flags.get('--output');
  if (typeof output === 'string') {
    await writeFileAtomic(output, text);
    if (format === 'csv' && relations.length > 0)
      await writeFileAtomic(
        relationsFileName(output),
        exportAnnotations('csv-relations', loaded.text, data.annotations, source, relations),
      );
  } else out(text.replace(/\r?\n$/, ''));
  return 0;
}

/**
 * `import-brat ARTICLE ANNFILE [--write]`: adds the text-bound annotations (and their notes) of a brat
 * standoff file to the article's sidecar, creating it if needed. Annotations already present (same
 * label and offsets) are skipped. Only `--write` changes the sidecar.
 */
export async function importBratCommand(args: string[], out: Output, err: Output): Promise<number> {
  const line = 'import-brat ARTICLE ANNFILE [--write]';
  let parsed;
  try {
    parsed = parseArgs(args, ['--write']);
  } catch (e) {
    return usage(err, `import-brat: ${(e as Error).message}`, line);
  }
  if (parsed.positional.length !== 2) return usage(err, 'import-brat: give an article and a .ann file', line);
  const [articlePath, annPath] = parsed.positional;
  const loaded = await loadArticle(articlePath, err, false);
  if (!loaded) return 1;
  if (loaded.readOnly || (loaded.data && loaded.data.textHash !== textHash(loaded.text))) {
    err(
      `${loaded.sidecarPath}: ${loaded.readOnly ? 'the sidecar cannot be rewritten safely' : 'the article changed since the sidecar was written; run "reanchor --write" first'}; nothing was imported.`,
    );
    return 1;
  }
  let ann: string;
  try {
    ann = await fs.readFile(annPath, 'utf8');
  } catch (e) {
    err(`${annPath}: cannot read: ${(e as Error).message}`);
    return 1;
  }
  const imported = importBrat(loaded.text, ann, {
    takenIds: loaded.data ? allItemIds(loaded.data) : [],
  });
  for (const w of imported.warnings) err(`${annPath}:${w.line + 1}: ${w.message}`);
  const base: SidecarData = loaded.data ?? {
    version: 1,
    article: path.basename(articlePath),
    textHash: textHash(loaded.text),
    annotations: [],
    corrections: [],
  };
  const { data, added, addedRelations } = addImported(base, imported.annotations, imported.relations);
  const skipped = imported.annotations.length - added;
  const summary = `${articlePath}: ${added} annotation(s)${addedRelations ? ` and ${addedRelations} relation(s)` : ''} imported from ${annPath}${skipped ? `, ${skipped} already present` : ''}${imported.warnings.length ? `, ${imported.warnings.length} line(s) skipped` : ''}`;
  if (parsed.flags.has('--write') && added + addedRelations > 0) {
    await writeFileAtomic(loaded.sidecarPath, serializeSidecar(data, loaded.sidecarText));
    out(`${summary}; written to ${loaded.sidecarPath}`);
  } else out(`${summary}${added + addedRelations > 0 ? '; use --write to add them to the sidecar' : ''}`);
  return 0;
}
