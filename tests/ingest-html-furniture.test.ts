import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../pipeline/ingest/html-to-lines';

const NOTICE = ['关于巡察整改进展情况的通报', '一、整改工作开展情况', '(一)落实主体责任不到位问题。整改情况:一是召开专题会议研究部署。'];

describe('htmlToLines', () => {
  it('htmlToLines(page) drops navigation, share buttons, comment lists and footers around the article', () => {
    const page = `<html><body><div class="nav"><a>首页</a><a>政务公开</a></div><div class="article">${NOTICE.map((line) => `<p>${line}</p>`).join('')}</div>
      <div class="share">分享到：微信</div><div class="comment-list">评论列表<p>网友：好</p></div><div id="footer">网站地图 | 鲁ICP备05012345号</div></body></html>`;
    expect(htmlToLines(page).split('\n').filter((line) => line !== '')).toEqual(NOTICE);
  });

  it('htmlToLines(page) keeps the article, and drops the menu entry, when an unclosed furniture element wraps it', () => {
    const page = `<html><body><div class="nav"><a>首页</a>${NOTICE.map((line) => `<p>${line}</p>`).join('')}<p>网站地图 | 鲁ICP备05012345号</p></body></html>`;
    expect(htmlToLines(page).split('\n').filter((line) => line !== '')).toEqual(NOTICE);
  });
});

const article = NOTICE.map((line) => `<p>${line}</p>`).join('');
const linesOf = (page: string) => htmlToLines(page).split('\n').filter((line) => line !== '');

describe('htmlToLines on the furniture of real pages', () => {
  it('htmlToLines(page) drops a side menu of links in a layout table and a row of links, keeping a lone long link', () => {
    const menu = ['机构概况', '工作动态', '巡视巡察', '信访举报'].map((name) => `<tr><td><a href="#">${name}</a></td></tr>`).join('');
    const page = `<table><tr><td><table>${menu}</table></td><td><p><a href="#">网站首页</a> | <a href="#">政务公开</a></p><h1><a href="#">${NOTICE[0]}</a></h1>${article.replace(`<p>${NOTICE[0]}</p>`, '')}</td></tr></table>`;
    expect(linesOf(page)).toEqual(NOTICE);
  });

  it('htmlToLines(page) reads an article held in a form (VSB, ASP.NET pages)', () => {
    expect(linesOf(`<form name="_newscontent_fromname">${article}</form>`)).toEqual(NOTICE);
  });

  it('htmlToLines(page) drops breadcrumbs without 当前位置, credit lines, button rows and download links with their 附件 label', () => {
    const furniture = ['首页>巡视巡察>巡察整改', '党群工作 >> 专栏 >> 浏览文章', '来源：市委巡察办', '（责任编辑：张华）', '编辑：王顺强', '审核：李明', '无障碍 适老化 长者模式', '【字体：大 中 小】', '微信图片_20240729112915.jpg'];
    const page = `${furniture.map((line) => `<p>${line}</p>`).join('')}${article}<p>附件：</p><p><a href="#">1.整改台账.xlsx</a></p><p><a href="#">2.清单.docx</a></p><p>上一条：<a href="#">市委巡察办召开推进会</a></p>`;
    expect(linesOf(page)).toEqual(NOTICE);
  });

  it('htmlToLines(page) drops a title repeated under its column name, and keeps the 来源 line’s date', () => {
    const page = `<div>巡察整改：${NOTICE[0]}</div><div>来源：市委巡察办发布时间：2026-01-12 16:02:43</div>${article}`;
    expect(linesOf(page)).toEqual(['发布时间：2026-01-12 16:02:43', ...NOTICE]);
  });

  it('htmlToLines(page) joins the list-item labels of a 信息公开 list with their values', () => {
    const page = `<ul><li><span>成文日期：</span><p>2024-07-26</p></li><li><span>发布机构：</span><p>市数据局</p></li></ul>${article}`;
    expect(linesOf(page).map((line) => line.trim())).toEqual(['成文日期：2024-07-26', '发布机构：市数据局', ...NOTICE]);
  });
});
