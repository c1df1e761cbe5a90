import { describe, expect, it } from 'vitest';
import { categoryByAgency, categoryStats } from '../pipeline/aggregate';
import type { Table } from '../pipeline/types';
import { builtNotice } from './helpers/built-notice';

const categories = [
  { key: 'party', label: '党建' },
  { key: 'finance', label: '财务内控' },
  { key: 'other', label: '其他' },
];

// Agency 乙 has two notices; notice b1 is two-level: its parent 二.(一) must not be counted.
const notices = [
  builtNotice('a1', '甲局', [
    { path: '二.1', primary: 'party', titleTokens: ['理论学习', '不', '深入'] },
    { path: '二.2', primary: 'finance', titleTokens: ['财务', '报销', '不', '规范'] },
    { path: '二.3', primary: 'party', titleTokens: ['组织生活会', '不', '规范'] },
  ], { level: 'city', province: '山东省', city: '东营市' }),
  builtNotice('b1', '乙局', [
    { path: '二.(一)', primary: 'party', titleTokens: ['党建', '工作', '有', '差距'] },
    { path: '二.(一).(1)', primary: 'party', parent: '二.(一)', titleTokens: ['支部', '建设', '不', '扎实'] },
    { path: '二.(一).(2)', primary: 'finance', parent: '二.(一)', titleTokens: ['党费', '收缴', '不', '规范'] },
  ], { level: 'province', province: '海南省' }),
  builtNotice('b2', '乙局', [
    { path: '二.1', primary: 'other', titleTokens: ['数据', '共享', '不够'] },
  ], { level: 'province', province: '海南省' }),
  builtNotice('c1', '丙局', [], { level: 'district' }),
];

function column(table: Table, name: string): number {
  const index = table.columns.indexOf(name);
  if (index === -1) throw new Error(`no column ${name} in ${table.name}`);
  return index;
}

describe('categoryByAgency(notices, categories)', () => {
  const table = categoryByAgency(notices, categories);

  it('names its columns: agency, place, counts, then each category label and its share in taxonomy order', () => {
    expect(table.name).toBe('category_by_agency');
    expect(table.columns).toEqual([
      'agency', 'level', 'province', 'city', 'district', 'notices', 'problems',
      '党建', '党建_share', '财务内控', '财务内控_share', '其他', '其他_share',
    ]);
  });

  it('gives one row per agency sorted by name, then the row 全部', () => {
    expect(table.rows.map((row) => row[0])).toEqual(['丙局', '甲局', '乙局', '全部']);
  });

  it('counts leaf problems by primary category, leaving out parents', () => {
    const yi = table.rows[2];
    expect(yi.slice(0, 7)).toEqual(['乙局', 'province', '海南省', null, null, 2, 3]);
    expect([yi[column(table, '党建')], yi[column(table, '财务内控')], yi[column(table, '其他')]]).toEqual([1, 1, 1]);
  });

  it('makes each agency\'s counts add up to its problems and the 全部 row add up to all leaf problems', () => {
    const countColumns = categories.map((category) => column(table, category.label));
    for (const row of table.rows) {
      const sum = countColumns.reduce((total, index) => total + (row[index] as number), 0);
      expect(sum).toBe(row[column(table, 'problems')]);
    }
    const total = table.rows[table.rows.length - 1];
    expect(total.slice(5, 7)).toEqual([4, 6]);
    expect([total[column(table, '党建')], total[column(table, '财务内控')], total[column(table, '其他')]]).toEqual([3, 2, 1]);
  });

  it('gives shares that add up to 1, and no shares for an agency without problems', () => {
    const shareColumns = categories.map((category) => column(table, `${category.label}_share`));
    for (const row of table.rows.filter((candidate) => (candidate[column(table, 'problems')] as number) > 0)) {
      const sum = shareColumns.reduce((total, index) => total + (row[index] as number), 0);
      expect(sum).toBeCloseTo(1, 3);
    }
    expect(table.rows[1][column(table, '党建_share')]).toBe(0.6667);
    expect(shareColumns.map((index) => table.rows[0][index])).toEqual([null, null, null]);
  });
});

describe('categoryStats(notices, categories)', () => {
  const table = categoryStats(notices, categories);

  it('gives per category its problems, share, notices, agencies and per-notice mean, median, min, max', () => {
    expect(table.columns).toEqual([
      'category', 'label', 'problems', 'share', 'notices', 'agencies',
      'mean_per_notice', 'median_per_notice', 'min_per_notice', 'max_per_notice',
    ]);
    // Per-notice counts over a1, b1, b2, c1: party 2,1,0,0; finance 1,1,0,0; other 0,0,1,0.
    expect(table.rows).toEqual([
      ['party', '党建', 3, 0.5, 2, 2, 0.75, 0.5, 0, 2],
      ['finance', '财务内控', 2, 0.3333, 2, 2, 0.5, 0.5, 0, 1],
      ['other', '其他', 1, 0.1667, 1, 1, 0.25, 0, 0, 1],
    ]);
  });

  it('gives null statistics when there are no notices', () => {
    expect(categoryStats([], categories).rows[0]).toEqual(['party', '党建', 0, null, 0, 0, null, null, null, null]);
  });
});
