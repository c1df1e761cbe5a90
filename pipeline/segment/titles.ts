import { findingParagraphOpeningEnd } from './unnumbered-findings';
import { closesWithShortcoming, cues, namesShortcoming, namesShortcomingItself, refersToNoFindingsInGeneral, startsWithAny } from './cues';

/** The heading as written from its number to the first `。` (or the line end), and where that cut falls. */
export interface CutHeading {
  /** The heading as written, number included. */
  titleRaw: string;
  /** Offset in the line just past `titleRaw`. */
  end: number;
}

/**
 * Cuts a heading line at its first full stop. A `。` inside “…” quotes does not end the heading
 * (a quoted instruction is part of the finding), unless the quote never closes on the line, or
 * the quote is the finding itself, opening the heading's words (关于“X。Y”的整改: X is its first sentence).
 * A heading that names one finding and goes on with its rectification text after a marker ends
 * at that marker's colon (1.关于X问题的整改情况:一是…): what follows is the text, not the finding.
 */
export function cutHeading(line: string, normalizedLine: string, numberStart: number, numberEnd = numberStart): CutHeading {
  const markerEnd = rectificationMarkerEnd(normalizedLine.slice(numberEnd));
  if (markerEnd !== -1) return { titleRaw: line.slice(numberStart, numberEnd + markerEnd), end: numberEnd + markerEnd };
  // 针对“X”的问题,一是…: the paragraph's measures follow its finding after the comma.
  const openingEnd = findingParagraphOpeningEnd(normalizedLine.slice(numberEnd));
  if (openingEnd !== -1) return { titleRaw: line.slice(numberStart, numberEnd + openingEnd), end: numberEnd + openingEnd };
  const stop = quotesFindingWhole(normalizedLine, numberEnd)
    ? normalizedLine.indexOf('。', numberEnd)
    : firstSentenceEnd(normalizedLine, numberStart);
  const end = stop === -1 ? trimmedEnd(normalizedLine) : stop + 1;
  return { titleRaw: line.slice(numberStart, end), end };
}

/**
 * Where a heading's words (after its number, normalised) end at a rectification marker with its
 * colon, or -1: 关于X问题的整改情况:, 关于X问题的整改措施:, 针对“X”的问题,整改如下:, 关于X问题,已完成整改:,
 * and without the opening word X问题整改情况:, X的整改情况:, X的整改措施:.
 * Without quote marks, X must name a shortcoming in particular, so that a section heading
 * (关于巡察反馈问题的整改情况:) keeps its line. No 。 comes before the marker: a heading cut at
 * its first sentence (关于X的问题。整改情况:…) is cut there as before.
 */
export function rectificationMarkerEnd(normalizedWords: string): number {
  const match = cues.inlineRectificationMarker.exec(normalizedWords);
  if (match !== null) {
    const finding = match[1];
    const quoted = startsWithAny(finding, QUOTE_OPENINGS);
    return quoted || namesShortcoming(finding) ? match[0].length : -1;
  }
  // Without 关于/针对 (3.X问题整改情况:一是…) the words could speak of rectification itself
  // (巡察反馈问题整改情况:): they must name a shortcoming of their own.
  const bare = cues.bareInlineRectificationMarker.exec(normalizedWords);
  if (bare !== null && namesShortcomingItself(bare[1])) return bare[0].length;
  // X的整改措施: after a bare 的 only where X closes with its shortcoming (not 缺乏有效的整改措施).
  const measures = cues.bareMeasuresMarker.exec(normalizedWords);
  return measures !== null && closesWithShortcoming(measures[1]) ? measures[0].length : -1;
}

const QUOTE_OPENINGS = ['“', '"', '‘'];

function quotesFindingWhole(normalizedLine: string, wordsStart: number): boolean {
  const words = normalizedLine.slice(wordsStart).trimStart();
  return startsWithAny(words, cues.quotedFindingOpenings);
}

function firstSentenceEnd(text: string, from: number): number {
  let quoteDepth = 0;
  for (let index = from; index < text.length; index++) {
    const character = text[index];
    if (character === '“') quoteDepth++;
    else if (character === '”') quoteDepth = Math.max(0, quoteDepth - 1);
    else if (character === '。' && quoteDepth === 0) return index;
  }
  return quoteDepth > 0 ? text.indexOf('。', from) : -1;
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

// Matched on the heading as written, so the full-width forms (；：，) are listed as well.
const TRAILING_PUNCTUATION = /[\s。.,，;；:：、!?！？]/;

/** A heading's words without its number and trailing punctuation (how areas are named). */
export function headingWords(titleRaw: string, numberText: string): string {
  const words = (titleRaw.startsWith(numberText) ? titleRaw.slice(numberText.length) : titleRaw).trim();
  // Read back from the end: a pattern anchored at the end is tried from every offset.
  let end = words.length;
  while (end > 0 && TRAILING_PUNCTUATION.test(words[end - 1])) end--;
  return words.slice(0, end);
}

/**
 * A problem's title: the heading's words without wrappers such as `针对“X”的问题`,
 * `X的整改落实情况` or `关于X问题` (each wrapper peeled once, outermost first, as long as one matches).
 */
export function unwrapTitle(words: string): string {
  let title = words;
  const wrapperCount = cues.titleWrappers.length + cues.findingTitleWrappers.length;
  for (let pass = 0; pass < wrapperCount; pass++) {
    const inner = peeledOnce(title);
    if (inner === null || inner === '' || inner === title) break;
    title = inner;
  }
  return title;
}

/**
 * The words inside the first wrapper that matches `title`, or `null`. `X问题整改情况` and `关于X问题` are also how a
 * heading speaks of findings in general (关于巡察反馈问题): it is a wrapper only around a
 * shortcoming in particular.
 */
function peeledOnce(title: string): string | null {
  // Before the wrapper that would leave X问题 of X问题整改情况 behind.
  // A problem's heading is a finding: X问题整改情况 gives X also where no cue knows X's shortcoming
  // (X不完整问题整改情况), unless X speaks of findings in general (上轮巡察反馈问题整改情况).
  const bare = cues.bareFindingRectificationTitle.exec(title)?.[1]?.trim();
  if (bare !== undefined && (namesShortcomingItself(bare) || refersToNoFindingsInGeneral(bare))) return bare;
  const measures = cues.bareMeasuresTitle.exec(title)?.[1]?.trim();
  if (measures !== undefined && closesWithShortcoming(measures)) return measures;
  for (const wrapper of cues.titleWrappers) {
    const match = wrapper.exec(title);
    if (match) return match[1]?.trim() ?? '';
  }
  for (const wrapper of cues.findingTitleWrappers) {
    const inner = wrapper.exec(title)?.[1]?.trim();
    if (inner !== undefined && namesShortcoming(inner)) return inner;
  }
  return null;
}

/**
 * Drops a trailing `问题` where it is a wrapper: only when every title of the group ends with it
 * (a notice that writes `(七)财务内控薄弱问题。` for every problem). Where only some titles end
 * with it, it belongs to those findings (`存在混编混岗问题`) and stays.
 */
export function dropSharedTrailingProblemWord(titles: readonly string[]): string[] {
  const wrapper = cues.trailingProblemWrapper;
  const shared = titles.length >= 2 && titles.every((title) => wrapper.test(title) && title.replace(wrapper, '') !== '');
  return shared ? titles.map((title) => title.replace(wrapper, '')) : [...titles];
}
