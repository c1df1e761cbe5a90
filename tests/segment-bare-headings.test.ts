import { describe, expect, it } from 'vitest';
import { rectificationMarkerEnd, unwrapTitle } from '../pipeline/segment/titles';
import { pathsTitlesAndMeasures } from './helpers/notice-lines';

const opening = ['中共某县财政局党组关于巡察整改情况的通报', '根据县委统一部署，县委第一巡察组对县财政局党组开展了巡察。现将整改情况公布如下。', '一、整改工作开展情况', '局党组召开专题会议研究部署整改工作。', '二、反馈问题整改情况'];
const closing = ['三、下一步工作打算', '继续巩固整改成果。', '中共某县财政局党组', '2024年5月6日'];

describe('headings that name their finding without 关于/针对', () => {
  it('segmentNotice(notice) reads a bare X问题整改情况 line as one problem whose numbered lines below are its measures, even where they mention a shortcoming', () => {
    expect(
      pathsTitlesAndMeasures([
        ...opening,
        '（一）落实党的路线方针政策方面',
        '1.预算绩效管理不到位问题整改情况',
        '（1）对未开展绩效评价的项目全面排查。',
        '（2）修订预算绩效管理办法，解决评价结果运用不足问题。',
        '2.政府采购监管不严问题整改情况',
        '（1）对未按规定公开的采购信息补充公开。',
        '（2）建立采购代理机构考核机制。',
        '（3）公开采购信息。',
        ...closing,
      ]),
    ).toEqual([
      ['二.(一).1', '预算绩效管理不到位', 2],
      ['二.(一).2', '政府采购监管不严', 3],
    ]);
  });

  it('segmentNotice(notice) ends a bare X的整改措施: heading at its colon when X closes with a shortcoming', () => {
    expect(
      pathsTitlesAndMeasures([
        ...opening,
        '1.廉政风险防控薄弱的整改措施：',
        '一是排查廉政风险点；二是完善防控措施。',
        '2.干部日常监督缺失的整改措施：一是建立谈心谈话制度；二是开展警示教育；三是约谈提醒。',
        ...closing,
      ]),
    ).toEqual([
      ['二.1', '廉政风险防控薄弱', 2],
      ['二.2', '干部日常监督缺失', 3],
    ]);
  });

  it('rectificationMarkerEnd(words) takes X的整改措施: only where X closes with a shortcoming, not 缺乏有效的整改措施:', () => {
    expect(rectificationMarkerEnd('干部日常监督缺失的整改措施：一是…'.replace('：', ':'))).toBe('干部日常监督缺失的整改措施:'.length);
    expect(rectificationMarkerEnd('上轮巡察反馈问题缺乏有效的整改措施:一是…')).toBe(-1);
    expect(rectificationMarkerEnd('未制定具体的整改措施:一是…')).toBe(-1);
  });

  it('unwrapTitle(words) peels X问题整改情况/措施 where no cue knows X’s shortcoming, but not where X speaks of findings in general', () => {
    expect(unwrapTitle('党组会议记录不完整问题整改情况')).toBe('党组会议记录不完整');
    expect(unwrapTitle('固定资产账实不符问题整改措施')).toBe('固定资产账实不符');
    expect(unwrapTitle('上轮巡察反馈问题整改情况')).toBe('上轮巡察反馈问题');
    expect(unwrapTitle('未能完成整改的问题整改情况')).toBe('未能完成整改的问题');
  });

  it('unwrapTitle(words) peels X的整改措施 where X closes with a shortcoming and keeps 缺乏有效的整改措施 whole', () => {
    expect(unwrapTitle('廉政风险防控薄弱的整改措施')).toBe('廉政风险防控薄弱');
    expect(unwrapTitle('干部选任程序不严格的整改举措')).toBe('干部选任程序不严格');
    expect(unwrapTitle('缺乏有效的整改措施')).toBe('缺乏有效的整改措施');
    expect(unwrapTitle('未制定具体的整改措施')).toBe('未制定具体的整改措施');
  });
});
