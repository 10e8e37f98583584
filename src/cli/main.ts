import { inertControls } from '../core/text/inert';
import { agreementCommand } from './agreement';
import { analyzeCommand } from './analyze';
import { analyzeDirCommand } from './analyzeDir';
import { checkCommand } from './check';
import { exportCommand, importBratCommand } from './interchange';
import { mergeSidecarCommand } from './mergeSidecar';
import { reanchorCommand } from './reanchor';

type Command = (args: string[], out: (line: string) => void, err: (line: string) => void) => Promise<number> | number;

const COMMANDS: Record<string, Command> = {
  analyze: (args, out, err) =>
    args.includes('--dir') ? analyzeDirCommand(args, out, err) : analyzeCommand(args, out, err),
  reanchor: reanchorCommand,
  export: exportCommand,
  'import-brat': importBratCommand,
  check: checkCommand,
  agreement: agreementCommand,
  'merge-sidecar': mergeSidecarCommand,
};

const HELP = `article-annotator: entities and dates in articles, and their annotation sidecars

  analyze [--input FILE.jsonl] [--output FILE.jsonl]   JSONL {"id","text","dct"?} -> {"id","spans"}
  analyze ARTICLE...                                   readable table per article
  analyze --dir DIR [--dry-run] [--include GLOB] [--exclude GLOB] [--labels L,...]
          [--max-article-size CHARS] [--max-suggestions N]
                                                       write suggestions into every article's sidecar below DIR
  reanchor ARTICLE... [--write] [--json]               re-anchor sidecars after outside edits
  export ARTICLE --format brat|conll|jsonld|csv|csv-relations [--output FILE]
  import-brat ARTICLE ANNFILE [--write]
  check ARTICLE... [--json]                            fact checks (weekdays, names, dates); exit 1 on a warning
  agreement A.yaml B.yaml [--article PATH] [--json]    agreement between two annotators' sidecars (or folders)
  merge-sidecar BASE OURS THEIRS [--article PATH] [--path P]
                                                       git merge driver for sidecars (%O %A %B --path %P)

The sidecar commands take --sidecar-name PATTERN, and read the settings of the nearest
.vscode/settings.json (see analyze --dir --help).`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  // Nothing printed can act on the terminal: notes, ids, labels and article text may hold escape sequences.
  const out = (line: string) => process.stdout.write(inertControls(line) + '\n');
  const err = (line: string) => process.stderr.write(inertControls(line) + '\n');
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(`unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(args, out, err);
  } catch (error) {
    err(`article-annotator ${name}: ${(error as Error).message}`);
    return 1;
  }
}

/** The process's entry point (`bin/article-annotator.js`): runs the command and sets the exit status. */
export async function run(argv: string[]): Promise<void> {
  // A reader that stops early (`| head`) closes the pipe: the run ends quietly, as command-line
  // filters do, instead of with a stack trace.
  process.stdout.on('error', error => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await main(argv);
}
