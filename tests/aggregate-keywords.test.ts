import { describe, expect, it } from 'vitest';
import { keywords } from '../pipeline/aggregate';
import { builtNotice } from './helpers/built-notice';

const categories = [
  { key: 'party', label: '党建' },
  { key: 'finance', label: '财务内控' },
];

const notices = [
  builtNotice('a', '甲局', [
    { path: '二.1', primary: 'party', titleTokens: ['意识形态', '落实', '不到位'], bodyTokens: ['意识形态', '阵地', '2023', '年', '。'] },
    { path: '二.2', primary: 'finance', titleTokens: ['固定资产', '台账', '问题'], bodyTokens: ['固定资产', '清查'] },
  ]),
  builtNotice('b', '乙局', [
    { path: '二.1', primary: 'party', titleTokens: ['意识形态', '责任制'], bodyTokens: ['整改', '加强'] },
  ]),
];

describe('keywords(notices, categories, options)', () => {
  const table = keywords(notices, categories, { topTerms: 3 });
  const scope = (name: string, value: string) =>
    table.rows.filter((row) => row[0] === name && row[1] === value).map((row) => [row[2], row[3], row[5]]);

  it('ranks the top terms overall, per category label and per agency, with the problems that use each', () => {
    expect(table.columns).toEqual(['scope', 'scope_value', 'rank', 'term', 'score', 'problems']);
    // Overall: 9 content terms; 固定资产 2/9 × ln(1 + 3/1) = 0.308 edges out 意识形态 3/9 × ln(1 + 3/2) = 0.305;
    // the terms used once tie and follow in pinyin order (清查 qing before 台账 tai).
    expect(scope('all', '全部')).toEqual([[1, '固定资产', 1], [2, '意识形态', 2], [3, '清查', 1]]);
    expect(scope('category', '财务内控')).toEqual([[1, '固定资产', 1], [2, '清查', 1], [3, '台账', 1]]);
    expect(scope('agency', '乙局')).toEqual([[1, '责任制', 1], [2, '意识形态', 1]]);
  });

  it('scores a term by its share of the scope\'s terms times ln(1 + N / df)', () => {
    // 甲局 has 7 content terms: 意识形态 ×2, 阵地, 固定资产 ×2, 台账, 清查; 意识形态 is in 2 of 3 problems.
    const row = table.rows.find((candidate) => candidate[0] === 'agency' && candidate[1] === '甲局' && candidate[3] === '意识形态');
    expect(row?.[4]).toBeCloseTo((2 / 7) * Math.log(1 + 3 / 2), 6);
  });

  it('leaves out stop words, single characters, numbers and punctuation', () => {
    const terms = new Set(table.rows.map((row) => row[3]));
    for (const dropped of ['落实', '不到位', '问题', '整改', '加强', '2023', '年', '。']) expect(terms.has(dropped)).toBe(false);
  });

  it('rejects a topTerms that is not a positive integer', () => {
    expect(() => keywords(notices, categories, { topTerms: 0 })).toThrow(/topTerms/);
  });
});
