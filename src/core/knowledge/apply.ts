import type { ArticleKnowledge } from '../highlights/highlights';
import { labelOfType } from '../highlights/labels';
import type { Span } from '../types';
import { KnownNameMatcher } from './match';
import { WorkspaceKnowledge } from './types';

/** Applies the workspace's knowledge to one article's text. */
export function knowledgeForArticle(
  text: string,
  knowledge: WorkspaceKnowledge,
  matcher = new KnownNameMatcher(knowledge),
): ArticleKnowledge {
  const { rejected } = knowledge;
  return {
    mentions: matcher.find(text),
    rejects:
      rejected.size === 0
        ? () => false
        : (span: Span) => {
            const labels = rejected.get(text.slice(span.start, span.end));
            return !!labels && labels.has(labelOfType(span.type));
          },
  };
}
