import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../pipeline/ingest';
import { htmlToLines } from '../pipeline/ingest/html-to-lines';
import { ledgerLines } from '../pipeline/ingest/ledger-table';
import { withTabbedLedgersWritten } from '../pipeline/ingest/tabbed-ledger';
import { tableGrid, type HtmlNode } from '../pipeline/ingest/table-grid';
import { segmentNotice } from '../pipeline/segment';
import type { NoticeText, Segmentation } from '../pipeline/types';
import { fixturesFolder } from './helpers/seeds';

/** One page of `ledgerPages` in `tests/fixtures/pages-real/expected.json`. */
interface ExpectedLedgerPage {
  file: string;
  furniture: string[];
  areas: { path: string; title: string }[];
  problems: { path: string; title: string; area: string | null; status: string | null; measures: number }[];
}

const pagesFolder = path.join(fixturesFolder, 'pages-real');
const expected: { ledgerPages: ExpectedLedgerPage[] } = JSON.parse(readFileSync(path.join(pagesFolder, 'expected.json'), 'utf8'));

function firstTable(html: string): HtmlNode {
  const find = (node: HtmlNode): HtmlNode | null =>
    node.name === 'table' ? node : (node.children ?? []).reduce<HtmlNode | null>((found, child) => found ?? find(child), null);
  return find(parseDocument(html) as unknown as HtmlNode)!;
}

describe('tableGrid(table)', () => {
  it('tableGrid(table) spreads a rowspan cell over the rows it covers and a colspan cell over its columns', () => {
    const grid = tableGrid(firstTable('<table><tr><td colspan="2">表</td></tr><tr><td rowspan="2">甲</td><td>一</td></tr><tr><td>二</td></tr></table>'));
    expect(grid.map((row) => row.map((cell) => cell.lines.join('/')))).toEqual([['表', '表'], ['甲', '一'], ['甲', '二']]);
    expect(grid[1][0]).toBe(grid[2][0]);
  });

  it('tableGrid(table) keeps a cell’s paragraphs and <br> lines apart and leaves nested tables’ rows out of the table’s', () => {
    const grid = tableGrid(firstTable('<table><tr><td><p>1.甲</p><p>2.乙</p>丙<br>丁</td><td><table><tr><td>内</td></tr></table></td></tr></table>'));
    expect(grid).toHaveLength(1);
    expect(grid[0][0].lines).toEqual(['1.甲', '2.乙', '丙', '丁']);
    expect(grid[0][1].lines).toEqual(['内']);
  });
});

describe('ledgerLines(grid)', () => {
  it('ledgerLines(grid) writes each row as a numbered problem with labelled measures, status and other columns, and the area column as headings', () => {
    const grid = tableGrid(
      firstTable(
        '<table><tr><td>序号</td><td>方面</td><td>存在问题</td><td>整改措施</td><td>责任单位</td><td>完成情况</td></tr>' +
          '<tr><td>1</td><td rowspan="2">政治建设</td><td>学习不深入</td><td><p>1.学习</p><p>2.研讨</p></td><td>办公室</td><td>已完成</td></tr>' +
          '<tr><td>2</td><td>落实不到位</td><td>建立台账</td><td>股室</td><td></td></tr></table>',
      ),
    );
    expect(ledgerLines(grid)).toEqual([
      '（一）政治建设',
      '1.【问题】学习不深入',
      '【整改措施】1.学习 2.研讨',
      '【完成情况】已完成',
      '【责任单位】办公室',
      '2.【问题】落实不到位',
      '【整改措施】建立台账',
      '【责任单位】股室',
    ]);
  });

  it('ledgerLines(grid) reads rows that share one problem cell as one problem, numbering their measures cells in order', () => {
    const grid = tableGrid(
      firstTable(
        '<table><tr><td>序号</td><td>反馈问题</td><td>整改措施</td><td>责任单位</td><td>完成情况</td></tr>' +
          '<tr><td rowspan="2">1</td><td rowspan="2">制度不健全</td><td>修订制度</td><td>办公室</td><td rowspan="2">已完成</td></tr>' +
          '<tr><td>抓好执行</td><td>财务室</td></tr></table>',
      ),
    );
    expect(ledgerLines(grid)).toEqual(['1.【问题】制度不健全', '【整改措施】(1)修订制度 (2)抓好执行', '【完成情况】已完成', '【责任单位】办公室;财务室']);
  });

  it('ledgerLines(grid) reads a second header row under a cell spanning two columns as the names of those columns', () => {
    const grid = tableGrid(
      firstTable(
        '<table><tr><td rowspan="2">序号</td><td rowspan="2">问题</td><td colspan="2">整改情况</td></tr>' +
          '<tr><td>整改措施</td><td>完成情况</td></tr><tr><td>1</td><td>台账不全</td><td>补齐台账</td><td>已完成</td></tr></table>',
      ),
    );
    expect(ledgerLines(grid)).toEqual(['1.【问题】台账不全', '【整改措施】补齐台账', '【完成情况】已完成']);
  });

  it('ledgerLines(grid) gives null for a table whose header names no problem column (a layout or 信息公开 table)', () => {
    expect(ledgerLines(tableGrid(firstTable('<table><tr><td>索引号：</td><td>001</td></tr><tr><td>发布机构：</td><td>某局</td></tr></table>')))).toBeNull();
    expect(ledgerLines(tableGrid(firstTable('<table><tr><td>序号</td><td>整改措施</td></tr><tr><td>1</td><td>学习</td></tr></table>')))).toBeNull();
  });

  it('ledgerLines(grid) gives null for a summary table whose problem cells are only counts', () => {
    const grid = tableGrid(firstTable('<table><tr><td>方面</td><td>问题</td><td>整改情况</td></tr><tr><td>政治建设</td><td>5个</td><td>已完成</td></tr></table>'));
    expect(ledgerLines(grid)).toBeNull();
  });

  it('ledgerLines(grid) keeps a title row above the header as a line and numbers rows in order where the number column holds no digits', () => {
    const grid = tableGrid(
      firstTable('<table><tr><td colspan="3">整改落实情况表</td></tr><tr><td>序号</td><td>反馈问题</td><td>整改措施</td></tr><tr><td>一</td><td>甲问题</td><td>措施</td></tr></table>'),
    );
    expect(ledgerLines(grid)).toEqual(['整改落实情况表', '1.【问题】甲问题', '【整改措施】措施']);
  });
});

describe('withTabbedLedgersWritten(text)', () => {
  it('withTabbedLedgersWritten(text) writes tab-separated ledger rows as numbered problems, joining a row that runs over two lines', () => {
    const text = ['二、整改落实情况', '序号\t反馈问题\t整改措施\t完成情况', '1\t甲问题\t1.学习', '2.研讨\t已完成', '2\t乙问题\t建立台账\t整改中', '三、下一步'].join('\n');
    expect(withTabbedLedgersWritten(text).split('\n')).toEqual([
      '二、整改落实情况',
      '1.【问题】甲问题',
      '【整改措施】1.学习 2.研讨',
      '【完成情况】已完成',
      '2.【问题】乙问题',
      '【整改措施】建立台账',
      '【完成情况】整改中',
      '三、下一步',
    ]);
  });

  it('withTabbedLedgersWritten(text) starts a new row at a numbered line and ends the table at a section heading where a row left its last cells off', () => {
    const text = ['序号\t反馈问题\t整改措施\t完成情况', '1\t甲问题\t学习', '2\t乙问题\t研讨', '三、下一步工作打算'].join('\n');
    expect(withTabbedLedgersWritten(text).split('\n')).toEqual(['1.【问题】甲问题', '【整改措施】学习', '2.【问题】乙问题', '【整改措施】研讨', '三、下一步工作打算']);
  });

  it('withTabbedLedgersWritten(text) reads a row whose problem cell Word left empty (a merged cell) as a further measure of the problem above', () => {
    const text = ['序号\t反馈问题\t整改措施\t完成情况', '1\t甲问题\t修订制度\t已完成', '\t\t抓好执行\t'].join('\n');
    expect(withTabbedLedgersWritten(text).split('\n')).toEqual(['1.【问题】甲问题', '【整改措施】(1)修订制度 (2)抓好执行', '【完成情况】已完成']);
  });

  it('withTabbedLedgersWritten(text) leaves text whose tab-separated lines name no ledger columns, or list no finding under them, as it is', () => {
    const text = '姓名\t职务\n张三\t局长\n一、整改情况';
    expect(withTabbedLedgersWritten(text)).toBe(text);
    const summary = '方面\t问题\t整改情况\n政治建设\t5个\t已完成5个\n二、整改情况';
    expect(withTabbedLedgersWritten(summary)).toBe(summary);
  });

  it('ingestBytes(text file) writes its tab-separated ledger as ingest writes an HTML one', async () => {
    const text = '序号\t存在问题\t整改措施\t整改进展\n1\t制度不健全\t①修订制度；②抓好执行\t已完成\n';
    const ingested = await ingestBytes({ path: '/notice.txt', file: 'notice.txt', noticeId: 'notice' }, Buffer.from(text, 'utf8'));
    expect(ingested.notice!.text.split('\n').filter(Boolean)).toEqual(['1.【问题】制度不健全', '【整改措施】①修订制度；②抓好执行', '【完成情况】已完成']);
  });
});

describe('htmlToLines(page) on tables that are no ledger', () => {
  it('htmlToLines(page) still reads a layout table cell by cell, one line each', () => {
    expect(htmlToLines('<table><tr><td>标题</td><td>正文一</td></tr><tr><td>正文二</td></tr></table>').split('\n').filter(Boolean)).toEqual(['标题', '正文一', '正文二']);
  });
});

describe.each(expected.ledgerPages)('a page with a rectification ledger table: $file', (page) => {
  let notice: NoticeText;
  let segmentation: Segmentation;
  beforeAll(async () => {
    const bytes = readFileSync(path.join(pagesFolder, page.file));
    const ingested = await ingestBytes({ path: path.join(pagesFolder, page.file), file: page.file, noticeId: page.file.replace(/\.html$/, '') }, bytes);
    notice = ingested.notice!;
    segmentation = segmentNotice(notice).segmentation;
  });

  it('segmentNotice(ingested page) gives the ledger’s areas', () => {
    expect(segmentation.areas.map(({ path: areaPath, title }) => ({ path: areaPath, title }))).toEqual(page.areas);
  });

  it('segmentNotice(ingested page) gives one problem per row, with its title, area, status and measure count', () => {
    const found = segmentation.problems.map((problem) => ({
      path: problem.path,
      title: problem.title,
      area: problem.area,
      status: problem.status,
      measures: problem.measures.length,
    }));
    expect(found).toEqual(page.problems);
  });

  it('no furniture word or area header reaches an area title, a problem title or a problem body', () => {
    const texts = [...segmentation.areas.map((area) => area.title), ...segmentation.problems.flatMap((problem) => [problem.title, problem.body])];
    expect(page.furniture.filter((word) => texts.some((text) => text.includes(word)))).toEqual([]);
  });
});
