import { describe, expect, it } from 'vitest';
import { statusFromHeading } from '../pipeline/segment/status';
import { cutHeading, dropSharedTrailingProblemWord, headingWords, rectificationMarkerEnd, unwrapTitle } from '../pipeline/segment/titles';

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

describe('cutHeading at a rectification marker on the heading line', () => {
  it('cutHeading(line) ends a 关于X问题的整改情况: heading at its colon, before the measures on the same line', () => {
    const line = '1.关于意识形态工作责任制落实不到位问题的整改情况：一是修订责任清单；二是每季度专题研究。';
    const normalized = line.replace('：', ':').replace('；', ';');
    expect(cutHeading(line, normalized, 0, 2)).toEqual({ titleRaw: '1.关于意识形态工作责任制落实不到位问题的整改情况：', end: 26 });
  });

  it('cutHeading(line) ends 针对“X”的问题,整改如下: and 关于X问题,已完成整改: headings at their colon', () => {
    const instead = '2.针对“公务用车管理不严”的问题,整改如下:一是建立派车登记。';
    expect(cutHeading(instead, instead, 0, 2).titleRaw).toBe('2.针对“公务用车管理不严”的问题,整改如下:');
    const done = '3.关于档案管理不规范问题,已完成整改:一是补齐档案。';
    expect(cutHeading(done, done, 0, 2).titleRaw).toBe('3.关于档案管理不规范问题,已完成整改:');
  });

  it('cutHeading(line) still cuts at the first 。 when it comes before the marker (关于X的问题。整改措施:一是…)', () => {
    const line = '2.关于“三重一大”决策制度执行不严格的问题。整改措施:一是修订议事规则。';
    expect(cutHeading(line, line, 0, 2).titleRaw).toBe('2.关于“三重一大”决策制度执行不严格的问题。');
  });

  it('cutHeading(line) leaves a finding that names 整改情况 mid-sentence to its first 。', () => {
    const line = '3.关于对上轮巡察问题整改情况跟踪不够的问题。整改情况:一是开展回头看。';
    expect(cutHeading(line, line, 0, 2).titleRaw).toBe('3.关于对上轮巡察问题整改情况跟踪不够的问题。');
  });
});

describe('rectificationMarkerEnd', () => {
  it('rectificationMarkerEnd(words) gives the offset past the colon of 整改情况:, 整改措施: and 整改落实情况:', () => {
    expect(rectificationMarkerEnd('关于财务管理不规范问题的整改情况:一是…')).toBe(17);
    expect(rectificationMarkerEnd('关于财务管理不规范的问题整改措施:一是…')).toBe(17);
    expect(rectificationMarkerEnd('关于“财务管理”问题的整改落实情况 :一是…')).toBe(19);
  });

  it('rectificationMarkerEnd(words) is -1 for findings in general, a marker without colon, and a full stop before the marker', () => {
    expect(rectificationMarkerEnd('关于巡察反馈问题的整改情况:')).toBe(-1);
    expect(rectificationMarkerEnd('关于财务管理不规范问题的整改情况')).toBe(-1);
    expect(rectificationMarkerEnd('关于财务管理不规范的问题。整改情况:一是…')).toBe(-1);
  });

  it('rectificationMarkerEnd(words) ends a heading without 关于/针对 at its marker only when the words name a shortcoming of their own', () => {
    expect(rectificationMarkerEnd('财务管理不规范问题的整改情况:一是…')).toBe(15);
    expect(rectificationMarkerEnd('干部队伍建设不够有力问题整改情况:一是…')).toBe(17);
    expect(rectificationMarkerEnd('意识形态工作责任制落实不到位的整改情况:一是…')).toBe(20);
    expect(rectificationMarkerEnd('上轮巡察反馈问题整改不到位问题整改情况:一是…')).toBe(20);
    expect(rectificationMarkerEnd('巡察反馈问题整改情况:一是…')).toBe(-1);
    expect(rectificationMarkerEnd('上轮巡察发现问题的整改情况:')).toBe(-1);
    expect(rectificationMarkerEnd('未能完成整改问题的整改情况:')).toBe(-1);
    expect(rectificationMarkerEnd('巡察整改工作推进情况:')).toBe(-1);
    expect(rectificationMarkerEnd('上轮巡察反馈问题缺乏有效的整改措施:')).toBe(-1);
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

  it('unwrapTitle(words) peels 整改措施, 整改如下 and 已完成整改 markers with the 关于/针对 … 问题 around the finding', () => {
    expect(unwrapTitle('关于工程建设领域廉政风险防控薄弱问题的整改措施')).toBe('工程建设领域廉政风险防控薄弱');
    expect(unwrapTitle('针对“党组主体责任压得不实”的问题，整改如下')).toBe('党组主体责任压得不实');
    expect(unwrapTitle('关于公务用车管理不规范问题，已完成整改')).toBe('公务用车管理不规范');
    expect(unwrapTitle('关于“档案管理不规范”的整改措施')).toBe('档案管理不规范');
  });

  it('unwrapTitle(words) peels X问题整改情况 without 关于 only where X names a shortcoming of its own', () => {
    expect(unwrapTitle('干部队伍建设不够有力问题整改情况')).toBe('干部队伍建设不够有力');
    expect(unwrapTitle('村级财务管理不规范的问题整改措施')).toBe('村级财务管理不规范');
    expect(unwrapTitle('上轮巡察反馈问题整改不力问题整改情况')).toBe('上轮巡察反馈问题整改不力');
    expect(unwrapTitle('上轮巡察反馈问题整改情况')).toBe('上轮巡察反馈问题');
  });

  it('unwrapTitle(words) keeps 整改措施 where it belongs to the finding (缺乏有效的整改措施)', () => {
    expect(unwrapTitle('上轮巡察反馈问题缺乏有效的整改措施')).toBe('上轮巡察反馈问题缺乏有效的整改措施');
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
