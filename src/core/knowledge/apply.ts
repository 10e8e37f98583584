import type { ArticleKnowledge } from '../highlights/highlights';
import { labelOfType } from '../highlights/labels';
import type { Span } from '../types';
import { KnownNameMatcher } from './match';
import { WorkspaceKnowledge } from './types';
import { namesText } from '../text/readingText';

/**
 * Applies the workspace's knowledge to one article's text, read as `namesText` reads it, so that a known
 * name wrapped over two lines is still found.
 */
export function knowledgeForArticle(
  article: string,
  knowledge: WorkspaceKnowledge,
  matcher = new KnownNameMatcher(knowledge),
): ArticleKnowledge {
  const { rejected } = knowledge;
  if (matcher.isEmpty && rejected.size === 0) return { mentions: [], rejects: () => false };
  const text = namesText(article);
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
