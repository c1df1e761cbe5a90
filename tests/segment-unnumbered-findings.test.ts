import { describe, expect, it } from 'vitest';
import { segmentNotice } from '../pipeline/segment';
import { enumerateMeasures } from '../pipeline/segment/measures';
import { findingParagraphOpeningEnd, serialNumberOfLine } from '../pipeline/segment/unnumbered-findings';
import { noticeOfLines, pathsTitlesAndMeasures } from './helpers/notice-lines';

describe('findingParagraphOpeningEnd', () => {
  it('findingParagraphOpeningEnd(words) ends just past the comma of 针对“X”的问题, and of 关于“X”的问题,', () => {
    expect(findingParagraphOpeningEnd('针对“财务管理不规范”的问题,一是开展审计。')).toBe('针对“财务管理不规范”的问题,'.length);
    expect(findingParagraphOpeningEnd('关于“项目推进缓慢”的问题,已完成整改。')).toBe('关于“项目推进缓慢”的问题,'.length);
  });

  it('findingParagraphOpeningEnd(words) takes an unquoted finding only where it names a shortcoming', () => {
    expect(findingParagraphOpeningEnd('针对村级财务管理不规范的问题,一是开展审计。')).toBe('针对村级财务管理不规范的问题,'.length);
    expect(findingParagraphOpeningEnd('针对巡察反馈的问题,镇党委高度重视。')).toBe(-1);
    expect(findingParagraphOpeningEnd('针对该问题,一是开展审计。')).toBe(-1);
  });
});

describe('serialNumberOfLine', () => {
  it('serialNumberOfLine(line) reads the row number of a line that is nothing but 序号:N', () => {
    expect(serialNumberOfLine('序号:12')).toBe(12);
    expect(serialNumberOfLine('【序号】3')).toBe(3);
    expect(serialNumberOfLine('序号:1 反馈问题:财务管理不规范')).toBeNull();
  });
});

describe('enumerateMeasures after a short subject', () => {
  it('enumerateMeasures(body) counts a 一是 that follows a short subject when a 二是 follows it', () => {
    const body = '镇党委一是制定学习计划;二是开展专题研讨;三是纳入考核。';
    expect(enumerateMeasures(body, body).map((measure) => measure.text)).toEqual(['一是制定学习计划;', '二是开展专题研讨;', '三是纳入考核。']);
  });

  it('enumerateMeasures(body) reads no 一是 inside a word (统一是) where no 二是 follows', () => {
    const body = '标准统一是关键。加强管理。';
    expect(enumerateMeasures(body, body)).toEqual([]);
  });
});

describe('unnumbered finding paragraphs and 序号 rows, through segmentNotice', () => {
  it('segmentNotice(notice) makes each 针对“X”的问题, paragraph one problem of its area, numbered in reading order', () => {
    const { segmentation } = segmentNotice(
      noticeOfLines([
        '一、整改工作组织情况',
        '党委召开专题会议研究整改。',
        '二、巡察反馈问题整改落实情况',
        '（一）党的建设方面',
        '针对“组织生活不规范”的问题，一是规范组织生活记录；二是开展专项检查。',
        '针对“党员教育管理不够严格”的问题，党委一是制定培训计划；二是落实积分制管理；三是开展督查。',
        '（二）业务工作方面',
        '针对项目管理存在漏洞的问题，一是修订项目管理办法；二是开展专项审计。',
        '针对“档案管理不规范”的问题，一是开展档案清理；二是明确专人管理。',
      ]),
    );
    expect(segmentation.areas.map((area) => [area.path, area.title])).toEqual([
      ['二.(一)', '党的建设方面'],
      ['二.(二)', '业务工作方面'],
    ]);
    expect(segmentation.problems.map((problem) => [problem.path, problem.title, problem.area, problem.measures.length])).toEqual([
      ['二.(一).问题1', '组织生活不规范', '二.(一)', 2],
      ['二.(一).问题2', '党员教育管理不够严格', '二.(一)', 3],
      ['二.(二).问题1', '项目管理存在漏洞', '二.(二)', 2],
      ['二.(二).问题2', '档案管理不规范', '二.(二)', 2],
    ]);
  });

  it('segmentNotice(notice) numbers the 反馈问题: rows of a list pasted as lines by their 序号', () => {
    expect(
      pathsTitlesAndMeasures([
        '一、整改工作开展情况',
        '建立问题、任务、责任三张清单。',
        '二、巡察反馈问题整改清单',
        '序号：1',
        '反馈问题：支部组织生活记录不全。',
        '整改措施：1.开展专项检查；2.建立纪实台账。',
        '完成情况：已完成',
        '序号：2',
        '反馈问题：网格员考核机制不健全。',
        '整改措施：1.修订管理办法；2.实行季度考核；3.开展业务培训。',
        '完成情况：持续推进',
      ]),
    ).toEqual([
      ['二.1', '支部组织生活记录不全', 2],
      ['二.2', '网格员考核机制不健全', 3],
    ]);
  });
});

describe('findings listed in one part, their measures in another, through segmentNotice', () => {
  it('segmentNotice(notice) gives each finding the measures of the 针对第N个问题: item of its number, and drops the items', () => {
    expect(
      pathsTitlesAndMeasures([
        '根据县委统一部署，县委巡察组对局党组进行了巡察，现将整改情况予以公布。',
        '一、巡察反馈的主要问题',
        '1.理论学习不够深入，中心组学习流于形式。',
        '2.财务管理不规范。',
        '二、整改落实情况',
        '1.针对第1个问题：一是制定学习计划。二是开展专题研讨。三是纳入考核。',
        '2.针对第二个问题：一是修订财务制度。二是开展专项审计。',
        '三、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    ).toEqual([
      ['一.1', '理论学习不够深入，中心组学习流于形式', 3],
      ['一.2', '财务管理不规范', 2],
    ]);
  });
});
