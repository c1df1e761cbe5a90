import { characterCounts } from './line-width';
import { endsSentence } from './paragraph-marks';

/** The width a hard-wrapped text's lines were cut at, and how its ASCII characters were counted. */
export interface WrapWidth {
  /** In Chinese characters, as `lineWidth` counts them. */
  width: number;
  /** What an ASCII character counts for: ½ (set as a PDF viewer shows it) or 1 (cut by counting characters). */
  asciiWidth: number;
}

// Lines this wide or narrower (titles, dates, signatures, short headings) say nothing about a wrap.
const LONG_LINE_WIDTH = 15;
// A cut line may end short of the width: the next character did not fit, a closing mark was
// pulled down with the character before it (no line starts with 。 or ”), a Latin word went whole.
const FULL_LINE_SLACK = 2;
// … or run past it by a closing mark hung in the margin.
const FULL_LINE_OVERHANG = 1;
// The share of long lines that must end at the width, and the fewest such lines: a wrapped notice's
// paragraphs run over several lines, and only their last lines fall short.
const MINIMUM_FULL_SHARE = 0.4;
const MINIMUM_FULL_LINES = 4;
// A few lines may have escaped the wrap (a title, a pasted table row), most may not.
const MAXIMUM_OVERLONG_SHARE = 0.15;
// A wrap width is an edge that lines pile up against: a paragraph's last line is of any length, so
// as wide a band of widths just below the edge holds several times fewer lines. Lines of one
// paragraph each whose lengths happen to cluster (a list of headings) have no such edge.
const MINIMUM_EDGE_SHARPNESS = 3;
// Cut lines end wherever the width fell, rarely at a sentence's end; one-paragraph lines mostly there.
const MAXIMUM_SENTENCE_END_SHARE = 0.5;

interface LongLine {
  width: number;
  endsSentence: boolean;
}

/**
 * A text's lines → the width they were cut at when the text is hard-wrapped (copied out of a PDF
 * viewer or Word, every line cut at one width), or `null` for a text of one paragraph per line.
 * Both ways of counting ASCII characters are tried; the one more lines end at wins.
 */
export function hardWrapWidth(lines: readonly string[]): WrapWidth | null {
  let best: (WrapWidth & { fullLines: number }) | null = null;
  const contentLines = lines.map((line) => line.trimEnd()).filter((line) => line !== '');
  // Counted once for both measures: every notice's text goes through this.
  const counts = contentLines.map(characterCounts);
  for (const asciiWidth of [0.5, 1]) {
    const edge = wrapEdge(contentLines, counts, asciiWidth);
    if (edge && (!best || edge.fullLines > best.fullLines)) best = { ...edge, asciiWidth };
  }
  return best && { width: best.width, asciiWidth: best.asciiWidth };
}

/** True when a line of this width reaches the wrap width, so the wrap, not the author, may have ended it. */
export function isFullLine(width: number, wrap: WrapWidth): boolean {
  return width >= wrap.width - FULL_LINE_SLACK && width <= wrap.width + FULL_LINE_OVERHANG;
}

function wrapEdge(contentLines: readonly string[], counts: readonly { narrow: number; wide: number }[], asciiWidth: number): { width: number; fullLines: number } | null {
  const widths = counts.map(({ narrow, wide }) => wide + narrow * asciiWidth);
  const long: LongLine[] = contentLines
    .map((line, index) => ({ width: widths[index], endsSentence: endsSentence(line) }))
    .filter((line) => line.width > LONG_LINE_WIDTH);
  if (long.length < MINIMUM_FULL_LINES) return null;
  const width = mostSharedEnd(long.map((line) => line.width));
  const wrap = { width, asciiWidth };
  const full = long.filter((line) => isFullLine(line.width, wrap));
  const overlong = long.filter((line) => line.width > width + FULL_LINE_OVERHANG).length;
  const bandBelow = widths.filter((lineWidth) => lineWidth >= width - 2 * FULL_LINE_SLACK - FULL_LINE_OVERHANG && lineWidth < width - FULL_LINE_SLACK).length;
  const sentenceEnds = full.filter((line) => line.endsSentence).length;
  const wrapped =
    full.length >= MINIMUM_FULL_LINES &&
    full.length >= MINIMUM_FULL_SHARE * long.length &&
    overlong <= MAXIMUM_OVERLONG_SHARE * long.length &&
    full.length >= MINIMUM_EDGE_SHARPNESS * bandBelow &&
    sentenceEnds <= MAXIMUM_SENTENCE_END_SHARE * full.length;
  return wrapped ? { width, fullLines: full.length } : null;
}

/** The width W that most of the given widths fall within `FULL_LINE_SLACK` below (the wider of equals). */
function mostSharedEnd(widths: readonly number[]): number {
  const sorted = [...widths].sort((a, b) => a - b);
  let best = sorted[0];
  let bestCount = 0;
  let low = 0;
  for (let high = 0; high < sorted.length; high++) {
    while (sorted[low] < sorted[high] - FULL_LINE_SLACK) low++;
    if (high - low + 1 >= bestCount) {
      bestCount = high - low + 1;
      best = sorted[high];
    }
  }
  return best;
}
