export { lessonOf, teachesName, teachingItems } from './teach';
export type { Lesson, PlacedItem, TeachingItem, TeachingSidecar } from './teach';
export { contextWindows, windowSentences } from './windows';
export type { ContextWindow, TrainingSentence } from './windows';
export { applyUpdate, DEFAULT_LEARNING, learnSteps, learnUpdate, NO_UPDATE, prepareSentence } from './train';
export type { LearnedUpdate, LearningSettings, PreparedSentence } from './train';
export { sidecarSentences, WorkspaceLearner } from './learner';
