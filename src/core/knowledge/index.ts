export { EMPTY_KNOWLEDGE } from './types';
export type { KnownName, WorkspaceKnowledge } from './types';
export { buildKnowledge, looksLikeName } from './build';
export type { LearningSource } from './build';
export { KnownNameMatcher } from './match';
export { knowledgeForArticle } from './apply';
