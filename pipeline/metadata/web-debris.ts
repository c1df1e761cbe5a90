import debris from './web-debris.json';

const LEADING_MARKS = /^[\s〡|｜·•>]+/;

/** True for a line a web page added around the notice: 信息来源:… 日期:…, 展开全文, 字号, 打印 … */
export function isWebDebris(line: string): boolean {
  const text = line.replace(LEADING_MARKS, '');
  if (debris.linePrefixes.some((prefix) => text.startsWith(prefix))) return true;
  return text.length <= debris.shortLineLength && debris.shortLineWords.some((word) => text.includes(word));
}
