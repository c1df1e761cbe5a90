import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../pipeline/metadata';
import { withoutWrappers } from '../pipeline/metadata/agency';
import { placeByInspectingCommittee } from '../pipeline/metadata/committee-place';
import { findDeclaredCounts } from '../pipeline/metadata/declared-counts';
import { findInspectionDates } from '../pipeline/metadata/inspection-dates';

describe('placeByInspectingCommittee', () => {
  it('placeByInspectingCommittee(agency, 省委…巡视组) places a body without a place of its own in the province of the city its name starts with', () => {
    expect(placeByInspectingCommittee('苏州工艺美术职业技术学院', '省委第三巡视组')).toEqual({
      region: { province: '江苏省', city: null, district: null },
      level: 'province',
    });
  });

  it('placeByInspectingCommittee(agency, 市委…巡察组) places it in that city, and takes the place the group names first', () => {
    expect(placeByInspectingCommittee('盘锦职业技术学院', '市委第二巡察组')).toEqual({
      region: { province: '辽宁省', city: '盘锦市', district: null },
      level: 'city',
    });
    expect(placeByInspectingCommittee('第一中学', '阜阳市委第六巡察组')).toEqual({
      region: { province: '安徽省', city: '阜阳市', district: null },
      level: 'city',
    });
  });

  it('placeByInspectingCommittee(agency, group) gives only the level where neither names a place, and null for groups of no place committee', () => {
    expect(placeByInspectingCommittee('第一中学', '十一届县委第二巡察组')).toEqual({
      region: { province: null, city: null, district: null },
      level: 'district',
    });
    expect(placeByInspectingCommittee('工业和信息化部', '中央第十巡视组')).toBeNull();
    expect(placeByInspectingCommittee('驿达公司', '集团公司党委第四巡察组')).toBeNull();
    expect(placeByInspectingCommittee('驿达公司', null)).toBeNull();
  });
});

describe('withoutWrappers on bracketed words', () => {
  it('withoutWrappers(name) keeps the bracketed 集团 of a company name and drops a bracketed remark', () => {
    expect(withoutWrappers('中共华润(集团)有限公司委员会')).toBe('华润(集团)有限公司');
    expect(withoutWrappers('中国通用技术(集团)控股有限责任公司党组')).toBe('中国通用技术(集团)控股有限责任公司');
    expect(withoutWrappers('中共海南省大数据管理局(海南省政务服务数据中心)委员会')).toBe('海南省大数据管理局');
  });
});

describe('findInspectionDates on a period whose 至 was left out', () => {
  it('findInspectionDates(text) reads two dates written one after the other in an inspection sentence as its start and end', () => {
    const text = '市区联动巡察组于2020年5月6日6月5日对区法院进行了为期一个月的巡察。9月26日,巡察组向区法院党组反馈了巡察意见。';
    expect(findInspectionDates(text)).toEqual({ inspectionStart: '2020-05-06', inspectionEnd: '2020-06-05', feedbackDate: '2020-09-26' });
  });
});

describe('findDeclaredCounts on money', () => {
  it('findDeclaredCounts(lines) reads an amount in 亿元', () => {
    expect(findDeclaredCounts(['通过整改,追回资金1.26亿元,问责干部47人。']).moneyReturnedYuan).toBe(126_000_000);
  });

  it('findDeclaredCounts(lines) counts fees charged against the rules and paid back (清退违规收费) as money returned', () => {
    expect(findDeclaredCounts(['整改中清退违规收费18.35万元。']).moneyReturnedYuan).toBe(183_500);
  });
});

describe('extractMetadata diagnostics on agencies without a region', () => {
  const notice = (text: string) => ({ noticeId: 'n', file: 'n.txt', format: 'txt' as const, encoding: 'UTF-8', sha256: '', bytes: 0, text });
  const codes = (text: string) => extractMetadata(notice(text)).diagnostics.map((diagnostic) => diagnostic.code);

  it('extractMetadata(notice) warns of no region for an unplaced agency, but not for one a central group inspected', () => {
    const opening = (group: string) =>
      `中共某某研究会党组关于巡视整改进展情况的通报\n2023年10月16日至2024年1月15日,${group}对某某研究会党组进行了常规巡视。`;
    expect(codes(opening('中央第十巡视组'))).toEqual([]);
    expect(codes(opening('第十巡视组'))).toEqual(['METADATA_NO_REGION']);
  });
});
