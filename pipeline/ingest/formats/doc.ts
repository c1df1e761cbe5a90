import WordExtractor from 'word-extractor';
import { IngestFormatError } from './format-error';

/**
 * A Word 97–2003 file (OLE2 compound document) → its body text, one line per paragraph.
 * Headers, footers and footnotes are stored apart from the body and are left out.
 */
export async function readDoc(bytes: Uint8Array): Promise<string> {
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes));
    // Word marks cells and rows with tabs and line ends; the body keeps quotes as written (“”).
    return document.getBody({ filterUnicode: false }).replace(/\r\n?/g, '\n');
  } catch (error) {
    throw new IngestFormatError('INGEST_DOC_UNREADABLE', `cannot read the Word 97–2003 (.doc) file: ${(error as Error).message}`);
  }
}
