import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTemplateOf } from '../pipeline/ingest/article-templates';
import { withoutFurnitureLines } from '../pipeline/ingest/furniture-lines';
import { htmlToLines } from '../pipeline/ingest/html-to-lines';
import { noticeAttachmentsOf } from '../pipeline/ingest/notice-attachments';
import { checkPageHoldingNotice, ingestPage, realPagesFolder, type ExpectedNoticePage } from './helpers/notice-page-checks';

/** One page of `pages4-expected.json` whose notice is in an attachment. */
interface ExpectedAttachmentPage {
  file: string;
  mentions: string[];
}

const expected: { pages: ExpectedNoticePage[]; attachmentPages: ExpectedAttachmentPage[] } = JSON.parse(readFileSync(path.join(realPagesFolder, 'pages4-expected.json'), 'utf8'));

describe.each(expected.pages)('a page holding its notice: $file', (page) => {
  checkPageHoldingNotice(page);
});

describe.each(expected.attachmentPages)('a page whose notice is in an attachment: $file', (page) => {
  it('ingestBytes(page) gives no notice and one INGEST_NOTICE_IN_ATTACHMENT error naming the attachment', async () => {
    const ingested = await ingestPage(page.file);
    expect(ingested.notice).toBeNull();
    expect(ingested.diagnostics.map(({ stage, severity, code }) => ({ stage, severity, code }))).toEqual([{ stage: 'ingest', severity: 'error', code: 'INGEST_NOTICE_IN_ATTACHMENT' }]);
    expect(page.mentions.filter((mention) => !ingested.diagnostics[0].message.includes(mention))).toEqual([]);
  });
});

describe('noticeAttachmentsOf', () => {
  const summary = '关于县委巡察整改进展情况的通报\n发布日期：2023-06-12\n根据县委统一部署，县委第一巡察组开展了常规巡察。现将整改进展情况予以公布（详见附件）。';
  const notice = [
    '根据县委统一部署，县委第一巡察组对县水利局党组开展了常规巡察，并反馈了巡察意见。现将整改进展情况予以公布。',
    ...Array.from({ length: 12 }, (_, index) => `${index + 1}.落实水旱灾害防御责任不够到位。整改情况：修订防汛防台应急预案，开展隐患排查3次，整改隐患12处，建立问题清单和整改台账。`),
    '中共某县水利局党组',
    '2023年10月12日',
  ].join('\n');

  it('noticeAttachmentsOf(html, text) names the attachment a summary page links to, with its address', () => {
    const html = '<p>附件：<a href="/download?filename=2306.docx">某县水利局党组关于县委巡察整改进展情况的通报.docx</a></p>';
    expect(noticeAttachmentsOf(html, summary)).toEqual([{ name: '某县水利局党组关于县委巡察整改进展情况的通报.docx', address: '/download?filename=2306.docx' }]);
  });

  it('noticeAttachmentsOf(html, text) keeps a numeric entity past Unicode\'s last code point as written instead of failing the page', () => {
    const html = '<p>附件：<a href="/download?f=2306&#99999999;.docx">某县水利局党组关于县委巡察整改进展情况的通报&#x110000;.docx</a></p>';
    expect(noticeAttachmentsOf(html, summary)).toEqual([{ name: '某县水利局党组关于县委巡察整改进展情况的通报&#x110000;.docx', address: '/download?f=2306&#99999999;.docx' }]);
  });

  it('noticeAttachmentsOf(html, text) reads two paragraphs of summary under the 信息公开 table’s labels (over 400 characters) as a summary', () => {
    const table = ['索引号：001008003/2023-00123', '发布机构：某县文化和广电旅游体育局', '成文日期：2023-06-12', '公开方式：主动公开', '主题分类：其他', '公开范围：面向社会'];
    const longSummary = [...table, summary, '巡察整改期间，局党组召开专题会议研究部署整改工作，建立问题清单、任务清单、责任清单，逐项明确责任领导、责任科室和完成时限，整改工作取得阶段性成效。欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0576-87771234。', '截至目前，巡察反馈的问题已完成整改，其余问题正在按计划推进。局党组将坚持目标不变、标准不降、力度不减，对已完成的整改事项开展“回头看”，对需要长期坚持的事项持续跟踪问效，建立健全长效机制，推动巡察整改成果转化为文化和广电旅游体育事业高质量发展的实际成效。', '整改落实的具体情况详见附件。联系人：局办公室，联系电话：0576-87771234；邮政地址：某县文化路8号局办公室，邮编：317300。'].join('\n');
    const html = '<p>附件：<a href="/f/2306.pdf">关于县委巡察反馈意见整改进展情况的通报.pdf</a></p>';
    expect(noticeAttachmentsOf(html, longSummary).map((attachment) => attachment.name)).toEqual(['关于县委巡察反馈意见整改进展情况的通报.pdf']);
  });

  it('noticeAttachmentsOf(html, text) takes the file’s name from the address when the link shows none, and counts a notice offered as .pdf and .doc once', () => {
    const html = '<a href="/files/%E6%95%B4%E6%94%B9%E6%83%85%E5%86%B5%E9%80%9A%E6%8A%A5.pdf">下载</a> <a href="/files/x.doc">附件1：整改情况通报.doc</a>';
    expect(noticeAttachmentsOf(html, summary).map((attachment) => attachment.name)).toEqual(['整改情况通报.pdf']);
  });

  it('noticeAttachmentsOf(html, text) is empty for a whole notice above its 整改台账.xlsx or above a copy of itself to download', () => {
    expect(noticeAttachmentsOf('<p>附件：<a href="/f/1.xlsx">整改台账.xlsx</a></p>', notice)).toEqual([]);
    expect(noticeAttachmentsOf('<p>附件：<a href="/f/1.doc">某县水利局党组关于县委巡察整改进展情况的通报.doc</a></p>', notice)).toEqual([]);
  });

  it('noticeAttachmentsOf(html, text) is empty for a short page whose attachments are not named like a notice, or that lists many notices', () => {
    expect(noticeAttachmentsOf('<a href="/f/1.xlsx">整改台账.xlsx</a> <a href="/f/2.jpg">巡察整改情况通报.jpg</a>', summary)).toEqual([]);
    const column = Array.from({ length: 5 }, (_, index) => `<li><a href="/f/${index}.pdf">第${index + 1}家单位关于巡察整改情况的通报</a></li>`).join('');
    expect(noticeAttachmentsOf(column, summary)).toEqual([]);
  });
});

describe('withoutFurnitureLines on a 公众号 article’s furniture', () => {
  it('withoutFurnitureLines(text) drops END between dashes, 往期推荐, lone marks, the button row and the 三审 credits', () => {
    const text = ['2024年9月20日', '— END —', '往期推荐', '▼', '✦', '：', '分享 收藏 点赞 在看', '点击上方蓝字关注我们', '长按识别二维码', '初审：沈立峰', '终审：钱国良', '关注我们'].join('\n');
    expect(withoutFurnitureLines(text)).toBe('2024年9月20日');
  });

  it('withoutFurnitureLines(text) keeps a heading’s bare number and a line that only mentions the words of the buttons', () => {
    const text = ['（一）', '二、', '对留言办理不及时的问题开展专项整治。'].join('\n');
    expect(withoutFurnitureLines(text)).toBe(text);
  });
});

describe('htmlToLines on a list of one headline', () => {
  const signature = '<p>中共某区卫生健康局委员会</p><p>2024年9月6日</p>';

  it('htmlToLines(html) drops a lone headline link below 往期推荐 with its heading', () => {
    const html = `${signature}<p>▼往期推荐</p><p><br></p><p><a href="https://mp.weixin.qq.com/s?__biz=x">中共某区农业农村局委员会关于区委巡察整改进展情况的通报</a></p>`;
    expect(htmlToLines(html)).toBe('中共某区卫生健康局委员会\n2024年9月6日');
  });

  it('htmlToLines(html) keeps a lone long link under no such heading (a page whose title is a link)', () => {
    const html = `<p><a href="/art/1.html">中共某区卫生健康局委员会关于区委巡察整改进展情况的通报</a></p>${signature}`;
    expect(htmlToLines(html).split('\n')[0]).toBe('中共某区卫生健康局委员会关于区委巡察整改进展情况的通报');
  });
});

describe('articleTemplateOf', () => {
  it('articleTemplateOf(html) knows a page of the 公众号 article template by its #js_content and #activity-name', () => {
    expect(articleTemplateOf('<h1 class="rich_media_title" id="activity-name">标题</h1><div class="rich_media_content" id="js_content">正文</div>')?.name).toBe('wechat-article');
  });

  it('articleTemplateOf(html) is null for a site that copied only the article’s rich_media_content', () => {
    expect(articleTemplateOf('<h2>标题</h2><div class="rich_media_content" id="js_content">正文</div>')).toBeNull();
  });
});
