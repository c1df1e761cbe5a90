import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutRepeatedCopy } from '../pipeline/ingest/repeated-copy';
import { withoutTrailingCredit } from '../pipeline/ingest/trailing-credits';
import { checkPageHoldingNotice, realPagesFolder, type ExpectedNoticePage } from './helpers/notice-page-checks';

// The pages of `tests/fixtures/pages-real/pages3-expected.json` (described in its comment).
const expected: { pages: ExpectedNoticePage[] } = JSON.parse(readFileSync(path.join(realPagesFolder, 'pages3-expected.json'), 'utf8'));

describe.each(expected.pages)('a real page layout: $file', (page) => {
  checkPageHoldingNotice(page);
});

describe('withoutTrailingCredit', () => {
  it('withoutTrailingCredit(line) cuts a bracketed credit glued after a sentence’s end', () => {
    expect(withoutTrailingCredit('补齐材料16份。（张丽春 || 责任编辑 茹婷婷）')).toBe('补齐材料16份。');
    expect(withoutTrailingCredit('已完成整改。(通讯员 李明)')).toBe('已完成整改。');
  });

  it('withoutTrailingCredit(line) keeps a bracketed note inside a sentence and brackets without a credit word', () => {
    expect(withoutTrailingCredit('修订制度3项（审核 流程、报账流程）')).toBe('修订制度3项（审核 流程、报账流程）');
    expect(withoutTrailingCredit('已完成整改。（牵头单位：办公室）')).toBe('已完成整改。（牵头单位：办公室）');
  });
});

describe('withoutRepeatedCopy', () => {
  const body = ['一、落实党中央决策部署方面', '问题1：耕地保护责任落实不到位，问题图斑整治滞后。', '整改进展：开展耕地“非农化”排查，整治问题图斑9处。', '问题2：人居环境整治常态化机制不健全，考评不严。'];

  it('withoutRepeatedCopy(text) drops a second copy of the article with its title and date header, keeping the signature date', () => {
    const first = ['关于巡察整改进展情况的通报', ...body, '中共某镇委员会', '2024年8月20日'];
    const text = [...first, '', '关于巡察整改进展情况的通报', '2024-08-21 10:12:35', ...body, '中共某镇委员会', '2024年8月20日'].join('\n');
    expect(withoutRepeatedCopy(text)).toBe(first.join('\n'));
  });

  it('withoutRepeatedCopy(text) keeps a run of measures a notice repeats word for word under two problems', () => {
    const measures = ['（1）组织专题学习，深入学习习近平总书记关于耕地保护的重要论述。', '（2）建立耕地保护网格化巡查机制，做到早发现、早制止、早处置。', '（3）对排查发现的问题图斑建立台账，逐一整改销号，按月通报进展。'];
    const problems = ['问题1：耕地保护责任落实不到位，问题图斑整治滞后，部分村（社区）巡查流于形式。', '问题2：耕地“非粮化”整治推进缓慢，复耕复种任务未按期完成，群众意见较大。'];
    const notice = ['关于巡察整改进展情况的通报', '一、落实党中央决策部署方面', problems[0], ...measures, problems[1], ...measures, '二、全面从严治党方面', '问题3：村级财务管理不规范，票据不合规，部分村报销凭证缺少经办人签字。', '（1）开展村级财务专项检查，规范报销审批流程。', '（2）对不合规票据逐笔核查，责令限期整改到位。', '中共某镇委员会', '2024年8月20日'];
    expect(withoutRepeatedCopy(notice.join('\n'))).toBe(notice.join('\n'));
  });

  it('withoutRepeatedCopy(text) keeps long lines a notice repeats on their own (a measure written for two problems)', () => {
    const text = [...body, '整改进展：开展耕地“非农化”排查，整治问题图斑9处。', '问题3：村级财务管理不规范，票据不合规。'].join('\n');
    expect(withoutRepeatedCopy(text)).toBe(text);
  });
});
