import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../pipeline/ingest';
import { ledgerLines } from '../pipeline/ingest/ledger-table';
import { spacedPieces } from '../pipeline/ingest/spaced-cells';
import { withTabbedLedgersWritten } from '../pipeline/ingest/tabbed-ledger';
import { tableGrid, type HtmlNode } from '../pipeline/ingest/table-grid';
import { extractMetadata } from '../pipeline/metadata';
import { segmentNotice } from '../pipeline/segment';
import { fixturesFolder } from './helpers/seeds';

const stylesFolder = path.join(fixturesFolder, 'styles');

function firstTable(html: string): HtmlNode {
  const find = (node: HtmlNode): HtmlNode | null =>
    node.name === 'table' ? node : (node.children ?? []).reduce<HtmlNode | null>((found, child) => found ?? find(child), null);
  return find(parseDocument(html) as unknown as HtmlNode)!;
}

describe('spacedPieces(line)', () => {
  it('spacedPieces(line) splits at runs of two spaces or more and at ideographic spaces, placing a Chinese character as two', () => {
    expect(spacedPieces('1  制度不全  2024年 8月')).toEqual([
      { text: '1', start: 0, end: 1 },
      { text: '制度不全', start: 3, end: 11 },
      { text: '2024年 8月', start: 13, end: 23 },
    ]);
    expect(spacedPieces('序号　问题').map((piece) => piece.text)).toEqual(['序号', '问题']);
  });
});

describe('withTabbedLedgersWritten(text) on ledgers whose cells are separated by spaces', () => {
  it('withTabbedLedgersWritten(text) reads a laid-out ledger by where its pieces sit, joining a wrapped problem cell without a space', () => {
    const text = [
      '序号  反馈问题          整改措施          完成情况',
      '1     制度不健全，执行  修订制度          已完成',
      '      不到位            抓好执行',
      '2     台账不全                            整改中',
      '三、下一步',
    ].join('\n');
    expect(withTabbedLedgersWritten(text).split('\n')).toEqual([
      '1.【问题】制度不健全，执行不到位',
      '【整改措施】修订制度抓好执行',
      '【完成情况】已完成',
      '2.【问题】台账不全',
      '【完成情况】整改中',
      '三、下一步',
    ]);
  });

  it('withTabbedLedgersWritten(text) goes on past a page number and the repeated header, and reads a line with other columns filled as a further measure', () => {
    const text = [
      '序号  反馈问题      整改措施          责任单位  完成情况',
      '1     制度不健全    1.修订制度        办公室    已完成',
      '',
      '- 2 -',
      '序号  反馈问题      整改措施          责任单位  完成情况',
      '                    2.抓好执行',
      '                    3.定期检查        财务室    整改中',
    ].join('\n');
    expect(withTabbedLedgersWritten(text).split('\n')).toEqual([
      '1.【问题】制度不健全',
      '【整改措施】1.修订制度 2.抓好执行 3.定期检查',
      '【完成情况】已完成;整改中',
      '【责任单位】办公室;财务室',
    ]);
  });

  it('withTabbedLedgersWritten(text) reads rows separated by ideographic spaces and an area row of one cell between them', () => {
    const text = ['序号　　存在问题　　整改措施　　整改情况', '（一）作风方面', '1　　考勤不严　　修订办法　　已完成'].join('\n');
    expect(withTabbedLedgersWritten(text).split('\n')).toEqual(['（一）作风方面', '1.【问题】考勤不严', '【整改措施】修订办法', '【完成情况】已完成']);
  });

  it('withTabbedLedgersWritten(text) leaves prose with double spaces and a spaced line of names that is no ledger as they are', () => {
    const text = '一、整改情况  已完成整改5个问题，正在推进1个。\n姓名  职务  单位\n张三  局长  某局';
    expect(withTabbedLedgersWritten(text)).toBe(text);
  });

  it('withTabbedLedgersWritten(text) skips a page number and the header repeated on the next page between tab-separated rows', () => {
    const text = ['序号\t反馈问题\t整改措施', '1\t甲问题\t学习', '— 2 —', '序号\t反馈问题\t整改措施', '2\t乙问题\t研讨'].join('\n');
    expect(withTabbedLedgersWritten(text).split('\n')).toEqual(['1.【问题】甲问题', '【整改措施】学习', '2.【问题】乙问题', '【整改措施】研讨']);
  });
});

describe('ledgerLines(grid) on printed and merged tables', () => {
  it('ledgerLines(grid) reads a problem cell spanning the measures column as the problem alone, with no measure', () => {
    const grid = tableGrid(
      firstTable('<table><tr><td>序号</td><td>问题</td><td>整改措施</td><td>完成情况</td></tr><tr><td>1</td><td colspan="2">采购监管不到位</td><td>已完成</td></tr></table>'),
    );
    expect(ledgerLines(grid)).toEqual(['1.【问题】采购监管不到位', '【完成情况】已完成']);
  });

  it('ledgerLines(grid) skips a repeated header row and a page-number row', () => {
    const grid = tableGrid(
      firstTable(
        '<table><tr><td>序号</td><td>问题</td><td>整改措施</td></tr><tr><td>1</td><td>甲</td><td>学习</td></tr>' +
          '<tr><td colspan="3">— 2 —</td></tr><tr><td>序号</td><td>问题</td><td>整改措施</td></tr><tr><td>2</td><td>乙</td><td>研讨</td></tr></table>',
      ),
    );
    expect(ledgerLines(grid)).toEqual(['1.【问题】甲', '【整改措施】学习', '2.【问题】乙', '【整改措施】研讨']);
  });
});

describe('ingestBytes(page) on the ledger2 HTML fixtures', () => {
  for (const name of ['ledger2-city-commission-rowspan-colspan']) {
    it(`ingestBytes(${name}.html) gives text whose metadata, areas and problems are the expected ones`, async () => {
      const expected = JSON.parse(readFileSync(path.join(stylesFolder, `${name}.expected.json`), 'utf8'));
      const file = `${name}.html`;
      const { notice } = await ingestBytes({ path: path.join(stylesFolder, file), file, noticeId: name }, readFileSync(path.join(stylesFolder, file)));
      expect(extractMetadata(notice!).metadata).toEqual(expected.metadata);
      const { segmentation } = segmentNotice(notice!);
      expect(segmentation.areas.map(({ path: areaPath, title }) => ({ path: areaPath, title }))).toEqual(expected.areas);
      expect(segmentation.problems.map((problem) => ({ path: problem.path, title: problem.title, area: problem.area, measures: problem.measures.length }))).toEqual(
        expected.problems,
      );
    });
  }
});
