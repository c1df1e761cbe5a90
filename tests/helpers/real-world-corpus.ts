import iconv from 'iconv-lite';

/**
 * Builders for the inputs real scraped corpora hold (issue 5): the seed notices re-encoded,
 * wrapped in government web pages, strewn with text debris, cut off; and inputs that are not
 * notices at all. Each builder is a general transformation of a notice's text, never a seed edit.
 */

/** Text → bytes in a legacy or Unicode encoding, with a byte-order mark where the encoding has one. */
export function encodeText(text: string, encoding: 'utf8' | 'utf8-bom' | 'gbk' | 'gb18030' | 'gb2312' | 'utf16le' | 'utf16be'): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);
    default:
      return iconv.encode(text, encoding);
  }
}

/** Characters HTML pages write as entities: the decoded page must give them back. */
const ENTITIES: [RegExp, string][] = [
  [/&/g, '&amp;'],
  [/</g, '&lt;'],
  [/>/g, '&gt;'],
  [/“/g, '&ldquo;'],
  [/”/g, '&rdquo;'],
  [/、/g, '&#12289;'],
  [/—/g, '&mdash;'],
];

/** A line of text as HTML character data, with entities where pages use them. */
export function escapeHtml(line: string): string {
  return ENTITIES.reduce((escaped, [pattern, entity]) => escaped.replace(pattern, entity), line);
}

/**
 * A notice's lines as the article of a CMS page: the first line a heading, then paragraphs;
 * every third pair of paragraphs shares one `<p>` split by `<br>`, and the second half of the
 * notice sits in a one-column layout table (old sites put whole articles in `<td>`).
 */
export function noticeArticleHtml(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const [heading, ...paragraphs] = lines;
  const half = Math.floor(paragraphs.length / 2);
  const blocks = (part: string[]) => {
    const html: string[] = [];
    for (let index = 0; index < part.length; index++) {
      if (index % 6 === 0 && index + 1 < part.length) {
        html.push(`<p style="text-indent:2em">${escapeHtml(part[index])}<br>${escapeHtml(part[index + 1])}</p>`);
        index++;
      } else {
        html.push(`<p>${escapeHtml(part[index])}</p>`);
      }
    }
    return html.join('\n');
  };
  return [
    `<h1 class="title">${escapeHtml(heading)}</h1>`,
    `<div class="info">信息来源：市委巡察办 日期：2024-07-26 浏览次数：1024 <span class="font">字号：[大 中 小]</span></div>`,
    `<div class="content">${blocks(paragraphs.slice(0, half))}`,
    `<table width="100%"><tbody><tr><td>${blocks(paragraphs.slice(half))}</td></tr></tbody></table></div>`,
  ].join('\n');
}

/** A whole government web page around an article: navigation, breadcrumbs, share buttons, a comment list, footers. */
export function governmentPage(article: string, declaredCharset: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${declaredCharset}">
<meta charset="${declaredCharset}">
<title>巡察整改_政务公开</title>
<link rel="stylesheet" href="/css/main.css">
<style>.nav li{float:left}</style>
<script>var _hmt = _hmt || []; document.write("<p>统计</p>");</script>
</head>
<body>
<div class="top-bar">无障碍浏览 | 长者模式 | 繁體</div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="breadcrumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 巡察整改</div>
<div class="article">
${article}
</div>
<div class="share-box">分享到：<a class="weixin">微信</a><a class="weibo">微博</a></div>
<div class="print-close"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="pager">上一篇：关于召开专题民主生活会的通知<br>下一篇：2024年政府信息公开工作年度报告</div>
<div class="comment-list"><h3>评论列表</h3><ul><li>网友甲：整改到位，点赞！</li><li>网友乙：希望持续整改。</li></ul></div>
<div id="footer">
<p><a href="/sitemap">网站地图</a> | <a href="/contact">联系我们</a></p>
<p>主办单位：某某市人民政府办公室 网站标识码：3700000001</p>
<p>鲁ICP备05012345号-1 <img src="/gaba.png">鲁公网安备 37010202000123号</p>
</div>
</body>
</html>
`;
}

/**
 * The text debris of a scraped notice: a source-and-date line under the title, the title
 * split over two lines, "展开全文", runs of blank lines between paragraphs and page numbers
 * between paragraphs. The notice's own lines are kept as they were.
 */
export function withTextDebris(text: string): string {
  const [title, ...rest] = text.split('\n');
  const split = Math.ceil(title.length / 2);
  const body: string[] = [];
  let page = 1;
  for (const [index, line] of rest.entries()) {
    body.push(line);
    if (line.trim() === '') continue;
    if (index === 2) body.push('展开全文');
    if (index % 9 === 8) body.push('', `- ${++page} -`, '');
    body.push('', '', '');
  }
  return [title.slice(0, split), title.slice(split), '信息来源：市委巡察办 日期：2024-07-26', '', ...body].join('\n');
}

/** Swaps the width of brackets, colons, commas and digits on every other line: full-width ↔ half-width. */
export function withMixedWidths(text: string): string {
  const toFull = (line: string) => line.replace(/[(),:;0-9]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0));
  const toHalf = (line: string) => line.replace(/[（），：；０-９]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0));
  return text
    .split('\n')
    .map((line, index) => (index % 2 === 0 ? toFull(toHalf(line)) : toHalf(line)))
    .join('\n');
}

/** A news report about an inspection: it names a 巡察组, numbers its points, and lists no rectified problem. */
export const NEWS_ABOUT_AN_INSPECTION = [
  '市委第二巡察组进驻市数据局开展常规巡察',
  '来源：市委巡察办 发布时间：2024-05-10',
  '5月9日，市委第二巡察组巡察市数据局党组工作动员会召开。巡察组组长作动员讲话，市数据局党组书记主持会议并作表态发言。',
  '会议强调，要深刻认识巡察工作的重大意义，主动接受监督，全力支持配合巡察组开展工作。',
  '一、提高政治站位。要把接受巡察监督作为检验“四个意识”的重要契机。',
  '二、全力支持配合。要如实反映情况，确保巡察工作顺利开展。',
  '三、坚持边巡边改。对巡察组交办的问题，立行立改、即知即改。',
  '巡察期间，巡察组设立专门值班电话和邮政信箱，受理反映市数据局党组及其成员等方面的来信来电。',
].join('\n');

/** A CMS list page: titles of notices with their dates, links only, and paging. */
export function listPage(titles: string[]): string {
  const items = titles.map((title, index) => `<li><a href="/art/2024/7/${index + 1}.html" title="${escapeHtml(title)}">${escapeHtml(title)}</a><span class="date">2024-07-${String(index + 10).padStart(2, '0')}</span></li>`);
  return governmentPage(`<div class="list-title">巡察整改</div>\n<ul class="list">\n${items.join('\n')}\n</ul>\n<div class="page">共 3 页 首页 上一页 1 2 3 下一页 尾页</div>`, 'utf-8');
}
