import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { categoryByAgency, categoryStats, figures, keywords, recurringProblems } from './aggregate';
import { ingestFile, type Discovery } from './ingest';
import { extractMetadata } from './metadata';
import { segmentNotice } from './segment';
import { tagProblem } from './tag';
import type { Taxonomy } from './taxonomy';
import { createTokenizer, tokenizeProblem, type Tokenizer } from './tokenize';
import type { Diagnostic, NoticeText, ProcessedNotice, Table } from './types';
import { writeTableCsv } from './write/csv';
import { evidenceTable, errorsTable, measuresTable, noticesTable, problemsTable } from './write/notice-tables';
import { problemKeywords } from './write/problem-keywords';
import { writeRunManifest } from './write/run-manifest';
import { writeWorkbook } from './write/workbook';

/** Checked options: the CLI (or a test) builds these; stages never see raw arguments. */
export interface PipelineOptions {
  /** The input files, found by `discoverSourceFiles` (with its diagnostics for paths that gave none). */
  discovery: Discovery;
  outputFolder: string;
  taxonomy: Taxonomy;
  /** Cosine similarity from which two problems count as the same finding. */
  recurringThreshold: number;
  /** Warnings count as failures for the exit code. */
  strict: boolean;
  /** Where progress and diagnostics are reported; `null` for silence. */
  report: ((line: string) => void) | null;
  /** Files read at once. */
  readConcurrency: number;
  tokenizer?: Tokenizer;
}

export interface PipelineResult {
  filesFound: number;
  noticesProcessed: number;
  filesFailed: number;
  warnings: number;
  diagnostics: Diagnostic[];
  /** 0 every file processed, 1 some failed (or warned, with `strict`). */
  exitCode: 0 | 1;
  outputs: string[];
}

/** The one place that knows the order of the stages: files → notices → tables → files. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const started = Date.now();
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
    const stageStarted = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + (performance.now() - stageStarted);
    }
  };

  const { discovery } = options;
  const diagnostics: Diagnostic[] = [...discovery.diagnostics];
  discovery.diagnostics.forEach((diagnostic) => options.report?.(formatDiagnostic(diagnostic)));
  const tokenizer = options.tokenizer ?? createTokenizer();

  const limit = pLimit(options.readConcurrency);
  const reads = discovery.files.map((source) => limit(() => ingestFile(source)));
  const processed: ProcessedNotice[] = [];
  for (const [index, read] of reads.entries()) {
    const ingested = await time('ingest', () => read);
    const fileDiagnostics = [...ingested.diagnostics];
    if (ingested.notice) {
      const result = await processNotice(ingested.notice, options.taxonomy, tokenizer, time).catch((error: Error) => {
        fileDiagnostics.push({ file: discovery.files[index].file, stage: 'segment', severity: 'error', code: 'PIPELINE_INTERNAL_ERROR', message: `unexpected failure: ${error.message}` });
        return null;
      });
      if (result) {
        processed.push(result);
        fileDiagnostics.push(...result.diagnostics);
      }
    }
    fileDiagnostics.forEach((diagnostic) => options.report?.(formatDiagnostic(diagnostic)));
    diagnostics.push(...fileDiagnostics);
  }

  const tables = await time('aggregate', () => buildTables(processed, diagnostics, options));
  await mkdir(options.outputFolder, { recursive: true });
  const outputs = await time('write', async () => {
    const written = [];
    for (const table of tables) written.push(await writeTableCsv(table, options.outputFolder));
    const workbook = path.join(options.outputFolder, 'notices.xlsx');
    await writeWorkbook(tables.filter((table) => table.name !== 'evidence'), workbook);
    return [...written, workbook];
  });

  const filesFailed = new Set(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.file)).size;
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  const result: PipelineResult = {
    filesFound: discovery.files.length,
    noticesProcessed: processed.length,
    filesFailed,
    warnings,
    diagnostics,
    exitCode: filesFailed > 0 || (options.strict && warnings > 0) ? 1 : 0,
    outputs,
  };
  outputs.push(await writeRunManifest(options.outputFolder, { processed, result, timings, elapsedMilliseconds: Date.now() - started, options }));
  return result;
}

type Timer = <T>(stage: string, work: () => Promise<T> | T) => Promise<T>;

async function processNotice(notice: NoticeText, taxonomy: Taxonomy, tokenizer: Tokenizer, time: Timer): Promise<ProcessedNotice> {
  const { metadata, diagnostics: metadataDiagnostics } = await time('metadata', () => extractMetadata(notice));
  const { segmentation, diagnostics: segmentDiagnostics } = await time('segment', () => segmentNotice(notice));
  const tokens = await time('tokenize', () => segmentation.problems.map((problem) => tokenizeProblem(problem, tokenizer)));
  const taggings = await time('tag', () => segmentation.problems.map((problem, index) => tagProblem(problem, tokens[index], taxonomy)));
  return { source: notice, metadata, segmentation, tokens, taggings, diagnostics: [...metadataDiagnostics, ...segmentDiagnostics] };
}

function buildTables(processed: ProcessedNotice[], diagnostics: Diagnostic[], options: PipelineOptions): Table[] {
  const categories = options.taxonomy.categories.map(({ key, label }) => ({ key, label }));
  const keywordsOf = problemKeywords(processed);
  return [
    noticesTable(processed),
    problemsTable(processed, categories, keywordsOf),
    measuresTable(processed),
    evidenceTable(processed, categories),
    categoryByAgency(processed, categories),
    categoryStats(processed, categories),
    recurringProblems(processed, categories, { threshold: options.recurringThreshold }),
    keywords(processed, categories, {}),
    figures(processed),
    errorsTable(diagnostics),
  ];
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.severity}: ${diagnostic.file}: [${diagnostic.stage}] ${diagnostic.code}: ${diagnostic.message}`;
}
