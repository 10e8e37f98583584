// Fact checks while writing: weekdays and impossible dates, names spelled two ways, short forms
// before full names, dates that need or contradict the article's date, ranges and ages.
export * from './types';
export { ArticleChecks, checkArticle } from './engine';
export { checkInput } from './input';
export type { ArticleFacts } from './input';
