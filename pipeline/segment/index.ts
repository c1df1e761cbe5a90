import type { Diagnostic, NoticeText, Segmentation } from '../types';
import { declaredProblemCount } from './declared-problems';
import { layoutProblems } from './layout';
import { splitLines } from './lines';
import { nodeTextReader } from './node-text';
import { buildOutline } from './outline';
import { endsMidSentence, toAreas, toProblems } from './problems';
import { headingJudge, problemSections } from './sections';

/**
 * Splits a notice into its areas (方面) and problems, each problem with its title, body and
 * enumerated measures. Notices without problems and notices cut off inside a problem (mid-sentence,
 * or after a sentence with fewer problems listed than declared) give a warning diagnostic; the
 * segmentation is returned either way.
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
    // that problem and its text does not end a sentence, or, where a scraped page stops after a
    // full sentence, when fewer problems are listed than the notice declares.
    const reachesEnd = lastNode.end >= root.end && root.end >= notice.text.trimEnd().length;
    if (reachesEnd && (endsMidSentence(problems[lastIndex].body) || listsFewerThanDeclared(notice.text, layout.problems[0].node.start, problems.length))) {
      problems[lastIndex] = { ...problems[lastIndex], truncated: true };
      diagnostics.push(warning(notice, 'SEGMENT_TRUNCATED', `the text stops inside problem ${problems[lastIndex].path}`));
    }
  }
  return { segmentation: { areas, problems }, diagnostics };
}

/** True when the text before the first problem declares more problems than were found. */
function listsFewerThanDeclared(text: string, firstProblemStart: number, problemCount: number): boolean {
  const declared = declaredProblemCount(text.slice(0, firstProblemStart));
  return declared !== null && declared > problemCount;
}

function warning(notice: NoticeText, code: string, message: string): Diagnostic {
  return { file: notice.file, stage: 'segment', severity: 'warning', code, message };
}
