import { describe, expect, it } from 'vitest';
import { columnLetters, escapeXml, inlineText, numberRows, ROW_NUMBER_MARK, rowXml } from '../pipeline/write/sheet-xml';

describe('columnLetters(index)', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('escapeXml(text)', () => {
  it('escapes markup, writes line breaks as references and drops characters XML cannot hold', () => {
    expect(escapeXml('a<b & "c">\r\nd\u0001\u0008e\tf\ud800g')).toBe('a&lt;b &amp; &quot;c&quot;&gt;&#13;&#10;de\tfg');
  });
});

describe('rowXml(row, rowNumber, letters, style)', () => {
  const letters = ['A', 'B', 'C', 'D', 'E'];
  it('writes numbers as numbers, text as inline strings, and leaves empty, null and non-finite cells out', () => {
    expect(rowXml(['=SUM(A1)', 3.5, null, '', Number.NaN], 7, letters)).toBe(
      '<row r="7"><c r="A7" t="inlineStr"><is><t>=SUM(A1)</t></is></c><c r="B7"><v>3.5</v></c></row>',
    );
  });

  it('gives the header its bold style', () => {
    expect(rowXml(['id'], 1, letters, 1)).toBe('<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>id</t></is></c></row>');
  });
});

describe('numberRows(xml, first)', () => {
  it('numbers rows written with the mark, in order from `first`, cell references included', () => {
    const marked = `${rowXml([1, 'x'], ROW_NUMBER_MARK, ['A', 'B'])}\n${rowXml([2], ROW_NUMBER_MARK, ['A'])}\n`;
    const { xml, next } = numberRows(Buffer.from(marked, 'utf8'), 5);
    expect(xml.toString('utf8')).toBe('<row r="5"><c r="A5"><v>1</v></c><c r="B5" t="inlineStr"><is><t>x</t></is></c></row>\n<row r="6"><c r="A6"><v>2</v></c></row>\n');
    expect(next).toBe(7);
  });

  it('keeps multi-byte text as it was and numbers past 9 with several digits', () => {
    const marked = Array.from({ length: 12 }, (_, index) => `${rowXml([`意识形态${index}`], ROW_NUMBER_MARK, ['A'])}\n`).join('');
    const { xml, next } = numberRows(Buffer.from(marked, 'utf8'), 1);
    expect(xml.toString('utf8')).toBe(Array.from({ length: 12 }, (_, index) => `${rowXml([`意识形态${index}`], index + 1, ['A'])}\n`).join(''));
    expect(next).toBe(13);
  });

  it('numbers across a power of ten and keeps long texts between marks whole', () => {
    const long = '整改落实情况'.repeat(40);
    const marked = [long, 'x', long].map((text) => `${rowXml([text, 3], ROW_NUMBER_MARK, ['A', 'B'])}\n`).join('');
    const { xml, next } = numberRows(Buffer.from(marked, 'utf8'), 99_999);
    expect(xml.toString('utf8')).toBe([long, 'x', long].map((text, index) => `${rowXml([text, 3], 99_999 + index, ['A', 'B'])}\n`).join(''));
    expect(next).toBe(100_002);
  });
});

describe('inlineText(text)', () => {
  it('marks a text to keep its spaces only when it has some at an end, and escapes it', () => {
    expect(inlineText('意识形态 工作')).toBe('<is><t>意识形态 工作</t></is>');
    expect(inlineText(' 前导空格')).toBe('<is><t xml:space="preserve"> 前导空格</t></is>');
    expect(inlineText('两行\n')).toBe('<is><t xml:space="preserve">两行&#10;</t></is>');
    expect(inlineText('a<b')).toBe('<is><t>a&lt;b</t></is>');
  });
});
