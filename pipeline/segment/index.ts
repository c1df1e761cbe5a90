import type { Diagnostic, NoticeText, Segmentation } from '../types';
import { layoutProblems } from './layout';
import { splitLines } from './lines';
import { nodeTextReader } from './node-text';
import { buildOutline } from './outline';
import { endsMidSentence, toAreas, toProblems } from './problems';
import { headingJudge, problemSections } from './sections';

/**
 * Splits a notice into its areas (方面) and problems, each problem with its title, body and
 * enumerated measures. Notices without problems and notices cut off inside a problem give a
 * warning diagnostic; the segmentation is returned either way.
 */
export function segmentNotice(notice: NoticeText): { segmentation: Segmentation; diagnostics: Diagnostic[] } {
  const lines = splitLines(notice.text);
  const root = buildOutline(lines);
  const reader = nodeTextReader(lines);
  const judge = headingJudge(reader);
  const layout = layoutProblems(problemSections(root, reader, judge), reader, judge);
  const areas = toAreas(layout, reader);
  const problems = toProblems(layout, reader);
  const diagnostics: Diagnostic[] = [];

  if (problems.length === 0) {
    diagnostics.push(warning(notice, 'SEGMENT_NO_PROBLEMS', 'no numbered problems with rectification text were found; is this a rectification notice?'));
  } else {
    const lastIndex = problems.length - 1;
    const lastNode = layout.problems[lastIndex].node;
    // The notice stops inside its last problem when nothing (next section, closing lines) follows
    // that problem and its text does not end a sentence.
    const reachesEnd = lastNode.end >= root.end && root.end >= notice.text.trimEnd().length;
    if (reachesEnd && endsMidSentence(problems[lastIndex].body)) {
      problems[lastIndex] = { ...problems[lastIndex], truncated: true };
      diagnostics.push(warning(notice, 'SEGMENT_TRUNCATED', `the text stops inside problem ${problems[lastIndex].path}`));
    }
  }
  return { segmentation: { areas, problems }, diagnostics };
}

function warning(notice: NoticeText, code: string, message: string): Diagnostic {
  return { file: notice.file, stage: 'segment', severity: 'warning', code, message };
}
