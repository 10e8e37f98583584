// Fact checks while writing: weekdays and impossible dates, names spelled two ways, short forms
// before full names, dates that need or contradict the article's date, ranges and ages.
export { ALL_CHECKS, CHECK_FAMILIES, FAMILY_OF_CODE } from './types';
export type { CheckCode, CheckDiagnostic, CheckFamily, CheckFix, CheckInput, NameMention } from './types';
export { ArticleChecks, checkArticle } from './engine';
export { checkInput } from './input';
