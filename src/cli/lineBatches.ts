/** A run of whole input lines: joined by '\n' (line ends removed), the number of the first, and how many. */
export interface LineBatch {
  text: string;
  firstLine: number;
  lines: number;
}

/**
 * Cuts a stream of text into runs of whole lines of about `maxChars` characters (a longer line makes
 * a run of its own), so that a large input is handled a run at a time in bounded memory. Lines end at
 * "\n" or "\r\n"; a last line without an end counts too.
 */
export async function* lineBatches(chunks: AsyncIterable<string>, maxChars: number): AsyncGenerator<LineBatch> {
  let lines: string[] = [];
  let chars = 0;
  let nextLine = 1;
  /** Pieces of a line that spans chunks. */
  let partial: string[] = [];
  const take = (line: string) => {
    lines.push(line.endsWith('\r') ? line.slice(0, -1) : line);
    chars += line.length;
  };
  const batch = (): LineBatch => {
    const out = { text: lines.join('\n'), firstLine: nextLine, lines: lines.length };
    nextLine += lines.length;
    lines = [];
    chars = 0;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', from)) {
      const piece = chunk.slice(from, end);
      take(partial.length > 0 ? partial.join('') + piece : piece);
      partial = [];
      from = end + 1;
      if (chars >= maxChars) yield batch();
    }
    if (from < chunk.length) partial.push(chunk.slice(from));
  }
  if (partial.length > 0) take(partial.join(''));
  if (lines.length > 0) yield batch();
}
