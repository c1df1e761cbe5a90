import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../pipeline/ingest/html-to-lines';

const TITLE = '中共某县某某局党组关于巡察整改进展情况的通报';
const LAST_PROBLEM = ['2.公务用车管理不规范。', '整改情况：一是修订公务用车管理办法；二是开展公车使用专项检查。'];
const linesOf = (paragraphs: readonly string[]) =>
  htmlToLines(`<html><body><h1>${TITLE}</h1>${paragraphs.map((line) => `<p>${line}</p>`).join('')}</body></html>`)
    .split('\n')
    .filter((line) => line !== '');

describe('htmlToLines on the credits and records a page puts right after a notice', () => {
  it('htmlToLines(page) drops a reporter’s or editors’ credit in brackets: （记者 刘志婷）, (责编:赵欣悦、袁勃), （通讯员 王某）', () => {
    expect(linesOf([...LAST_PROBLEM, '（记者 刘志婷）', '(责编:赵欣悦、袁勃)', '（通讯员 王某）'])).toEqual([TITLE, ...LAST_PROBLEM]);
  });

  it('htmlToLines(page) drops a newspaper’s edition line: 《 湖北日报 》( 2024年07月27日 04 版)', () => {
    expect(linesOf([...LAST_PROBLEM, '《 湖北日报 》( 2024年07月27日 04 版)', '《人民日报》（2023年10月11日 第4版）'])).toEqual([TITLE, ...LAST_PROBLEM]);
  });

  it('htmlToLines(page) drops a line that is only a web address, labelled or not', () => {
    expect(linesOf([...LAST_PROBLEM, '地址:http://www.example-news.com/xwzx/11930.html', 'https://example.gov.cn/art/1.html'])).toEqual([TITLE, ...LAST_PROBLEM]);
  });

  it('htmlToLines(page) drops 标题:“<title>” below the notice, the page’s record of the title shown above', () => {
    expect(linesOf([...LAST_PROBLEM, `标题:“${TITLE}”`])).toEqual([TITLE, ...LAST_PROBLEM]);
  });

  it('htmlToLines(page) keeps a labelled line whose value repeats no line above, and a quoted title in a sentence', () => {
    const kept = ['整改情况：一是修订公务用车管理办法；二是开展公车使用专项检查。', `依据：“${TITLE}”要求整改`];
    expect(linesOf(['2.公务用车管理不规范。', ...kept])).toEqual([TITLE, '2.公务用车管理不规范。', ...kept]);
  });

  it('htmlToLines(page) drops the reading-time note of a copied article: 本篇文章575字,读完约1分钟', () => {
    expect(linesOf(['本篇文章575字,读完约1分钟', ...LAST_PROBLEM])).toEqual([TITLE, ...LAST_PROBLEM]);
  });
});
