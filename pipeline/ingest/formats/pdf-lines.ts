import type { PdfTextItem } from './pdf-document';

/** One printed line of a PDF page: its text and where it sits, in points, y growing upwards. */
export interface PdfLine {
  text: string;
  /** Left edge of the first character. */
  left: number;
  /** Right edge of the last character. */
  right: number;
  /** Baseline. */
  y: number;
  fontSize: number;
}

// Text runs whose baselines differ by less than this share of the font size sit on one line.
const SAME_LINE_SHARE = 0.5;
// A gap wider than this share of the font size between two runs is a space between words.
const WORD_GAP_SHARE = 0.2;

/**
 * A page's text runs → its lines, top to bottom, each read left to right. Grouping by baseline
 * rather than by the file's order gives reading order even when a producer writes the runs of a
 * page out of order (footers first, a table column by column).
 */
export function itemsToLines(items: PdfTextItem[]): PdfLine[] {
  const groups: PdfTextItem[][] = [];
  for (const item of items) {
    if (item.text.trim() === '') continue;
    const group = groups.find((candidate) => Math.abs(candidate[0].y - item.y) < SAME_LINE_SHARE * Math.min(candidate[0].fontSize, item.fontSize));
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups.map(toLine).sort((a, b) => b.y - a.y);
}

function toLine(group: PdfTextItem[]): PdfLine {
  const runs = [...group].sort((a, b) => a.x - b.x);
  let text = '';
  let right = runs[0].x;
  for (const run of runs) {
    if (text !== '' && needsSpace(text, run, right)) text += ' ';
    text += run.text;
    right = Math.max(right, run.x + run.width);
  }
  return { text: text.trim(), left: runs[0].x, right, y: runs[0].y, fontSize: Math.max(...runs.map((run) => run.fontSize)) };
}

/**
 * Chinese is set without spaces: a gap beside a Chinese character is the word processor's
 * spacing between scripts (`2025 年`) or justification, not a space the author typed. Between
 * Latin words and numbers a gap is a space.
 */
function needsSpace(before: string, run: PdfTextItem, previousRight: number): boolean {
  if (/\s$/.test(before) || /^\s/.test(run.text)) return false;
  if (run.x - previousRight < WORD_GAP_SHARE * run.fontSize) return false;
  return !isChinese(before.at(-1) ?? '') && !isChinese(run.text[0]);
}

/** Han characters and the full-width punctuation set among them. */
export function isChinese(character: string): boolean {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d]/u.test(character);
}
