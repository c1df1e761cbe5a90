import { describe, expect, it } from 'vitest';
import { normalizeForParsing } from '../pipeline/ingest/normalize';
import { enumerateMeasures, opensMeasureEnumeration } from '../pipeline/segment/measures';

const measuresOf = (body: string) => enumerateMeasures(body, normalizeForParsing(body)).map((measure) => measure.text);

describe('enumerateMeasures', () => {
  it('enumerateMeasures(body) splits 一是…二是…三是… at each marker', () => {
    expect(measuresOf('整改情况:一是制定计划。二是开展学习;三是加强督导。')).toEqual(['一是制定计划。', '二是开展学习;', '三是加强督导。']);
  });

  it('enumerateMeasures(body) sums the runs of several sub-blocks', () => {
    const body = '审批方面:一是修订细则。二是并联审核。\n服务方面:一是对接系统。二是归集数据。三是上线事项。';
    expect(measuresOf(body)).toEqual(['一是修订细则。', '二是并联审核。', '一是对接系统。', '二是归集数据。', '三是上线事项。']);
  });

  it('enumerateMeasures(body) accepts a space inside the marker and ignores 一是 inside words', () => {
    expect(measuresOf('一是制定方案。二 是制定计划。统一是前提。')).toEqual(['一是制定方案。', '二 是制定计划。统一是前提。']);
    expect(measuresOf('坚持标准统一是关键,措施唯一是保障。')).toEqual([]);
  });

  it('enumerateMeasures(body) reads (1)(2), 1、2、 and ①② runs when there is no 一是', () => {
    expect(measuresOf('整改措施:(1)修订制度;(2)开展检查。')).toEqual(['(1)修订制度;', '(2)开展检查。']);
    expect(measuresOf('整改措施:\n1、修订制度。\n2、开展检查。')).toEqual(['1、修订制度。', '2、开展检查。']);
    expect(measuresOf('①修订制度;②开展检查。')).toEqual(['①修订制度;', '②开展检查。']);
  });

  it('enumerateMeasures(body) reads the one-character ⑴⑵ and ⒈⒉ runs as (1)(2) and 1.2.', () => {
    expect(measuresOf('整改进展:⑴制定方案;⑵组织专家下沉;⑶建立评估机制。')).toEqual(['⑴制定方案;', '⑵组织专家下沉;', '⑶建立评估机制。']);
    expect(measuresOf('整改措施:⒈修订规则;⒉建立台账。')).toEqual(['⒈修订规则;', '⒉建立台账。']);
  });

  it('enumerateMeasures(body) reads 第一,第二,… runs only with the comma or colon of an enumeration', () => {
    expect(measuresOf('整改情况：第一，修订裁量基准；第二，开展案卷评查。')).toEqual(['第一，修订裁量基准；', '第二，开展案卷评查。']);
    expect(measuresOf('党委书记履行第一责任人责任,第二季度召开专题会议。')).toEqual([]);
    expect(measuresOf('一是落实第一，二是落实第二，')).toEqual(['一是落实第一，', '二是落实第二，']);
  });

  it('enumerateMeasures(body) counts nothing in a body without an enumeration', () => {
    expect(measuresOf('整改情况:认真学习上级文件精神,完善内部管理制度和流程。')).toEqual([]);
    expect(measuresOf('共退回资金1.5万元,涉及(2022)年度项目。')).toEqual([]);
  });

  it('enumerateMeasures(body) numbers measures from 1 across runs', () => {
    const measures = enumerateMeasures('一是甲。二是乙。\n一是丙。', '一是甲。二是乙。\n一是丙。');
    expect(measures.map((measure) => measure.order)).toEqual([1, 2, 3]);
  });
});

describe('opensMeasureEnumeration', () => {
  it('opensMeasureEnumeration(text) is true only for a 一是 that starts a clause', () => {
    expect(opensMeasureEnumeration('整改情况:一是制定计划。')).toBe(true);
    expect(opensMeasureEnumeration('坚持标准统一是关键。')).toBe(false);
  });
});
