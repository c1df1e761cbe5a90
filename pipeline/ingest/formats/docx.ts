import mammoth from 'mammoth';
import { IngestFormatError } from './format-error';

/**
 * A Word 2007+ file → its body text, one line per paragraph. Running headers, footers and
 * page numbers live in separate parts of the file and are left out.
 */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    // mammoth ends every paragraph with a blank line; one line break per paragraph keeps empty ones empty.
    return value.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n');
  } catch (error) {
    throw new IngestFormatError('INGEST_DOCX_UNREADABLE', `cannot read the Word (.docx) file: ${(error as Error).message}`);
  }
}
