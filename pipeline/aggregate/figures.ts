import type { Cell, Problem, ProcessedNotice, Table } from '../types';
import { findFigures } from './find-figures';
import { problemId } from './leaf-problems';

/**
 * `figures`: every quantity a notice states, one row each in text order: `problem_id`
 * (`noticeId#path`) of the problem whose rectification text states it, or empty for the
 * notice's own summary (整改期间…退回资金157704元), the value and unit as written, its kind
 * (money, count, duration, percent), the sentence it stands in and, for money, the amount
 * in yuan.
 */
export function figures(notices: readonly ProcessedNotice[]): Table {
  return {
    name: 'figures',
    columns: ['problem_id', 'notice_id', 'value', 'unit', 'kind', 'context', 'value_yuan'],
    rows: notices.flatMap(noticeFigureRows),
  };
}

function noticeFigureRows(notice: ProcessedNotice): Cell[][] {
  const { noticeId } = notice.source;
  const row = (problem: Problem | null, figure: ReturnType<typeof findFigures>[number]): Cell[] => [
    problem === null ? null : problemId(notice, problem),
    noticeId,
    figure.value,
    figure.unit,
    figure.kind,
    figure.context,
    figure.valueYuan,
  ];
  const text = notice.source.text;
  const spans = bodySpans(text, notice.segmentation.problems);
  // Without the notice's text (or where a body cannot be found in it) the bodies alone are read.
  if (text === '' || spans.length < notice.segmentation.problems.filter((problem) => problem.body !== '').length) {
    return notice.segmentation.problems.flatMap((problem) => findFigures(problem.body).map((figure) => row(problem, figure)));
  }
  return findFigures(text).map((figure) => row(owner(spans, figure.offset), figure));
}

interface BodySpan {
  start: number;
  end: number;
  problem: Problem;
}

/** Where each problem's body stands in the notice's text, searched in reading order. */
function bodySpans(text: string, problems: readonly Problem[]): BodySpan[] {
  const spans: BodySpan[] = [];
  let cursor = 0;
  for (const problem of problems) {
    if (problem.body === '') continue;
    const start = text.indexOf(problem.body, cursor);
    if (start === -1) continue;
    spans.push({ start, end: start + problem.body.length, problem });
    // A parent's body may enclose its children's, so the next search starts inside it.
    cursor = start + 1;
  }
  return spans;
}

/** The problem whose body holds the offset; the narrowest one when bodies nest. */
function owner(spans: readonly BodySpan[], offset: number): Problem | null {
  let best: BodySpan | null = null;
  for (const span of spans) {
    if (offset >= span.start && offset < span.end && (!best || span.end - span.start < best.end - best.start)) best = span;
  }
  return best?.problem ?? null;
}
