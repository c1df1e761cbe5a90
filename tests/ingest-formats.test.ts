import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes, ingestFile } from '../pipeline/ingest';
import { withoutFurnitureLines } from '../pipeline/ingest/html-to-lines';
import { extractMetadata } from '../pipeline/metadata';
import { segmentNotice } from '../pipeline/segment';
import type { NoticeText, SourceFile } from '../pipeline/types';
import { errorsTable } from '../pipeline/write/notice-tables';
import { fixturesFolder, readGold, readSeed, type GoldNotice } from './helpers/seeds';

const formatsFolder = path.join(fixturesFolder, 'formats');
const source = (file: string): SourceFile => ({ path: path.join(formatsFolder, file), file, noticeId: file.replace(/\.[^.]+$/, '') });
const gold = new Map(readGold().map((notice) => [notice.file, notice]));

/** Every fixture made from a seed notice: `<seed>.<extension>`, with the format it must be read as. */
const seedFixtures = readdirSync(formatsFolder)
  .filter((file) => gold.has(`${file.replace(/\.[^.]+$/, '')}.txt`))
  .map((file) => ({ file, seed: `${file.replace(/\.[^.]+$/, '')}.txt`, format: formatOfExtension(path.extname(file)) }));

function formatOfExtension(extension: string): string {
  return extension === '.mht' ? 'mhtml' : extension.slice(1);
}

/** Non-empty lines, white space runs as one space, trimmed: the comparison the formats allow. */
function comparableLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line !== '');
}

/**
 * A PDF's text layer cannot tell a space the author typed between a Chinese character and a
 * Latin one from the word processor's spacing between scripts, which the reader drops: spaces
 * beside Chinese characters are not compared.
 */
function withoutSpacesBesideChinese(line: string): string {
  return line.replace(/ (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])|(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]) /g, '');
}

function expectedLines(seed: NoticeText, format: string): string[] {
  // A saved page goes the HTML way, which drops web-page furniture that the scraped .txt kept.
  const lines = comparableLines(format === 'mhtml' ? withoutFurnitureLines(seed.text) : seed.text);
  return format === 'pdf' ? lines.map(withoutSpacesBesideChinese) : lines;
}

async function readFixture(file: string): Promise<NoticeText> {
  const { notice, diagnostics } = await ingestFile(source(file));
  expect(diagnostics).toEqual([]);
  if (!notice) throw new Error(`${file} gave no notice`);
  return notice;
}

/** What the gold records of a notice's metadata and problems, in the gold's shape. */
function parsed(notice: NoticeText) {
  const { metadata } = extractMetadata(notice);
  const { segmentation } = segmentNotice(notice);
  return {
    title: metadata.title,
    agency: metadata.agency,
    publisher: metadata.publisher,
    region: metadata.region,
    inspectionBody: metadata.inspectionBody,
    inspectionRound: metadata.inspectionRound,
    dates: [metadata.inspectionStart, metadata.inspectionEnd, metadata.feedbackDate, metadata.publishedDate],
    areas: segmentation.areas.map((area) => ({ path: area.path, title: area.title })),
    problems: segmentation.problems.map((problem) => ({ path: problem.path, title: problem.title, measures: problem.measures.length })),
  };
}

function goldParsed(notice: GoldNotice) {
  return {
    title: notice.title,
    agency: notice.agency,
    publisher: notice.publisher,
    region: notice.region,
    inspectionBody: notice.inspection_body,
    inspectionRound: notice.inspection_round,
    dates: [notice.inspection_start, notice.inspection_end, notice.feedback_date, notice.published_date],
    areas: notice.areas.map((area) => ({ path: area.path, title: area.title })),
    problems: notice.problems.map((problem) => ({ path: problem.path, title: problem.title })),
  };
}

describe('format fixtures', () => {
  it('hold at least two seed notices in each of docx, doc and pdf, and a saved page', () => {
    for (const format of ['docx', 'doc', 'pdf']) {
      expect(seedFixtures.filter((fixture) => fixture.format === format).length, format).toBeGreaterThanOrEqual(2);
    }
    expect(seedFixtures.some((fixture) => fixture.format === 'mhtml')).toBe(true);
  });
});

describe.each(seedFixtures)('ingestFile($file)', ({ file, seed, format }) => {
  it(`reads the ${format} file as ${format}, to the lines of the .txt original`, async () => {
    const notice = await readFixture(file);
    expect(notice.format).toBe(format);
    const lines = comparableLines(notice.text);
    expect(format === 'pdf' ? lines.map(withoutSpacesBesideChinese) : lines).toEqual(expectedLines(readSeed(seed), format));
  });

  it('gives text that parses to the gold problems and metadata, as the .txt original does', async () => {
    const fromFormat = parsed(await readFixture(file));
    const fromText = parsed(readSeed(seed));
    expect(fromFormat).toEqual(fromText);
    const expected = goldParsed(gold.get(seed) as GoldNotice);
    const { problems, ...metadata } = fromFormat;
    expect(metadata).toEqual((({ problems: _problems, ...rest }) => rest)(expected));
    expect(problems.map(({ path: problemPath, title }) => ({ path: problemPath, title }))).toEqual(expected.problems);
    expect(problems.map((problem) => problem.measures)).toEqual((gold.get(seed) as GoldNotice).problems.map((problem) => (problem.leaf ? problem.measures : 0)));
  });
});

describe('ingestFile(scanned PDF) and errorsTable', () => {
  it('reports a PDF without a text layer as an error row, not as an empty notice', async () => {
    const result = await ingestFile(source('scanned.pdf'));
    expect(result.notice).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ file: 'scanned.pdf', stage: 'ingest', severity: 'error', code: 'INGEST_PDF_NO_TEXT_LAYER', message: expect.stringContaining('no text layer (scanned?)') }),
    ]);
    const [row] = errorsTable(result.diagnostics).rows;
    expect(row.slice(0, 3)).toEqual(['scanned.pdf', 'ingest', 'error']);
    expect(row[3]).toMatch(/^INGEST_PDF_NO_TEXT_LAYER: no text layer \(scanned\?\)/);
  });
});

describe('ingestBytes chooses the reader by content', () => {
  const seed = readSeed('000_eae2e7ee22df30ec.txt');
  const seedLines = comparableLines(seed.text);

  it('reads a .doc that holds an HTML page (Word "save as web page", GBK) as HTML', async () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head>
      <body lang=ZH-CN><div class=WordSection1>${seed.text.split('\n').map((line) => `<p class=MsoNormal>${line}</p>`).join('\n')}</div></body></html>`;
    const { notice } = await ingestBytes(source('notice.doc'), iconv.encode(html, 'gbk'));
    expect(notice?.format).toBe('html');
    expect(comparableLines(notice?.text ?? '')).toEqual(seedLines);
  });

  it('reads a .doc that holds RTF, with GBK escapes and \\u characters, as RTF', async () => {
    const escapeLine = (line: string, index: number): string =>
      index % 2 === 0
        ? [...iconv.encode(line, 'gbk')].map((byte) => (byte < 0x80 ? escapeAscii(byte) : `\\'${byte.toString(16)}`)).join('')
        : [...line].map((character) => (character.charCodeAt(0) < 0x80 ? escapeAscii(character.charCodeAt(0)) : `\\uc1\\u${signed16(character.charCodeAt(0))}?`)).join('');
    const rtf = `{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}{\\*\\generator Msftedit;}{\\header 第1页}\n\\pard\\f0 ${seed.text
      .split('\n')
      .map(escapeLine)
      .join('\\par\n')}\\par\n}`;
    const { notice } = await ingestBytes(source('notice.doc'), Buffer.from(rtf, 'latin1'));
    expect(notice?.format).toBe('rtf');
    expect(comparableLines(notice?.text ?? '')).toEqual(seedLines);
  });

  it('reads a .txt that is really a Word file as docx, and a ZIP that is not one as an error', async () => {
    const docx = readFileSync(path.join(formatsFolder, '000_eae2e7ee22df30ec.docx'));
    expect((await ingestBytes(source('notice.txt'), docx)).notice?.format).toBe('docx');
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('mimetypeapplication/epub+zip')]);
    expect((await ingestBytes(source('notice.docx'), zip)).diagnostics).toEqual([expect.objectContaining({ code: 'INGEST_UNSUPPORTED_ARCHIVE' })]);
  });

  it('reads a PDF whose Chinese font is not embedded, through the predefined GB character map', async () => {
    const lines = ['巡察整改进展情况的通报', '(一)加强组织领导,压实整改责任。'];
    const { notice } = await ingestBytes(source('notice.pdf'), pdfWithUnembeddedChineseFont(lines));
    expect(notice?.format).toBe('pdf');
    expect(notice?.text).toBe(lines.join('\n'));
  });

  it('reports a corrupt PDF and a corrupt Word file with their codes', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF', 'latin1');
    expect((await ingestBytes(source('broken.pdf'), pdf)).diagnostics).toEqual([expect.objectContaining({ code: 'INGEST_PDF_UNREADABLE' })]);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    expect((await ingestBytes(source('broken.doc'), ole)).diagnostics).toEqual([expect.objectContaining({ code: 'INGEST_DOC_UNREADABLE' })]);
  });
});

/**
 * A one-page PDF as Chinese office software writes one without embedding its font: STSong-Light
 * with the predefined UniGB-UCS2-H encoding, which only the CMap files can turn into characters.
 */
function pdfWithUnembeddedChineseFont(lines: string[]): Buffer {
  const hex = (text: string): string => [...text].map((character) => character.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = `BT /F1 12 Tf 72 700 Td ${lines.map((line) => `<${hex(line)}> Tj 0 -24 Td`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const crossReference = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${crossReference}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function escapeAscii(byte: number): string {
  const character = String.fromCharCode(byte);
  return character === '\\' || character === '{' || character === '}' ? `\\${character}` : character;
}

/** RTF writes `\uN` as a signed 16-bit number. */
function signed16(code: number): number {
  return code > 0x7fff ? code - 0x10000 : code;
}
