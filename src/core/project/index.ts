export * from './types';
export { MAX_SCHEMA_LENGTH, parseAnnotationSchema } from './parse';
export type { SchemaParseResult } from './parse';
export {
  DEFAULT_KEYS,
  allowsRelation,
  attributesFor,
  labelChoices,
  labelDefinition,
  labelName,
  plainGuideline,
  relationType,
  relationTypesFrom,
  showsAutomatic,
} from './query';
export type { LabelChoice } from './query';
