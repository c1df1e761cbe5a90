import type { DeclaredCounts, NoticeMetadata } from '../../pipeline/types';

/** The gold's names for the declared counts (`tests/fixtures/gold/README.md`). */
export const GOLD_COUNT_NAMES: Record<keyof DeclaredCounts, string> = {
  areas: 'areas',
  problems: 'problems',
  subProblems: 'sub_problems',
  tasks: 'tasks',
  measures: 'measures',
  measuresCompleted: 'measures_completed',
  measuresBasicallyCompleted: 'measures_basically_completed',
  rulesMade: 'rules_made',
  moneyReturnedYuan: 'money_returned_yuan',
  peopleDisciplined: 'people_disciplined',
};

/** The metadata under the gold's field names, so that it compares with a gold notice directly. */
export function metadataInGoldNames(metadata: NoticeMetadata) {
  return {
    title: metadata.title,
    agency: metadata.agency,
    publisher: metadata.publisher,
    region: metadata.region,
    level: metadata.level,
    inspection_kind: metadata.inspectionKind,
    inspection_body: metadata.inspectionBody,
    inspection_round: metadata.inspectionRound,
    inspection_start: metadata.inspectionStart,
    inspection_end: metadata.inspectionEnd,
    feedback_date: metadata.feedbackDate,
    published_date: metadata.publishedDate,
    declared: Object.fromEntries(
      Object.entries(GOLD_COUNT_NAMES).map(([field, goldName]) => [goldName, metadata.declared[field as keyof DeclaredCounts]]),
    ),
  };
}
