import { describe, expect, it } from 'vitest';
import { createFindingIndex, findRecurringGroups, noticeFindings, recurringProblems } from '../pipeline/aggregate';
import { createTokenizer } from '../pipeline/tokenize';
import { builtNotice, type BuiltProblem } from './helpers/built-notice';
import { crossNoticePairs, goldProcessedNotices } from './helpers/gold-processed';
import { readGold, readRecurringGold } from './helpers/seeds';

const categories = [
  { key: 'party', label: '党建' },
  { key: 'finance', label: '财务内控' },
  { key: 'security', label: '网络安全' },
  { key: 'business', label: '营商环境' },
  { key: 'other', label: '其他' },
];

const oneProblem = (noticeId: string, agency: string, titleTokens: string[], primary = 'party') =>
  builtNotice(noticeId, agency, [{ path: '二.1', primary, titleTokens }]);

describe('recurringProblems(notices, categories, { threshold })', () => {
  it('joins the same finding worded differently in three agencies', () => {
    const table = recurringProblems(
      [
        oneProblem('a', '甲局', ['落实', '意识形态', '工作', '责任制', '不到位']),
        builtNotice('b', '乙局', [
          { path: '二.(一)', primary: 'party', titleTokens: ['对', '意识形态', '工作', '重视', '不够'] },
          {
            path: '二.(一).(1)', parent: '二.(一)', primary: 'party',
            titleTokens: ['局党组', '未', '研究', '制定', '意识形态', '工作', '责任制', '方案'],
          },
        ]),
        oneProblem('c', '丙局', ['意识形态', '工作', '责任制', '落实', '不', '到位']),
        oneProblem('d', '丁局', ['财务', '报销', '审核', '不', '严格'], 'finance'),
      ],
      categories,
      { threshold: 0.5 },
    );
    expect(table.columns).toEqual([
      'group_id', 'category', 'representative_title', 'agencies', 'notices', 'problems',
      'agency_list', 'problem_ids', 'titles',
    ]);
    expect(table.rows).toHaveLength(1);
    const [groupId, category, , agencies, notices, problems, agencyList, problemIds] = table.rows[0];
    expect([groupId, category, agencies, notices, problems]).toEqual(['R001', '党建', 3, 3, 3]);
    expect(agencyList).toBe('丙局; 甲局; 乙局');
    expect(problemIds).toBe('a#二.1; b#二.(一).(1); c#二.1');
  });

  it('does not join problems that share only boilerplate (问题, 整改, 不到位, 落实, 加强)', () => {
    const table = recurringProblems(
      [
        oneProblem('a', '甲局', ['落实', '整改', '问题', '不到位', '因私出国', '证照']),
        oneProblem('b', '乙局', ['加强', '整改', '落实', '问题', '不到位', '招投标', '监管'], 'business'),
        oneProblem('c', '丙局', ['整改', '落实', '不到位', '问题', '党费', '收缴']),
      ],
      categories,
      { threshold: 0.5 },
    );
    expect(table.rows).toEqual([]);
  });

  it('never groups problems of one agency alone', () => {
    const table = recurringProblems(
      [
        oneProblem('a1', '甲局', ['因私出国', '证照', '管理']),
        oneProblem('a2', '甲局', ['因私出国', '证照', '管理']),
      ],
      categories,
      { threshold: 0.5 },
    );
    expect(table.rows).toEqual([]);
  });

  it('rejects a threshold outside (0, 1]', () => {
    expect(() => recurringProblems([], categories, { threshold: 0 })).toThrow(/threshold/);
    expect(() => recurringProblems([], categories, { threshold: 1.5 })).toThrow(/threshold/);
  });

  it('recovers the gold pairs of recurring.json on the seeds with recall and precision of at least 0.7', () => {
    const tokenizer = createTokenizer();
    const notices = goldProcessedNotices(readGold(), (text) => tokenizer.cut(text));
    const table = recurringProblems(notices, categories);
    const idColumn = table.columns.indexOf('problem_ids');
    const found = crossNoticePairs(table.rows.map((row) => String(row[idColumn]).split('; ')));
    const gold = crossNoticePairs(readRecurringGold().groups.map((group) => group.problem_ids));
    const hits = [...found].filter((pair) => gold.has(pair)).length;
    expect(gold.size).toBe(41);
    expect(hits / gold.size).toBeGreaterThanOrEqual(0.7);
    expect(hits / found.size).toBeGreaterThanOrEqual(0.7);
  });

  it('gives the same table for the same notices (stable order and group ids)', () => {
    const tokenizer = createTokenizer();
    const notices = goldProcessedNotices(readGold(), (text) => tokenizer.cut(text));
    expect(recurringProblems([...notices].reverse(), categories).rows.length).toBe(recurringProblems(notices, categories).rows.length);
    expect(recurringProblems(notices, categories)).toEqual(recurringProblems(notices, categories));
  });
});

describe('findRecurringGroups(index, options)', () => {
  it('compares far fewer than n²/2 pairs on 20,000 problems', () => {
    // A corpus with the genre's shape: common topic words shared by thousands of problems,
    // rarer words shared by a few, and the boilerplate everyone uses.
    const topics = ['意识形态', '理论学习', '固定资产', '网络安全', '组织生活会', '选人用人', '八项规定', '政务服务', '数据共享', '党费'];
    const aspects = Array.from({ length: 400 }, (_, index) => `方面${String.fromCharCode(0x4e00 + index * 7)}${String.fromCharCode(0x4e00 + index * 13 + 5)}`);
    const notices = Array.from({ length: 1000 }, (_, noticeIndex) => {
      const problems: BuiltProblem[] = Array.from({ length: 20 }, (_, problemIndex) => {
        const seed = noticeIndex * 20 + problemIndex;
        return {
          path: `二.${problemIndex + 1}`,
          primary: categories[seed % categories.length].key,
          titleTokens: [topics[(seed * 7) % topics.length], aspects[(seed * 31) % aspects.length], aspects[(seed * 17 + 3) % aspects.length], '落实', '不到位'],
        };
      });
      return builtNotice(`n${noticeIndex}`, `机构${noticeIndex}`, problems);
    });
    const index = createFindingIndex();
    for (const notice of notices) index.add(noticeFindings(notice));
    const { stats, groups } = findRecurringGroups(index, { threshold: 0.5 });
    const allPairs = (stats.problems * (stats.problems - 1)) / 2;
    expect(stats.problems).toBe(20_000);
    expect(stats.candidatePairs).toBeGreaterThan(0);
    expect(stats.candidatePairs).toBeLessThan(allPairs / 100);
    expect(groups.length).toBeGreaterThan(0);
  });
});

describe('createFindingIndex()', () => {
  it('keeps problems with the same title and terms as one finding, compared once and listed with all its problems', () => {
    const same = ['因私出国', '证照', '管理', '不规范'];
    const notices = [
      oneProblem('a1', '甲局', same),
      oneProblem('a2', '甲局', same),
      oneProblem('b', '乙局', same),
      oneProblem('c', '丙局', ['党费', '收缴', '不规范']),
    ];
    const index = createFindingIndex();
    for (const notice of notices) index.add(noticeFindings(notice));
    const { stats, groups } = findRecurringGroups(index, { threshold: 0.5 });
    expect(stats).toMatchObject({ problems: 4, findings: 2, candidatePairs: 0 });
    expect(groups.map((group) => group.leaves)).toEqual([[0, 1, 2]]);
    const table = recurringProblems(notices, categories);
    expect(table.rows.map((row) => row.slice(3, 8))).toEqual([[2, 3, 3, '甲局; 乙局', 'a1#二.1; a2#二.1; b#二.1']]);
  });

  it('keeps two findings apart when their titles match but their terms do not', () => {
    const index = createFindingIndex();
    const notice = oneProblem('a', '甲局', ['财务', '报销']);
    const retokenized = { ...notice, tokens: [{ titleTokens: ['财务报销'], bodyTokens: [] }] };
    index.add(noticeFindings(notice));
    index.add(noticeFindings(retokenized));
    expect(index.findings.start.length).toBe(2);
    expect(index.leaves.finding.values()).toEqual(new Int32Array([0, 1]));
  });
});
