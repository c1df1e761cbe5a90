/**
 * How cue weights become category scores. The title names the finding, so it weighs most; the
 * rectification text is long and repeats every topic the agency touched, so it weighs little
 * and counts repeated cues with diminishing returns.
 */
export interface ScoringOptions {
  /** Multiplies the weight of a cue found in the title. */
  titleWeight: number;
  /**
   * Share of its weight that each title cue after a category's strongest one adds. A title names
   * its finding once, often in two words of one field (津贴补贴, 财务报销): the second word
   * confirms the category rather than doubling it, so that a hard-case cue (八项规定) is not
   * outvoted by the money words the same title names.
   */
  titleFurtherCueShare: number;
  /** Multiplies the weight of a cue found in the rectification text. */
  bodyWeight: number;
  /** Occurrences of one cue in the body beyond this many add nothing. */
  bodyOccurrencesCounted: number;
  /** A category without title cues fits on body cues only from this raw body score up. */
  bodyScoreToFit: number;
  /** A secondary category needs this share of the primary's score … */
  secondaryShare: number;
  /** … and at least this score: nearly a clear title cue (weight 2 × 3), or sustained body evidence (20 × 0.25), so that a passing mention adds nothing. */
  secondaryMinimum: number;
  /** At most this many secondary categories. */
  secondaryLimit: number;
}

/** The scoring used unless a caller gives its own. */
export const DEFAULT_SCORING: ScoringOptions = {
  titleWeight: 3,
  titleFurtherCueShare: 0.5,
  bodyWeight: 0.25,
  bodyOccurrencesCounted: 3,
  bodyScoreToFit: 6,
  secondaryShare: 0.5,
  secondaryMinimum: 5,
  secondaryLimit: 2,
};
