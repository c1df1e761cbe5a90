import { normalizeForParsing } from '../ingest/normalize';
import { recogniseHeadingNumber } from '../text/heading-numbers';
import { containsAny, cues, startsWithAny } from './cues';

/** One line of a notice, with its offsets into the whole text. */
export interface NoticeLine {
  index: number;
  /** Offset of the line's first character in the notice text. */
  start: number;
  /** Offset just past the line's last character (before its `\n`). */
  end: number;
  /** The line as written. */
  text: string;
  /** The same line through `normalizeForParsing`: same length, same offsets. */
  normalized: string;
  /** `debris` lines are web-page furniture (展开全文, 信息来源…) and page numbers: never a heading, never part of a body. */
  kind: 'content' | 'blank' | 'debris';
}

/** Splits a notice into lines, normalising each once and marking blank and debris lines. */
export function splitLines(text: string): NoticeLine[] {
  const normalizedText = normalizeForParsing(text);
  const lines: NoticeLine[] = [];
  let start = 0;
  for (let index = 0; start <= text.length; index++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const normalized = normalizedText.slice(start, end);
    lines.push({ index, start, end, text: text.slice(start, end), normalized, kind: lineKind(normalized) });
    if (newline === -1) break;
    start = newline + 1;
  }
  return joinNumbersAlone(lines);
}

/**
 * Copies from web pages and Word put a heading's number on a line of its own and its words on the
 * next ((一) then 关于…的问题): such a number is joined to the next content line, across blank lines,
 * into one line whose line breaks read as spaces (text and normalised text stay aligned and keep
 * their offsets). A number followed by another numbered line is left as it is.
 */
function joinNumbersAlone(lines: readonly NoticeLine[]): NoticeLine[] {
  const joined: NoticeLine[] = [];
  for (let position = 0; position < lines.length; position++) {
    const line = lines[position];
    let next = position + 1;
    while (next < lines.length && lines[next].kind === 'blank') next++;
    if (!isNumberAlone(line) || next >= lines.length || !isUnnumberedContent(lines[next])) {
      // Copied only once a join has moved the indexes: most notices have no number alone.
      joined.push(line.index === joined.length ? line : { ...line, index: joined.length });
      continue;
    }
    const parts = lines.slice(position, next + 1);
    joined.push({
      index: joined.length,
      start: line.start,
      end: lines[next].end,
      text: parts.map((part) => part.text).join(' '),
      normalized: parts.map((part) => part.normalized).join(' '),
      kind: 'content',
    });
    position = next;
  }
  return joined;
}

function isNumberAlone(line: NoticeLine): boolean {
  if (line.kind !== 'content') return false;
  const heading = recogniseHeadingNumber(line.normalized);
  return heading !== null && heading.style !== 'shi' && heading.style !== 'unnumbered' && line.normalized.slice(heading.numberEnd).trim() === '';
}

function isUnnumberedContent(line: NoticeLine): boolean {
  return line.kind === 'content' && recogniseHeadingNumber(line.normalized) === null && !isClosingLine(line);
}

function lineKind(normalized: string): NoticeLine['kind'] {
  const trimmed = normalized.trim();
  if (trimmed === '') return 'blank';
  if (trimmed.length > cues.maximumDebrisLineLength) return 'content';
  if (startsWithAny(trimmed, cues.debrisLineCues) || containsAny(trimmed, cues.debrisAnywhereCues)) return 'debris';
  if (cues.pageNumberLines.some((pattern) => pattern.test(trimmed))) return 'debris';
  return 'content';
}

const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/**
 * True for the lines that close a notice: the invitation to supervise (欢迎广大干部群众…),
 * contact details, the date under the signature. Nothing after them belongs to a problem.
 */
export function isClosingLine(line: NoticeLine): boolean {
  const trimmed = line.normalized.trim();
  return startsWithAny(trimmed, cues.closingCues) || DATE_LINE.test(trimmed);
}

/**
 * The text from `start` to `end` (offsets into the notice) as written, without debris and
 * blank lines, lines joined by `\n`; `normalized` is the same text normalised.
 */
export function textBetween(lines: readonly NoticeLine[], start: number, end: number): { text: string; normalized: string } {
  const pieces: string[] = [];
  const normalizedPieces: string[] = [];
  for (const line of linesOverlapping(lines, start, end)) {
    if (line.kind !== 'content') continue;
    const from = Math.max(start, line.start) - line.start;
    const to = Math.min(end, line.end) - line.start;
    const piece = line.text.slice(from, to);
    if (piece.trim() === '') continue;
    pieces.push(piece);
    normalizedPieces.push(line.normalized.slice(from, to));
  }
  return trimBoth(pieces.join('\n'), normalizedPieces.join('\n'));
}

function* linesOverlapping(lines: readonly NoticeLine[], start: number, end: number): Generator<NoticeLine> {
  for (let index = lineIndexAt(lines, start); index < lines.length && lines[index].start < end; index++) {
    if (lines[index].end > start || lines[index].start === start) yield lines[index];
  }
}

/** The index of the line holding offset `offset` (binary search: lines are in order). */
export function lineIndexAt(lines: readonly NoticeLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Trims both strings by the same amounts, so they stay aligned character for character. */
function trimBoth(text: string, normalized: string): { text: string; normalized: string } {
  let from = 0;
  let to = normalized.length;
  while (from < to && /\s/.test(normalized[from])) from++;
  while (to > from && /\s/.test(normalized[to - 1])) to--;
  return { text: text.slice(from, to), normalized: normalized.slice(from, to) };
}
