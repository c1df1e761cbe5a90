import type { PdfLine } from './pdf-lines';

// A line that ends within this many characters of the right margin was wrapped by the word
// processor (line-breaking rules keep a closing mark off a line start, leaving a line short).
const FULL_LINE_SLACK = 1.5;
// A line that starts further right than this (in characters) is indented: a new paragraph.
const INDENT_SLACK = 0.5;
// Lines further apart than this (in line heights of text) belong to different blocks.
const MAXIMUM_LINE_GAP = 2.5;
// The share of lines that must start (or end) at one place for it to be an edge of the text block.
const SHARED_EDGE_SHARE = 0.05;
// The share of lines, the longest, that may run past the right margin (a URL, a wide table).
const OVERLONG_SHARE = 0.05;
// Points by which justified line ends may miss the longest line's end.
const EDGE_TOLERANCE = 2;
// Font sizes within this ratio are one size.
const SAME_SIZE_RATIO = 0.1;

/** The text block of a document: where its lines start and where the full ones end. */
interface Measure {
  left: number;
  right: number;
}

/**
 * The pages' lines (furniture removed) and the page width → the document's paragraphs, one per
 * line of text, as the author typed them: a line that fills the measure continues on the next
 * unless that one is indented or of another size. The rule runs across page breaks, so a heading or paragraph
 * split by a page break is joined.
 */
export function joinWrappedLines(pages: PdfLine[][], pageWidth?: number): string[] {
  const lines = pages.flat();
  if (lines.length === 0) return [];
  const measure = textMeasure(lines, pageWidth);
  const paragraphs: string[] = [];
  let previous: PdfLine | null = null;
  let previousPage = -1;
  pages.forEach((page, pageIndex) => {
    for (const line of page) {
      const samePage = pageIndex === previousPage;
      if (previous && continues(previous, line, measure, samePage)) {
        // Chinese wraps between any two characters, and Chinese word processors break e-mail
        // addresses, URLs and document numbers anywhere too: the pieces join without a space.
        paragraphs[paragraphs.length - 1] += line.text;
      } else {
        paragraphs.push(line.text);
      }
      previous = line;
      previousPage = pageIndex;
    }
  });
  return paragraphs;
}

function continues(previous: PdfLine, next: PdfLine, measure: Measure, samePage: boolean): boolean {
  const size = previous.fontSize;
  if (Math.abs(next.fontSize - size) > SAME_SIZE_RATIO * size) return false;
  if (samePage && (previous.y - next.y > MAXIMUM_LINE_GAP * size || next.y >= previous.y)) return false;
  if (previous.right < measure.right - FULL_LINE_SLACK * size) return false;
  if (next.left <= measure.left + INDENT_SLACK * size) return true;
  // A centred title that wraps: both lines are centred on the text block.
  return isCentred(previous, measure) && isCentred(next, measure) && next.left > measure.left + size;
}

function isCentred(line: PdfLine, measure: Measure): boolean {
  return Math.abs(line.left - measure.left - (measure.right - line.right)) <= line.fontSize;
}

/**
 * The text block's left edge is where the continuation lines of paragraphs start; its right
 * edge is where justified lines end, as far right as the longest lines. Ragged text has no common
 * end: then the page's margins are taken as even, the right one as wide as the left.
 */
function textMeasure(lines: PdfLine[], pageWidth: number | undefined): Measure {
  // A notice of one-line paragraphs has more indented starts than continuation lines, and a lone
  // line further out is a stray: the edges are the outermost places that several lines share.
  const shared = Math.max(2, Math.ceil(lines.length * SHARED_EDGE_SHARE));
  const leftEdges = sharedPositions(lines.map((line) => line.left), shared);
  const left = leftEdges.length > 0 ? Math.min(...leftEdges) : Math.min(...lines.map((line) => line.left));
  const rights = lines.map((line) => line.right).sort((a, b) => b - a);
  const longest = rights[Math.floor(rights.length * OVERLONG_SHARE)];
  const rightEdges = sharedPositions(rights, shared).filter((position) => position >= longest - EDGE_TOLERANCE);
  if (rightEdges.length > 0) return { left, right: Math.max(...rightEdges) };
  return { left, right: pageWidth !== undefined ? pageWidth - left : longest };
}

/** Positions (to the point) that at least `count` of the given ones fall on. */
function sharedPositions(positions: number[], count: number): number[] {
  const counts = new Map<number, number>();
  for (const position of positions) counts.set(Math.round(position), (counts.get(Math.round(position)) ?? 0) + 1);
  return [...counts.entries()].filter(([, found]) => found >= count).map(([position]) => position);
}
