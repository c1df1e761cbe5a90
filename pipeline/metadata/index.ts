import type { Diagnostic, NoticeMetadata, NoticeText } from '../types';
import { normalizeForParsing } from '../ingest/normalize';
import { findAgency } from './agency';
import { isCentralOrganGroup, placeByInspectingCommittee, placeInInspectingDistrict } from './committee-place';
import { toIsoDate, withArabicDates } from './dates';
import { findDeclaredCounts } from './declared-counts';
import { findInspection } from './inspection';
import { findInspectionDates } from './inspection-dates';
import { findPageDate } from './page-date';
import { findPlaceMentions, type PlaceMention } from './places';
import { NO_PLACE, resolveAgencyPlace } from './region';
import { findSignature } from './signature';
import { findTitle } from './title';

export { findPlaceMentions, readPlaceChain } from './places';

const CENTRE = '中央';
export { resolveAgencyPlace } from './region';

/**
 * Who was inspected, by whom and when, and the totals the notice declares: the metadata
 * stage. Missing pieces become `null`; a missing agency or inspection kind also a warning.
 */
export function extractMetadata(notice: NoticeText): { metadata: NoticeMetadata; diagnostics: Diagnostic[] } {
  const normalized = normalizeForParsing(notice.text);
  const lines = normalized.split('\n');
  const originalLines = notice.text.split('\n');

  const title = findTitle(lines, originalLines);
  const normalizedTitle = title === null ? null : normalizeForParsing(title);
  const signature = findSignature(lines, originalLines);
  const inspection = findInspection(normalized, normalizedTitle);

  const publishedDate = signature.date ?? findPageDate(lines);

  let mentions: PlaceMention[] | null = null;
  const placeMentions = () => (mentions ??= findPlaceMentions(normalized));
  const agency = findAgency(
    { title: normalizedTitle, publisher: signature.publisher && normalizeForParsing(signature.publisher), agencyAsNamed: inspection.agencyAsNamed },
    normalized,
    placeMentions,
  );
  // 北京医院 inspected by 委党组第二巡视组 is a central unit: its city's short name does not place it.
  const centralUnit = agency !== null && isCentralOrganGroup(inspection.body) && findPlaceMentions(agency).length === 0;
  const placeByNameAlone = agency && !centralUnit ? resolveAgencyPlace(agency, placeMentions) : NO_PLACE;
  // 苏州市相城交通投资集团 inspected by 相城区委 is the district's, though its name read alone stops at the city.
  const placeByName = (agency ? placeInInspectingDistrict(agency, placeByNameAlone, inspection.body) : null) ?? placeByNameAlone;
  // A name that tells no place at all (苏州工艺美术职业技术学院) is placed by the committee that inspected it.
  // A page on several units (十二届区委第二轮巡察整改进展情况公开) names no agency: the committee that ran the round places them all.
  // A name whose ending alone tells its level (金垦二社区, district) is placed so too, where the committee is of that level.
  const byCommittee = agency && !centralUnit && placeByName.region.province === null ? placeByInspectingCommittee(agency, inspection.body, placeMentions) : null;
  const place =
    (byCommittee && (placeByName.level === null || byCommittee.level === placeByName.level) ? byCommittee : null) ??
    (agency === null ? placeByInspectingCommittee('', inspection.body ?? inspection.round, placeMentions) : null) ??
    placeByName;

  const metadata: NoticeMetadata = {
    title,
    agency,
    publisher: signature.publisher,
    region: place.region,
    level: place.level,
    inspectionKind: inspection.kind,
    inspectionBody: inspection.body,
    inspectionRound: inspection.round,
    ...findInspectionDates(withArabicDates(normalized), publishedDate),
    publishedDate: publishedDate ? toIsoDate(publishedDate) : null,
    declared: findDeclaredCounts(lines),
  };
  return { metadata, diagnostics: diagnosticsFor(notice, metadata) };
}

function diagnosticsFor(notice: NoticeText, metadata: NoticeMetadata): Diagnostic[] {
  const warning = (code: string, message: string): Diagnostic => ({ file: notice.file, stage: 'metadata', severity: 'warning', code, message });
  const diagnostics: Diagnostic[] = [];
  if (!metadata.agency) {
    diagnostics.push(warning('METADATA_NO_AGENCY', 'expected the inspected agency in the title, the signature or the sentence reporting the inspection, found none'));
  } else if (!metadata.level && !inspectedByTheCentre(metadata.inspectionBody) && !isCentralOrganGroup(metadata.inspectionBody)) {
    diagnostics.push(warning('METADATA_NO_REGION', `expected a place name in the agency \`${metadata.agency}\`, found none the division data knows`));
  }
  if (!metadata.inspectionKind) {
    diagnostics.push(warning('METADATA_NO_INSPECTION_KIND', 'expected 巡视 or 巡察 in the notice, found neither'));
  }
  return diagnostics;
}

// A ministry or a central enterprise inspected by a 中央巡视组 has no region and none of the three levels: that is no gap.
function inspectedByTheCentre(inspectionBody: string | null): boolean {
  return inspectionBody !== null && inspectionBody.includes(CENTRE);
}
