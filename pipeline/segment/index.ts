import type { Diagnostic, NoticeText, Segmentation } from '../types';
import { foldFindingReferences } from './finding-references';
import { layoutProblems } from './layout';
import { splitLines } from './lines';
import { nodeTextReader } from './node-text';
import { buildOutline } from './outline';
import { toAreas, toProblems } from './problems';
import { headingJudge, problemSections } from './sections';
import { truncationSign } from './truncation';

/**
 * Splits a notice into its areas (方面) and problems, each problem with its title, body and
 * enumerated measures. Notices without problems and notices cut off inside their last problem (see
 * `truncationSign`) give a warning diagnostic; the segmentation is returned either way.
 */
export function segmentNotice(notice: NoticeText): { segmentation: Segmentation; diagnostics: Diagnostic[] } {
  const lines = splitLines(notice.text);
  const root = buildOutline(lines);
  const reader = nodeTextReader(lines);
  const judge = headingJudge(reader);
  const laidOut = layoutProblems(problemSections(root, reader, judge), reader, judge);
  // 针对第1个问题:… items give their measures to the findings listed in another part.
  const folded = foldFindingReferences(toProblems(laidOut, reader), laidOut.problems, lines);
  const layout = { ...laidOut, problems: folded.placements };
  const areas = toAreas(layout, reader);
  const problems = folded.problems;
  const diagnostics: Diagnostic[] = [];

  if (problems.length === 0) {
    diagnostics.push(warning(notice, 'SEGMENT_NO_PROBLEMS', 'no numbered problems with rectification text were found; is this a rectification notice?'));
  }
  const truncation = truncationSign({
    text: notice.text,
    problems,
    areas,
    firstProblemStart: layout.problems[0]?.node.start ?? 0,
    // Nothing (next section, closing lines) follows the last problem: only then can the text stop inside it.
    lastProblemReachesEnd: problems.length > 0 && layout.problems[problems.length - 1].node.end >= root.end && root.end >= notice.text.trimEnd().length,
  });
  if (truncation !== null) {
    const { path } = problems[truncation.index];
    problems[truncation.index] = { ...problems[truncation.index], truncated: true };
    const because = truncation.explanation === null ? '' : `: ${truncation.explanation}`;
    diagnostics.push(warning(notice, 'SEGMENT_TRUNCATED', `the text stops inside problem ${path}${because}`));
  }
  return { segmentation: { areas, problems }, diagnostics };
}

function warning(notice: NoticeText, code: string, message: string): Diagnostic {
  return { file: notice.file, stage: 'segment', severity: 'warning', code, message };
}
