export { tagProblem } from './tag-problem';
export { DEFAULT_SCORING, type ScoringOptions } from './scoring';
export { findCue, matchableText, type CueOccurrence, type MatchableText } from './find-cues';
export { sentenceAround } from './sentence-around';
