/**
 * Reference model for the property tests: a document as a list of characters, each with an identity.
 * Original characters keep their identity through edits; inserted ones get new identities. An annotation
 * "survives intact" exactly when its original characters are still present, in order and adjacent.
 */
import type { TextChange } from '../../../src/core/anchor';

interface ModelChar {
  unit: string;
  id: number;
}

export class ModelDoc {
  private nextId: number;
  chars: ModelChar[];

  constructor(text: string) {
    this.chars = Array.from({ length: text.length }, (_, i) => ({ unit: text[i], id: i }));
    this.nextId = text.length;
  }

  get text(): string {
    return this.chars.map(c => c.unit).join('');
  }

  /** Applies one event (changes relative to the document before it), walking the old text left to right. */
  apply(changes: TextChange[]): void {
    const ordered = [...changes].sort((a, b) => a.rangeOffset - b.rangeOffset || a.rangeLength - b.rangeLength);
    const out: ModelChar[] = [];
    let pos = 0;
    for (const c of ordered) {
      out.push(...this.chars.slice(pos, c.rangeOffset));
      for (const unit of c.text) for (let k = 0; k < unit.length; k++) out.push({ unit: unit[k], id: this.nextId++ });
      pos = c.rangeOffset + c.rangeLength;
    }
    out.push(...this.chars.slice(pos));
    this.chars = out;
  }

  /** Where the original characters [start, end) are now, if all survive in order and adjacent. */
  locate(start: number, end: number): { start: number; end: number } | undefined {
    const at = this.chars.findIndex(c => c.id === start);
    if (at < 0) return undefined;
    for (let k = 0; k < end - start; k++) if (this.chars[at + k]?.id !== start + k) return undefined;
    return { start: at, end: at + (end - start) };
  }
}

/** Offsets at which an edit may start or end: not between the halves of a surrogate pair. */
export function boundaries(text: string): number[] {
  const result = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
    result.push(i + 1);
  }
  return result;
}

/** The event that undoes `changes` (relative to `before`, the text they were applied to), as an editor reports it. */
export function inverseOf(changes: readonly TextChange[], before: string): TextChange[] {
  const inverse: TextChange[] = [];
  let shift = 0;
  for (const c of [...changes].sort((a, b) => a.rangeOffset - b.rangeOffset || a.rangeLength - b.rangeLength)) {
    const removed = before.slice(c.rangeOffset, c.rangeOffset + c.rangeLength);
    inverse.push({ rangeOffset: c.rangeOffset + shift, rangeLength: c.text.length, text: removed });
    shift += c.text.length - c.rangeLength;
  }
  return inverse;
}

/**
 * Moves the characters [from, to) so that they start at `at` in the text without them, keeping their
 * identity (a sentence moved is the same text elsewhere), followed by `extra` as new characters.
 */
export function moveText(doc: ModelDoc, from: number, to: number, at: number, extra = ''): void {
  const moved = doc.chars.splice(from, to - from);
  const added = [...extra].map(unit => ({ unit, id: -1 - doc.chars.length - moved.length }));
  doc.chars.splice(at, 0, ...moved, ...added);
}
