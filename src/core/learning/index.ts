export { lessonOf, teachesName, teachingItems } from './teach';
export type { TeachingSidecar } from './teach';
export { contextWindows, windowSentences } from './windows';
export { applyUpdate, NO_UPDATE } from './train';
export type { LearnedUpdate, LearningSettings } from './train';
export { WorkspaceLearner } from './learner';
