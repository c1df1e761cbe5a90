import { describe, expect, it } from 'vitest';
import { pathsTitlesAndMeasures } from './helpers/notice-lines';

describe('headings that announce one finding’s rectification, through segmentNotice', () => {
  it('segmentNotice(notice) reads top-level 关于X问题的整改情况 headings without quote marks as problems, their (一)(二) lines as measures', () => {
    expect(
      pathsTitlesAndMeasures([
        '现将整改情况报告如下：',
        '一、关于学习贯彻党的创新理论不够深入问题的整改情况',
        '（一）制定党组理论学习中心组年度学习计划。',
        '（二）对学习中发现的问题建立台账，逐项整改。',
        '二、关于耕地保护责任落实不到位的问题整改情况',
        '（一）开展耕地“非农化”专项整治，对未整改的问题挂牌督办。',
        '（二）将耕地保护纳入年度考核。',
        '（三）建立耕地保护动态监测机制。',
      ]),
    ).toEqual([
      ['一', '学习贯彻党的创新理论不够深入', 2],
      ['二', '耕地保护责任落实不到位', 3],
    ]);
  });

  it('segmentNotice(notice) keeps 关于存在问题的整改情况, which names no shortcoming, as the section its problems sit in', () => {
    expect(
      pathsTitlesAndMeasures([
        '一、关于存在问题的整改情况',
        '（一）意识形态工作责任制落实不到位。',
        '整改情况：一是制定责任清单；二是每半年专题研究。',
        '（二）财务管理不规范。',
        '整改情况：一是开展专项审计；二是修订财务制度；三是加强培训。',
        '二、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    ).toEqual([
      ['一.(一)', '意识形态工作责任制落实不到位', 2],
      ['一.(二)', '财务管理不规范', 3],
    ]);
  });

  it('segmentNotice(notice) reads 关于X问题的整改情况: headings with their 一是 run on the same line: title X, measures the run', () => {
    expect(
      pathsTitlesAndMeasures([
        '一、整改工作开展情况',
        '局党组每月听取各科室问题整改情况汇报，对整改进度滞后的挂牌督办。',
        '二、关于巡察反馈问题的整改情况：',
        '1.关于意识形态工作责任制落实不到位问题的整改情况：一是修订责任清单；二是每季度专题研究。',
        '2.关于政府采购管理不规范问题的整改措施：一是建立采购台账；二是开展专项检查；三是加强业务培训。',
        '3.针对“公务用车管理不严”的问题，整改如下：一是建立派车登记制度；二是开展全面检查。',
        '三、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    ).toEqual([
      ['二.1', '意识形态工作责任制落实不到位', 2],
      ['二.2', '政府采购管理不规范', 3],
      ['二.3', '公务用车管理不严', 2],
    ]);
  });

  it('segmentNotice(notice) reads X问题整改情况: and X的整改情况: headings without 关于 as problems: title X, measures the run on the line', () => {
    expect(
      pathsTitlesAndMeasures([
        '一、巡察反馈问题整改落实情况',
        '（一）党的建设方面',
        '1.党建工作责任制落实不到位问题整改情况：一是修订责任清单；二是每季度专题研究。',
        '2.干部队伍建设不够有力问题整改情况：一是制定培训计划；二是落实轮岗；三是开展谈心谈话。',
        '（二）业务工作方面',
        '1.意识形态工作责任制落实不到位的整改情况：一是修订工作方案；二是开展专题研究。',
        '2.整改落实不到位问题。',
        '整改情况：一是建立整改台账；二是对账销号。',
        '二、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    ).toEqual([
      ['一.(一).1', '党建工作责任制落实不到位', 2],
      ['一.(一).2', '干部队伍建设不够有力', 3],
      ['一.(二).1', '意识形态工作责任制落实不到位', 2],
      ['一.(二).2', '整改落实不到位问题', 2],
    ]);
  });

  it('segmentNotice(notice) keeps headings about rectification itself (巡察整改工作推进情况:, 上轮巡察反馈问题整改情况:一是…) out of the problems', () => {
    expect(
      pathsTitlesAndMeasures([
        '一、巡察整改工作推进情况：',
        '局党组每月听取整改情况汇报，对进度滞后的挂牌督办。',
        '二、上轮巡察反馈问题整改情况：一是逐项开展回头看；二是建立销号制度。',
        '三、巡察反馈问题的整改落实情况',
        '（一）财务管理不规范。',
        '整改情况：一是开展专项审计；二是修订财务制度。',
        '（二）整改落实不到位问题。',
        '整改情况：一是建立整改台账；二是对账销号；三是纳入年度考核。',
        '四、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    ).toEqual([
      ['三.(一)', '财务管理不规范', 2],
      ['三.(二)', '整改落实不到位问题', 3],
    ]);
  });

  it('segmentNotice(notice) keeps a finding that names 整改情况 mid-sentence whole, and a body that mentions it as body', () => {
    expect(
      pathsTitlesAndMeasures([
        '一、关于巡察反馈问题的整改情况',
        '1.关于对上轮巡察问题整改情况跟踪不够的问题。整改情况：一是开展回头看；二是建立台账；三是定期通报。',
        '2.财务管理不规范。整改情况：一是开展专项审计，并将整改情况纳入考核；二是修订财务制度。',
        '二、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    ).toEqual([
      ['一.1', '对上轮巡察问题整改情况跟踪不够', 3],
      ['一.2', '财务管理不规范', 2],
    ]);
  });

  it('segmentNotice(notice) reads 关于X问题的整改情况: headings followed by plain text, without 一是, as problems', () => {
    expect(
      pathsTitlesAndMeasures([
        '一、关于巡察反馈问题的整改情况',
        '（一）关于意识形态工作责任制落实不到位问题的整改措施：已修订责任清单，每季度专题研究一次。',
        '（二）关于政府采购管理不规范问题的整改情况：已建立采购台账，开展专项检查。',
        '二、下一步工作打算',
        '持续巩固整改成果。',
      ]),
    ).toEqual([
      ['一.(一)', '意识形态工作责任制落实不到位', 0],
      ['一.(二)', '政府采购管理不规范', 0],
    ]);
  });
});
