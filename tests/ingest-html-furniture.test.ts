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
