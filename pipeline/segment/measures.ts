import type { Measure } from '../types';
import { parseChineseNumber } from '../text/chinese-numerals';

/** One enumeration marker found in a body: 二是, (2), 2、, ②. */
interface Marker {
  kind: 'shi' | 'paren' | 'arabic' | 'circled' | 'chinese-paren' | 'ordinal';
  value: number;
  /** Offset of the marker in the body. */
  start: number;
}

// 一是 … 十二是: numerals, maybe spaces, 是; the character before must end a clause (or start the
// text), so 统一是 / 之一是 are not markers.
const SHI_NUMERALS = '一二三四五六七八九十';
const SPACE = /\s/;
// (1) … ; 1、 or 1. not followed by another digit (1.5万 is a number); ① … ⑳; (一) … where a
// problem's heading stands alone and its measures are listed as (一)(二) lines below it; ⑴ … ⒇ and
// ⒈ … ⒛, the one-character (1) and 1. of Word; 第一, 第二, … (ordinal words, as some notices
// enumerate instead of 一是), with the comma or colon that makes them an enumeration (第一责任人 is none).
// The last, 1 then a space at the start of a line (1 建立台账。), is 1. whose copy lost its point:
// only at a line's start, before the measure's words, and like every other kind only in a run 1, 2.
const OTHER_MARKER =
  /\((\d{1,2})\)|(\d{1,2})\s*[、.](?![\d.])|([①-⑳])|\(([一二三四五六七八九十]{1,3})\)|([⑴-⒇])|([⒈-⒛])|第([一二三四五六七八九十]{1,3})\s*[,、:]|(?<=^|\n)[ \t]*(\d{1,2})[ \t]+(?=[\u4e00-\u9fff“"《【])/g;
const PARENTHESIZED_ONE = '⑴'.charCodeAt(0);
const DIGIT_ONE_FULL_STOP = '⒈'.charCodeAt(0);
// 】 closes a label such as 【整改情况】 that opens the enumeration.
const CLAUSE_BOUNDARY = /[\s。;;::,,、!?!?)）”】]/;

/**
 * The measures enumerated in a problem's rectification text, in order.
 *
 * 一是/二是… is the genre's own enumeration and is read first: every run 一是, 二是, … counts,
 * so a body split into sub-blocks with a run each gives the sum. Only a body without any
 * 一是 is read for (1)(2)…, 1、2、…, ①②… or 第一,第二,… runs of two or more.
 */
export function enumerateMeasures(body: string, normalizedBody: string): Measure[] {
  const shiRuns = runsOf(shiMarkers(normalizedBody), 1);
  const runs = shiRuns.length > 0 ? shiRuns : bestOtherRuns(normalizedBody);
  const measures: Measure[] = [];
  runs.forEach((run, runIndex) => {
    const nextRunStart = runIndex + 1 < runs.length ? runs[runIndex + 1][0].start : body.length;
    run.forEach((marker, index) => {
      const end = index + 1 < run.length ? run[index + 1].start : endOfRun(body, marker.start, nextRunStart);
      measures.push({ order: measures.length + 1, text: body.slice(marker.start, end).trim() });
    });
  });
  return measures;
}

/**
 * The 一是, 二是 … markers of a text, as a search for numerals, spaces and 是 would find them,
 * but read backwards from each 是: bodies are long and 是 is rare, so this skips the offsets
 * a regular expression would try one by one.
 */
function shiMarkers(normalizedBody: string): Marker[] {
  const markers: Marker[] = [];
  // 镇党委一是…;二是…: a short subject may open the clause of the first marker; 统一是 has no 二是 after it.
  const afterSubject = new Set<Marker>();
  for (let shi = normalizedBody.indexOf('是', 1); shi >= 0; shi = normalizedBody.indexOf('是', shi + 1)) {
    let numeralEnd = shi;
    while (numeralEnd > 0 && SPACE.test(normalizedBody[numeralEnd - 1])) numeralEnd--;
    let start = numeralEnd;
    while (start > 0 && SHI_NUMERALS.includes(normalizedBody[start - 1])) start--;
    if (start === numeralEnd) continue;
    const value = numeralValue(normalizedBody.slice(start, numeralEnd));
    if (value === null) continue;
    const marker: Marker = { kind: 'shi', value, start };
    if (start > 0 && !CLAUSE_BOUNDARY.test(normalizedBody[start - 1])) {
      if (value !== 1 || !opensClauseAfterSubject(normalizedBody, start)) continue;
      afterSubject.add(marker);
    }
    markers.push(marker);
  }
  return markers.filter((marker, index) => !afterSubject.has(marker) || secondMarkerFollows(markers, index, afterSubject));
}

// 镇党委, 局党组, 我们: the subject before a clause's 一是 is a few characters.
const LONGEST_SUBJECT = 5;

/** True when the characters before `start` back to the clause boundary are a short subject (镇党委一是). */
function opensClauseAfterSubject(normalizedBody: string, start: number): boolean {
  let subjectStart = start;
  while (subjectStart > 0 && !CLAUSE_BOUNDARY.test(normalizedBody[subjectStart - 1])) subjectStart--;
  return start - subjectStart <= LONGEST_SUBJECT;
}

/** True when the marker after `index` is a 二是 at a clause boundary: only then did a subject's 一是 open a run. */
function secondMarkerFollows(markers: readonly Marker[], index: number, afterSubject: ReadonlySet<Marker>): boolean {
  const next = markers[index + 1];
  return next !== undefined && next.value === 2 && !afterSubject.has(next);
}

// The few numerals of 一是 … 十二是 come back in every body: each is parsed once.
const NUMERAL_VALUES = new Map<string, number | null>();
const LONGEST_REMEMBERED_NUMERAL = 4;

function numeralValue(numeral: string): number | null {
  if (numeral.length > LONGEST_REMEMBERED_NUMERAL) return parseChineseNumber(numeral);
  let value = NUMERAL_VALUES.get(numeral);
  if (value === undefined) NUMERAL_VALUES.set(numeral, (value = parseChineseNumber(numeral)));
  return value;
}

function markersOf(normalizedBody: string, pattern: RegExp, kindOf: (match: RegExpExecArray) => Marker['kind'] | null): Marker[] {
  const markers: Marker[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(normalizedBody); match !== null; match = pattern.exec(normalizedBody)) {
    const before = match.index === 0 ? '' : normalizedBody[match.index - 1];
    if (before !== '' && !CLAUSE_BOUNDARY.test(before)) continue;
    const kind = kindOf(match);
    const value = kind === null ? null : markerValue(kind, match);
    if (kind !== null && value !== null) markers.push({ kind, value, start: match.index });
  }
  return markers;
}

function markerValue(kind: Marker['kind'], match: RegExpExecArray): number | null {
  if (kind === 'paren') return match[1] !== undefined ? Number(match[1]) : match[5].charCodeAt(0) - PARENTHESIZED_ONE + 1;
  if (kind === 'arabic') {
    if (match[2] !== undefined) return Number(match[2]);
    return match[8] !== undefined ? Number(match[8]) : match[6].charCodeAt(0) - DIGIT_ONE_FULL_STOP + 1;
  }
  if (kind === 'chinese-paren') return numeralValue(match[4]);
  if (kind === 'ordinal') return numeralValue(match[7]);
  return match[3].charCodeAt(0) - '①'.charCodeAt(0) + 1;
}

/** Groups markers of one kind into runs 1, 2, 3 …; a marker that does not run on is text. */
function runsOf(markers: readonly Marker[], minimumLength: number): Marker[][] {
  const runs: Marker[][] = [];
  let current: Marker[] | null = null;
  for (const marker of markers) {
    if (marker.value === 1) {
      current = [marker];
      runs.push(current);
    } else if (current !== null && marker.value === current[current.length - 1].value + 1) {
      current.push(marker);
    }
  }
  return runs.filter((run) => run.length >= minimumLength);
}

function bestOtherRuns(normalizedBody: string): Marker[][] {
  const markers = markersOf(normalizedBody, OTHER_MARKER, (match) => {
    if (match[1] !== undefined || match[5] !== undefined) return 'paren';
    if (match[2] !== undefined || match[6] !== undefined || match[8] !== undefined) return 'arabic';
    if (match[4] !== undefined) return 'chinese-paren';
    if (match[7] !== undefined) return 'ordinal';
    return 'circled';
  });
  let best: Marker[][] = [];
  for (const kind of ['paren', 'arabic', 'circled', 'chinese-paren', 'ordinal'] as const) {
    const runs = runsOf(markers.filter((marker) => marker.kind === kind), 2);
    if (count(runs) > count(best)) best = runs;
  }
  return best;
}

function count(runs: readonly Marker[][]): number {
  return runs.reduce((sum, run) => sum + run.length, 0);
}

/**
 * Where the last measure of a run ends: at the next run, but not across the line break before
 * it (that line usually opens the next sub-block, e.g. `项目审批效率方面:一是…`).
 */
function endOfRun(body: string, markerStart: number, nextRunStart: number): number {
  if (nextRunStart >= body.length) return body.length;
  const lineBreak = body.lastIndexOf('\n', nextRunStart);
  return lineBreak > markerStart ? lineBreak : nextRunStart;
}

/** True when the text enumerates measures the genre's way (一是 at the start of a clause). */
export function opensMeasureEnumeration(normalizedText: string): boolean {
  return shiMarkers(normalizedText).some((marker) => marker.value === 1);
}
