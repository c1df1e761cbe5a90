import { describe, expect, it } from 'vitest';
import { segmentNotice } from '../pipeline/segment';
import { noticeOfLines } from './helpers/notice-lines';

describe('problemSections through segmentNotice', () => {
  it('segmentNotice(notice) reads no problems from a section of working methods that enumerates 一是… after the problems', () => {
    const { segmentation } = segmentNotice(
      noticeOfLines([
        '一、具体整改情况',
        '(一)政策落实不够精准。',
        '整改落实情况:一是建立台账;二是开展专项行动。',
        '(二)基金监管存在风险隐患。',
        '整改落实情况:一是专项整治;二是定期评估;三是信息共享。',
        '二、整改工作推进情况',
        '(一)提高政治站位,强化整改担当。一是召开会议专题研究;二是成立领导小组。',
        '(二)健全工作机制,压实整改责任。一是建立清单;二是定期调度。',
      ]),
    );
    expect(segmentation.problems.map((problem) => [problem.path, problem.measures.length])).toEqual([
      ['一.(一)', 2],
      ['一.(二)', 3],
    ]);
  });

  it('segmentNotice(notice) reads no problem from subsections on how the rectification was done beside a list of findings, nor an area from the one that lists them', () => {
    const { segmentation } = segmentNotice(
      noticeOfLines([
        '一、整改工作开展情况',
        '(一)党委落实整改情况。一是召开整改推进会;二是细化分解整改任务。',
        '(二)主要负责人组织落实整改情况。一是亲自定方案;二是每周督办。',
        '(三)整改事项完成情况',
        '1.村级党组织建设不到位。',
        '整改情况:一是制定提升方案;二是规范服务中心。',
        '2.集体资产监管存在漏洞。',
        '整改情况:一是清产核资;二是规范租赁合同;三是建立监管平台。',
      ]),
    );
    expect(segmentation.areas).toEqual([]);
    expect(segmentation.problems.map((problem) => [problem.path, problem.area, problem.measures.length])).toEqual([
      ['一.(三).1', null, 2],
      ['一.(三).2', null, 3],
    ]);
  });

  it('segmentNotice(notice) keeps an area whose field is named with 落实 and a problem beside a subsection on the work', () => {
    const { segmentation } = segmentNotice(
      noticeOfLines([
        '一、巡察反馈问题整改情况',
        '(一)落实新时代党的组织路线',
        '1.基层党组织建设薄弱。',
        '整改情况:一是开展评星定级;二是整顿软弱涣散党组织。',
        '2.干部教育管理不严。',
        '整改情况:一是开展集中培训。',
        '(二)推进整改工作情况。一是成立领导小组;二是建立台账。',
        '(三)财务制度执行不严格。',
        '整改情况:一是修订财务制度;二是开展专项检查。',
      ]),
    );
    expect(segmentation.areas.map((area) => [area.path, area.title])).toEqual([['一.(一)', '落实新时代党的组织路线']]);
    expect(segmentation.problems.map((problem) => [problem.path, problem.area])).toEqual([
      ['一.(一).1', '一.(一)'],
      ['一.(一).2', '一.(一)'],
      ['一.(三)', null],
    ]);
  });

  it('segmentNotice(notice) keeps headings on the rectification as problems where no finding stands beside them', () => {
    const { segmentation } = segmentNotice(
      noticeOfLines([
        '一、巡察反馈问题整改情况',
        '(一)整改事项一落实情况。整改情况:一是建立制度;二是开展检查。',
        '(二)整改事项二落实情况。整改情况:一是集中培训。',
      ]),
    );
    expect(segmentation.problems.map((problem) => problem.path)).toEqual(['一.(一)', '一.(二)']);
  });
});

describe('a finding whose measures are listed below it as numbered lines, through segmentNotice', () => {
  const finding = (heading: string, measures: readonly string[]) => [heading, ...measures];

  it('segmentNotice(notice) reads a heading without a full stop that names a shortcoming as a problem whose one-line 1. 2. 3. items are its measures, even where a measure says what problem it solves', () => {
    const { segmentation } = segmentNotice(
      noticeOfLines([
        '一、整改工作开展情况',
        '局党组成立整改工作领导小组，逐条制定整改措施。',
        '二、巡察反馈问题整改落实情况',
        ...finding('(一)理论学习不够深入', ['1.制定年度学习计划。', '2.将学习情况纳入考核，解决学习走过场问题。']),
        ...finding('(二)干部队伍建设存在短板', ['1.举办业务培训6期。', '2.查找并解决考核不精准问题3个。', '3.选派年轻干部到一线锻炼。']),
        '三、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    );
    expect(segmentation.areas).toEqual([]);
    expect(segmentation.problems.map((problem) => [problem.path, problem.title, problem.leaf, problem.measures.length])).toEqual([
      ['二.(一)', '理论学习不够深入', true, 2],
      ['二.(二)', '干部队伍建设存在短板', true, 3],
    ]);
  });

  it('segmentNotice(notice) still reads an area named after a field, or items followed by their own rectification lines, as findings', () => {
    const { segmentation } = segmentNotice(
      noticeOfLines([
        '一、整改工作开展情况',
        '局党组成立整改工作领导小组，逐条制定整改措施。',
        '二、巡察反馈问题整改落实情况',
        '(一)党的领导弱化',
        '1.理论学习不深入。',
        '对此，局党组制定学习计划，开展专题研讨。',
        '2.意识形态责任制落实不到位。',
        '对此，局党组制定责任清单，定期研判。',
        '(二)基层党建方面',
        '1.组织生活不规范。',
        '2.党员发展程序不严。',
        '三、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    );
    expect(segmentation.areas.map((area) => area.path)).toEqual(['二.(一)', '二.(二)']);
    expect(segmentation.problems.map((problem) => problem.path)).toEqual(['二.(一).1', '二.(一).2', '二.(二).1', '二.(二).2']);
  });
});
