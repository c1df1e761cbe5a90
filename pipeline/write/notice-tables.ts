import type { Diagnostic, Problem, ProcessedNotice, Table, Tagging } from '../types';

/** A category's key and the label written in tables (党建 …), in the taxonomy's order. */
export interface CategoryLabel {
  key: string;
  label: string;
}

export const NOTICE_COLUMNS = [
  'notice_id', 'file', 'format', 'encoding', 'title', 'agency', 'publisher', 'province', 'city', 'district', 'level',
  'inspection_kind', 'inspection_body', 'inspection_round', 'inspection_start', 'inspection_end', 'feedback_date',
  'published_date', 'days_to_feedback', 'days_feedback_to_publication',
  'declared_areas', 'declared_problems', 'declared_sub_problems', 'declared_tasks', 'declared_measures',
  'declared_measures_completed', 'declared_measures_basically_completed', 'declared_rules_made',
  'declared_money_returned_yuan', 'declared_people_disciplined',
  'extracted_areas', 'extracted_problems', 'extracted_sub_problems', 'extracted_measures', 'count_check', 'chars', 'sha256',
];

/** `notices.csv`: one row per notice, with the declared counts beside the extracted ones. */
export function noticesTable(notices: ProcessedNotice[]): Table {
  const rows = notices.map(({ source, metadata, segmentation }) => {
    const extracted = extractedCounts(segmentation.problems, segmentation.areas.length);
    const declared = metadata.declared;
    return [
      source.noticeId, source.file, source.format, source.encoding, metadata.title, metadata.agency, metadata.publisher,
      metadata.region.province, metadata.region.city, metadata.region.district, metadata.level,
      metadata.inspectionKind, metadata.inspectionBody, metadata.inspectionRound,
      metadata.inspectionStart, metadata.inspectionEnd, metadata.feedbackDate, metadata.publishedDate,
      daysBetween(metadata.inspectionEnd, metadata.feedbackDate), daysBetween(metadata.feedbackDate, metadata.publishedDate),
      declared.areas, declared.problems, declared.subProblems, declared.tasks, declared.measures,
      declared.measuresCompleted, declared.measuresBasicallyCompleted, declared.rulesMade,
      declared.moneyReturnedYuan, declared.peopleDisciplined,
      extracted.areas, extracted.problems, extracted.subProblems, extracted.measures,
      countCheck(declared, extracted), codePointCount(source.text), source.sha256,
    ];
  });
  return { name: 'notices', columns: NOTICE_COLUMNS, rows };
}

/** Characters as a reader counts them (a character outside the BMP is one), without spreading the text into an array of them. */
export function codePointCount(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    // A high surrogate followed by a low one is one character in two units.
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        index++;
      }
    }
  }
  return count;
}

export interface ExtractedCounts {
  areas: number;
  problems: number;
  subProblems: number;
  measures: number;
}

/**
 * What the parse found, in the notice's own terms: problems are the distinct top-level findings,
 * sub-problems the findings that detail one of them, measures counted on the leaves so
 * that a parent's measures are not counted twice.
 */
export function extractedCounts(problems: Problem[], areas: number): ExtractedCounts {
  return {
    areas,
    // A long-term section may restate a problem already listed: count each finding once.
    problems: new Set(problems.filter((problem) => problem.parent === null).map((problem) => problem.title)).size,
    subProblems: problems.filter((problem) => problem.parent !== null).length,
    measures: problems.filter((problem) => problem.leaf).reduce((sum, problem) => sum + problem.measures.length, 0),
  };
}

/** `ok`, `undeclared`, or `mismatch: <count> <declared>≠<extracted>; …`. */
export function countCheck(declared: ProcessedNotice['metadata']['declared'], extracted: ExtractedCounts): string {
  const comparable: [string, number | null, number][] = [
    ['areas', declared.areas, extracted.areas],
    ['problems', declared.problems, extracted.problems],
    ['sub_problems', declared.subProblems, extracted.subProblems],
    ['measures', declared.measures, extracted.measures],
  ];
  const stated = comparable.filter(([, value]) => value !== null);
  if (stated.length === 0) return 'undeclared';
  const mismatches = stated.filter(([, value, found]) => value !== found);
  if (mismatches.length === 0) return 'ok';
  return `mismatch: ${mismatches.map(([name, value, found]) => `${name} ${value}≠${found}`).join('; ')}`;
}

/** Whole days from one ISO date to another, `null` when either is missing. */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const PROBLEM_COLUMNS = [
  'problem_id', 'notice_id', 'file', 'agency', 'path', 'number', 'area', 'parent_id', 'leaf', 'title', 'title_raw',
  'measures', 'status', 'truncated', 'primary_category', 'categories', 'evidence', 'keywords',
];

/** `problems.csv`: one row per problem, with its categories, the evidence for them and its keywords. */
export function problemsTable(
  notices: ProcessedNotice[],
  categories: CategoryLabel[],
  keywordsOf: (notice: ProcessedNotice, problemIndex: number) => string[],
): Table {
  const labelOf = labeller(categories);
  const rows = notices.flatMap((notice) =>
    notice.segmentation.problems.map((problem, index) => {
      const tagging = notice.taggings[index];
      return [
        problemId(notice, problem.path), notice.source.noticeId, notice.source.file, notice.metadata.agency,
        problem.path, problem.number, problem.area, problem.parent === null ? null : problemId(notice, problem.parent),
        problem.leaf ? 'yes' : 'no', problem.title, problem.titleRaw,
        measureCount(notice.segmentation.problems, problem), problem.status, problem.truncated ? 'yes' : 'no',
        tagging ? labelOf(tagging.primary) : null,
        tagging ? [tagging.primary, ...tagging.secondary].map(labelOf).join(';') : null,
        tagging ? formatEvidence(tagging, labelOf) : null,
        keywordsOf(notice, index).join(';'),
      ];
    }),
  );
  return { name: 'problems', columns: PROBLEM_COLUMNS, rows };
}

/** A leaf counts its own measures; a parent the sum of its sub-problems'. */
export function measureCount(problems: Problem[], problem: Problem): number {
  if (problem.leaf) return problem.measures.length;
  return problems.filter((child) => child.parent === problem.path).reduce((sum, child) => sum + measureCount(problems, child), 0);
}

export function problemId(notice: ProcessedNotice, path: string): string {
  return `${notice.source.noticeId}#${path}`;
}

/** `党建: 意识形态 [title] | 财务内控: 报销 [body]` — the cues of the categories given, title cues first. */
function formatEvidence(tagging: Tagging, labelOf: (key: string) => string): string {
  const given = new Set([tagging.primary, ...tagging.secondary]);
  return tagging.evidence
    .filter((evidence) => given.has(evidence.category))
    .map((evidence) => `${labelOf(evidence.category)}: ${evidence.cue} [${evidence.where}]`)
    .join(' | ');
}

export const EVIDENCE_COLUMNS = ['problem_id', 'notice_id', 'category', 'cue', 'where', 'weight', 'context'];

/** `evidence.csv`: every cue found in every problem, with the sentence around it. */
export function evidenceTable(notices: ProcessedNotice[], categories: CategoryLabel[]): Table {
  const labelOf = labeller(categories);
  const rows = notices.flatMap((notice) =>
    notice.segmentation.problems.flatMap((problem, index) =>
      (notice.taggings[index]?.evidence ?? []).map((evidence) => [
        problemId(notice, problem.path), notice.source.noticeId, labelOf(evidence.category),
        evidence.cue, evidence.where, evidence.weight, evidence.context,
      ]),
    ),
  );
  return { name: 'evidence', columns: EVIDENCE_COLUMNS, rows };
}

/** `measures.csv`: every enumerated measure's text. */
export function measuresTable(notices: ProcessedNotice[]): Table {
  const rows = notices.flatMap((notice) =>
    notice.segmentation.problems.flatMap((problem) =>
      problem.measures.map((measure) => [problemId(notice, problem.path), notice.source.noticeId, measure.order, measure.text]),
    ),
  );
  return { name: 'measures', columns: ['problem_id', 'notice_id', 'order', 'text'], rows };
}

/** `errors.csv`: one row per file that failed and per warning; the code leads the message so it can be filtered. */
export function errorsTable(diagnostics: Diagnostic[]): Table {
  const rows = diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.stage, diagnostic.severity, `${diagnostic.code}: ${diagnostic.message}`]);
  return { name: 'errors', columns: ['file', 'stage', 'severity', 'message'], rows };
}

function labeller(categories: CategoryLabel[]): (key: string) => string {
  const labels = new Map(categories.map((category) => [category.key, category.label]));
  return (key) => labels.get(key) ?? key;
}
