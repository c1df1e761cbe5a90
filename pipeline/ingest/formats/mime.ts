/** One part of a MIME message: its headers (names lower-cased) and its body, transfer encoding undone. */
export interface MimePart {
  headers: Map<string, string>;
  body: Buffer;
}

/**
 * A multipart MIME message (an .mhtml / .mht page) → its parts. The message is read as Latin-1,
 * one character per byte, so that 8-bit parts come back as the bytes they were.
 */
export function parseMultipartMessage(bytes: Uint8Array): MimePart[] {
  const message = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const { headers, body } = splitHeaders(message);
  const boundary = parameterOf(headers.get('content-type') ?? '', 'boundary');
  if (!boundary) return [];
  const delimiter = `--${boundary}`;
  return body
    .split(delimiter)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .map((chunk) => {
      const part = splitHeaders(chunk.replace(/^[ \t]*\r?\n/, ''));
      return { headers: part.headers, body: decodeTransfer(part.body.replace(/\r?\n$/, ''), part.headers.get('content-transfer-encoding')) };
    });
}

/** A parameter of a header such as `text/html; charset="gb2312"`, unquoted. */
export function parameterOf(header: string, name: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return match ? (match[1] ?? match[2]) : null;
}

function splitHeaders(text: string): { headers: Map<string, string>; body: string } {
  const end = /\r?\n\r?\n/.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  const body = end ? text.slice(end.index + end[0].length) : '';
  const headers = new Map<string, string>();
  // A header continues on lines that start with white space (folding).
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeTransfer(body: string, encoding: string | undefined): Buffer {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (name === 'quoted-printable') return decodeQuotedPrintable(body);
  return Buffer.from(body, 'latin1');
}

/** `=XX` is a byte, `=` at a line end is a soft break that joins two lines. */
function decodeQuotedPrintable(body: string): Buffer {
  const joined = body.replace(/[ \t]*=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index++) {
    const hex = joined[index] === '=' ? joined.slice(index + 1, index + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(joined.charCodeAt(index) & 0xff);
    }
  }
  return Buffer.from(bytes);
}
