import type { ProcessedNotice, Table } from '../types';
import { findFigures } from './find-figures';
import { problemId } from './leaf-problems';

/**
 * `figures`: every quantity stated in the problems' rectification texts, one row each, in
 * notice and reading order: `problem_id` (`noticeId#path`), the value and unit as written,
 * its kind (money, count, duration, percent), the sentence it stands in and, for money, the
 * amount in yuan.
 */
export function figures(notices: readonly ProcessedNotice[]): Table {
  const rows = notices.flatMap((notice) =>
    notice.segmentation.problems.flatMap((problem) =>
      findFigures(problem.body).map((figure) => [
        problemId(notice, problem),
        notice.source.noticeId,
        figure.value,
        figure.unit,
        figure.kind,
        figure.context,
        figure.valueYuan,
      ]),
    ),
  );
  return {
    name: 'figures',
    columns: ['problem_id', 'notice_id', 'value', 'unit', 'kind', 'context', 'value_yuan'],
    rows,
  };
}
