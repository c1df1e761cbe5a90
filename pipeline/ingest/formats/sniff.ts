/** What the bytes of an input are, whatever the file's name says. */
export type ContentKind = 'docx' | 'doc' | 'pdf' | 'mhtml' | 'rtf' | 'zip' | 'text';

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
// PDF readers accept the header anywhere in the first kilobyte; some servers prepend junk.
const PDF_HEADER_WINDOW = 1024;
const MIME_HEADER_WINDOW = 8192;

/**
 * The kind of content by its magic bytes: sites serve HTML or RTF under .doc names, Word files
 * under .htm names and PDFs under .txt names, so the extension only names the file.
 */
export function sniffContent(bytes: Uint8Array): ContentKind {
  if (startsWith(bytes, ZIP_SIGNATURE)) return latin1(bytes).includes('word/document.xml') ? 'docx' : 'zip';
  if (startsWith(bytes, OLE2_SIGNATURE)) return 'doc';
  if (latin1(bytes.subarray(0, PDF_HEADER_WINDOW)).includes('%PDF-')) return 'pdf';
  const head = latin1(bytes.subarray(0, MIME_HEADER_WINDOW)).replace(/^(\uFEFF|ï»¿|\s)+/, '');
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (/^MIME-Version:/im.test(head) && /^Content-Type:\s*multipart\/related/im.test(head)) return 'mhtml';
  return 'text';
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Bytes as one character each: magic strings are ASCII, and every byte survives for searching. */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
