/**
 * The plain data that flows between the stages. Stages take these and return new ones;
 * none of them mutates its input.
 */

/** The stage names, as they appear in diagnostics and in `errors.csv`. */
export type Stage = 'ingest' | 'metadata' | 'segment' | 'tokenize' | 'tag' | 'aggregate' | 'write';

/** Something wrong with one input: recorded, reported, and the run goes on. */
export interface Diagnostic {
  /** The file's path relative to the input folder (as in `notices.csv`). */
  file: string;
  stage: Stage;
  severity: 'error' | 'warning';
  /** A stable code such as `INGEST_EMPTY_FILE`. */
  code: string;
  message: string;
}

/** What an input was read as, by its content: a `.doc` that holds HTML is `html`, one that holds RTF is `rtf`. */
export type SourceFormat = 'txt' | 'html' | 'docx' | 'doc' | 'pdf' | 'mhtml' | 'rtf';

/** One input file found on disk, before it is read. */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the input folder it was found under, with `/` separators. */
  file: string;
  /** `file` without its extension: the notice's stable id. */
  noticeId: string;
}

/** A decoded notice: the text as the notice wrote it, with `\n` line breaks. */
export interface NoticeText {
  noticeId: string;
  file: string;
  format: SourceFormat;
  /** The encoding detected from the bytes (`UTF-8`, `GB18030`, …). */
  encoding: string;
  sha256: string;
  bytes: number;
  /** Decoded text, HTML reduced to lines, page furniture dropped, `\r\n` → `\n`. Otherwise as written. */
  text: string;
}

export interface Region {
  province: string | null;
  city: string | null;
  district: string | null;
}

export type AgencyLevel = 'province' | 'city' | 'district';

/** Numbers a notice states about its own rectification; `null` where it states none. */
export interface DeclaredCounts {
  areas: number | null;
  problems: number | null;
  subProblems: number | null;
  tasks: number | null;
  measures: number | null;
  measuresCompleted: number | null;
  measuresBasicallyCompleted: number | null;
  rulesMade: number | null;
  moneyReturnedYuan: number | null;
  peopleDisciplined: number | null;
}

/** Who was inspected, by whom and when. Dates are ISO `YYYY-MM-DD`. */
export interface NoticeMetadata {
  title: string | null;
  agency: string | null;
  publisher: string | null;
  region: Region;
  level: AgencyLevel | null;
  inspectionKind: '巡视' | '巡察' | null;
  inspectionBody: string | null;
  inspectionRound: string | null;
  inspectionStart: string | null;
  inspectionEnd: string | null;
  feedbackDate: string | null;
  publishedDate: string | null;
  declared: DeclaredCounts;
}

/** A group of problems under one heading (方面). */
export interface Area {
  /** Numbering chain such as `二.(一)`. */
  path: string;
  /** The heading's own number as written, e.g. `(一)`. */
  number: string;
  /** Heading without its number and trailing punctuation. */
  title: string;
}

/** One enumerated rectification measure (一是…, (1)…, 1、…). */
export interface Measure {
  /** 1-based position within its problem. */
  order: number;
  text: string;
}

export type ProblemStatus = 'completed' | 'long_term';

/** One finding of the inspection with what was done about it. */
export interface Problem {
  /** Numbering chain such as `二.(二).17` or `二.(一).1.(1)`. */
  path: string;
  /** The item's own number as written: `(七)`, `17.`, `(1)`. */
  number: string;
  /** Path of its area, or `null`. */
  area: string | null;
  /** Path of the problem it details (two-level notices), or `null`. */
  parent: string | null;
  /** The finding without number, trailing `。` and wrappers. */
  title: string;
  /** The heading as written, number included, up to the first `。` or the line end. */
  titleRaw: string;
  status: ProblemStatus | null;
  /** True when no other problem names this one as parent. */
  leaf: boolean;
  /** The rectification text that follows the heading, as written. */
  body: string;
  /** The measures enumerated in `body` (empty for a parent, whose measures are its children's). */
  measures: Measure[];
  /** True when the text stops inside this problem (truncated page). */
  truncated: boolean;
}

export interface Segmentation {
  areas: Area[];
  problems: Problem[];
}

/** Why a category was given: one cue found in the problem. */
export interface Evidence {
  category: string;
  cue: string;
  where: 'title' | 'body';
  /** The sentence around the cue (keyword in context). */
  context: string;
  weight: number;
}

export interface Tagging {
  primary: string;
  secondary: string[];
  scores: Record<string, number>;
  evidence: Evidence[];
}

export interface TokenizedProblem {
  titleTokens: string[];
  bodyTokens: string[];
}

/** Everything the pipeline knows about one notice, ready for aggregation and writing. */
export interface ProcessedNotice {
  source: NoticeText;
  metadata: NoticeMetadata;
  segmentation: Segmentation;
  /** Parallel to `segmentation.problems`. */
  tokens: TokenizedProblem[];
  /** Parallel to `segmentation.problems`. */
  taggings: Tagging[];
  diagnostics: Diagnostic[];
}

/** A cell of an output table: numbers stay numbers so that spreadsheets can sum them. */
export type Cell = string | number | null;

/** One output table (a CSV file, a worksheet). */
export interface Table {
  /** File name without extension, e.g. `problems`. */
  name: string;
  columns: string[];
  rows: Cell[][];
}
