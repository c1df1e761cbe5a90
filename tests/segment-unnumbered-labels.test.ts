import { describe, expect, it } from 'vitest';
import { segmentNotice } from '../pipeline/segment';
import { noticeOfLines, pathsTitlesAndMeasures } from './helpers/notice-lines';

describe('unnumbered problem labels, through segmentNotice', () => {
  it('segmentNotice(notice) makes each 问题: block one problem, numbered in reading order, with the measures of its 整改情况:', () => {
    expect(
      pathsTitlesAndMeasures([
        '一、巡察反馈问题整改落实情况',
        '问题：意识形态工作责任制落实不到位。',
        '整改情况：一是制定责任清单；二是每半年专题研究意识形态工作。',
        '问题：财务管理不规范。',
        '整改情况：一是开展专项审计；二是修订财务制度；三是加强财务人员培训。',
        '二、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    ).toEqual([
      ['一.问题1', '意识形态工作责任制落实不到位', 2],
      ['一.问题2', '财务管理不规范', 3],
    ]);
  });

  it('segmentNotice(notice) reads 【反馈问题】 blocks in the area they sit under, counting afresh in each area', () => {
    const { segmentation } = segmentNotice(
      noticeOfLines([
        '一、巡察反馈问题整改落实情况',
        '（一）党的建设方面',
        '【反馈问题】支部组织生活不规范。',
        '【整改情况】一是规范组织生活记录；二是开展专项检查。',
        '【反馈问题】党员教育管理不够严格。',
        '【整改情况】一是制定培训计划；二是落实积分制管理。',
        '（二）业务工作方面',
        '【反馈问题】项目管理存在漏洞。',
        '【整改情况】一是修订项目管理办法；二是开展专项审计。',
        '【反馈问题】档案管理不规范。',
        '【整改情况】一是开展档案清理；二是推行电子归档；三是明确专人管理。',
      ]),
    );
    expect(segmentation.areas.map((area) => area.path)).toEqual(['一.(一)', '一.(二)']);
    expect(segmentation.problems.map((problem) => [problem.path, problem.number, problem.area])).toEqual([
      ['一.(一).反馈问题1', '【反馈问题】', '一.(一)'],
      ['一.(一).反馈问题2', '【反馈问题】', '一.(一)'],
      ['一.(二).反馈问题1', '【反馈问题】', '一.(二)'],
      ['一.(二).反馈问题2', '【反馈问题】', '一.(二)'],
    ]);
  });

  it('segmentNotice(notice) keeps a lone 存在问题: line below a numbered problem as that problem’s text', () => {
    expect(
      pathsTitlesAndMeasures([
        '一、巡察反馈问题整改落实情况',
        '1.意识形态工作责任制落实不到位。',
        '存在问题：未定期研究意识形态工作。',
        '整改情况：一是制定责任清单；二是每半年专题研究。',
        '2.财务管理不规范。',
        '存在问题：报销审核把关不严。',
        '整改情况：一是开展专项审计；二是修订财务制度；三是加强培训。',
      ]),
    ).toEqual([
      ['一.1', '意识形态工作责任制落实不到位', 2],
      ['一.2', '财务管理不规范', 3],
    ]);
  });

  it('segmentNotice(notice) reads a lone first 【问题】 block followed by its own 【整改情况】 as a problem, before the area where blocks run side by side', () => {
    const { segmentation } = segmentNotice(
      noticeOfLines([
        '一、巡察反馈问题整改落实情况',
        '（一）党的建设方面',
        '【问题】支部组织生活不规范。',
        '【整改情况】一是规范组织生活记录；二是开展专项检查。',
        '（二）业务工作方面',
        '【问题】项目管理存在漏洞。',
        '【整改情况】一是修订项目管理办法；二是开展专项审计。',
        '【问题】档案管理不规范。',
        '【整改情况】一是开展档案清理；二是推行电子归档；三是明确专人管理。',
        '二、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    );
    expect(segmentation.areas.map((area) => [area.path, area.title])).toEqual([
      ['一.(一)', '党的建设方面'],
      ['一.(二)', '业务工作方面'],
    ]);
    expect(segmentation.problems.map((problem) => [problem.path, problem.title, problem.area, problem.measures.length])).toEqual([
      ['一.(一).问题1', '支部组织生活不规范', '一.(一)', 2],
      ['一.(二).问题1', '项目管理存在漏洞', '一.(二)', 2],
      ['一.(二).问题2', '档案管理不规范', '一.(二)', 3],
    ]);
  });

  it('segmentNotice(notice) reads a lone 问题:X。整改情况:… block on one line as a problem of its area', () => {
    expect(
      pathsTitlesAndMeasures([
        '一、巡察反馈问题整改落实情况',
        '（一）党的建设方面',
        '问题：支部组织生活不规范。整改情况：一是规范组织生活记录；二是开展专项检查。',
        '（二）业务工作方面',
        '问题：项目管理存在漏洞。整改情况：一是修订项目管理办法；二是开展专项审计；三是加强培训。',
      ]),
    ).toEqual([
      ['一.(一).问题1', '支部组织生活不规范', 2],
      ['一.(二).问题1', '项目管理存在漏洞', 3],
    ]);
  });

  it('segmentNotice(notice) keeps a lone 问题: line without its own 整改情况 label, or below a numbered finding, as body text', () => {
    expect(
      pathsTitlesAndMeasures([
        '一、巡察反馈问题整改落实情况',
        '（一）党的建设方面',
        '【问题】支部组织生活不规范。',
        '【整改情况】一是规范组织生活记录；二是开展专项检查。',
        '（二）作风建设方面',
        '1.公务用车管理不严。',
        '问题：派车登记不全。',
        '整改情况：一是建立派车登记制度；二是开展全面检查。',
        '2.会议费管理不规范。',
        '一是修订会议费管理办法；二是开展自查。',
        '问题：部分会议超标准列支，已全部清退。',
        '二、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    ).toEqual([
      ['一.(一).问题1', '支部组织生活不规范', 2],
      ['一.(二).1', '公务用车管理不严', 2],
      ['一.(二).2', '会议费管理不规范', 2],
    ]);
  });
});
