import * as path from 'path';
import { ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { FlowSettings, SETTINGS_SECTION, readFlowSettings } from '../core/workspace/settings';
import { AnnotationFiles } from '../core/files';
import { Output, ParsedArgs, countFlag } from './args';
import { nodeFiles } from './nodeFiles';

/** The flags with which any sidecar command overrides a setting. */
export const SIDECAR_NAME_FLAG = '--sidecar-name';
/** The flags with which `analyze --dir` overrides the batch settings. */
export const BATCH_FLAGS = ['--max-article-size', '--max-suggestions'];

export const SETTINGS_HELP = `Settings are read as the editor reads them, from the nearest .vscode/settings.json at or above the folder
  (articleAnnotator.sidecar.fileName, .maxArticleSize, .suggestions.maxPerArticle, .types.*, .articleDate.fallback);
  --sidecar-name PATTERN, --max-article-size CHARS and --max-suggestions N override them.`;

/**
 * The settings for files in `folder`: the defaults, under those of the nearest `.vscode/settings.json` at
 * or above it (the workspace's, as the editor reads them), under the flags given.
 */
export async function settingsFor(folder: string, args: ParsedArgs, err: Output): Promise<FlowSettings> {
  const stored = await workspaceSettings(path.resolve(folder), err);
  const flags: Record<string, unknown> = {
    'sidecar.fileName': args.flags.get(SIDECAR_NAME_FLAG),
    maxArticleSize: countFlag(args, '--max-article-size'),
    'suggestions.maxPerArticle': countFlag(args, '--max-suggestions'),
  };
  return readFlowSettings(name => flags[name] ?? stored[`${SETTINGS_SECTION}.${name}`]);
}

const MAX_SETTINGS_BYTES = 1024 * 1024;

async function workspaceSettings(folder: string, err: Output): Promise<Record<string, unknown>> {
  const reader = new AnnotationFiles(nodeFiles);
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const file = path.join(dir, '.vscode', 'settings.json');
    const found = await reader.readText(file, MAX_SETTINGS_BYTES);
    if (found.state === 'unreadable') err(`${found.reason} Its settings do not apply.`);
    if (found.state === 'read') {
      const errors: ParseError[] = [];
      const value: unknown = parse(found.text, errors, { allowTrailingComma: true });
      if (errors.length > 0) {
        const line = found.text.slice(0, errors[0].offset).split('\n').length;
        err(`${file}:${line}: ${printParseErrorCode(errors[0].error)}; the settings that could be read apply`);
      }
      return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    }
    if (found.state === 'unreadable' || path.dirname(dir) === dir) return {};
  }
}
