import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic, NoticeText, SourceFile } from '../types';
import { IngestFormatError, readContent } from './formats';
import { withTabbedLedgersWritten } from './tabbed-ledger';

export { discoverSourceFiles, INPUT_EXTENSIONS, type Discovery } from './discover';
export { normalizeForParsing } from './normalize';

/** Files larger than this are not notices (a notice is tens of kilobytes, a PDF of one a few megabytes); reading them would only cost memory. */
export const MAXIMUM_INPUT_BYTES = 20 * 1024 * 1024;

export interface IngestResult {
  notice: NoticeText | null;
  diagnostics: Diagnostic[];
}

/** One input file → its decoded text, or a diagnostic saying why it could not be read. */
export async function ingestFile(source: SourceFile): Promise<IngestResult> {
  const fail = (code: string, message: string): IngestResult => ({
    notice: null,
    diagnostics: [{ file: source.file, stage: 'ingest', severity: 'error', code, message }],
  });
  let bytes: Uint8Array;
  try {
    const info = await stat(source.path);
    if (info.size > MAXIMUM_INPUT_BYTES) {
      return fail('INGEST_FILE_TOO_LARGE', `file is ${formatMegabytes(info.size)} MB, over the ${formatMegabytes(MAXIMUM_INPUT_BYTES)} MB limit for a notice`);
    }
    bytes = await readFile(source.path);
  } catch (error) {
    return fail('INGEST_UNREADABLE', `cannot read the file: ${(error as Error).message}`);
  }
  try {
    return await ingestBytes(source, bytes);
  } catch (error) {
    // A fault in a format reader is not the file's permissions: say which it is.
    return fail('INGEST_READER_FAILED', `the reader for this file failed: ${(error as Error).message}`);
  }
}

/**
 * Bytes already read → the notice's text, whatever the format (text, HTML, Word, PDF, saved
 * page), chosen by content. Separate from `ingestFile` so that tests and workers can pass bytes.
 */
export async function ingestBytes(source: SourceFile, bytes: Uint8Array): Promise<IngestResult> {
  const diagnostic = (code: string, message: string): Diagnostic => ({ file: source.file, stage: 'ingest', severity: 'error', code, message });
  if (bytes.length === 0) return { notice: null, diagnostics: [diagnostic('INGEST_EMPTY_FILE', 'file is empty')] };
  let content;
  try {
    content = await readContent(source.file, bytes);
  } catch (error) {
    if (error instanceof IngestFormatError) return { notice: null, diagnostics: [diagnostic(error.code, error.message)] };
    throw error;
  }
  const { format, encoding } = content;
  // A page's ledger tables were read as tables; a text or Word file's come as tab-separated rows.
  const text = format === 'html' || format === 'mhtml' ? content.text : withTabbedLedgersWritten(content.text);
  if (text.trim() === '') {
    return { notice: null, diagnostics: [diagnostic('INGEST_NO_TEXT', `the ${format} file holds no text`)] };
  }
  return {
    notice: {
      noticeId: source.noticeId,
      file: source.file,
      format,
      encoding,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      text,
    },
    diagnostics: [],
  };
}

function formatMegabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
