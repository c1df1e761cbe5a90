import config from './notice-attachments.json';
import { normalizeForParsing } from './normalize';

/** A link of a page to a file named like a notice: the name it shows and the address it points to. */
export interface NoticeAttachment {
  name: string;
  address: string;
}

const EXTENSIONS = config.documentExtensions.join('|');
// An address or a link's text ending in a document's file name (…/P0202311.pdf, downfile.jsp?filename=23061215.docx).
const DOCUMENT_ADDRESS = new RegExp(`\\.(?:${EXTENSIONS})(?:$|[?#&])`, 'i');
const DOCUMENT_NAME = new RegExp(`\\.(?:${EXTENSIONS})$`, 'i');
// A link's inner HTML stops at the next <a or </a, so that an unclosed link costs no rescan of the page.
const LINK = /<a\b([^>]*)>([^<]*(?:<(?!\/?a\b)[^<]*)*)<\/a\s*>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
// 附件：, 附件1：, 1. before the name the link shows.
const NAME_LABEL = /^(?:附件\s*\d*\s*[:：]?\s*)?(?:\d{1,2}\s*[.、．]\s*)?/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The attachments named like a notice that a page holds the place of: links to a document
 * whose name holds a notice's words (整改 and 通报, 情况 …), on a page whose own text (`text`,
 * the page's lines after its furniture) is only a summary. Empty when the page is the notice
 * (a notice in full above its 整改台账.xlsx, or above a copy of itself to download), or when it
 * lists more notices than one page offers for one (a column of notices).
 */
export function noticeAttachmentsOf(html: string, text: string): NoticeAttachment[] {
  const attachments = distinctByName(documentLinks(html).filter((link) => namesNotice(link.name)));
  if (attachments.length === 0 || attachments.length > config.mostNoticeAttachments) return [];
  const names = new Set(attachments.map((attachment) => withoutExtension(attachment.name)));
  const ownText = text
    .split('\n')
    .filter((line) => !names.has(withoutExtension(line.trim())))
    .join('')
    .replace(/\s+/g, '');
  return ownText.length <= config.longestSummaryCharacters ? attachments : [];
}

/** The message of the INGEST_NOTICE_IN_ATTACHMENT diagnostic: which file holds the notice, and where the page points to it. */
export function noticeInAttachmentMessage(attachments: NoticeAttachment[]): string {
  const files = attachments.map((attachment) => `${attachment.name} (${attachment.address})`).join('; ');
  return `the page holds only a summary or a link, and the notice is in an attachment it links to, which is not fetched: ${files}; download the attachment and add it to the input`;
}

/** Every link of the page to a document file, with the name it shows (or its file's name, when it shows none). */
function documentLinks(html: string): NoticeAttachment[] {
  const links: NoticeAttachment[] = [];
  for (const [, attributes, inner] of html.matchAll(LINK)) {
    const href = HREF.exec(attributes);
    const address = decodeEntities(href ? (href[1] ?? href[2] ?? href[3]) : '').trim();
    const shown = decodeEntities(inner.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim().replace(NAME_LABEL, '');
    if (!DOCUMENT_ADDRESS.test(address) && !DOCUMENT_NAME.test(shown)) continue;
    links.push({ name: namesNotice(shown) ? shown : fileNameOf(address), address });
  }
  return links;
}

function namesNotice(name: string): boolean {
  const normalized = normalizeForParsing(name);
  return config.noticeNameWords.every((word) => normalized.includes(word)) && config.noticeKindWords.some((word) => normalized.includes(word));
}

/** A page offering its notice as .pdf and .docx offers one notice. */
function distinctByName(attachments: NoticeAttachment[]): NoticeAttachment[] {
  const seen = new Set<string>();
  return attachments.filter((attachment) => {
    const key = withoutExtension(attachment.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withoutExtension(name: string): string {
  return name.replace(DOCUMENT_NAME, '');
}

/** /uploadfiles/…/整改情况的通报.docx?v=1 → 整改情况的通报.docx (percent-escapes decoded where they are valid). */
function fileNameOf(address: string): string {
  const path = address.split(/[?#]/)[0];
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    // A number past Unicode's last code point (&#99999999;) is a broken page, not a reason to fail the file: kept as written.
    const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : null;
    if (code !== null) return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    return ENTITIES[name!.toLowerCase()] ?? entity;
  });
}
