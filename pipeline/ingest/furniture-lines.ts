import furniture from './page-furniture.json';
import { normalizeForParsing } from './normalize';
import { afterOpeningDate, pageDateIn } from './page-labels';
import { withoutTrailingCredit } from './trailing-credits';

const BREADCRUMB_STEP = />>?|»|›|→|->/g;
const OPENS_WITH_HOME = new RegExp(`^(?:${furniture.homeWords.join('|')})\\s*(?:>|»|›|→|-)`);
const FILE_NAME = new RegExp(`^[^\\s。，,；;]{1,${furniture.maximumFurnitureLineLength}}\\.(?:${furniture.fileExtensions.join('|')})$`, 'i');
const ATTACHMENT_LABEL = new RegExp(`^(?:${furniture.attachmentLabels.join('|')})\\s*:?$`);
// 巡察整改：<the title>: a column name before a repeat of the title below it.
const LABELLED_LINE = /^([^:]{1,12}):\s*(.+)$/;
const TOKEN_SEPARATOR = /[\s|｜·•/]+/;
// 【打印】, 关闭., ▼往期推荐: the marks around a button's word; a token of marks alone (▼, ✦, —, ：) is left empty.
const TOKEN_WRAPPERS = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const WHOLE_LINE_WORDS = new Set(furniture.wholeLineWords);
const EDITION_LINE = new RegExp(furniture.editionLinePattern);
const ADDRESS_LINE = new RegExp(furniture.addressLinePattern);
// “…”, "…", 《…》 around a repeated title.
const TITLE_QUOTES = /^[“"《]+|[”"》]+$/g;
// 】 alone: what a template leaves on its own line after 【责任编辑：…; no notice writes a line of brackets.
const BRACKETS_ONLY = /^[[\]【】()（）〔〕\s]+$/;
// How far below a column-labelled line the title it repeats may stand (the 来源/日期 line between).
const REPEAT_LOOKAHEAD = 6;

/**
 * Drops short lines that only web pages carry (footers, share buttons, breadcrumbs, editor
 * credits, download links, a title repeated under its column's name). A line that also shows
 * the page's date (发布时间：… 浏览次数：…) keeps the date alone: an unsigned notice has no other.
 * A kept line loses the bracketed credit glued to its end ((张丽春 || 责任编辑 茹婷婷)).
 */
export function withoutFurnitureLines(text: string): string {
  const lines = text.split('\n');
  const normalized = lines.map((line) => normalizeForParsing(line).trim());
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = normalized[index];
    if (line.length > furniture.maximumFurnitureLineLength) {
      kept.push(withoutTrailingCredit(lines[index]));
    } else if (isFurnitureLine(line) || repeatsTitleBelow(normalized, index) || repeatsLineAbove(normalized, index) || labelsDownloads(normalized, index)) {
      const date = pageDateIn(lines[index]);
      if (date !== null) kept.push(date);
    } else {
      kept.push(withoutTrailingCredit(lines[index]));
    }
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** `line` is normalised (half-width colons and brackets) and trimmed, and short. */
function isFurnitureLine(line: string): boolean {
  if (line === '') return false;
  return (
    furniture.lineCues.some((cue) => line.includes(cue)) ||
    startsLikeFurniture(line) ||
    startsLikeFurniture(afterOpeningDate(line) ?? '') ||
    isBreadcrumb(line) ||
    FILE_NAME.test(line) ||
    EDITION_LINE.test(line) ||
    BRACKETS_ONLY.test(line) ||
    ADDRESS_LINE.test(line) ||
    isButtonRow(line)
  );
}

/** 来源:…, 作者:…, 责任编辑…: a credit line; after an unlabelled date too (2026-01-12 19:24 来源:区纪委监委). */
function startsLikeFurniture(line: string): boolean {
  return line !== '' && furniture.lineStarts.some((start) => line.startsWith(start));
}

/** 首页>巡视巡察>巡察整改, 党群工作 >> 专栏 >> 浏览文章, 首页 -> 要闻. */
function isBreadcrumb(line: string): boolean {
  return OPENS_WITH_HOME.test(line) || (line.match(BREADCRUMB_STEP)?.length ?? 0) >= 2;
}

/** A row of page buttons and nothing else: 无障碍 适老化 长者模式, 打印 | 关闭, 【收藏】, — END —, ▼往期推荐, ▼ (marks alone, as 公众号 articles set them). */
function isButtonRow(line: string): boolean {
  return line.split(TOKEN_SEPARATOR).every((token) => {
    const word = token.replace(TOKEN_WRAPPERS, '');
    return word === '' || WHOLE_LINE_WORDS.has(word);
  });
}

/** `栏目：<title>` where the title itself stands within the next few lines. */
function repeatsTitleBelow(lines: string[], index: number): boolean {
  const labelled = LABELLED_LINE.exec(lines[index]);
  if (!labelled || furniture.metadataLabels.includes(labelled[1].replace(/\s+/g, ''))) return false;
  const repeated = labelled[2].trim();
  if (repeated.length < furniture.shortestRepeatedTitle) return false;
  for (let next = index + 1; next < lines.length && next <= index + REPEAT_LOOKAHEAD; next++) {
    if (lines[next] === repeated) return true;
  }
  return false;
}

/** 标题:“<the title>” after the notice: a page's record of the title it shows above. */
function repeatsLineAbove(lines: string[], index: number): boolean {
  const labelled = LABELLED_LINE.exec(lines[index]);
  if (!labelled) return false;
  const repeated = labelled[2].trim().replace(TITLE_QUOTES, '').trim();
  if (repeated.length < furniture.shortestRepeatedTitle) return false;
  return lines.slice(0, index).includes(repeated);
}

/** A bare 附件： above a download link: the label of the page's download list, not of the notice. */
function labelsDownloads(lines: string[], index: number): boolean {
  if (!ATTACHMENT_LABEL.test(lines[index])) return false;
  let next = index + 1;
  while (next < lines.length && lines[next] === '') next++;
  return next < lines.length && FILE_NAME.test(lines[next]);
}
