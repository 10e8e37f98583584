import {
  ArticleKnowledge,
  Highlight,
  PlacedAnnotation,
  PlacedCorrection,
  composeHighlights,
} from '../highlights/highlights';
import { buildKnowledge, knowledgeForArticle } from '../knowledge';
import type { RegistryEntry } from '../registry/types';
import type { Span } from '../types';
import type { CheckInput, NameMention } from './types';

/** What is known about an article: its analysis, the user's annotations and corrections, the workspace's names. */
interface ArticleFacts {
  text: string;
  /** The recogniser's spans (entities and dates). */
  spans: readonly Span[];
  articleDate?: string;
  /** True when the article date is only a guess. */
  articleDateGuessed?: boolean;
  annotations?: readonly PlacedAnnotation[];
  corrections?: readonly PlacedCorrection[];
  /** Known names found in the text (registry, learned labels); from the registry alone when left out. */
  knowledge?: ArticleKnowledge;
  registry?: readonly RegistryEntry[];
  /**
   * The highlights composed from all of the above, when the caller has them with people,
   * organisations and places shown (the editor composes them for every edit anyway).
   */
  highlights?: readonly Highlight[];
}

const NAME_LABELS = new Set(['person', 'organisation', 'location']);

/**
 * The checks' input: the names as the editor shows them with every type switched on (the user's
 * annotations and corrections and the registry's names win over the recogniser), so what a check
 * sees does not depend on which highlights are visible.
 */
export function checkInput(facts: ArticleFacts): CheckInput {
  const registry = facts.registry ?? [];
  const highlights =
    facts.highlights ??
    composeHighlights(
      facts.spans,
      facts.annotations ?? [],
      facts.corrections ?? [],
      () => true,
      facts.knowledge ?? knowledgeForArticle(facts.text, buildKnowledge(registry, [])),
    );
  const names: NameMention[] = highlights.filter(h => NAME_LABELS.has(h.label));
  return {
    text: facts.text,
    articleDate: facts.articleDate,
    articleDateGuessed: facts.articleDateGuessed,
    spans: facts.spans,
    names,
    registry,
  };
}
