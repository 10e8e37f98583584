export { addCounts, cohensKappa, countAgreement, scoreAgreement } from './measure';
export type { AgreementCounts, AgreementScores } from './measure';
export { findDisagreements, settleDisagreement } from './disagreements';
export type { Choice, Disagreement } from './disagreements';
