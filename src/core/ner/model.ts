import { Gazetteer } from './gazetteer';
import { FeatureContext } from './features';
import { WordClusters } from './clusters';

/** BIO tags; index 0 is outside. Types follow CoNLL-2003. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const TAG_COUNT = TAGS.length;

/** A loaded model: quantised hashed weights, tag transitions and the compiled name lists. */
export interface EntityModel {
  readonly ctx: FeatureContext;
  /** weights[bucket * TAG_COUNT + tag], int8; score = sum * scale. */
  readonly weights: Int8Array;
  /** transitions[prev * TAG_COUNT + tag] in the same units as the weights; prev = TAG_COUNT is the start. */
  readonly transitions: Float32Array;
  /** Free-form description written at training time (sources, date of build). */
  readonly info: Record<string, unknown>;
}

/** The model file starts with this, "NER1" little-endian. */
export const MODEL_MAGIC = 0x3152454e;

/** The JSON header after the magic number and its length. */
export interface ModelHeader {
  hashBits: number;
  tags: string[];
  transitions: number[];
  gazetteer: Record<string, string>;
  lowerWords: string;
  /** `WordClusters.text` and its depth; absent in a model trained without clusters. */
  clusters?: { depth: number; text: string };
  info: Record<string, unknown>;
}

/**
 * Parses a model file (written by `src/training/modelFile.ts`). Binary layout: magic u32, header length
 * u32, UTF-8 JSON header, zero padding to a multiple of 8, then 2^hashBits * TAG_COUNT int8 weights, read
 * in place (no copy). Throws on anything else.
 */
export function decodeModel(bytes: Uint8Array): EntityModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MODEL_MAGIC) throw new Error('not an entity model file');
  const length = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as ModelHeader;
  if (header.tags.join(' ') !== TAGS.join(' ')) throw new Error('entity model has unexpected tags');
  const offset = Math.ceil((8 + length) / 8) * 8;
  const size = (1 << header.hashBits) * TAG_COUNT;
  if (bytes.byteLength < offset + size) throw new Error('entity model file is truncated');
  return {
    ctx: {
      hashBits: header.hashBits,
      gazetteer: Gazetteer.fromLists(header.gazetteer),
      lowerWords: new Set(header.lowerWords ? header.lowerWords.split('\n') : []),
      clusters: header.clusters ? new WordClusters(header.clusters.text, header.clusters.depth) : WordClusters.empty(),
    },
    weights: new Int8Array(bytes.buffer, bytes.byteOffset + offset, size),
    transitions: Float32Array.from(header.transitions),
    info: header.info,
  };
}
