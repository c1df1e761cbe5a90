import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../pipeline/metadata';
import { findDeclaredCounts } from '../pipeline/metadata/declared-counts';
import { findInspectionDates } from '../pipeline/metadata/inspection-dates';
import type { NoticeText } from '../pipeline/types';

const NOTICE_DATE = { year: 2025, month: 3, day: 1 };

describe('findInspectionDates on dates whose digits a page lost', () => {
  it('findInspectionDates(text) gives null, not a neighbouring date, where the start of the period lost its marks (2024年717日)', () => {
    const text = '根据市委统一部署，2024年717日至9月30日，市委第二巡察组对局党组开展了巡察，并于2024年1125日反馈了意见。';
    expect(findInspectionDates(text, NOTICE_DATE)).toEqual({ inspectionStart: null, inspectionEnd: null, feedbackDate: null });
  });

  it('findInspectionDates(text) does not read the end of a broken period (20247月17日至9月30日) as the feedback', () => {
    const text = '根据市委统一部署，20247月17日至9月30日，市委第二巡察组对局党组开展了巡察，并于反馈了意见。';
    expect(findInspectionDates(text, NOTICE_DATE).feedbackDate).toBeNull();
  });

  it('findInspectionDates(text) does not take the start of a period as the feedback when its end lost its marks (7月17日至930日)', () => {
    const text = '根据市委统一部署，2024年7月17日至930日，市委第二巡察组对局党组开展了巡察，并于2024年11月日反馈了意见。';
    expect(findInspectionDates(text, NOTICE_DATE)).toEqual({ inspectionStart: null, inspectionEnd: null, feedbackDate: null });
  });

  it('findInspectionDates(text) gives no year to a date whose year lost its digits (年7月17日)', () => {
    const text = '根据市委统一部署，年7月17日至9月30日，市委第二巡察组对局党组开展了巡察，并于年11月25日反馈了意见。';
    expect(findInspectionDates(text, NOTICE_DATE)).toEqual({ inspectionStart: null, inspectionEnd: null, feedbackDate: null });
  });

  it('findInspectionDates(text) still reads whole dates, with a feedback year carried from the period', () => {
    const text = '根据市委统一部署，2024年7月17日至9月30日，市委第二巡察组对局党组开展了巡察，并于11月25日反馈了意见。';
    expect(findInspectionDates(text, NOTICE_DATE)).toEqual({ inspectionStart: '2024-07-17', inspectionEnd: '2024-09-30', feedbackDate: '2024-11-25' });
  });

  it('extractMetadata(notice) gives no published date for a signature date that lost its marks (2025317日)', () => {
    const text = '某某市财政局关于巡察整改进展情况的通报\n市委第二巡察组对局党组开展了巡察。\n中共某某市财政局党组\n2025317日';
    const notice: NoticeText = { noticeId: 'x', file: 'x.txt', format: 'txt', encoding: 'UTF-8', sha256: '', bytes: 0, text };
    expect(extractMetadata(notice).metadata.publishedDate).toBeNull();
  });
});

describe('findDeclaredCounts on areas grouped in 大类', () => {
  it('findDeclaredCounts(lines) reads 4大类16个方面22个问题 as 16 areas (方面) and 22 problems', () => {
    const counts = findDeclaredCounts(['市委第二巡察组反馈了4大类16个方面22个问题。']);
    expect([counts.areas, counts.problems]).toEqual([16, 22]);
  });

  it('findDeclaredCounts(lines) reads the areas and problems of 反馈问题4大类16个方面22个 and 指出了三大类12个方面问题', () => {
    const counts = findDeclaredCounts(['巡察共反馈问题4大类16个方面22个。']);
    expect([counts.areas, counts.problems]).toEqual([16, 22]);
    expect(findDeclaredCounts(['巡察组指出了三大类12个方面问题。']).areas).toBe(12);
  });
});

describe('findDeclaredCounts on people and money', () => {
  it('findDeclaredCounts(lines) counts people warned in talks (约谈提醒, 约谈函询, 谈话函询) with those admonished and dealt with', () => {
    expect(findDeclaredCounts(['约谈提醒3人，约谈函询2人，诫勉1人，组织处理1人。']).peopleDisciplined).toBe(7);
    expect(findDeclaredCounts(['对相关责任人谈话函询2人。']).peopleDisciplined).toBe(2);
    expect(findDeclaredCounts(['约谈提醒党员干部5人次。']).peopleDisciplined).toBe(5);
  });

  it('findDeclaredCounts(lines) counts people named before the sanction (对3名干部进行诫勉谈话)', () => {
    expect(findDeclaredCounts(['对3名干部进行诫勉谈话，对2名干部给予组织处理。']).peopleDisciplined).toBe(5);
  });

  it('findDeclaredCounts(lines) does not count referrals (移送, 移交), which are no sanction', () => {
    expect(findDeclaredCounts(['移送司法机关1人，移交问题线索5件。']).peopleDisciplined).toBeNull();
    expect(findDeclaredCounts(['给予党纪政务处分3人，移送司法机关1人。']).peopleDisciplined).toBe(3);
  });

  it('findDeclaredCounts(lines) counts gains recovered and money confiscated (追缴违规收益, 收缴违规所得) as money returned', () => {
    expect(findDeclaredCounts(['追缴违规收益12.5万元，收缴违纪款3万元。']).moneyReturnedYuan).toBe(155_000);
    expect(findDeclaredCounts(['收缴违规所得5万元。']).moneyReturnedYuan).toBe(50_000);
  });

  it('findDeclaredCounts(lines) leaves out economic losses avoided (挽回经济损失), which are no money paid back', () => {
    expect(findDeclaredCounts(['收缴违纪款项3万元，挽回经济损失200万元。']).moneyReturnedYuan).toBe(30_000);
    expect(findDeclaredCounts(['挽回经济损失200万元。']).moneyReturnedYuan).toBeNull();
  });
});

describe('findDeclaredCounts on a completed count after the sentence that counts the measures', () => {
  it('findDeclaredCounts(lines) reads 已完成98项 as measures completed right after 制定112项整改措施。', () => {
    const counts = findDeclaredCounts(['对照巡视反馈的3个方面7个问题，细化制定112项整改措施。目前，已完成98项，其余14项持续推进。']);
    expect(counts.measures).toBe(112);
    expect(counts.measuresCompleted).toBe(98);
  });

  it('findDeclaredCounts(lines) does not read a count of problems done after the measures sentence (反馈的12个问题已完成10项)', () => {
    const counts = findDeclaredCounts(['共制定整改措施50条。反馈的12个问题已完成10项，其余2项持续推进。']);
    expect(counts.measuresCompleted).toBeNull();
  });

  it('findDeclaredCounts(lines) counts a sanction of both kinds at once (给予党纪政务处分12人) in the notice\u2019s tally', () => {
    const counts = findDeclaredCounts(['整改期间，建立完善制度8项，给予党纪政务处分12人，批评教育3人。']);
    expect(counts.peopleDisciplined).toBe(15);
  });
});
