import { describe, expect, it } from 'vitest';
import { segmentNotice } from '../pipeline/segment';
import { noticeOfLines } from './helpers/notice-lines';

/** The areas `segmentNotice` finds in the lines, and each problem's path, title, area and parent. */
function areasAndProblems(lines: readonly string[]): { areas: [string, string][]; problems: [string, string, string | null, string | null][] } {
  const { segmentation } = segmentNotice(noticeOfLines(lines));
  return {
    areas: segmentation.areas.map((area) => [area.path, area.title]),
    problems: segmentation.problems.map((problem) => [problem.path, problem.title, problem.area, problem.parent]),
  };
}

describe('a heading labelled as a problem over numbered findings, through segmentNotice', () => {
  it('segmentNotice(notice) reads (一)反馈问题:X as the parent problem X of the findings 1. 2. below it, not as an area', () => {
    expect(
      areasAndProblems([
        '一、组织整改落实情况',
        '成立整改工作领导小组，多次召开专题会议研究部署。',
        '二、巡察反馈问题整改进展情况',
        '（一）反馈问题：上轮巡察发现的问题整改不够到位',
        '1.政治意识不够强',
        '整改状态：完成',
        '整改情况：一是修订学习制度；二是加强指导。',
        '2.担当意识不够强',
        '整改状态：阶段性完成',
        '整改情况：一是完善监管制度。',
        '（二）反馈问题：财务管理不规范',
        '1.公务接待审批不严',
        '整改情况：一是修订接待办法；二是开展专项检查。',
        '2.差旅费报销不及时',
        '整改情况：一是建立报销台账。',
      ]),
    ).toEqual({
      areas: [],
      problems: [
        ['二.(一)', '上轮巡察发现的问题整改不够到位', null, null],
        ['二.(一).1', '政治意识不够强', null, '二.(一)'],
        ['二.(一).2', '担当意识不够强', null, '二.(一)'],
        ['二.(二)', '财务管理不规范', null, null],
        ['二.(二).1', '公务接待审批不严', null, '二.(二)'],
        ['二.(二).2', '差旅费报销不及时', null, '二.(二)'],
      ],
    });
  });

  it('segmentNotice(notice) still reads an unlabelled (一) heading without a full stop over such findings as an area', () => {
    expect(
      areasAndProblems([
        '一、巡察反馈问题整改进展情况',
        '（一）党的政治建设',
        '1.政治意识不够强',
        '整改情况：一是修订学习制度；二是加强指导。',
        '2.担当意识不够强',
        '整改情况：一是完善监管制度。',
      ]).areas,
    ).toEqual([['一.(一)', '党的政治建设']]);
  });
});

describe('a top-level heading worded as a shortcoming over findings, through segmentNotice', () => {
  it('segmentNotice(notice) makes 一、…有差距 an area when its findings carry their own rectification text, with no section before it', () => {
    expect(
      areasAndProblems([
        '根据巡察工作统一部署，现将巡察反馈意见整改情况予以通报。',
        '一、贯彻落实党中央决策部署和省委工作要求有差距',
        '1.落实“第一议题”不到位。',
        '整改情况：严格落实“第一议题”制度。',
        '2.落实防止干预司法“三个规定”不够到位。',
        '整改情况：一是强化警示宣传。二是专人提醒督导。',
        '二、落实全面从严治党主体责任不够有力',
        '1.廉政风险防控薄弱。',
        '整改情况：一是排查廉政风险点；二是完善防控措施。',
      ]),
    ).toEqual({
      areas: [
        ['一', '贯彻落实党中央决策部署和省委工作要求有差距'],
        ['二', '落实全面从严治党主体责任不够有力'],
      ],
      problems: [
        ['一.1', '落实“第一议题”不到位', '一', null],
        ['一.2', '落实防止干预司法“三个规定”不够到位', '一', null],
        ['二.1', '廉政风险防控薄弱', '二', null],
      ],
    });
  });

  it('segmentNotice(notice) keeps a reporting section heading (一、巡察反馈问题整改落实情况) over the same findings no area', () => {
    const { areas, problems } = areasAndProblems([
      '一、巡察反馈问题整改落实情况',
      '1.落实“第一议题”不到位。',
      '整改情况：严格落实“第一议题”制度。',
      '2.落实防止干预司法“三个规定”不够到位。',
      '整改情况：一是强化警示宣传。二是专人提醒督导。',
    ]);
    expect(areas).toEqual([]);
    expect(problems.map(([problemPath, , area]) => [problemPath, area])).toEqual([
      ['一.1', null],
      ['一.2', null],
    ]);
  });
});
