export { KnowledgeBase, WORLD_KNOWLEDGE_PATH, encodeWorld } from './knowledgeBase';
export type { WorldEntity } from './knowledgeBase';
export { linkMention } from './link';
export { nameKey } from './names';
