import { describe, expect, it } from 'vitest';
import { segmentNotice } from '../pipeline/segment';
import { declaredProblemCount } from '../pipeline/segment/declared-problems';
import { noticeOfLines } from './helpers/notice-lines';

const introduction = '根据市委统一部署，市委第二巡察组对我乡开展了常规巡察，指出了2个方面3个问题。现将整改进展情况予以公布。';
const problems = [
  '一、巡察整改工作开展情况',
  '乡党委立即召开巡察整改专题会议。',
  '二、具体问题整改情况',
  '1.信访矛盾化解不力。',
  '整改情况：一是建立信访积案台账；二是落实领导包案制度。',
  '2.村级财务管理不规范。',
  '整改情况：一是开展村级财务专项清理。',
];

describe('declaredProblemCount', () => {
  it('declaredProblemCount(introduction) reads the count the notice declares first, after 方面 or around 问题', () => {
    expect(declaredProblemCount('反馈问题3个方面7个。')).toBe(7);
    expect(declaredProblemCount('指出了4个方面32个问题。')).toBe(32);
    expect(declaredProblemCount('巡察反馈25个问题，已完成整改19个、正在整改6个。')).toBe(25);
    expect(declaredProblemCount('共反馈问题十二个。')).toBe(12);
    expect(declaredProblemCount('召开专题会议5次，修订制度12项。')).toBeNull();
  });
});

describe('segmentNotice on a notice that stops after a full sentence', () => {
  it('segmentNotice(notice cut at a 。 inside its last problem, fewer problems listed than declared) flags that problem as truncated', () => {
    const { segmentation, diagnostics } = segmentNotice(noticeOfLines([introduction, ...problems]));
    expect(segmentation.problems.map((problem) => [problem.path, problem.truncated])).toEqual([
      ['二.1', false],
      ['二.2', true],
    ]);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message])).toEqual([['SEGMENT_TRUNCATED', 'the text stops inside problem 二.2']]);
  });

  it('segmentNotice(notice) flags nothing when closing lines follow its last problem, though fewer problems are listed than declared', () => {
    const { diagnostics } = segmentNotice(noticeOfLines([introduction, ...problems, '中共某乡委员会', '2024年12月20日']));
    expect(diagnostics).toEqual([]);
  });

  it('segmentNotice(notice) flags nothing when it ends after a full sentence with every declared problem listed', () => {
    const complete = [...problems, '3.干部作风不够扎实。', '整改情况：一是开展作风建设专项整治。'];
    expect(segmentNotice(noticeOfLines([introduction, ...complete])).diagnostics).toEqual([]);
    expect(segmentNotice(noticeOfLines([introduction.replace('指出了2个方面3个问题。', ''), ...problems])).diagnostics).toEqual([]);
  });
});
