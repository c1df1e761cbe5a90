import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from '../pipeline/ingest/formats/pdf-document';
import { isPageNumber, withoutPageFurniture } from '../pipeline/ingest/formats/pdf-furniture';
import { itemsToLines, type PdfLine } from '../pipeline/ingest/formats/pdf-lines';
import { joinWrappedLines } from '../pipeline/ingest/formats/pdf-paragraphs';

const item = (text: string, x: number, y: number, fontSize = 12): PdfTextItem => ({ text, x, y, width: text.length * fontSize, fontSize });

// An A4 text block from x 72 to 522 (37.5 characters of 12 points), paragraphs indented by two characters.
const LEFT = 72;
const RIGHT = 522;
const line = (text: string, y: number, { indent = 0, right = RIGHT, fontSize = 12 } = {}): PdfLine => ({ text, left: LEFT + indent * fontSize, right, y, fontSize });

describe('itemsToLines', () => {
  it('groups runs by baseline into lines top to bottom, each read left to right, whatever the file’s order', () => {
    const lines = itemsToLines([item('第二行', 72, 680), item('- 1 -', 280, 60), item('尾', 108, 700), item('第一行开', 72, 700.4)]);
    expect(lines.map((found) => found.text)).toEqual(['第一行开尾', '第二行', '- 1 -']);
    expect(lines[0]).toMatchObject({ left: 72, right: 120, fontSize: 12 });
  });

  it('drops the gap a word processor sets between Chinese and Latin text, keeps spaces between Latin words', () => {
    const year = { ...item('2025', 72, 700), width: 30 };
    const lines = itemsToLines([year, { ...item(' ', 102, 700), width: 3 }, item('年', 105, 700), item('ICP', 200, 680), item('2024', 240, 680)]);
    expect(lines.map((found) => found.text)).toEqual(['2025年', 'ICP 2024']);
  });
});

describe('isPageNumber', () => {
  it('recognises page numbers as Chinese and Western documents print them', () => {
    for (const text of ['第 1 页', '第3页 共5页', '- 2 -', '— 12 —', '1/5', '3 / 12', '7', 'Page 2 of 9']) expect(isPageNumber(text), text).toBe(true);
    for (const text of ['第一页', '1.加强学习', '(一)强化责任', '2024年7月26日']) expect(isPageNumber(text), text).toBe(false);
  });
});

describe('withoutPageFurniture', () => {
  it('removes page numbers and a running header that repeats at the edge of the pages, and keeps the body', () => {
    const page = (number: number, body: string[]): PdfLine[] => [
      line('××局巡察整改进展情况通报', 790, { indent: 10, right: 350, fontSize: 9 }),
      ...body.map((text, index) => line(text, 700 - index * 24)),
      line(`第 ${number} 页 共 3 页`, 60, { indent: 14, right: 330, fontSize: 10 }),
    ];
    const pages = [page(1, ['标题', '正文一']), page(2, ['正文二', '正文三']), page(3, ['正文四', '中共××局党组'])];
    expect(withoutPageFurniture(pages).map((lines) => lines.map((found) => found.text))).toEqual([
      ['标题', '正文一'],
      ['正文二', '正文三'],
      ['正文四', '中共××局党组'],
    ]);
  });

  it('keeps a line at a page edge that does not repeat and is not a page number', () => {
    const pages = [[line('(一)强化责任落实。', 700), line('- 1 -', 60)], [line('(二)健全制度机制。', 700), line('- 2 -', 60)]];
    expect(withoutPageFurniture(pages).map((lines) => lines.map((found) => found.text))).toEqual([['(一)强化责任落实。'], ['(二)健全制度机制。']]);
  });
});

describe('joinWrappedLines', () => {
  it('joins a line that fills the measure to the unindented line after it, and starts a paragraph at an indent', () => {
    const pages = [[line('一、整改工作开展情况', 700, { indent: 2, right: 300 }), line('(一)提高政治站位。局党组把巡察整改作为重大政治任务,', 676, { indent: 2 }), line('摆上突出位置。', 652, { right: 156 }), line('(二)强化组织领导。', 628, { indent: 2, right: 300 })]];
    expect(joinWrappedLines(pages)).toEqual(['一、整改工作开展情况', '(一)提高政治站位。局党组把巡察整改作为重大政治任务,摆上突出位置。', '(二)强化组织领导。']);
  });

  it('joins a heading split across a page break', () => {
    const pages = [
      [line('正文的最后一段。', 120, { indent: 2, right: 200 }), line('(三)关于落实全面从严治党主体责任不到位,监督执纪问责', 96, { indent: 2 })],
      [line('偏松偏软的问题。', 760, { right: 170 }), line('整改情况:一是……', 736, { indent: 2, right: 260 })],
    ];
    expect(joinWrappedLines(pages)).toEqual(['正文的最后一段。', '(三)关于落实全面从严治党主体责任不到位,监督执纪问责偏松偏软的问题。', '整改情况:一是……']);
  });

  it('keeps a short line apart from the next, and a line of another size apart from the body', () => {
    const pages = [[line('中共××局党组', 700, { right: 156 }), line('2024年7月26日', 676, { right: 180 }), line('附件正文填满了一整行的文字内容内容内容内容内容内容内容', 652), line('小字注释', 636, { fontSize: 9, right: 120 })]];
    expect(joinWrappedLines(pages)).toEqual(['中共××局党组', '2024年7月26日', '附件正文填满了一整行的文字内容内容内容内容内容内容内容', '小字注释']);
  });

  it('joins a centred title that wraps onto a second centred line', () => {
    const title = (text: string, y: number, left: number, right: number): PdfLine => ({ text, left, right, y, fontSize: 16 });
    const pages = [[title('中共××局党组关于市委第四巡察组反馈意见集中整', 760, 80, 514), title('改进展情况的通报', 740, 233, 361), line('按照市委统一部署,……', 700, { indent: 2 }), line('满行', 676), line('续行。', 652, { right: 120 })]];
    expect(joinWrappedLines(pages)).toEqual(['中共××局党组关于市委第四巡察组反馈意见集中整改进展情况的通报', '按照市委统一部署,……满行续行。']);
  });
});
