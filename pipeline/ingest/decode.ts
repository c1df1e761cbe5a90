import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Bytes → text, the encoding detected from the bytes (a page's `<meta charset>` often lies):
 * a byte-order mark decides first; then bytes that are valid UTF-8 are UTF-8; otherwise the
 * detector's guess, where GBK and GB2312 are read as GB18030, their superset.
 * Returns `null` for bytes that are not text in any encoding we read.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText | null {
  const byBom = decodeByByteOrderMark(bytes);
  if (byBom) return byBom;
  if (looksBinary(bytes)) return null;
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  const encoding = guessLegacyEncoding(bytes);
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

function decodeByByteOrderMark(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  return null;
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const CHINESE_LEGACY = new Set(['GB18030', 'GBK', 'GB2312', 'EUC-CN', 'HZ-GB-2312']);

function guessLegacyEncoding(bytes: Uint8Array): string {
  const guess = chardet.detect(bytes);
  // Notices are Chinese: an uncertain guess is far more likely GBK than a Western code page.
  if (!guess || CHINESE_LEGACY.has(guess.toUpperCase()) || !iconv.encodingExists(guess)) return 'GB18030';
  if (guess === 'Big5' || guess.startsWith('UTF-16')) return guess;
  return 'GB18030';
}

/** Control bytes other than tab, line feed, form feed and carriage return do not occur in text files. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  // Indexed: a typed array's iterator allocates a result per byte until the loop is optimised.
  for (let index = 0; index < sample.length; index++) {
    const byte = sample[index];
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) controls++;
  }
  return controls > sample.length / 100;
}
