import { recogniseBareHeadingNumber, recogniseHeadingNumber, type HeadingNumber, type HeadingStyle } from '../text/heading-numbers';
import { containsAny, cues, namesShortcoming, startsWithAny } from './cues';
import { isClosingLine, type NoticeLine } from './lines';
import { findingParagraphHeading, serialNumberOfLine } from './unnumbered-findings';

/** One numbered heading of a notice with everything up to the next heading that is not below it. */
export interface OutlineNode {
  style: HeadingStyle | 'root';
  value: number;
  /** The number as it appears in a path (`二`, `(七)`, `17`). */
  pathLabel: string;
  /** The number as written, without surrounding spaces (`(七)`, `17.`, `1、`). */
  numberText: string;
  /** Numbering chain from the top level, joined by `.`; `''` for the root. */
  path: string;
  /** The heading's line; `null` for the root. */
  line: NoticeLine | null;
  /** Offset in the notice where the number starts. */
  start: number;
  /** Offset just past the number and its punctuation: where the heading's words begin. */
  contentStart: number;
  /** Offset where this heading's span ends: the next heading not below it, or the end of the content. */
  end: number;
  parent: OutlineNode | null;
  children: OutlineNode[];
}

/**
 * Builds the heading hierarchy of a notice in one pass over its lines.
 *
 * A style takes the level at which it first appears under the current heading. A numbered
 * line is a heading only when its number runs on: the next number of its style at that level,
 * or 1 (or the number after the last one of that style, for numbering that runs on across
 * areas) for a style new at this level. Anything else (an enumeration inside the text) is body.
 * Notices are numbered by hand, so among siblings a number that repeats the last one or skips
 * one still runs on (see `numberingRule`); a repeated number gets a path of its own (`5~2`) so
 * that paths stay unique. Unnumbered labels (【问题】X, 问题:X) are numbered in reading order
 * among their siblings (问题1, 问题2 …), once two of them are seen side by side; a lone one heads a
 * block too when its own 整改情况 label follows it and the heading above it names no shortcoming.
 */
export function buildOutline(lines: readonly NoticeLine[]): OutlineNode {
  const contentEndOfText = lines.length === 0 ? 0 : lines[lines.length - 1].end;
  const root: OutlineNode = {
    style: 'root', value: 0, pathLabel: '', numberText: '', path: '', line: null,
    start: 0, contentStart: 0, end: contentEndOfText, parent: null, children: [],
  };
  const open: OutlineNode[] = [root];
  const lastValueOfStyle = new Map<HeadingStyle, number>();
  let lastHeadingLine = -1;

  // A paragraph opening 针对“X”的问题, names its finding as a 【问题】 label does.
  const headings = withBareHeadings(
    lines,
    lines.map((line) => (line.kind === 'content' ? recogniseHeadingNumber(line.normalized) ?? findingParagraphHeading(line.normalized) : null)),
  );
  const runsOn = numberingRule(headings);
  // A list inside a body (整改情况: then 1. 2. 3.) numbered in the style of an open heading level.
  let bodyList: { style: HeadingStyle; value: number } | null = null;
  let previousContent: NoticeLine | null = null;
  // Once a run of unnumbered 【问题】 blocks is found, the notice heads its problems that way.
  let labelsInUse = false;

  for (const [position, line] of lines.entries()) {
    const recognised = headings[position];
    const lineBefore = previousContent;
    if (line.kind === 'content') previousContent = line;
    if (recognised === null) continue;
    if (enumeratesOnTheLine(line.normalized, recognised)) continue;

    const levelOfStyle = open.findIndex((node) => node.style === recognised.style);
    let heading = recognised;
    // Where the heading's span begins: a label's row number on the line before (序号:2) opens its row.
    let spanStart = line.start;
    if (recognised.style === 'unnumbered') {
      const inARun = levelOfStyle !== -1 || labelsInUse || anotherLabelFollows(headings, position, open);
      // A lone block is read as one where it stands, without heading the notice's problems that way.
      if (!inARun && !(namesNoShortcoming(open[open.length - 1]) && ownRectificationLabelFollows(lines, headings, position))) continue;
      const serial = lineBefore === null ? null : serialNumberOfLine(lineBefore.normalized);
      heading = serial === null ? numberedInReadingOrder(recognised, levelOfStyle > 0 ? open[levelOfStyle].value + 1 : 1) : numberedBySerial(recognised, serial);
      if (serial !== null && lineBefore !== null) spanStart = lineBefore.start;
      if (inARun) labelsInUse = true;
    }
    if (bodyList !== null && heading.style === bodyList.style && heading.value === bodyList.value + 1) {
      bodyList.value = heading.value;
      continue;
    }
    bodyList = null;
    if (levelOfStyle > 0 && opensBodyList(heading, lineBefore)) {
      bodyList = { style: heading.style, value: 1 };
      continue;
    }
    if (levelOfStyle > 0) {
      if (!runsOn(heading, open[levelOfStyle].value, position)) continue;
      closeFrom(open, levelOfStyle, spanStart);
    } else {
      const last = lastValueOfStyle.get(heading.style);
      if (heading.value !== 1 && heading.value !== (last ?? -1) + 1) continue;
    }

    const parent = open[open.length - 1];
    const pathLabel = uniqueAmongSiblings(parent, heading.pathLabel);
    const node: OutlineNode = {
      style: heading.style,
      value: heading.value,
      pathLabel,
      numberText: line.text.slice(heading.numberStart, heading.numberEnd).trim(),
      path: parent.path === '' ? pathLabel : `${parent.path}.${pathLabel}`,
      line,
      start: line.start + heading.numberStart,
      contentStart: line.start + heading.numberEnd,
      end: contentEndOfText,
      parent,
      children: [],
    };
    parent.children.push(node);
    open.push(node);
    lastValueOfStyle.set(heading.style, heading.value);
    lastHeadingLine = line.index;
  }

  const contentEnd = closingOffset(lines, lastHeadingLine) ?? contentEndOfText;
  closeFrom(open, 0, contentEnd);
  return root;
}

/**
 * The headings with the numbers whose copy lost their punctuation (一 关于…, 1 关于…), of each style
 * whose bare numbers run 1, 2 in the notice: a copy that drops the 、 or . drops it from every heading
 * of a level, while a sentence that happens to open with a number and a space is a lone line. Where
 * the notice's punctuated numbers of that style run 1, 2 as well (1.X问题 over 1 建立台账 lines), it
 * numbers its headings with the punctuation, and the bare numbers are a list inside their bodies.
 */
function withBareHeadings(lines: readonly NoticeLine[], headings: readonly (HeadingNumber | null)[]): (HeadingNumber | null)[] {
  const bare = lines.map((line, position) => (headings[position] === null && line.kind === 'content' ? recogniseBareHeadingNumber(line.normalized) : null));
  const running = new Set<HeadingStyle>();
  for (const style of stylesRunningOneTwo(bare)) {
    if (!stylesRunningOneTwo(headings).has(style)) running.add(style);
  }
  return headings.map((heading, position) => {
    const candidate = bare[position];
    return heading ?? (candidate !== null && running.has(candidate.style) ? candidate : null);
  });
}

/** The styles of which a number 1 is followed, somewhere later, by a 2. */
function stylesRunningOneTwo(headings: readonly (HeadingNumber | null)[]): Set<HeadingStyle> {
  const running = new Set<HeadingStyle>();
  const seenOne = new Set<HeadingStyle>();
  for (const heading of headings) {
    if (heading === null) continue;
    if (heading.value === 1) seenOne.add(heading.style);
    else if (heading.value === 2 && seenOne.has(heading.style)) running.add(heading.style);
  }
  return running;
}

/**
 * Whether a heading's number can follow `previous` of its style: the next number, or, as typing
 * slips in hand-numbered notices, the same number again, or the one after a skipped number
 * when the skipped number does not follow before the numbering restarts (then the line is out
 * of order in the text, not a slip).
 */
function numberingRule(headings: readonly (HeadingNumber | null)[]): (heading: HeadingNumber, previous: number, position: number) => boolean {
  return (heading, previous, position) => {
    if (heading.value === previous + 1 || heading.value === previous) return true;
    if (heading.value !== previous + 2) return false;
    for (const later of headings.slice(position + 1)) {
      if (later === null || later.style !== heading.style) continue;
      if (later.value === previous + 1) return false;
      if (later.value <= previous) return true;
    }
    return true;
  };
}

/**
 * True when the line's first sentence is followed at once by the next number of the same style
 * ((1)制定学习计划。(2)开展专题研讨。(3)…): a list of measures written as one paragraph, not a
 * heading. A heading's own text may hold a list of that style further on (1.X。整改情况:1.…2.…),
 * so only the number right after the first sentence counts.
 */
function enumeratesOnTheLine(normalizedLine: string, heading: HeadingNumber): boolean {
  if (heading.style === 'unnumbered' || heading.style === 'shi') return false;
  const sentenceEnd = normalizedLine.slice(heading.numberEnd).search(/[。;]/);
  if (sentenceEnd === -1) return false;
  const next = recogniseHeadingNumber(normalizedLine.slice(heading.numberEnd + sentenceEnd + 1));
  return next !== null && next.style === heading.style && next.value === heading.value + 1;
}

/**
 * True when another unnumbered label follows before a heading that would close the current
 * heading: the labels then head blocks side by side. A lone label below a numbered problem
 * (1.X, then 存在问题:…, 整改措施:…) is part of that problem's text.
 */
function anotherLabelFollows(headings: readonly (HeadingNumber | null)[], position: number, open: readonly OutlineNode[]): boolean {
  for (let later = position + 1; later < headings.length; later++) {
    const heading = headings[later];
    if (heading === null || heading.style === 'shi') continue;
    if (heading.style === 'unnumbered') return true;
    if (open.some((node) => node.style === heading.style)) return false;
  }
  return false;
}

/**
 * True when a heading names no shortcoming: an area (一、党的建设方面), a section (一、巡察反馈问题整改
 * 落实情况), the notice itself. A lone 【问题】 label below it heads a block; below a numbered finding
 * (1.X不到位。) it is that finding's text.
 */
function namesNoShortcoming(node: OutlineNode): boolean {
  if (node.line === null) return true;
  const heading = node.line.normalized;
  return containsAny(heading, cues.areaCues) || !namesShortcoming(heading);
}

/**
 * True when the label's block goes on to its own rectification label (【问题】X, then 【整改情况】… or
 * 整改情况:…) before any other heading: a lone block that reports its finding's rectification,
 * unlike a 问题: line that merely opens a sentence of a body.
 */
function ownRectificationLabelFollows(lines: readonly NoticeLine[], headings: readonly (HeadingNumber | null)[], position: number): boolean {
  // 【问题】X。【整改情况】…: the label after the finding's first sentence, on the same line.
  const afterLabel = lines[position].normalized.slice((headings[position] as HeadingNumber).numberEnd);
  const findingEnd = afterLabel.search(/[。;]/);
  if (findingEnd !== -1 && opensWithRectificationLabel(afterLabel.slice(findingEnd + 1))) return true;
  for (let later = position + 1; later < lines.length; later++) {
    const heading = headings[later];
    if (heading !== null && heading.style !== 'shi') return false;
    if (lines[later].kind === 'content' && opensWithRectificationLabel(lines[later].normalized)) return true;
  }
  return false;
}

// 整改情况:… or 【整改情况】… at the start of the text.
function opensWithRectificationLabel(normalizedText: string): boolean {
  const text = normalizedText.trimStart();
  const match = cues.rectificationLabel.exec(text.startsWith('【') ? text.slice(1) : text);
  return match !== null && match.index === 0;
}

/** An unnumbered label given its place among the blocks of its parent: 【问题】 → 问题1, 问题2 … */
function numberedInReadingOrder(heading: HeadingNumber, value: number): HeadingNumber {
  return { ...heading, value, pathLabel: `${heading.pathLabel}${value}` };
}

/** A label numbered by the row number written on the line before it: 序号:3 then 反馈问题:X is problem 3. */
function numberedBySerial(heading: HeadingNumber, serial: number): HeadingNumber {
  return { ...heading, value: serial, pathLabel: String(serial) };
}

/**
 * True when a line numbered 1, in a style already open as a heading level, follows a line that
 * ends with a colon (整改情况:, 主要做了以下工作:): the colon announces a list inside the body,
 * and the numbering restarts for it, not for a new heading.
 */
function opensBodyList(heading: HeadingNumber, lineBefore: NoticeLine | null): boolean {
  return heading.value === 1 && lineBefore !== null && /:\s*$/.test(lineBefore.normalized);
}

/** `5`, or `5~2` for the second heading numbered 5 under one parent. */
function uniqueAmongSiblings(parent: OutlineNode, pathLabel: string): string {
  const taken = new Set(parent.children.map((child) => child.pathLabel));
  if (!taken.has(pathLabel)) return pathLabel;
  let count = 2;
  while (taken.has(`${pathLabel}~${count}`)) count++;
  return `${pathLabel}~${count}`;
}

/** Closes the open headings from `level` down, ending their spans at `offset`. */
function closeFrom(open: OutlineNode[], level: number, offset: number): void {
  for (let index = open.length - 1; index >= level; index--) open[index].end = Math.min(open[index].end, offset);
  open.length = Math.max(level, 1);
}

/**
 * Where the closing part (an unnumbered 下一步… paragraph, the invitation to supervise, contacts,
 * date) starts after the last heading. The next-step paragraph often enumerates 一是… itself, and
 * those are plans, not the last problem's measures.
 */
function closingOffset(lines: readonly NoticeLine[], lastHeadingLine: number): number | null {
  for (let index = lastHeadingLine + 1; index < lines.length; index++) {
    const line = lines[index];
    if (line.kind !== 'content') continue;
    if (isClosingLine(line) || startsWithAny(line.normalized.trim(), cues.nextStepCues)) return line.start;
  }
  return null;
}

/** Every node below `node`, in reading order. */
export function* descendants(node: OutlineNode): Generator<OutlineNode> {
  for (const child of node.children) {
    yield child;
    yield* descendants(child);
  }
}
