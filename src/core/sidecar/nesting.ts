import { Lexer } from 'yaml';

/**
 * How deep the extension's YAML files may nest. Real sidecars, registries and schemas stay under ten
 * levels; the YAML library needs about a kilobyte of memory a level, so a few megabytes of "[[[[…" or
 * "- - - …" would take seconds and gigabytes to read (and can bring down the process holding the editor).
 */
export const MAX_YAML_NESTING = 100;

/** The message for a file refused by `nestsTooDeeply`. */
export function tooDeepMessage(what: string): string {
  return `${what} nests deeper than ${MAX_YAML_NESTING} levels, more than any such file needs, and was not read.`;
}

/**
 * Whether `text` may nest deeper than `limit` levels. A first pass over the characters answers for almost
 * every file: it counts every bracket and every "-", "?" or ":" before a space, as if each opened a level,
 * which can only overstate the depth. Only a file that this overstatement puts past the limit is read by
 * the YAML lexer, which tells indicators from the same characters inside quoted or plain text.
 */
export function nestsTooDeeply(text: string, limit = MAX_YAML_NESTING): boolean {
  return !roughlyWithin(text, limit) && !lexedWithin(text, limit);
}

function roughlyWithin(text: string, limit: number): boolean {
  let brackets = 0;
  let indicators = 0;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x5b: // [
      case 0x7b: // {
        if (++brackets + indicators > limit) return false;
        break;
      case 0x5d: // ]
      case 0x7d: // }
        if (brackets > 0) brackets--;
        break;
      case 0x2d: // -
      case 0x3f: // ?
      case 0x3a: {
        // :
        const next = text.charCodeAt(i + 1);
        if ((next === 0x20 || next === 0x0a || next === 0x0d || Number.isNaN(next)) && ++indicators + brackets > limit)
          return false;
        break;
      }
      case 0x0a: // a new line starts its block indicators afresh
        indicators = 0;
        break;
    }
  }
  return true;
}

function lexedWithin(text: string, limit: number): boolean {
  let flow = 0;
  let block = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') flow++;
    else if (token === ']' || token === '}') flow = Math.max(0, flow - 1);
    else if (token === '-' || token === '?' || token === ':') block++;
    else if (token[0] === '\n' || token[0] === '\r') block = 0;
    else continue;
    if (flow + block > limit) return false;
  }
  return true;
}
