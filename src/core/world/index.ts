export { KnowledgeBase, WORLD_KNOWLEDGE_PATH, TYPE_BIT, encodeWorld } from './knowledgeBase';
export type { WorldEntity, WorldType } from './knowledgeBase';
export { linkMention, LINK_THRESHOLD } from './link';
export type { Link } from './link';
export { nameKey } from './names';
