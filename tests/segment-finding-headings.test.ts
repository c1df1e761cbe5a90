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
});
