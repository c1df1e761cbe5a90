import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic, NoticeText, SourceFile, SourceFormat } from '../types';
import { decodeBytes } from './decode';
import { htmlToLines } from './html-to-lines';

export { discoverSourceFiles, INPUT_EXTENSIONS, type Discovery } from './discover';
export { normalizeForParsing } from './normalize';

/** Files larger than this are not notices (a notice is tens of kilobytes); reading them would only cost memory. */
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
  try {
    const info = await stat(source.path);
    if (info.size > MAXIMUM_INPUT_BYTES) {
      return fail('INGEST_FILE_TOO_LARGE', `file is ${formatMegabytes(info.size)} MB, over the ${formatMegabytes(MAXIMUM_INPUT_BYTES)} MB limit for a notice`);
    }
    return ingestBytes(source, await readFile(source.path));
  } catch (error) {
    return fail('INGEST_UNREADABLE', `cannot read the file: ${(error as Error).message}`);
  }
}

/** Bytes already read → the notice's text. Separate from `ingestFile` so that tests and workers can pass bytes. */
export function ingestBytes(source: SourceFile, bytes: Uint8Array): IngestResult {
  const diagnostic = (code: string, message: string): Diagnostic => ({ file: source.file, stage: 'ingest', severity: 'error', code, message });
  if (bytes.length === 0) return { notice: null, diagnostics: [diagnostic('INGEST_EMPTY_FILE', 'file is empty')] };
  const decoded = decodeBytes(bytes);
  if (!decoded) {
    return { notice: null, diagnostics: [diagnostic('INGEST_BINARY_FILE', 'file holds binary data, not text in a known encoding')] };
  }
  const format = detectFormat(source.file, decoded.text);
  const lines = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const text = format === 'html' ? htmlToLines(lines) : lines;
  if (text.trim() === '') {
    return { notice: null, diagnostics: [diagnostic('INGEST_NO_TEXT', `the ${format} file holds no text`)] };
  }
  return {
    notice: {
      noticeId: source.noticeId,
      file: source.file,
      format,
      encoding: decoded.encoding,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      text,
    },
    diagnostics: [],
  };
}

/** By content first: sites serve HTML under .txt names and plain text under .html ones. */
function detectFormat(file: string, text: string): SourceFormat {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])/.test(head) || /<\/(p|div|body|html)>/.test(head)) return 'html';
  if (/\.html?$/i.test(file) && /<[a-z][\s\S]*>/i.test(head)) return 'html';
  return 'txt';
}

function formatMegabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
