import type { PdfLine } from './pdf-lines';

// A line that ends within this many characters of the right margin was wrapped by the word
// processor (line-breaking rules keep a closing mark off a line start, leaving a line short).
const FULL_LINE_SLACK = 1.5;
// A line that starts further right than this (in characters) is indented: a new paragraph.
const INDENT_SLACK = 0.5;
// Lines further apart than this (in line heights of text) belong to different blocks.
const MAXIMUM_LINE_GAP = 2.5;
// The share of lines, the longest, that may run past the right margin.
const OVERLONG_SHARE = 0.05;
// The share of lines that must start at one place for it to be the text block's left edge.
const SHARED_START_SHARE = 0.05;
// Font sizes within this ratio are one size.
const SAME_SIZE_RATIO = 0.1;

/** The text block of a document: where its lines start and where the full ones end. */
interface Measure {
  left: number;
  right: number;
}

/**
 * The pages' lines (furniture removed) → the document's paragraphs, one per line of text, as
 * the author typed them: a line that fills the measure continues on the next unless that one
 * is indented or of another size. The rule runs across page breaks, so a heading or paragraph
 * split by a page break is joined.
 */
export function joinWrappedLines(pages: PdfLine[][]): string[] {
  const measure = textMeasure(pages.flat());
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
 * The text block's left edge is where the continuation lines of paragraphs start;
 * its right edge is where the longest lines end, a stray overlong line (a URL, a wide table) aside.
 */
function textMeasure(lines: PdfLine[]): Measure {
  const starts = new Map<number, number>();
  for (const line of lines) starts.set(Math.round(line.left), (starts.get(Math.round(line.left)) ?? 0) + 1);
  // Leftmost of the starts that several lines share: a notice of one-line paragraphs has more
  // indented starts than continuation lines, and a lone line further left is a stray.
  const shared = Math.max(2, Math.ceil(lines.length * SHARED_START_SHARE));
  const sharedStarts = [...starts.entries()].filter(([, count]) => count >= shared).map(([start]) => start);
  const left = sharedStarts.length > 0 ? Math.min(...sharedStarts) : Math.min(...lines.map((line) => line.left));
  const rights = lines.map((line) => line.right).sort((a, b) => b - a);
  const right = rights[Math.floor(rights.length * OVERLONG_SHARE)] ?? 0;
  return { left, right };
}
