import { recogniseHeadingNumber } from '../text/heading-numbers';
import marks from './hard-wraps.json';
import { normalizeForParsing } from './normalize';

const SENTENCE_ENDINGS = new Set(marks.sentenceEndings);
const CLOSING_MARKS = new Set(marks.closingMarks);
const PARAGRAPH_OPENERS = marks.paragraphOpeners.map((source) => new RegExp(source));

/** True when a line ends a sentence: 。！？… at its end, maybe inside a closing quote or bracket (。” 。）). */
export function endsSentence(line: string): boolean {
  let end = line.trimEnd().length;
  while (end > 0 && CLOSING_MARKS.has(line[end - 1])) end--;
  return end > 0 && SENTENCE_ENDINGS.has(line[end - 1]);
}

/**
 * True when a line starts a paragraph by its first words: a heading or measure number as the
 * segment stage reads them (一、 (一) 1. (1) ① 一是 问题一:), or one of the openers in `hard-wraps.json` (第一, 【).
 */
export function opensParagraph(line: string): boolean {
  const normalized = normalizeForParsing(line);
  if (recogniseHeadingNumber(normalized) !== null) return true;
  const start = normalized.trimStart();
  return PARAGRAPH_OPENERS.some((opener) => opener.test(start));
}
