import type { SourceFormat } from '../../types';
import { decodeBytes } from '../decode';
import { joinHardWrappedLines } from '../hard-wraps';
import { IngestFormatError } from './format-error';
import { readPage } from './page';

/** Text read out of an input file, with the format it was read as and the encoding of its characters. */
export interface ReadContent {
  format: SourceFormat;
  encoding: string;
  text: string;
}

/**
 * A plain-text or HTML file → its text: encoding detected from the bytes, HTML reduced to lines,
 * lines cut at one width (copied out of a PDF viewer or Word) joined back into paragraphs.
 */
export function readTextOrHtml(file: string, bytes: Uint8Array): ReadContent {
  const decoded = decodeBytes(bytes);
  if (!decoded) throw new IngestFormatError('INGEST_BINARY_FILE', 'file holds binary data, not text in a known encoding');
  const lines = withUnixLineBreaks(decoded.text);
  const format = detectTextFormat(file, lines);
  return { format, encoding: decoded.encoding, text: joinHardWrappedLines(format === 'html' ? readPage(lines) : lines) };
}

/** Byte-order mark dropped, `\r\n` and lone `\r` → `\n`. */
export function withUnixLineBreaks(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** By content first: sites serve HTML under .txt and .doc names and plain text under .html ones. */
function detectTextFormat(file: string, text: string): 'txt' | 'html' {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])/.test(head) || /<\/(p|div|body|html)>/.test(head)) return 'html';
  if (/\.(s|x)?html?$/i.test(file) && /<[a-z][\s\S]*>/i.test(head)) return 'html';
  return 'txt';
}
