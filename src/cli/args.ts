/** Where a command writes its lines (stdout or stderr, or a test's list). */
export type Output = (line: string) => void;

/** A wrong command line: the command prints the message and its usage, and exits with 2. */
export class UsageError extends Error {}

interface ArgSpec {
  /** Flags without a value (`--write`). */
  booleans?: string[];
  /** Flags with one value, the last one given counting (`--format brat`). */
  valued?: string[];
  /** Flags with a value that may be given several times (`--include GLOB`). */
  repeated?: string[];
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
  lists: Map<string, string[]>;
}

/** Splits arguments into positional ones and flags; throws UsageError on an unknown flag or a missing value. */
export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Map(), lists: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) parsed.positional.push(arg);
    else if (spec.booleans?.includes(arg)) parsed.flags.set(arg, true);
    else if (spec.valued?.includes(arg) || spec.repeated?.includes(arg)) {
      if (i + 1 >= args.length) throw new UsageError(`${arg} needs a value`);
      const value = args[++i];
      if (spec.valued?.includes(arg)) parsed.flags.set(arg, value);
      else parsed.lists.set(arg, [...(parsed.lists.get(arg) ?? []), value]);
    } else throw new UsageError(`unknown option ${arg}`);
  }
  return parsed;
}

/** The value of a flag that takes a whole number of at least 0, or undefined when it was not given. */
export function countFlag(parsed: ParsedArgs, flag: string): number | undefined {
  const value = parsed.flags.get(flag);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number`);
  return Number(value);
}
