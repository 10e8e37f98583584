export { ATTRIBUTE_KEYS, LABEL_KEYS, RELATION_KEYS, SCHEMA_FILE_NAME, SCHEMA_KEYS } from './types';
export type { AnnotationSchema, AttributeDefinition, RelationTypeDefinition } from './types';
export { MAX_SCHEMA_LENGTH, parseAnnotationSchema } from './parse';
export {
  allowsRelation,
  attributesFor,
  isProjectLabel,
  labelChoices,
  labelDefinition,
  labelName,
  plainGuideline,
  relationType,
  relationTypesFrom,
  showsAutomatic,
} from './query';
export type { LabelChoice } from './query';
