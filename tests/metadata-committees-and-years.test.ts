import { describe, expect, it } from 'vitest';
import { withoutWrappers } from '../pipeline/metadata/agency';
import { latestYearBy } from '../pipeline/metadata/dates';
import { findInspection } from '../pipeline/metadata/inspection';
import { findInspectionDates } from '../pipeline/metadata/inspection-dates';
import { resolveAgencyPlace } from '../pipeline/metadata/region';

describe('metadata on committees of places and organisations, and on year-less dates', () => {
  it('withoutWrappers(name) reads a place party committee as the place and leaves a commission alone', () => {
    expect(withoutWrappers('中共乐山市沙湾区委')).toBe('乐山市沙湾区');
    expect(withoutWrappers('中共湖北省委')).toBe('湖北省');
    expect(withoutWrappers('东营市发改委')).toBe('东营市发改委');
    expect(withoutWrappers('市委')).toBe('市委');
  });

  it('findInspection(text, title) reads rounds named by the centre and by an organisation committee', () => {
    expect(findInspection('中央第八巡视组对兰州大学党委开展了常规巡视。', '关于十九届中央第七轮巡视整改进展情况的通报').round).toBe('十九届中央第七轮');
    expect(findInspection('校党委第二巡察组对外国语学院党委进行了巡察。', '关于校党委第二轮巡察整改情况的通报').round).toBe('校党委第二轮');
    expect(findInspection('市委第二巡察组对市水利局党组开展了巡察。', '关于八届市委第三轮巡察整改进展情况的通报').round).toBe('八届市委第三轮');
  });

  it('resolveAgencyPlace(agency) gives no level to a university named after a city it does not belong to', () => {
    expect(resolveAgencyPlace('兰州大学').level).toBeNull();
    expect(resolveAgencyPlace('市大数据局').level).toBe('city');
  });

  it('latestYearBy(date, reference) is the reference year unless the date falls after it', () => {
    expect(latestYearBy({ month: 3, day: 7 }, { year: 2022, month: 9, day: 20 })).toBe(2022);
    expect(latestYearBy({ month: 11, day: 5 }, { year: 2022, month: 9, day: 20 })).toBe(2021);
  });

  it('findInspectionDates(text, noticeDate) dates a year-less period from the notice date only when no year comes before it', () => {
    const text = '县委第三巡察组于3月7日至4月29日对国庆乡党委开展了巡察，并于6月16日反馈了巡察意见。';
    expect(findInspectionDates(text, { year: 2022, month: 9, day: 20 })).toEqual({
      inspectionStart: '2022-03-07',
      inspectionEnd: '2022-04-29',
      feedbackDate: '2022-06-16',
    });
    expect(findInspectionDates(text).inspectionStart).toBeNull();
    expect(findInspectionDates(`2020年，${text}`, { year: 2022, month: 9, day: 20 }).inspectionStart).toBe('2020-03-07');
  });
});
