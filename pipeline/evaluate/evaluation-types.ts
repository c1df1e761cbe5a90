/**
 * The result of comparing a run's outputs with a gold file: plain JSON data, so that
 * `evaluate --json` prints it as is. A rate is `null` where its denominator is zero.
 */
export interface Evaluation {
  goldFile: string;
  outputsFolder: string;
  notices: NoticeMatching;
  metadata: FieldAccuracy[];
  segmentation: SegmentationScores;
  titles: TitleScores;
  categories: CategoryScores;
}

export interface NoticeMatching {
  gold: number;
  /** Gold notices found in `notices.csv` (by its `file` column). */
  found: number;
  /** Gold files with no row in `notices.csv`. */
  missing: string[];
}

/** How often one metadata field of `notices.csv` equals the gold value (missing notices count as wrong). */
export interface FieldAccuracy {
  field: string;
  correct: number;
  total: number;
  accuracy: number | null;
}

/** Problems matched by notice and path. Output problems of notices without gold are not counted. */
export interface SegmentationScores {
  goldProblems: number;
  outputProblems: number;
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface TitleScores {
  /** Matched problems whose title equals the gold title exactly. */
  exact: number;
  matched: number;
  rate: number | null;
}

/** One category's scores over label sets (primary and secondary together). */
export interface CategoryResult {
  key: string;
  label: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Gold problems carrying the category. */
  support: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface CategoryScores {
  /** Matched problems, the ones categories are judged on. */
  problems: number;
  primaryCorrect: number;
  primaryAccuracy: number | null;
  perCategory: CategoryResult[];
  microPrecision: number | null;
  microRecall: number | null;
  microF1: number | null;
  /** Mean F1 of the categories that occur in the gold or the outputs. */
  macroF1: number | null;
  /** Primary categories: `counts[gold][output]` in the order of `keys`. */
  confusion: { keys: string[]; counts: number[][] };
}
