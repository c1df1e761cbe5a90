import { describe, expect, it } from 'vitest';
import { normalizeForParsing } from '../pipeline/ingest/normalize';
import { extractMetadata, findPlaceMentions } from '../pipeline/metadata';
import { placeByInspectingCommittee } from '../pipeline/metadata/committee-place';
import { findInspection } from '../pipeline/metadata/inspection';
import { findPageDate } from '../pipeline/metadata/page-date';
import type { NoticeText } from '../pipeline/types';

function notice(text: string): NoticeText {
  return { noticeId: 'inline', file: 'inline.txt', format: 'txt', encoding: 'UTF-8', sha256: '', bytes: 0, text };
}

describe('findInspection on groups and units named several at once or by a slip', () => {
  it('findInspection(text) takes no group and no agency from a sentence that reports several of each', () => {
    const text = normalizeForParsing('2021年11月8日至12月20日，区委组建4个巡察组对区民政局、区农业农村局等4家单位开展常规巡察。');
    const inspection = findInspection(text, null);
    expect(inspection.body).toBeNull();
    expect(inspection.agencyAsNamed).toBeNull();
    expect(inspection.kind).toBe('巡察');
  });

  it('findInspection(text) keeps an agency whose own parts are listed in brackets', () => {
    const text = normalizeForParsing('县委第二巡察组对县委宣传部（含县网信办、县文明办）开展了巡察。');
    expect(findInspection(text, null).agencyAsNamed).toBe('县委宣传部(含县网信办、县文明办)');
  });

  it('findInspection(text) reads a group written 巡视组 once by slip as the 巡察组 the notice names elsewhere', () => {
    const text = normalizeForParsing('县委第五巡视组对金垦二社区进行了为期30天的巡察。传达学习县委第五巡察组巡察反馈会上的会议精神。');
    expect(findInspection(text, null)).toMatchObject({ kind: '巡察', body: '县委第五巡察组' });
  });

  it('findInspection(text) keeps 巡视组 where the notice speaks of 巡视', () => {
    const text = normalizeForParsing('中央第七巡视组对全国政协机关党组开展了常规巡视。中央巡视组反馈了巡视意见。');
    expect(findInspection(text, null).body).toBe('中央第七巡视组');
  });

  it('findInspection(text) reads a round written whole before the rectification it names, anywhere in the notice', () => {
    const text = normalizeForParsing('市委第一巡察组对荥阳市应急管理局党委进行了巡察。\n一、整改落实情况\n成立落实六届市委第八轮巡察整改工作领导小组。');
    expect(findInspection(text, null).round).toBe('六届市委第八轮');
  });
});

describe('placeByInspectingCommittee with the divisions a notice names', () => {
  it('placeByInspectingCommittee(agency, body, mentions) places a community in the one county the page names', () => {
    const text = '当前位置:首页 > 金平苗族瑶族傣族自治县 > 巡视巡察';
    expect(placeByInspectingCommittee('金垦二社区', '县委第五巡察组', () => findPlaceMentions(text))).toEqual({
      region: { province: '云南省', city: '红河哈尼族彝族自治州', district: '金平苗族瑶族傣族自治县' },
      level: 'district',
    });
  });

  it('placeByInspectingCommittee(agency, body, mentions) leaves the region open where the page names two counties', () => {
    const text = '金平苗族瑶族傣族自治县 绿春县';
    expect(placeByInspectingCommittee('金垦二社区', '县委第五巡察组', () => findPlaceMentions(text))?.region.district).toBeNull();
  });

  it('extractMetadata(notice) gives a page on several units no agency, and the place of the committee that ran the round', () => {
    const { metadata } = extractMetadata(
      notice('十二届区委第二轮巡察整改进展情况公开\n来源：五华区委巡察办\n区委组建4个巡察组对区民政局、区农业农村局等4家单位开展常规巡察。'),
    );
    expect(metadata).toMatchObject({ agency: null, inspectionBody: null, inspectionRound: '十二届区委第二轮', level: 'district' });
    expect(metadata.region).toEqual({ province: '云南省', city: '昆明市', district: '五华区' });
  });
});

describe('findPageDate on header dates run together with the time and the source', () => {
  it('findPageDate(lines) reads 2021年10月25日09:20 followed by its source', () => {
    expect(findPageDate(['2021年10月25日09:20    来源:中央纪委国家监委网站', '正文。'])).toEqual({ year: 2021, month: 10, day: 25 });
  });

  it('findPageDate(lines) reads 2021-02-23 12:42:06来源:… with no space before the source', () => {
    expect(findPageDate(['2021-02-23 12:42:06来源:广州市住房和城乡建设局', '正文。'])).toEqual({ year: 2021, month: 2, day: 23 });
  });

  it('findPageDate(lines) does not take the opening of a sentence for a page date', () => {
    expect(findPageDate(['2023年2月13日至3月31日,区委第二巡察组对区住建局开展了巡察。'])).toBeNull();
  });
});
