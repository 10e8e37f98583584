import { promises as fs } from 'fs';
import * as path from 'path';
import { AnnotationFiles, temporaryName } from '../core/files';
import { Diagnostic, SidecarData, sidecarFileName } from '../core/sidecar';
import { Output } from './args';
import { nodeFiles } from './nodeFiles';

/** The command line's article and sidecar flow: the core's, over `node:fs`. */
export function commandLineFlow(options: { listFoldersOnce?: boolean } = {}): AnnotationFiles<string> {
  return new AnnotationFiles(nodeFiles, options);
}

interface LoadedArticle {
  articlePath: string;
  text: string;
  sidecarPath: string;
  /** The sidecar's contents, when there is a sidecar. */
  data?: SidecarData;
  /** The sidecar uses YAML that a rewrite could not keep (aliases, tags): it is read, never written. */
  readOnly: boolean;
}

function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.line + 1}:${d.column + 1}: ${d.severity}: ${d.message}`;
}

/** An article length (UTF-16 units) a command reads at most, and what it says of one above it. */
interface ArticleLimit {
  maxChars: number;
  /** To follow `the article`: `is larger than …; nothing was exported`. */
  problem: string;
}

/**
 * The longest article the commands that do not analyse it read (export, reanchor, agreement,
 * merge-sidecar), checked before it is read. `maxArticleSize` is for analysis; this is the size VS Code
 * gives an extension at most (50 MB), so the command line handles what the editor can. Above it a file is
 * a corpus rather than an article, and the work takes ever longer and more memory (a 60 MB file: up to
 * 29 s and 2.8 GB to export as CoNLL).
 */
const MAX_ARTICLE_CHARS = 50 * 1024 * 1024;

/** The article limit of a command: `reader` reads at most 50 MB (`an export`); `refusal` says what was not done. */
export function articleLimit(reader: string, refusal?: string): ArticleLimit {
  return {
    maxChars: MAX_ARTICLE_CHARS,
    problem: `is larger than the ${MAX_ARTICLE_CHARS / 1048576} MB ${reader} reads${refusal ? `; ${refusal}` : ''}`,
  };
}

/**
 * Reads an article and its sidecar (named by the `sidecar.fileName` setting) as the editor would, after
 * restoring what an interrupted write left. Reports (to `err`) and returns undefined when the article
 * cannot be read (or is above `limit`), or the sidecar has errors, or, with `requireSidecar`, when there
 * is no sidecar.
 */
export async function loadArticle(
  flow: AnnotationFiles<string>,
  articlePath: string,
  sidecarPattern: string,
  err: Output,
  requireSidecar: boolean,
  limit?: ArticleLimit,
): Promise<LoadedArticle | undefined> {
  const article = await flow.readArticle(articlePath, limit?.maxChars, limit?.problem);
  if ('problem' in article) {
    err(`${articlePath}: the article ${article.problem}.`);
    return undefined;
  }
  const sidecarPath = path.join(path.dirname(articlePath), sidecarFileName(path.basename(articlePath), sidecarPattern));
  const { file, notices } = await flow.openSidecar(sidecarPath);
  for (const notice of notices) err(`${sidecarPath}: ${notice}`);
  const loaded = { articlePath, text: article.text, sidecarPath, readOnly: false };
  if (file.state === 'missing') {
    if (!requireSidecar) return loaded;
    err(`${articlePath}: no sidecar (${sidecarPath} does not exist).`);
    return undefined;
  }
  const diagnostics = file.state === 'read' ? file.parsed.diagnostics : file.diagnostics;
  for (const d of diagnostics) err(formatDiagnostic(sidecarPath, d));
  if (file.state === 'unreadable' || !file.parsed.data || diagnostics.some(d => d.severity === 'error')) {
    err(`${sidecarPath}: the sidecar has errors; nothing was changed.`);
    return undefined;
  }
  return { ...loaded, data: file.parsed.data, readOnly: file.parsed.readOnly };
}

/**
 * Writes an output file (an export) through a temporary file and a rename, so readers never see half a
 * file. Refuses (returning why) to write over the article or its sidecar, whatever path (link, `..`, hard
 * link) names them.
 */
export async function writeOutput(file: string, text: string, keep: LoadedArticle): Promise<string | undefined> {
  const target = await identity(file);
  if (target !== undefined)
    for (const other of [keep.articlePath, keep.sidecarPath])
      if ((await identity(other)) === target) return `${file} is ${other}; choose another output file`;
  await writeThroughTemporary(file, text);
  return undefined;
}

/** Writes a file through a temporary file beside it and a rename, so readers never see half a file. */
export async function writeThroughTemporary(file: string, text: string): Promise<void> {
  const temp = nodeFiles.sibling(file, temporaryName(path.basename(file)));
  await nodeFiles.write(temp, new TextEncoder().encode(text));
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** Device and inode of the file a path leads to (links followed), or undefined when there is none. */
function identity(file: string): Promise<string | undefined> {
  return fs.stat(file).then(
    s => `${s.dev}:${s.ino}`,
    () => undefined,
  );
}
