export { tagProblem } from './tag-problem';
export { DEFAULT_SCORING, type ScoringOptions } from './scoring';
export { findCue, type CueOccurrence } from './find-cues';
export { sentenceAround } from './sentence-around';
