import { normalizeForParsing } from '../ingest/normalize';
import type { SegmentationScores, TitleScores } from './evaluation-types';
import type { GoldNotice, GoldProblem } from './gold-file';
import { harmonicMean, rate } from './rate';
import type { OutputRow } from './read-output-table';

/** A gold problem and the output row found for it. */
export interface MatchedProblem {
  gold: GoldProblem;
  output: OutputRow;
}

/**
 * Pairs gold problems with rows of `problems.csv` by notice file and numbering path. Paths are
 * compared after full-width → half-width, so `二.（七）` and `二.(七)` are the same problem.
 */
export function matchProblems(gold: GoldNotice[], outputRows: OutputRow[], outputFileOf: (notice: GoldNotice) => string | undefined): {
  matched: MatchedProblem[];
  segmentation: SegmentationScores;
} {
  const matched: MatchedProblem[] = [];
  let goldProblems = 0;
  let outputProblems = 0;
  for (const notice of gold) {
    goldProblems += notice.problems.length;
    const file = outputFileOf(notice);
    const rows = file === undefined ? [] : outputRows.filter((row) => row.file === file);
    outputProblems += rows.length;
    const byPath = new Map(rows.map((row) => [pathKey(row.path ?? ''), row]));
    for (const problem of notice.problems) {
      const output = byPath.get(pathKey(problem.path));
      if (output !== undefined) matched.push({ gold: problem, output });
    }
  }
  const precision = rate(matched.length, outputProblems);
  const recall = rate(matched.length, goldProblems);
  return {
    matched,
    segmentation: { goldProblems, outputProblems, matched: matched.length, precision, recall, f1: harmonicMean(precision, recall) },
  };
}

/** How many matched problems have exactly the gold title. */
export function titleScores(matched: MatchedProblem[]): TitleScores {
  const exact = matched.filter(({ gold, output }) => (output.title ?? '').trim() === gold.title.trim()).length;
  return { exact, matched: matched.length, rate: rate(exact, matched.length) };
}

function pathKey(path: string): string {
  return normalizeForParsing(path).replace(/\s+/g, '');
}
