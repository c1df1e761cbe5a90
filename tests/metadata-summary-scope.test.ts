import { describe, expect, it } from 'vitest';
import { findDeclaredCounts } from '../pipeline/metadata/declared-counts';
import { noticeWidePassages } from '../pipeline/metadata/summary-scope';

describe('noticeWidePassages and findDeclaredCounts', () => {
  const lines = [
    '根据市委统一部署,市委巡察组反馈问题3个方面8个。',
    '一、整改工作组织情况',
    '局党组成立整改工作领导小组。',
    '二、具体整改情况',
    '(一)政策落实不够精准。',
    '整改落实情况:一是建立台账;二是修订制度4项。',
    '三、整改工作主要做法',
    '(一)提高政治站位。一是召开会议;二是成立领导小组。',
    '(二)坚持标本兼治。一是立行立改;二是建立健全制度11项。',
  ];

  it('noticeWidePassages(lines) keeps a section on how the work was done whole, also after the problems', () => {
    const passages = noticeWidePassages(lines);
    expect(passages).toContain('(二)坚持标本兼治。一是立行立改;二是建立健全制度11项。');
    expect(passages).not.toContain('整改落实情况:一是建立台账;二是修订制度4项。');
  });

  it('findDeclaredCounts(lines) reads rules made from that section, not from a problem', () => {
    expect(findDeclaredCounts(lines).rulesMade).toBe(11);
  });

  it('findDeclaredCounts(lines) reads M in N个问题、M个具体问题 as sub-problems', () => {
    const counts = findDeclaredCounts(['县委巡察组反馈的3个问题、7个具体问题,局党组逐项细化为整改措施24条。']);
    expect([counts.problems, counts.subProblems, counts.measures]).toEqual([3, 7, 24]);
  });

  it('findDeclaredCounts(lines) reads problems counted in 项 or 条 (3个方面7项问题, 反馈问题15条) and money returned from bonuses', () => {
    const counts = findDeclaredCounts(['医院党委对巡察组反馈的3个方面7项问题逐项研究,制定整改措施41条。收回违规发放绩效奖金3.46万元。']);
    expect([counts.areas, counts.problems, counts.measures, counts.moneyReturnedYuan]).toEqual([3, 7, 41, 34600]);
    expect(findDeclaredCounts(['巡察组共反馈问题15条,已全部整改。']).problems).toBe(15);
    expect(findDeclaredCounts(['反馈的4项问题、11项具体问题均已整改。']).subProblems).toBe(11);
  });

  it('findDeclaredCounts(lines) reads 已完成整改措施20条 as measures completed and 追回违规支付的工程款 as money returned', () => {
    const counts = findDeclaredCounts(['集团党委制定整改措施22条,截至6月底,已完成整改措施20条,完成率90.9%。追回违规支付的工程款47.8万元。']);
    expect([counts.measures, counts.measuresCompleted, counts.moneyReturnedYuan]).toEqual([22, 20, 478000]);
  });
});
