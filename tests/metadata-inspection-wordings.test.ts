import { describe, expect, it } from 'vitest';
import { findInspection } from '../pipeline/metadata/inspection';
import { findInspectionDates } from '../pipeline/metadata/inspection-dates';

describe('findInspectionDates on a period written as a start and a length', () => {
  it('findInspectionDates(text) reads the start of 2021年3月10日起…为期一个月 and leaves the end null', () => {
    const text = '2021年3月10日起，县委第一巡察组对千人桥镇党委开展了为期一个月的巡察，并于5月6日向镇党委反馈了巡察意见。';
    expect(findInspectionDates(text)).toEqual({ inspectionStart: '2021-03-10', inspectionEnd: null, feedbackDate: '2021-05-06' });
  });

  it('findInspectionDates(text) reads 自2022年9月1日起 before the group and a year-less start after a year written earlier', () => {
    expect(findInspectionDates('区委第一巡察组自2022年9月1日起对区教育局党组开展了为期2个月的巡察。').inspectionStart).toBe('2022-09-01');
    expect(findInspectionDates('2022年，区委第一巡察组自9月1日起对区教育局党组开展了巡察。').inspectionStart).toBe('2022-09-01');
  });

  it('findInspectionDates(text) prefers a written period to a start, and reads no start outside a sentence on the inspection', () => {
    expect(findInspectionDates('县委第三巡察组于2022年3月14日起至5月6日对县市场监督管理局党组开展了巡察。').inspectionEnd).toBe('2022-05-06');
    expect(findInspectionDates('《办法》自2021年3月1日起施行。县委第一巡察组对镇党委开展了巡察。').inspectionStart).toBeNull();
  });
});

describe('findInspection on rounds with words between the committee and the round', () => {
  const group = '县委第三巡察组对县市场监督管理局党组开展了常规巡察。';

  it('findInspection(text, null) reads the committee and its round from one clause of the inspection sentence', () => {
    expect(findInspection(`2022年3月，十三届县委组织开展了第二轮巡察，${group}`, null).round).toBe('十三届县委第二轮');
    expect(findInspection('区委在2022年开展的第三轮巡察中，区委第一巡察组对区教育局党组开展了巡察。', null).round).toBe('区委第三轮');
  });

  it('findInspection(text, null) joins no committee with a round in another clause or through a group’s name', () => {
    expect(findInspection(`县委召开常委会议，听取第二轮巡察情况汇报，${group}`, null).round).toBeNull();
    expect(findInspection('县委第三巡察组于第二轮巡察中对县市场监督管理局党组开展了常规巡察。', null).round).toBeNull();
  });

  it('findInspection(text, title) still reads a round written whole before one with words between', () => {
    expect(findInspection(`十三届县委组织开展了第二轮巡察，${group}`, '关于十三届县委第三轮巡察整改情况的通报').round).toBe('十三届县委第三轮');
  });
});
