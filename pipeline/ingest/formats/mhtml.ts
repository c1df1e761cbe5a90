import iconv from 'iconv-lite';
import { decodeBytes } from '../decode';
import { joinHardWrappedLines } from '../hard-wraps';
import { IngestFormatError } from './format-error';
import { parameterOf, parseMultipartMessage } from './mime';
import { readPage } from './page';

/**
 * A page saved by a browser as one file (.mhtml, .mht: a multipart/related message) → the text
 * of its HTML part, which then goes the way of any HTML page (lines cut at one width joined back
 * into paragraphs). Stylesheets and images are left.
 */
export function readMhtml(bytes: Uint8Array): { text: string; encoding: string } {
  const page = parseMultipartMessage(bytes).find((part) => /^text\/html\b/i.test(part.headers.get('content-type') ?? ''));
  if (!page) throw new IngestFormatError('INGEST_MHTML_NO_HTML', 'the saved page (.mhtml) holds no text/html part');
  const declared = parameterOf(page.headers.get('content-type') ?? '', 'charset');
  const { text, encoding } = decodePage(page.body, declared);
  return { text: joinHardWrappedLines(readPage(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))), encoding };
}

/**
 * Bytes that are valid UTF-8 are UTF-8 whatever the part says (browsers re-encode pages they
 * save); otherwise the part's declared charset, GB2312 and GBK read as their superset GB18030.
 */
function decodePage(body: Buffer, declared: string | null): { text: string; encoding: string } {
  const detected = decodeBytes(body);
  if (detected?.encoding.startsWith('UTF')) return detected;
  const encoding = declared && /^(gb2312|gbk|gb18030|x-gbk|euc-cn)$/i.test(declared) ? 'GB18030' : declared;
  if (encoding && iconv.encodingExists(encoding)) return { text: iconv.decode(body, encoding), encoding };
  if (detected) return detected;
  throw new IngestFormatError('INGEST_MHTML_UNREADABLE', `the saved page's HTML part is not text in a known encoding (declared: ${declared ?? 'none'})`);
}
