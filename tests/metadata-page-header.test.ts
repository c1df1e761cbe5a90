import { describe, expect, it } from 'vitest';
import { normalizeForParsing } from '../pipeline/ingest/normalize';
import { extractMetadata } from '../pipeline/metadata';
import { findPageDate } from '../pipeline/metadata/page-date';
import { findTitle } from '../pipeline/metadata/title';
import type { NoticeText } from '../pipeline/types';

const TITLE = '中共某某县民政局党组关于县委巡察反馈意见整改进展情况的通报';
const OPENING = '根据县委统一部署，县委第二巡察组对县民政局党组开展了常规巡察。';
const linesOf = (text: string) => normalizeForParsing(text).split('\n');
const noticeOf = (text: string): NoticeText => ({ noticeId: 'n', file: 'n.txt', format: 'txt', encoding: 'UTF-8', sha256: '', bytes: text.length, text });

describe('findPageDate on dates a page shows without a label', () => {
  it('findPageDate(lines) reads a date that opens a header line before the page’s 来源 or 浏览次数, or alone', () => {
    expect(findPageDate(linesOf(['2026-01-12 19:24 来源：区纪委监委', TITLE, OPENING].join('\n')))).toEqual({ year: 2026, month: 1, day: 12 });
    expect(findPageDate(linesOf([TITLE, '2023-05-04 08:46:31  浏览次数：', OPENING].join('\n')))).toEqual({ year: 2023, month: 5, day: 4 });
    expect(findPageDate(linesOf([TITLE, '2023/05/04', OPENING].join('\n')))).toEqual({ year: 2023, month: 5, day: 4 });
  });

  it('findPageDate(lines) never takes a date that opens a sentence of the notice', () => {
    const text = [TITLE, '2023年2月13日至3月31日，县委第二巡察组对县民政局党组开展了常规巡察。', '2023年4月18日 县委巡察组反馈了巡察意见。'].join('\n');
    expect(findPageDate(linesOf(text))).toBeNull();
  });

  it('extractMetadata(notice) keeps a signed notice’s signature date over the date its page shows unlabelled', () => {
    const text = ['2023-05-04 08:46:31 来源：县民政局', TITLE, OPENING, '一、关于落实党的路线方针政策方面', '中共某某县民政局党组', '2023年4月28日'].join('\n');
    expect(extractMetadata(noticeOf(text)).metadata.publishedDate).toBe('2023-04-28');
    const unsigned = ['2023-05-04 08:46:31 来源：县民政局', TITLE, OPENING, '一、关于落实党的路线方针政策方面'].join('\n');
    expect(extractMetadata(noticeOf(unsigned)).metadata.publishedDate).toBe('2023-05-04');
  });
});

describe('findTitle below page debris', () => {
  const menu = ['网站首页', '机构概况', '新闻中心', '政务公开', '巡视巡察', '巡察整改', '审查调查', '纪律教育', '互动交流', '专题专栏', '2026-01-12 19:24 来源：区纪委监委'];

  it('findTitle(lines) finds the title below a dozen lines of menu names and an unlabelled date line', () => {
    const text = [...menu, TITLE, OPENING].join('\n');
    expect(findTitle(linesOf(text), text.split('\n'))).toBe(TITLE);
  });

  it('findTitle(lines) prefers the title-shaped line to a column name that ends like a title', () => {
    const text = ['网站首页', '某某县人民政府信息公开', TITLE, OPENING].join('\n');
    expect(findTitle(linesOf(text), text.split('\n'))).toBe(TITLE);
  });

  it('findTitle(lines) leaves out a column label the page put before the title, and the agency is read without it', () => {
    const unlabelled = [...menu, TITLE, OPENING].join('\n');
    expect(extractMetadata(noticeOf(unlabelled)).metadata.agency).toBe('某某县民政局');
    for (const label of ['【反馈】', '【 巡察整改 】', '[通报]']) {
      const text = [...menu, `${label}${TITLE}`, OPENING].join('\n');
      expect(findTitle(linesOf(text), text.split('\n'))).toBe(TITLE);
      expect(extractMetadata(noticeOf(text)).metadata.agency).toBe('某某县民政局');
    }
  });

  it('findTitle(lines) is still null when the notice opens with its body below the debris', () => {
    const text = [...menu, OPENING, '一、关于落实党的路线方针政策方面'].join('\n');
    expect(findTitle(linesOf(text), text.split('\n'))).toBeNull();
  });
});
