import { indentWidth, lineWidth } from './line-width';
import { endsSentence, opensParagraph } from './paragraph-marks';
import { hardWrapWidth, isFullLine, type WrapWidth } from './wrap-width';

export { hardWrapWidth, type WrapWidth } from './wrap-width';

// The enumeration comma and commas: a clause goes on after them.
const MID_CLAUSE_MARKS = new Set('、，,');

/**
 * A text → the same text with hard-wrapped lines joined back into paragraphs, one per line.
 *
 * Text copied out of a PDF viewer or Word keeps the layout's line breaks: every line cut at one
 * width, so a heading runs over two lines and the segment stage would read its second half as a
 * line of its own. A line that reaches the wrap width without ending a sentence continues on the
 * next, unless that one is blank, indented further or opens with a number (一、 (一) 1. 一是 …).
 * Pieces join without a space, as Chinese wraps between any two characters. A text that is not
 * hard-wrapped (one paragraph per line) comes back unchanged.
 */
export function joinHardWrappedLines(text: string): string {
  const lines = text.split('\n');
  const wrap = hardWrapWidth(lines);
  if (!wrap) return text;
  const paragraphs: string[] = [];
  lines.forEach((line, index) => {
    if (index > 0 && continues(lines[index - 1], line, wrap)) {
      paragraphs[paragraphs.length - 1] = paragraphs[paragraphs.length - 1].trimEnd() + line.trimStart();
    } else {
      paragraphs.push(line);
    }
  });
  return paragraphs.join('\n');
}

function continues(previous: string, next: string, wrap: WrapWidth): boolean {
  if (next.trim() === '') return false;
  if (!isFullLine(lineWidth(previous.trimEnd(), wrap.asciiWidth), wrap)) return false;
  if (endsSentence(previous)) return false;
  // A paragraph's first line may be indented and its continuation not; the reverse starts a paragraph.
  if (indentWidth(next, wrap.asciiWidth) > indentWidth(previous, wrap.asciiWidth)) return false;
  // No heading follows a line that breaks off mid-clause or mid-number: what looks like a number
  // there continues a series (…考核中一、| 二、三季度均为满分) or a figure (2022-202 | 5)》).
  if (endsMidClause(previous, next)) return true;
  return !opensParagraph(next);
}

function endsMidClause(previous: string, next: string): boolean {
  const last = previous.trimEnd().slice(-1);
  return MID_CLAUSE_MARKS.has(last) || (/\d/.test(last) && /^\d/.test(next));
}
