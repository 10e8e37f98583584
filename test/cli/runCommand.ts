/** A command of the command line as `main` calls it: its arguments, then where its output and its errors go. */
type Command = (args: string[], out: (line: string) => void, err: (line: string) => void) => Promise<number>;

/** Runs a command in this process and collects what it printed: its exit status, output lines and error lines. */
export async function runCommand(
  command: Command,
  args: string[],
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(
    args,
    line => out.push(line),
    line => err.push(line),
  );
  return { code, out, err };
}
