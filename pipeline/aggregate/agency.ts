import type { ProcessedNotice } from '../types';

/**
 * The agency a notice reports on, as the tables name it. A notice whose agency was not
 * recognised stands for an agency of its own, so that it is never merged with another
 * unknown one.
 */
export function agencyName(notice: ProcessedNotice): string {
  return notice.metadata.agency ?? `(未识别:${notice.source.noticeId})`;
}
