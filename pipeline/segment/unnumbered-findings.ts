import type { HeadingNumber } from '../text/heading-numbers';
import { cues, namesShortcomingItself, startsWithAny } from './cues';

// Township and county notices often number neither their problems nor their measures' paragraphs:
// under each area every paragraph opens 针对“X”的问题, and goes on with 一是…二是…. Those openings are
// read as unnumbered labels, like 【问题】X, so that the outline numbers them in reading order.

const QUOTE_OPENINGS = ['“', '"', '‘'];
const QUOTE_CLOSINGS = ['”', '"', '’'];

/** The label word an unnumbered finding paragraph takes in a path (问题1, 问题2 …), as 【问题】 blocks do. */
const FINDING_PARAGRAPH_LABEL = '问题';

/**
 * Where the heading of a paragraph naming one finding ends (just past the comma of 针对“X”的问题,),
 * or -1. The finding must be quoted whole or name a shortcoming of its own: 针对巡察反馈的问题, and
 * 针对该问题, open a body's sentence about findings already named.
 */
export function findingParagraphOpeningEnd(normalizedWords: string): number {
  const match = cues.findingParagraphOpening.exec(normalizedWords);
  if (match === null) return -1;
  const finding = match[1].trim();
  const quotedWhole = startsWithAny(finding, QUOTE_OPENINGS) && QUOTE_CLOSINGS.some((closing) => finding.endsWith(closing));
  return quotedWhole || namesShortcomingItself(finding) ? match[0].length : -1;
}

/** The unnumbered label a line opening with a finding paragraph's heading reads as, or `null`. */
export function findingParagraphHeading(normalizedLine: string): HeadingNumber | null {
  if (findingParagraphOpeningEnd(normalizedLine) === -1) return null;
  const numberStart = normalizedLine.length - normalizedLine.trimStart().length;
  return { style: 'unnumbered', value: 0, numberStart, numberEnd: numberStart, pathLabel: FINDING_PARAGRAPH_LABEL };
}

/** The row number of a line that is nothing but 序号:N (a problem list pasted as labelled lines), or `null`. */
export function serialNumberOfLine(normalizedLine: string): number | null {
  const match = cues.serialNumberLine.exec(normalizedLine);
  return match === null ? null : Number(match[1]);
}
