import { describe, expect, it } from 'vitest';
import { isCentralOrganGroup } from '../pipeline/metadata/committee-place';
import { findDeclaredCounts } from '../pipeline/metadata/declared-counts';
import { placeOfDevelopmentZone } from '../pipeline/metadata/development-zones';
import { findInspection } from '../pipeline/metadata/inspection';
import { findPlaceMentions } from '../pipeline/metadata/places';
import { resolveAgencyPlace } from '../pipeline/metadata/region';

describe('isCentralOrganGroup', () => {
  it('isCentralOrganGroup(group) is true for a 党组\'s 巡视 group and false for place committees and 巡察 groups', () => {
    expect(isCentralOrganGroup('委党组第二巡视组')).toBe(true);
    expect(isCentralOrganGroup('部党组第一巡视组')).toBe(true);
    expect(isCentralOrganGroup('省委第三巡视组')).toBe(false);
    expect(isCentralOrganGroup('委党组第二巡察组')).toBe(false);
    expect(isCentralOrganGroup(null)).toBe(false);
  });
});

describe('resolveAgencyPlace on ordinary words after a short name', () => {
  it('resolveAgencyPlace(name) reads no level from the 市 of 城市 after a city\'s short name (成都空港城市发展集团)', () => {
    expect(resolveAgencyPlace('成都空港城市发展集团有限公司').level).toBeNull();
  });

  it('resolveAgencyPlace(name) still reads the level of an unknown place by its ending', () => {
    expect(resolveAgencyPlace('某某县财政局').level).toBe('district');
  });
});

describe('placeOfDevelopmentZone with the notice\'s place names', () => {
  it('placeOfDevelopmentZone(name, mentions) places a zone named after a district the notice names in full (海门 → 海门区)', () => {
    const text = '海门区委常委、海门经济技术开发区党工委常务副书记主持会议。';
    expect(placeOfDevelopmentZone('海门经济技术开发区', () => findPlaceMentions(text))).toEqual({
      region: { province: '江苏省', city: '南通市', district: '海门区' },
      level: 'district',
    });
    expect(placeOfDevelopmentZone('海门经济技术开发区')).toBeNull();
  });
});

describe('findInspection on rounds of other committees', () => {
  it('findInspection(text, title) reads a round of an autonomous prefecture\'s committee (自治州党委) and of a term\'s 党委', () => {
    expect(findInspection('自治州党委第一巡察组对州党委办公室进行了常规巡察。', '中共X关于十三届自治州党委第十一轮巡察整改进展情况的通报').round).toBe('十三届自治州党委第十一轮');
    expect(findInspection('根据学校党委关于四届党委第一轮巡察的安排，党委第四巡察组对学院党委进行了巡察。', null).round).toBe('四届党委第一轮');
  });
});

describe('findDeclaredCounts on problems a check found', () => {
  it('findDeclaredCounts(lines) does not read problems found by a check (现场督查3次，发现问题3个) as the inspection\'s', () => {
    expect(findDeclaredCounts(['公司纪委现场督查3次，发现问题3个，提出整改建议3条。']).problems).toBeNull();
    expect(findDeclaredCounts(['巡察组发现问题12个。']).problems).toBe(12);
  });
});
