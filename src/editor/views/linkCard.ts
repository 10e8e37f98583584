import * as vscode from 'vscode';
import { Highlight, mentionsOf } from '../../core/highlights/highlights';
import { KnowledgeBase, WorldEntity } from '../../core/world';
import { linkHighlight, worldTypeOfLabel } from '../../core/world/linkHighlight';
import { onOneLine } from '../../core/text/softWraps';

/** What the hover card says about the entity a highlight is: linked by the user, proposed, or nothing sure. */
export type LinkVerdict =
  | { kind: 'user'; id: string; entity?: WorldEntity }
  | { kind: 'proposed'; entity: WorldEntity; confidence: number }
  | { kind: 'none' };

const WIKIDATA_ID = /^Q[1-9]\d*$/;

/**
 * The verdict for a highlight among the article's `highlights` (its other mentions help), or undefined
 * when the card should say nothing about linking (dates, custom labels, and registry names: the
 * registry's own entry wins over the knowledge base).
 */
export function linkVerdict(
  kb: KnowledgeBase | undefined,
  text: string,
  highlights: readonly Highlight[],
  h: Highlight,
  linkedId: string | undefined,
): LinkVerdict | undefined {
  if (!kb || h.known?.entry || !worldTypeOfLabel(h.label)) return undefined;
  if (linkedId && WIKIDATA_ID.test(linkedId)) return { kind: 'user', id: linkedId, entity: kb.entity(linkedId) };
  const names = mentionsOf(text, highlights, h).map(m => onOneLine(text.slice(m.start, m.end)));
  const link = linkHighlight(kb, text, h.label, onOneLine(text.slice(h.start, h.end)), names);
  return link ? { kind: 'proposed', entity: link.entity, confidence: link.confidence } : { kind: 'none' };
}

/** The id of the entity a verdict links to or proposes (what Add to Registry records with the name). */
export function entityIdOf(verdict: LinkVerdict | undefined): string | undefined {
  return verdict?.kind === 'proposed' ? verdict.entity.id : verdict?.kind === 'user' ? verdict.id : undefined;
}

/** Appends the verdict to a hover card; `escape` makes knowledge-base text inert. */
export function appendLinkVerdict(
  card: vscode.MarkdownString,
  verdict: LinkVerdict,
  escape: (s: string) => string,
): void {
  card.appendMarkdown('\n\n---\n\n');
  if (verdict.kind === 'none') {
    card.appendMarkdown('$(globe) _Not linked: no well-known entity matches it surely._\n\n');
    return;
  }
  const id = verdict.kind === 'user' ? verdict.id : verdict.entity.id;
  const entity = verdict.entity;
  const item = `[${id}](https://www.wikidata.org/wiki/${id} "Open the Wikidata item")`;
  const what = entity ? `**${escape(entity.label)}** — ${escape(entity.description)} · ` : '';
  const how =
    verdict.kind === 'user' ? 'linked by you' : `${Math.round(100 * verdict.confidence)} % sure, not yet confirmed`;
  card.appendMarkdown(`$(globe) ${what}${item} · _${how}_\n\n`);
}
