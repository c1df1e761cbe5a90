import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../pipeline/metadata';
import type { NoticeText } from '../pipeline/types';
import { metadataInGoldNames } from './helpers/metadata-in-gold-names';
import { readGold, readSeed, seedFiles } from './helpers/seeds';

function noticeOf(text: string): NoticeText {
  return { noticeId: 'built', file: 'built.txt', format: 'txt', encoding: 'UTF-8', sha256: '', bytes: text.length, text };
}

describe('extractMetadata on the seed notices', () => {
  const gold = readGold();
  for (const file of seedFiles()) {
    it(`extractMetadata(${file}) gives every gold metadata field`, () => {
      const expected = gold.find((notice) => notice.file === file)!;
      const { metadata, diagnostics } = extractMetadata(readSeed(file));
      const { declared, ...fields } = metadataInGoldNames(metadata);
      expect(fields).toEqual({
        title: expected.title,
        agency: expected.agency,
        publisher: expected.publisher,
        region: expected.region,
        level: expected.level,
        inspection_kind: expected.inspection_kind,
        inspection_body: expected.inspection_body,
        inspection_round: expected.inspection_round,
        inspection_start: expected.inspection_start,
        inspection_end: expected.inspection_end,
        feedback_date: expected.feedback_date,
        published_date: expected.published_date,
      });
      expect(declared).toEqual(expected.declared);
      expect(diagnostics).toEqual([]);
    });
  }
});

describe('extractMetadata on built notices', () => {
  it('extractMetadata gives a feedback date without a year the first year on or after the inspection end', () => {
    const { metadata } = extractMetadata(
      noticeOf('根据县委统一部署,2022年10月8日至12月20日,县委第二巡察组对县财政局党组开展了巡察。3月2日,县委巡察组向县财政局党组反馈了巡察意见。'),
    );
    expect(metadata.inspectionStart).toBe('2022-10-08');
    expect(metadata.inspectionEnd).toBe('2022-12-20');
    expect(metadata.feedbackDate).toBe('2023-03-02');
  });

  it('extractMetadata reads counts written in Chinese numerals', () => {
    const { metadata } = extractMetadata(
      noticeOf('一、整改工作开展情况\n巡察组反馈了四个方面十一个问题,局党组制定了三十二条整改措施,建立健全制度机制五项。\n二、问题整改情况\n(一)问题一\n整改情况:新制定内控管理制度3个。'),
    );
    expect(metadata.declared.areas).toBe(4);
    expect(metadata.declared.problems).toBe(11);
    expect(metadata.declared.measures).toBe(32);
    expect(metadata.declared.rulesMade).toBe(5);
  });

  it('extractMetadata leaves counts stated inside one problem out of the notice-wide counts', () => {
    const { metadata } = extractMetadata(
      noticeOf('一、整改工作开展情况\n局党组研究部署整改工作。\n二、问题整改情况\n(一)财务管理不规范\n整改情况:制定完善制度4项,退回资金2.5万元,批评教育2人。'),
    );
    expect(metadata.declared.rulesMade).toBeNull();
    expect(metadata.declared.moneyReturnedYuan).toBeNull();
    expect(metadata.declared.peopleDisciplined).toBeNull();
  });

  it('extractMetadata converts 万元 to yuan and adds up the people named in one summary sentence', () => {
    const { metadata } = extractMetadata(
      noticeOf('一、整改工作开展情况\n整改期间,追回资金共12.5万元,诫勉谈话1人,批评教育3人次。\n二、问题整改情况\n(一)问题'),
    );
    expect(metadata.declared.moneyReturnedYuan).toBe(125_000);
    expect(metadata.declared.peopleDisciplined).toBe(4);
  });

  it('extractMetadata reads money returned when the sentence says how it was misspent (违规发放资金, 违规领取的补贴)', () => {
    const issued = extractMetadata(noticeOf('一、整改工作开展情况\n整改期间,收回违规发放资金4.2万元。\n二、问题整改情况\n(一)问题'));
    expect(issued.metadata.declared.moneyReturnedYuan).toBe(42_000);
    const claimed = extractMetadata(noticeOf('一、整改工作开展情况\n整改期间,清退违规领取的补贴共计3600元。\n二、问题整改情况\n(一)问题'));
    expect(claimed.metadata.declared.moneyReturnedYuan).toBe(3600);
  });

  it('extractMetadata expands an agency the body abbreviates with the place the notice gives it', () => {
    const { metadata } = extractMetadata(
      noticeOf(
        '根据市委统一部署,2023年3月1日至4月30日,市委第二巡察组对市审计局党组开展了巡察。\n一、整改工作开展情况\n制定了《开远市审计局党组关于巡察反馈意见的整改方案》。',
      ),
    );
    expect(metadata.agency).toBe('开远市审计局');
    expect(metadata.region).toEqual({ province: '云南省', city: '红河哈尼族彝族自治州', district: '开远市' });
    expect(metadata.level).toBe('district');
    expect(metadata.inspectionBody).toBe('市委第二巡察组');
    expect(metadata.inspectionKind).toBe('巡察');
  });

  it('extractMetadata skips web debris before the title and reads a signature dated in Chinese numerals', () => {
    const { metadata } = extractMetadata(
      noticeOf(
        '字号:大 中 小\n信息来源:区审计局 日期:2021-05-20\n中共北京市朝阳区审计局党组关于区委第一巡察组反馈意见整改进展情况的通报\n按照区委统一部署,区委第一巡察组对区审计局党组开展了巡察。\n中共北京市朝阳区审计局党组\n二〇二一年五月十二日',
      ),
    );
    expect(metadata.title).toBe('中共北京市朝阳区审计局党组关于区委第一巡察组反馈意见整改进展情况的通报');
    expect(metadata.agency).toBe('北京市朝阳区审计局');
    expect(metadata.publisher).toBe('中共北京市朝阳区审计局党组');
    expect(metadata.region).toEqual({ province: '北京市', city: '北京市', district: '朝阳区' });
    expect(metadata.publishedDate).toBe('2021-05-12');
  });

  it('extractMetadata takes the page header date when the notice is not signed', () => {
    const { metadata } = extractMetadata(noticeOf('关于巡察整改进展情况的通报\n发布时间:2024-07-26\n根据市委统一部署,市委第一巡察组对市数据局党组开展了巡察。'));
    expect(metadata.publishedDate).toBe('2024-07-26');
    expect(metadata.publisher).toBeNull();
  });

  it('extractMetadata does not take a round named in passing as the inspection round', () => {
    const { metadata } = extractMetadata(
      noticeOf('根据市委统一部署,市委第四巡察组对市水利局党组开展了巡察。\n一、整改工作开展情况\n深入学习在听取七届市委第七轮巡察情况汇报时的讲话精神。'),
    );
    expect(metadata.inspectionRound).toBeNull();
  });

  it('extractMetadata reads the round from the title and the kind 巡视 from the group', () => {
    const { metadata } = extractMetadata(
      noticeOf('中共海南省财政厅党组关于十一届省委第二轮巡视整改进展情况的通报\n根据省委统一部署,省委第三巡视组对省财政厅党组进行了巡视。'),
    );
    expect(metadata.inspectionRound).toBe('十一届省委第二轮');
    expect(metadata.inspectionKind).toBe('巡视');
    expect(metadata.inspectionBody).toBe('省委第三巡视组');
    expect(metadata.region).toEqual({ province: '海南省', city: null, district: null });
    expect(metadata.level).toBe('province');
  });

  it('extractMetadata warns when it finds neither the agency nor the inspection kind', () => {
    const { metadata, diagnostics } = extractMetadata(noticeOf('现将有关情况通报如下。\n一、工作开展情况\n认真研究部署。'));
    expect(metadata.agency).toBeNull();
    expect(metadata.inspectionKind).toBeNull();
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['METADATA_NO_AGENCY', 'METADATA_NO_INSPECTION_KIND']);
    expect(diagnostics.every((diagnostic) => diagnostic.stage === 'metadata' && diagnostic.severity === 'warning')).toBe(true);
  });
});

describe('extractMetadata signatures', () => {
  it('extractMetadata reads a signer and date on one line, and no signer from a page timestamp', () => {
    const signedOnOneLine = extractMetadata(noticeOf('根据区委统一部署,区委第一巡察组对区民政局党组开展了巡察。\n中共深圳市南山区民政局党组 2022年3月4日'));
    expect(signedOnOneLine.metadata.publisher).toBe('中共深圳市南山区民政局党组');
    expect(signedOnOneLine.metadata.publishedDate).toBe('2022-03-04');
    const timestamp = extractMetadata(noticeOf('根据区委统一部署,区委第一巡察组对区民政局党组开展了巡察。\n更新时间 2022年3月4日'));
    expect(timestamp.metadata.publisher).toBeNull();
  });
});

describe('extractMetadata titles', () => {
  it('extractMetadata joins a title wrapped over two lines and leaves a tag line above a title out', () => {
    const wrapped = extractMetadata(noticeOf('中共东营市大数据局党组关于市委第四巡察组反馈意见\n集中整改进展情况的通报\n按照市委统一部署。'));
    expect(wrapped.metadata.title).toBe('中共东营市大数据局党组关于市委第四巡察组反馈意见集中整改进展情况的通报');
    const tagged = extractMetadata(noticeOf('【巡察整改】\n中共东营市大数据局党组关于市委第四巡察组反馈意见整改进展情况的通报\n按照市委统一部署。'));
    expect(tagged.metadata.title).toBe('中共东营市大数据局党组关于市委第四巡察组反馈意见整改进展情况的通报');
  });

  it('extractMetadata drops 党组织 from the agency the body names and gives it the county the notice names', () => {
    const { metadata } = extractMetadata(
      noticeOf('按照县委巡察工作安排,县委第三巡察组于2022年9月5日至10月30日对县教育局党组织开展了巡察,11月25日进行了反馈。\n一、整改工作开展情况\n制定了《寿县教育局巡察整改方案》。'),
    );
    expect(metadata.agency).toBe('寿县教育局');
    expect(metadata.region).toEqual({ province: '安徽省', city: '淮南市', district: '寿县' });
    expect(metadata.feedbackDate).toBe('2022-11-25');
  });
});
