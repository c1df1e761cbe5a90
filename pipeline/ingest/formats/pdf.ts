import { IngestFormatError } from './format-error';
import { readPdfPages } from './pdf-document';
import { withoutPageFurniture } from './pdf-furniture';
import { itemsToLines } from './pdf-lines';
import { joinWrappedLines } from './pdf-paragraphs';

// Fewer characters than this per page, furniture aside, is a page of pictures, not of text.
const MINIMUM_CHARACTERS_PER_PAGE = 20;

/**
 * A PDF with a text layer → its text in reading order, one line per paragraph, page numbers and
 * running headers and footers removed. A PDF without one (a scan) is an error, not an empty notice.
 */
export async function readPdf(bytes: Uint8Array): Promise<string> {
  const pages = await readPdfPages(bytes);
  const lines = withoutPageFurniture(pages.map((page) => itemsToLines(page.items)));
  const characters = lines.flat().reduce((count, line) => count + line.text.replace(/\s+/g, '').length, 0);
  if (characters < MINIMUM_CHARACTERS_PER_PAGE * Math.max(1, pages.length)) {
    throw new IngestFormatError(
      'INGEST_PDF_NO_TEXT_LAYER',
      `no text layer (scanned?): the PDF's ${pages.length} page(s) hold ${characters} characters of text; it needs OCR before it can be read`,
    );
  }
  return joinWrappedLines(lines, pages[0]?.width).join('\n');
}
