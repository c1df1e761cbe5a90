import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parameterOf, parseMultipartMessage } from '../pipeline/ingest/formats/mime';
import { sniffContent } from '../pipeline/ingest/formats/sniff';

describe('parseMultipartMessage', () => {
  it('splits a saved page into parts and undoes quoted-printable soft breaks and base64', () => {
    const html = iconv.encode('<p>巡察整改</p>', 'gbk').toString('base64');
    const message = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\tboundary="--b"',
      '',
      '----b',
      'Content-Type: text/html',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>=E6=95=B4=E6=94=B9=',
      '=E6=83=85=E5=86=B5</p>',
      '----b',
      'Content-Type: text/html; charset="gb2312"',
      'Content-Transfer-Encoding: base64',
      '',
      html,
      '----b--',
    ].join('\r\n');
    const parts = parseMultipartMessage(Buffer.from(message, 'latin1'));
    expect(parts.map((part) => part.headers.get('content-transfer-encoding'))).toEqual(['quoted-printable', 'base64']);
    expect(parts[0].body.toString('utf8')).toBe('<p>整改情况</p>');
    expect(iconv.decode(parts[1].body, 'gbk')).toBe('<p>巡察整改</p>');
    expect(parameterOf(parts[1].headers.get('content-type') ?? '', 'charset')).toBe('gb2312');
  });
});

describe('sniffContent', () => {
  it('names each format by its magic bytes', () => {
    expect(sniffContent(Buffer.from('%PDF-1.4\n'))).toBe('pdf');
    expect(sniffContent(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('doc');
    expect(sniffContent(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml')]))).toBe('docx');
    expect(sniffContent(Buffer.from('{\\rtf1\\ansi\\ansicpg936 x}'))).toBe('rtf');
    expect(sniffContent(Buffer.from('From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n'))).toBe('mhtml');
    expect(sniffContent(Buffer.from('<html><body>通报</body></html>'))).toBe('text');
  });
});
