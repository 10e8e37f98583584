/** 32-bit FNV-1a over UTF-16 code units: cheap, stable across runtimes. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** `hashString(text.slice(from, to))`, without the slice. */
export function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines a feature template id with up to two value hashes (murmur3-style finaliser). */
export function mix(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
