import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { discoverSourceFiles, ingestBytes } from '../pipeline/ingest';
import { normalizeForParsing } from '../pipeline/ingest/normalize';
import type { SourceFile } from '../pipeline/types';
import { readSeed, seedFiles } from './helpers/seeds';

const source = (file: string): SourceFile => ({ path: `/virtual/${file}`, file, noticeId: file.replace(/\.[^.]+$/, '') });
const seed = readSeed(seedFiles()[0]);

describe('ingestBytes', () => {
  it('reads UTF-8 with and without a byte-order mark to the same text', async () => {
    const plain = (await ingestBytes(source('a.txt'), Buffer.from(seed.text, 'utf8'))).notice;
    const withBom = (await ingestBytes(source('a.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed.text, 'utf8')]))).notice;
    expect(plain?.encoding).toBe('UTF-8');
    expect(plain?.text).toBe(seed.text);
    expect(withBom?.text).toBe(seed.text);
  });

  it('detects GBK bytes and decodes them to the UTF-8 original', async () => {
    const notice = (await ingestBytes(source('a.txt'), iconv.encode(seed.text, 'gbk'))).notice;
    expect(notice?.encoding).toBe('GB18030');
    expect(notice?.text).toBe(seed.text);
  });

  it('decodes UTF-16 with a byte-order mark and CRLF line ends', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed.text.replace(/\n/g, '\r\n'), 'utf16le')]);
    expect((await ingestBytes(source('a.txt'), bytes)).notice?.text).toBe(seed.text);
  });

  it('reduces an HTML page to the notice’s lines, without scripts, navigation and footer', async () => {
    const lines = seed.text.split('\n');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><style>p{}</style><script>var a = 1;</script></head>
      <body><nav>首页 &gt; 巡察整改</nav><div class="share">分享到：微信</div>
      <div class="article">${lines.map((line) => `<p>${line.replace(/&/g, '&amp;')}</p>`).join('\n')}</div>
      <div class="footer">网站地图 | 网站标识码3705000000 | 鲁ICP备12345678号</div></body></html>`;
    const notice = (await ingestBytes(source('a.html'), Buffer.from(html, 'utf8'))).notice;
    expect(notice?.format).toBe('html');
    const kept = notice?.text.split('\n').filter((line) => line.trim() !== '');
    expect(kept).toEqual(lines.filter((line) => line.trim() !== ''));
  });

  it('names the reason for an empty file and for a binary file', async () => {
    expect((await ingestBytes(source('empty.txt'), Buffer.alloc(0))).diagnostics[0]).toMatchObject({ file: 'empty.txt', severity: 'error', code: 'INGEST_EMPTY_FILE' });
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(await ingestBytes(source('image.txt'), binary)).toMatchObject({ notice: null, diagnostics: [{ code: 'INGEST_BINARY_FILE' }] });
  });
});

describe('normalizeForParsing', () => {
  it('maps full-width digits, letters, brackets and spaces one to one', () => {
    const original = '（一）１．Ａ　整改：';
    const normalized = normalizeForParsing(original);
    expect(normalized).toBe('(一)1.A 整改:');
    expect(normalized.length).toBe(original.length);
  });
});

describe('discoverSourceFiles', () => {
  it('lists input files recursively in code-point order and reports paths that give none', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'notices-discover-'));
    mkdirSync(path.join(folder, 'b'));
    mkdirSync(path.join(folder, 'empty'));
    writeFileSync(path.join(folder, 'b', 'two.htm'), 'x');
    writeFileSync(path.join(folder, 'a.txt'), 'x');
    writeFileSync(path.join(folder, 'b', 'three.PDF'), 'x');
    writeFileSync(path.join(folder, 'c.mht'), 'x');
    writeFileSync(path.join(folder, 'c.docx'), 'x');
    writeFileSync(path.join(folder, 'notes.md'), 'x');
    const { files, diagnostics } = await discoverSourceFiles([folder, path.join(folder, 'missing'), path.join(folder, 'empty')]);
    expect(files.map((file) => [file.file, file.noticeId])).toEqual([
      ['a.txt', 'a'],
      ['b/three.PDF', 'b/three'],
      ['b/two.htm', 'b/two'],
      ['c.docx', 'c'],
      ['c.mht', 'c~2'],
    ]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['INGEST_PATH_NOT_FOUND', 'INGEST_NO_INPUT_FILES']);
  });
});
