export { addCounts, cohensKappa, countAgreement, overlapPairs, scoreAgreement } from './measure';
export type { AgreementCounts, AgreementScores, CompareInput, LabelCounts } from './measure';
export { findDisagreements, settleDisagreement } from './disagreements';
export type { Choice, Disagreement } from './disagreements';
