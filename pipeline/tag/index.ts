export { tagProblem } from './tag-problem';
export { DEFAULT_SCORING, type ScoringOptions } from './scoring';
export { sentenceAround } from './sentence-around';
