// Scores entity linking against a gold set of named mentions with Wikidata ids (or none: NIL), such as
// eval/linking-gum.jsonl (built by scripts/build-linking-gold.ts). Each gold mention is linked as the
// hover card links a highlight: its text, its type, the longer names in the article that contain it
// (the article's other gold mentions) and the article around it.
import { performance } from 'node:perf_hooks';
import { KnowledgeBase } from '../src/core/world';
import { linkHighlight } from '../src/core/world/linkHighlight';

export interface LinkingGoldDoc {
  id: string;
  text: string;
  mentions: { start: number; end: number; text: string; type: 'PER' | 'ORG' | 'LOC'; wikidata: string | null }[];
}

interface Tally {
  mentions: number;
  goldLinked: number;
  goldInKb: number;
  predicted: number;
  correct: number;
  nilGold: number;
  nilKept: number;
}

const LABEL = { PER: 'person', ORG: 'organisation', LOC: 'location' } as const;

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-').padStart(5);

export function evaluateLinking(file: string, docs: LinkingGoldDoc[], kb: KnowledgeBase, loadMs: number): void {
  const byType = new Map<string, Tally>();
  const tally = (type: string) => {
    let t = byType.get(type);
    if (!t)
      byType.set(
        type,
        (t = { mentions: 0, goldLinked: 0, goldInKb: 0, predicted: 0, correct: 0, nilGold: 0, nilKept: 0 }),
      );
    return t;
  };
  const t0 = performance.now();
  for (const doc of docs) {
    const names = doc.mentions.map(m => m.text);
    for (const m of doc.mentions) {
      const link = linkHighlight(kb, doc.text, LABEL[m.type], m.text, names);
      for (const t of [tally(m.type), tally('all')]) {
        t.mentions++;
        if (m.wikidata) {
          t.goldLinked++;
          if (kb.entity(m.wikidata)) t.goldInKb++;
        } else {
          t.nilGold++;
          if (!link) t.nilKept++;
        }
        if (link) {
          t.predicted++;
          if (link.entity.id === m.wikidata) t.correct++;
        }
      }
    }
  }
  const ms = performance.now() - t0;
  console.log(
    `\n${file}: entity linking, ${docs.length} docs; knowledge base ${kb.size} entities loaded in ${loadMs.toFixed(1)} ms`,
  );
  console.log('  type   mentions  gold ids  in KB   links  precision  recall  recall in KB  NIL kept');
  for (const type of ['PER', 'ORG', 'LOC', 'all']) {
    const t = byType.get(type);
    if (!t) continue;
    console.log(
      `  ${type.padEnd(5)} ${String(t.mentions).padStart(8)} ${String(t.goldLinked).padStart(9)} ${String(t.goldInKb).padStart(6)} ` +
        `${String(t.predicted).padStart(7)}      ${pct(t.correct, t.predicted)}   ${pct(t.correct, t.goldLinked)}        ${pct(t.correct, t.goldInKb)}     ${pct(t.nilKept, t.nilGold)}`,
    );
  }
  console.log(`  ${(ms / Math.max(1, tally('all').mentions)).toFixed(3)} ms per mention`);
}
