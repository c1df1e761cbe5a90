import { describe, expect, it } from 'vitest';
import { statusFromHeading } from '../pipeline/segment/status';
import { cutHeading, dropSharedTrailingProblemWord, headingWords, unwrapTitle } from '../pipeline/segment/titles';

describe('cutHeading', () => {
  it('cutHeading(line) cuts at the first 。 and keeps the number', () => {
    const line = '2.推进大数据管理工作有短板。2019年以来,成效不明显。';
    expect(cutHeading(line, line, 0).titleRaw).toBe('2.推进大数据管理工作有短板。');
  });

  it('cutHeading(line) runs to the line end without a 。, and skips a 。 inside quotes', () => {
    expect(cutHeading('  8.政务公开工作有短板 ', '  8.政务公开工作有短板 ', 2)).toEqual({ titleRaw: '8.政务公开工作有短板', end: 13 });
    const quoted = '1.落实“严起来。实起来”要求不到位。整改情况:';
    expect(cutHeading(quoted, quoted, 0).titleRaw).toBe('1.落实“严起来。实起来”要求不到位。');
  });

  it('cutHeading(line) ends at a 。 inside a quote that holds the whole finding (关于“X。Y”的整改)', () => {
    const line = '(1)关于“学习流于形式。2022年仅集中学习6次”的整改';
    expect(cutHeading(line, line, 0, 3).titleRaw).toBe('(1)关于“学习流于形式。');
    const inner = '1.关于落实“严起来。实起来”要求不到位的问题。';
    expect(cutHeading(inner, inner, 0, 2).titleRaw).toBe(inner);
  });
});

describe('unwrapTitle', () => {
  it('unwrapTitle(words) peels 针对“X”的问题 and X的整改落实情况', () => {
    expect(unwrapTitle('针对“‘一岗双责’执行不到位”的问题')).toBe('‘一岗双责’执行不到位');
    expect(unwrapTitle('对大数据发展统筹谋划不足的整改落实情况')).toBe('对大数据发展统筹谋划不足');
    expect(unwrapTitle('针对“合同管理不严谨”问题的整改情况')).toBe('合同管理不严谨');
    expect(unwrapTitle('关于落实主体责任不到位问题的整改情况')).toBe('落实主体责任不到位');
    expect(unwrapTitle('关于干部队伍结构不合理的问题整改情况')).toBe('干部队伍结构不合理');
  });

  it('unwrapTitle(words) peels 关于“X”问题的整改 without 情况, and the 关于“ of a quoted finding cut at its first sentence', () => {
    expect(unwrapTitle('关于“推进医共体建设成效不明显”问题的整改')).toBe('推进医共体建设成效不明显');
    expect(unwrapTitle('关于“部分支部‘三会一课’记录不完整”的整改')).toBe('部分支部‘三会一课’记录不完整');
    expect(unwrapTitle('关于“理论学习中心组学习流于形式')).toBe('理论学习中心组学习流于形式');
    expect(unwrapTitle('上轮巡察反馈问题未整改')).toBe('上轮巡察反馈问题未整改');
  });

  it('unwrapTitle(words) peels a 反馈问题: label as it peels 【反馈问题】', () => {
    expect(unwrapTitle('反馈问题：服务全市重大项目建设主动性不强')).toBe('服务全市重大项目建设主动性不强');
    expect(unwrapTitle('存在问题:国有资产管理存在漏洞')).toBe('国有资产管理存在漏洞');
    expect(unwrapTitle('反馈问题整改不到位')).toBe('反馈问题整改不到位');
  });

  it('unwrapTitle(words) leaves a finding without a wrapper as it is', () => {
    expect(unwrapTitle('违反中央八项规定精神问题依然存在')).toBe('违反中央八项规定精神问题依然存在');
    expect(unwrapTitle('关于巡察反馈问题整改情况')).toBe('关于巡察反馈问题');
  });
});

describe('dropSharedTrailingProblemWord', () => {
  it('dropSharedTrailingProblemWord(titles) drops the final 问题 only when every title ends with it', () => {
    expect(dropSharedTrailingProblemWord(['财务内控薄弱问题', '审计监督反馈问题整改不力问题'])).toEqual(['财务内控薄弱', '审计监督反馈问题整改不力']);
    expect(dropSharedTrailingProblemWord(['执行制度不到位', '存在混编混岗问题'])).toEqual(['执行制度不到位', '存在混编混岗问题']);
    expect(dropSharedTrailingProblemWord(['存在混编混岗问题'])).toEqual(['存在混编混岗问题']);
  });
});

describe('headingWords', () => {
  it('headingWords(titleRaw, number) drops the number and trailing punctuation', () => {
    expect(headingWords('(一)关于贯彻落实全面从严治党战略部署方面:', '(一)')).toBe('关于贯彻落实全面从严治党战略部署方面');
  });
});

describe('statusFromHeading', () => {
  it('statusFromHeading(heading) reads completed and long-term sections, else null', () => {
    expect(statusFromHeading('已完成整改任务、措施及进展情况')).toBe('completed');
    expect(statusFromHeading('长期整改任务、采取的重要措施及取得的阶段性成效')).toBe('long_term');
    expect(statusFromHeading('具体问题整改情况')).toBeNull();
    expect(statusFromHeading('巡察整改取得的阶段性成效')).toBeNull();
  });
});
