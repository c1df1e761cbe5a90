import { describe, expect, it } from 'vitest';
import { findPlaceMentions, resolveAgencyPlace } from '../pipeline/metadata';

describe('resolveAgencyPlace', () => {
  it('resolveAgencyPlace resolves a district agency through its city', () => {
    expect(resolveAgencyPlace('深圳市坪山区政务服务数据管理局')).toEqual({
      region: { province: '广东省', city: '深圳市', district: '坪山区' },
      level: 'district',
    });
  });

  it('resolveAgencyPlace gives a township (乡, 镇, 街道) the level of the county-level division it belongs to, named or not', () => {
    expect(resolveAgencyPlace('鄂州市临空经济区沙窝乡')).toEqual({
      region: { province: '湖北省', city: '鄂州市', district: null },
      level: 'district',
    });
    expect(resolveAgencyPlace('兴宁市叶塘镇人民政府')).toEqual({
      region: { province: '广东省', city: '梅州市', district: '兴宁市' },
      level: 'district',
    });
    expect(resolveAgencyPlace('北京市朝阳区建外街道').level).toBe('district');
    // 乡 opens a word of a city bureau's name here, not a township's.
    expect(resolveAgencyPlace('鄂州市乡村振兴局').level).toBe('city');
  });

  it('resolveAgencyPlace resolves a county-level city to its prefecture and province', () => {
    expect(resolveAgencyPlace('开远市大数据中心')).toEqual({
      region: { province: '云南省', city: '红河哈尼族彝族自治州', district: '开远市' },
      level: 'district',
    });
  });

  it('resolveAgencyPlace settles a district name found in two cities with the city named before it', () => {
    expect(resolveAgencyPlace('长春市朝阳区财政局').region).toEqual({ province: '吉林省', city: '长春市', district: '朝阳区' });
    expect(resolveAgencyPlace('北京市朝阳区财政局').region).toEqual({ province: '北京市', city: '北京市', district: '朝阳区' });
  });

  it('resolveAgencyPlace settles a bare ambiguous district with the places the notice names', () => {
    const mentions = () => findPlaceMentions('地址:吉林省长春市人民大街');
    expect(resolveAgencyPlace('朝阳区财政局', mentions).region).toEqual({ province: '吉林省', city: '长春市', district: '朝阳区' });
    expect(resolveAgencyPlace('朝阳区财政局')).toEqual({ region: { province: null, city: null, district: '朝阳区' }, level: 'district' });
  });

  it('resolveAgencyPlace gives a municipality agency the province level and a municipality county its municipality as city', () => {
    expect(resolveAgencyPlace('重庆市大数据应用发展管理局')).toEqual({
      region: { province: '重庆市', city: null, district: null },
      level: 'province',
    });
    expect(resolveAgencyPlace('重庆市城口县农业农村委员会').region).toEqual({ province: '重庆市', city: '重庆市', district: '城口县' });
  });

  it('resolveAgencyPlace reads short province names and autonomous regions', () => {
    expect(resolveAgencyPlace('呼和浩特市大数据管理局')).toEqual({
      region: { province: '内蒙古自治区', city: '呼和浩特市', district: null },
      level: 'city',
    });
    expect(resolveAgencyPlace('广西壮族自治区大数据发展局').level).toBe('province');
  });

  it('resolveAgencyPlace finds a place inside the name of a national body branch and nothing in a name without one', () => {
    expect(resolveAgencyPlace('国家税务总局东营市税务局').region).toEqual({ province: '山东省', city: '东营市', district: null });
    expect(resolveAgencyPlace('大数据管理局')).toEqual({ region: { province: null, city: null, district: null }, level: null });
  });
});

describe('findPlaceMentions', () => {
  it('findPlaceMentions lists full place names in order and skips two-character words such as 城区', () => {
    const text = '邮寄地址:海南省海口市国兴大道,城区东侧';
    expect(findPlaceMentions(text).map((mention) => text.slice(mention.start, mention.end))).toEqual(['海南省', '海口市']);
  });
});

describe('resolveAgencyPlace for a place the division data does not know', () => {
  it('takes the level from the place ending and leaves the region empty', () => {
    expect(resolveAgencyPlace('某某县财政局')).toEqual({ region: { province: null, city: null, district: null }, level: 'district' });
    expect(resolveAgencyPlace('某某自治区大数据中心').level).toBe('province');
    expect(resolveAgencyPlace('市大数据局').level).toBe('city');
    expect(resolveAgencyPlace('数据资源管理中心').level).toBeNull();
  });
});

describe('resolveAgencyPlace for an enterprise named after its city\'s short name', () => {
  it('takes the city when the notice names it in full, and nothing from the short name alone', () => {
    const text = '来信请寄:宜昌市西陵区东山大道。';
    expect(resolveAgencyPlace('宜昌城市发展投资集团有限公司', () => findPlaceMentions(text))).toEqual({
      region: { province: '湖北省', city: '宜昌市', district: null },
      level: 'city',
    });
    expect(resolveAgencyPlace('宜昌城市发展投资集团有限公司').region.city).toBeNull();
    expect(resolveAgencyPlace('中山大学', () => findPlaceMentions('地址:广州市海珠区新港西路。')).region.city).toBeNull();
  });
});
