import { EntityModel, MODEL_MAGIC, ModelHeader, TAGS } from '../core/ner/model';

/** Writes a trained model in the layout `decodeModel` reads (described in `src/core/ner/model.ts`). */
export function encodeModel(model: EntityModel): Uint8Array {
  const header: ModelHeader = {
    hashBits: model.ctx.hashBits,
    tags: [...TAGS],
    transitions: Array.from(model.transitions, x => Math.round(x * 1000) / 1000),
    gazetteer: model.ctx.gazetteer.toLists(),
    lowerWords: [...model.ctx.lowerWords].sort().join('\n'),
    clusters: { depth: model.ctx.clusters.depth, text: model.ctx.clusters.text },
    info: model.info,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const offset = Math.ceil((8 + json.length) / 8) * 8;
  const bytes = new Uint8Array(offset + model.weights.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MODEL_MAGIC, true);
  view.setUint32(4, json.length, true);
  bytes.set(json, 8);
  bytes.set(new Uint8Array(model.weights.buffer, model.weights.byteOffset, model.weights.length), offset);
  return bytes;
}
