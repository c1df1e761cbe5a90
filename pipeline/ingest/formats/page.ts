import { htmlToLines } from '../html-to-lines';
import { noticeAttachmentsOf, noticeInAttachmentMessage } from '../notice-attachments';
import { IngestFormatError } from './format-error';

/**
 * An HTML page → its lines, as `htmlToLines` reads them. Throws `INGEST_NOTICE_IN_ATTACHMENT`
 * when the page only points to the notice (a summary or a bare link above 附件：…的通报.docx):
 * its text is not the notice, and the attachment is not fetched.
 */
export function readPage(html: string): string {
  const text = htmlToLines(html);
  const attachments = noticeAttachmentsOf(html, text);
  if (attachments.length > 0) throw new IngestFormatError('INGEST_NOTICE_IN_ATTACHMENT', noticeInAttachmentMessage(attachments));
  return text;
}
