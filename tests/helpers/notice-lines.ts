import { segmentNotice } from '../../pipeline/segment';
import type { NoticeText } from '../../pipeline/types';

/** A notice built from its lines, as a test writes one. */
export function noticeOfLines(lines: readonly string[]): NoticeText {
  const text = lines.join('\n');
  return { noticeId: 'built', file: 'built.txt', format: 'txt', encoding: 'UTF-8', sha256: '', bytes: Buffer.byteLength(text), text };
}

/** Each problem `segmentNotice` finds in the lines: its path, title and how many measures it has. */
export function pathsTitlesAndMeasures(lines: readonly string[]): [string, string, number][] {
  return segmentNotice(noticeOfLines(lines)).segmentation.problems.map((problem) => [problem.path, problem.title, problem.measures.length]);
}
