import iconv from 'iconv-lite';
import { readDoc } from './doc';
import { readDocx } from './docx';
import { IngestFormatError } from './format-error';
import { readMhtml } from './mhtml';
import { readPdf } from './pdf';
import { rtfToText } from './rtf';
import { sniffContent } from './sniff';
import { readTextOrHtml, type ReadContent } from './text';

export { IngestFormatError } from './format-error';
export type { ReadContent } from './text';

/**
 * An input file's bytes → its text, read by the reader its content calls for (magic bytes,
 * not the extension). Throws `IngestFormatError` with a stable code when the file cannot be read.
 */
export async function readContent(file: string, bytes: Uint8Array): Promise<ReadContent> {
  const kind = sniffContent(bytes);
  switch (kind) {
    case 'docx':
      return { format: 'docx', encoding: 'UTF-8', text: await readDocx(bytes) };
    case 'doc':
      // Word 97–2003 stores its text in its own pieces (UTF-16 or a code page): no one encoding names it.
      return { format: 'doc', encoding: 'embedded', text: await readDoc(bytes) };
    case 'pdf':
      return { format: 'pdf', encoding: 'embedded', text: await readPdf(bytes) };
    case 'mhtml':
      return { format: 'mhtml', ...readMhtml(bytes) };
    case 'rtf':
      // RTF is 7-bit ASCII; the characters beyond it are escapes decoded in the document's code page.
      return { format: 'rtf', ...rtfToText(iconv.decode(Buffer.from(bytes), 'latin1')) };
    case 'zip':
      throw new IngestFormatError('INGEST_UNSUPPORTED_ARCHIVE', 'file is a ZIP archive but not a Word document (no word/document.xml)');
    case 'text':
      return readTextOrHtml(file, bytes);
  }
}
