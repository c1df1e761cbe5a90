import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IngestFormatError } from './format-error';

/** A run of text placed on a PDF page: baseline position and size in points, y growing upwards. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

/** One page of a PDF: its size and the text runs of its text layer, in the file's order. */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

const require = createRequire(import.meta.url);
const pdfjsFolder = path.dirname(require.resolve('pdfjs-dist/package.json'));

/**
 * The PDF's pages with their text runs, read with pdfjs-dist. The only code that imports
 * pdfjs: it is loaded on the first PDF, so that runs over text and HTML pay nothing for it.
 */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // In Node the worker runs in this thread; pdfjs imports it from here.
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(path.join(pdfjsFolder, 'legacy', 'build', 'pdf.worker.mjs')).href;
  const loading = pdfjs.getDocument({
    // pdfjs takes ownership of the buffer it is given: pass a copy, not the caller's bytes.
    data: new Uint8Array(bytes),
    // Chinese PDFs often use the predefined CJK encodings (UniGB-UCS2-H…) and unembedded fonts.
    cMapUrl: `${path.join(pdfjsFolder, 'cmaps')}${path.sep}`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(pdfjsFolder, 'standard_fonts')}${path.sep}`,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const document = await loading.promise;
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => ('str' in item ? [toTextItem(item.str, item.transform as number[], item.width)] : []));
      pages.push({ width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new IngestFormatError('INGEST_PDF_ENCRYPTED', 'the PDF is protected by a password');
    throw new IngestFormatError('INGEST_PDF_UNREADABLE', `cannot read the PDF: ${(error as Error).message}`);
  } finally {
    await loading.destroy();
  }
}

function toTextItem(text: string, transform: number[], width: number): PdfTextItem {
  const [a, b, c, d, x, y] = transform;
  // The font size is the length of the text matrix's vertical axis (it is scaled and maybe rotated).
  return { text, x, y, width, fontSize: Math.hypot(c, d) || Math.hypot(a, b) };
}
