import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport, writeReport } from '../pipeline/report';
import { escapeHtml } from '../pipeline/report/escape';
import { formatCount } from '../pipeline/report/format';
import { heatMapLabels } from '../pipeline/report/heat-map';
import { countAuditSection } from '../pipeline/report/count-audit';
import { levelChartSection, levelRows } from '../pipeline/report/level-chart';
import { niceTicks } from '../pipeline/report/nice-ticks';
import { noticeWants, summarizeNotices, type NoticeSummary } from '../pipeline/report/notice-summary';
import { heatColour, textColourOn } from '../pipeline/report/palette';
import { evidenceHtml, MAXIMUM_PROBLEM_ROWS, problemTableSection } from '../pipeline/report/problem-table';
import { digestProblems, type ProblemDigest } from '../pipeline/report/problem-digest';
import { listedProblemIds, recurringSection } from '../pipeline/report/recurring';
import { recurringGroups } from '../pipeline/report/recurring-groups';
import { tableRecords } from '../pipeline/report/table-records';
import { textWidth, fitText } from '../pipeline/report/text-width';
import type { Table } from '../pipeline/types';
import { goldReportTables } from './helpers/gold-report-tables';
import { buildReportTables, HOSTILE_TITLE, REPORT_CATEGORIES } from './helpers/report-tables';
import { readGold, readRecurringGold } from './helpers/seeds';

const input = { tables: buildReportTables(), categories: REPORT_CATEGORIES };

/** The HTML between a section's opening tag and its end. */
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start, `section ${id}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

/** The digest of the fixture's problem table that `renderReport` draws from. */
function problemDigestOf(tables: readonly Table[]): ProblemDigest {
  const problems = tables.find((table) => table.name === 'problems');
  if (!problems) throw new Error('fixture has no problems table');
  return digestProblems(problems, { firstProblems: MAXIMUM_PROBLEM_ROWS, groupMemberIds: listedProblemIds(recurringGroups(tableRecords(tables, 'recurring_problems'))) });
}

/** The summary of the fixture's notice table that `renderReport` draws from, with the problem digest given or none. */
function noticeSummaryOf(tables: readonly Table[], problems: ProblemDigest | null): NoticeSummary {
  const notices = tables.find((table) => table.name === 'notices');
  if (!notices) throw new Error('fixture has no notices table');
  return summarizeNotices(notices, noticeWants(problems));
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

describe('renderReport', () => {
  it('renderReport(input) gives the same bytes for the same tables', () => {
    expect(renderReport(input)).toBe(renderReport({ tables: buildReportTables(), categories: REPORT_CATEGORIES }));
  });

  it('renderReport(input) writes a scraped title as text, never as markup', () => {
    const html = renderReport(input);
    expect(html).not.toContain(HOSTILE_TITLE);
    expect(html).toContain(escapeHtml(HOSTILE_TITLE));
    expect(count(html, /<script/g)).toBe(1);
    expect(count(html, /<b>/g)).toBe(0);
  });

  it('renderReport(input) loads nothing from outside the file', () => {
    const html = renderReport(input);
    const withoutSvgNamespace = html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '');
    expect(withoutSvgNamespace).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<(link|img|iframe)\b|@import|\bsrc=/);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });

  it('renderReport(input) overview states notices, agencies, leaf problems, measures and the period', () => {
    const overview = sectionOf(renderReport(input), 'overview');
    const figures = [...overview.matchAll(/<dt>(.*?)<\/dt><dd><span class="figure-value">(.*?)<\/span>/g)].map((match) => [match[1], match[2]]);
    expect(figures).toEqual([
      ['通报', '3'],
      ['被巡视巡察单位', '3'],
      ['问题', '7'],
      ['整改措施', '14'],
      ['时间范围', '2022-05-10 至 2023-01-20'],
    ]);
    expect(overview).toContain('省级 1 · 市级 1 · 区县级 1');
    expect(overview).toContain('另有 1 条上级问题');
    expect(overview).toContain('1 份未注明');
  });

  it('renderReport(input) heat map has one row per agency, the total apart, shares and counts in the cells', () => {
    const heatMap = sectionOf(renderReport(input), 'heat-map');
    const agencies = [...heatMap.matchAll(/<g class="heat-row" data-agency="(.*?)"/g)].map((match) => match[1]);
    expect(agencies).toEqual(['丙省大数据中心', '甲市数据局', '乙区数据局']);
    expect(count(heatMap, /class="heat-total"/g)).toBe(1);
    expect(heatMap).toContain('>33% (1)</text>');
    expect(heatMap).toContain('>43% (3)</text>');
    expect(heatMap).toContain('<title>甲市数据局 · 财务内控：1 条，占该单位问题的 33%</title>');
  });

  it('renderReport(input) count audit lists mismatches first and marks the differing counts', () => {
    const audit = sectionOf(renderReport(input), 'count-audit');
    const verdicts = [...audit.matchAll(/<tr class="audit-(\w+)">/g)].map((match) => match[1]);
    expect(verdicts).toEqual(['mismatch', 'ok', 'undeclared']);
    expect(count(audit, /<td class="number mismatch">≠ /g)).toBe(2);
    expect(audit).toContain('≠ 3 / 2');
    expect(audit).toContain('<span class="verdict-detail">问题相差 1；措施相差 2</span>');
  });

  it('renderReport(input) recurring group lists each problem with its agency and title', () => {
    const recurring = sectionOf(renderReport(input), 'recurring');
    expect(count(recurring, /<details class="recurring-group"/g)).toBe(1);
    expect(recurring).toContain('3 个单位 · 3 份通报 · 3 条问题');
    expect(recurring).toContain('<tr><td>乙区数据局</td><td>网络安全责任落实不到位</td><td class="identifier">b#1</td></tr>');
  });

  it('renderReport(input) problem table has a row per problem, with category, level and leaf for the filters', () => {
    const problems = sectionOf(renderReport(input), 'problems');
    const rows = [...problems.matchAll(/<tr data-category="(.*?)" data-level="(.*?)" data-leaf="(.*?)">/g)].map((match) => match.slice(1));
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual(['党建', 'city', 'no']);
    expect(rows[6]).toEqual(['其他', 'province', 'yes']);
    expect(problems).toContain('显示 8 / 8 条');
    expect(problems).toContain('<option value="营商环境">营商环境</option>');
  });

  it('problemTableSection(digest, notices, labels, maximumRows) lists the first rows and says how many of how many', () => {
    const tables = buildReportTables();
    const html = problemTableSection(problemDigestOf(tables), noticeSummaryOf(tables, problemDigestOf(tables)), ['党建'], 3).html;
    const identifiers = [...html.matchAll(/<td class="identifier" title="(.*?)">/g)].map((match) => match[1]);
    const all = sectionOf(renderReport(input), 'problems');
    expect(identifiers).toEqual([...all.matchAll(/<td class="identifier" title="(.*?)">/g)].map((match) => match[1]).slice(0, 3));
    expect(html).toContain('显示 3 / 3 条');
    expect(html).toContain('表中只列出前 3 条问题（共 8 条）');
    expect(problemTableSection(problemDigestOf(tables), null, [], 8).html).not.toContain('只列出前');
  });

  it('renderReport(input) reads tables whose numbers came back from CSV as text', () => {
    const asText = (table: Table): Table => ({ ...table, rows: table.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))) });
    const html = renderReport({ tables: buildReportTables().map(asText), categories: REPORT_CATEGORIES });
    expect(sectionOf(html, 'heat-map')).toContain('>33% (1)</text>');
    expect(sectionOf(html, 'overview')).toContain('<span class="figure-value">14</span>');
  });

  it('renderReport(input) keeps every section and names the missing table when a table is absent', () => {
    const html = renderReport({ tables: [], categories: REPORT_CATEGORIES });
    for (const id of ['overview', 'heat-map', 'levels', 'recurring', 'count-audit', 'problems']) sectionOf(html, id);
    for (const name of ['notices', 'problems', 'category_by_agency', 'recurring_problems']) {
      expect(html).toContain(`本次运行没有生成 <code>${name}</code> 表`);
    }
  });

  it('recurringSection(recurring, digest, maximumRows) lists a group’s first problems and says how many it has', () => {
    const tables = buildReportTables();
    const html = recurringSection(recurringGroups(tableRecords(tables, 'recurring_problems')), problemDigestOf(tables), 1).html;
    expect(count(html, /<tr><td>/g)).toBe(1);
    expect(html).toContain('3 个单位 · 3 份通报 · 3 条问题');
    expect(html).toContain('只列出前 1 条（该组共 3 条）');
    expect(sectionOf(renderReport(input), 'recurring')).not.toContain('只列出前');
  });

  it('renderReport(input) takes group titles from a ` | `-joined list when the problem table is absent', () => {
    const tables = buildReportTables()
      .filter((table) => table.name !== 'problems')
      .map((table) => (table.name === 'recurring_problems' ? { ...table, rows: table.rows.map((row) => row.map((cell, index) => (index === 8 ? String(cell).split(';').join(' | ') : cell))) } : table));
    const recurring = sectionOf(renderReport({ tables, categories: REPORT_CATEGORIES }), 'recurring');
    expect(recurring).toContain('<td>网络安全防线不牢</td><td class="identifier">c#(二)</td>');
  });

  it('renderReport(input) says so when no group recurs', () => {
    const tables = buildReportTables().map((table) => (table.name === 'recurring_problems' ? { ...table, rows: [] } : table));
    expect(sectionOf(renderReport({ tables, categories: REPORT_CATEGORIES }), 'recurring')).toContain('没有发现在两个以上单位重复出现的问题');
  });
});

describe('renderReport on the gold tables', () => {
  const gold = readGold();
  const html = renderReport({ tables: goldReportTables(), categories: REPORT_CATEGORIES });
  const leaves = gold.flatMap((notice) => notice.problems.filter((problem) => problem.leaf).map((problem) => ({ notice, problem })));

  it('renderReport(gold) heat map has one row per gold agency, with its leaf problems', () => {
    const heatMap = sectionOf(html, 'heat-map');
    const rows = [...heatMap.matchAll(/<g class="heat-row" data-agency="(.*?)">.*?<text[^>]*>[^<]*<\/text><text[^>]*>[^<]*<\/text><text[^>]*>(\d+)<\/text>/g)].map((match) => [match[1], Number(match[2])]);
    const expected = gold.map((notice) => [notice.agency, notice.problems.filter((problem) => problem.leaf).length]);
    expect(rows.sort()).toEqual(expected.sort());
  });

  it('renderReport(gold) total row gives each category’s count of leaf primaries and its share', () => {
    const total = sectionOf(html, 'heat-map').split('class="heat-total"')[1];
    for (const category of REPORT_CATEGORIES) {
      const count = leaves.filter((leaf) => leaf.problem.primary === category.key).length;
      const share = `${Math.round((count / leaves.length) * 100)}%`;
      expect(total, category.label).toContain(`>${share} (${count})</text>`);
    }
  });

  it('renderReport(gold) overview counts the gold notices, leaf problems and measures', () => {
    const overview = sectionOf(html, 'overview');
    const measures = leaves.reduce((sum, leaf) => sum + leaf.problem.measures, 0);
    expect(overview).toContain(`<dt>通报</dt><dd><span class="figure-value">${gold.length}</span>`);
    expect(overview).toContain(`<dt>问题</dt><dd><span class="figure-value">${leaves.length}</span>`);
    expect(overview).toContain(`<dt>整改措施</dt><dd><span class="figure-value">${measures}</span>`);
  });

  it('renderReport(gold) shows every gold recurring group with each problem’s agency', () => {
    const recurring = sectionOf(html, 'recurring');
    const groups = readRecurringGold().groups;
    expect(count(recurring, /<details class="recurring-group"/g)).toBe(groups.length);
    const agencyOf = new Map(gold.flatMap((notice) => notice.problems.map((problem) => [problem.id, notice.agency])));
    for (const id of groups.flatMap((group) => group.problem_ids)) {
      expect(recurring).toContain(`<td>${agencyOf.get(id)}</td><td>`);
      expect(recurring).toContain(`<td class="identifier">${escapeHtml(id)}</td>`);
    }
  });

  it('renderReport(gold) problem table has a row for every gold problem', () => {
    const problems = sectionOf(html, 'problems');
    const total = gold.reduce((sum, notice) => sum + notice.problems.length, 0);
    expect(count(problems, /<tr data-category=/g)).toBe(total);
    expect(problems).toContain(`显示 ${total} / ${total} 条`);
  });
});

describe('writeReport', () => {
  it('writeReport(input, file) writes the rendered page and leaves no partial file', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'report-'));
    const file = path.join(folder, 'report.html');
    await writeReport(input, file);
    expect(await readFile(file, 'utf8')).toBe(renderReport(input));
    expect(await readdir(folder)).toEqual(['report.html']);
  });
});

describe('report parts', () => {
  it('escapeHtml(text) escapes the five characters markup is made of', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('formatCount(value) groups thousands with commas and rounds to a whole number', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(2.5)).toBe('3');
  });

  it('heatColour(share) runs viridis from light (none) to dark (all)', () => {
    expect(heatColour(0)).toBe('#fde725');
    expect(heatColour(1)).toBe('#440154');
    expect(heatColour(0.5)).toBe('#21918c');
    expect(heatColour(2)).toBe('#440154');
  });

  it('textColourOn(background) picks the more readable of black and white', () => {
    expect(textColourOn('#fde725')).toBe('#111111');
    expect(textColourOn('#440154')).toBe('#ffffff');
  });

  it('niceTicks(maximum) gives round steps that reach the maximum', () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('heatMapLabels(table, categories) falls back to the table’s own share columns', () => {
    const table = tableRecords(buildReportTables(), 'category_by_agency');
    expect(table).not.toBeNull();
    if (!table) return;
    expect(heatMapLabels(table, REPORT_CATEGORIES)).toEqual(['党建', '财务内控', '网络安全', '营商环境', '其他']);
    expect(heatMapLabels(table, [{ key: 'x', label: '别的' }])).toEqual(['党建', '财务内控', '网络安全', '营商环境', '其他']);
  });

  it('levelRows(summary) counts leaf problems per notice when summarised with the digest, levels from the top down', () => {
    const tables = buildReportTables();
    const rows = levelRows(noticeSummaryOf(tables, problemDigestOf(tables)));
    expect(rows.map((row) => [row.level, row.mean])).toEqual([['province', 2], ['city', 3], ['district', 2]]);
    expect(levelRows(noticeSummaryOf(tables, null)).map((row) => row.mean)).toEqual([2, 2, 2]);
  });

  it('levelChartSection(summary, digest, maximumPoints) draws at most that many points a level, picked along the counts, the mean from all', () => {
    const table: Table = { name: 'notices', columns: ['notice_id', 'agency', 'level'], rows: Array.from({ length: 9 }, (_, index) => [`n${index}`, `单位${index}`, 'city']) };
    // Leaf problems per notice: n0 has 8, n1 7, … n8 none.
    const leavesByNotice = new Map(table.rows.map((row, index) => [String(row[0]), 8 - index]));
    const digest = { problems: 36, leaves: 36, leavesByNotice, firstProblems: [], groupMembers: new Map() };
    const notices = summarizeNotices(table, noticeWants(digest));
    const html = levelChartSection(notices, digest, 3).html;
    // Smallest, middle and largest count, drawn in notice order.
    expect([...html.matchAll(/<title>(单位\d)：/g)].map((match) => match[1])).toEqual(['单位0', '单位4', '单位8']);
    expect(html).toContain('均值 4.0 · 9 份');
    expect(html).toContain('每个级别最多画 3 个圆点');
    expect(levelChartSection(notices, digest, 9).html).not.toContain('最多画');
    expect(count(levelChartSection(notices, digest, 9).html, /<circle /g)).toBe(9);
  });

  it('countAuditSection(summary, maximumRows) lists the first notices, mismatches first, and says how many there are', () => {
    const row = (id: string, check: string) => [id, `单位${id}`, `通报${id}`, check, 3, check === 'ok' ? 3 : 2];
    const table: Table = { name: 'notices', columns: ['notice_id', 'agency', 'title', 'count_check', 'declared_problems', 'extracted_problems'], rows: [row('1', 'ok'), row('2', 'mismatch: problems'), row('3', 'ok'), row('4', 'mismatch: problems')] };
    const notices = summarizeNotices(table, noticeWants(null));
    const html = countAuditSection(notices, 2).html;
    expect([...html.matchAll(/<td class="notice-title" title="">(通报\d)</g)].map((match) => match[1])).toEqual(['通报2', '通报4']);
    expect(html).toContain('只列出前 2 份（共 4 份，不一致的在前）');
    expect(html).toContain('不一致 2 份 · 一致 2 份');
    expect(countAuditSection(notices, 4).html).not.toContain('只列出前');
  });

  it('evidenceHtml(evidence) gives one line per category, title cues then body cues, each cue once', () => {
    expect(evidenceHtml('财务内控: 报销 [title] | 党建: 纪律 [body] | 财务内控: 资金 [body] | 财务内控: 报销 [body] | 财务内控: 资金 [body]')).toBe(
      '<span class="cue"><span class="cue-category">财务内控</span> 标题：报销 · 正文：资金、报销</span><span class="cue"><span class="cue-category">党建</span> 正文：纪律</span>',
    );
    expect(evidenceHtml('')).toBe('');
  });

  it('evidenceHtml(evidence) splits a cue at its first colon, lets the cue start on a new line, and keeps other items as they are', () => {
    expect(evidenceHtml('甲:乙:丙 [title] | 没有类别 [body] | 党建:\n 纪律 [body] | 党建: 纪律\n续 [body]')).toBe(
      '<span class="cue"><span class="cue-category">甲</span> 标题：乙:丙</span><span class="cue"><span class="cue-category">党建</span> 正文：纪律</span>' +
        '<span class="cue">没有类别 [body]</span><span class="cue">党建: 纪律\n续 [body]</span>',
    );
  });

  it('textWidth(text) counts Chinese characters as one em, and fitText cuts with an ellipsis', () => {
    expect(textWidth('数据局ab', 10)).toBe(42);
    expect(fitText('甲市大数据管理局', 50, 10)).toBe('甲市大数…');
    expect(fitText('甲市', 50, 10)).toBe('甲市');
  });
});
