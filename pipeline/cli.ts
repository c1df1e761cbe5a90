import { access, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { constants } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { evaluateRun, formatEvaluation } from './evaluate';
import { discoverSourceFiles, ingestFile, INPUT_EXTENSIONS } from './ingest';
import { DEFAULT_CACHE_LIMITS, defaultCacheFolder, describeCache, formatBytes, formatCacheContents, formatPruneSummary, parseByteSize, parseDays, pruneCache, type CacheLimits } from './cache';
import { createProgress, formatDuration } from './progress';
import { formatDiagnostic, runPipeline } from './run-pipeline';
import { lintTaxonomy, loadTaxonomy, TaxonomyError } from './taxonomy';
import { TOOL_VERSION } from './version';

/** Exit codes, documented in README. */
export const EXIT_OK = 0;
export const EXIT_SOME_FILES_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_OUTPUTS_NOT_WRITTEN = 3;

/** A mistake in the arguments or the configuration, found before any work. */
export class UsageError extends Error {}

/** The system refused the run's writes part way (a full disk, a folder removed): its outputs are incomplete. */
class OutputsNotWritten extends Error {}

/** Arguments → options → the command → an exit code. Never throws. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('notices')
    .description('Inspection-rectification notices (巡视/巡察整改进展情况通报) → CSV statistics')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('run')
    .description(`run the pipeline on files or folders of notices (${INPUT_EXTENSIONS.join(' ')}; UTF-8, GBK, GB18030, UTF-16)`)
    .argument('<paths...>', 'files or folders, read recursively')
    .option('-o, --out <folder>', 'output folder', 'outputs')
    .option('-t, --taxonomy <file>', 'a taxonomy JSON file replacing the default one')
    .option('--threshold <number>', 'similarity (0–1) from which two problems are the same finding', parseUnitInterval, 0.5)
    .option('--strict', 'count warnings as failures for the exit code', false)
    .option('-q, --quiet', 'print nothing but errors (no progress bar, no summary line)', false)
    .option('-w, --workers <count>', `worker threads processing notices (default: one per core, here ${availableParallelism()}); 0 processes them in the main thread`, parseWorkerCount)
    .option('--cache-dir <folder>', 'where processed files are cached (default: .cache/notices beside the output folder)')
    .option('--no-cache', 'process every file again, neither reading nor writing the cache')
    .option('--cache-max-size <size>', `after the run, prune the cache to this size, least recently used first, never this run's entries (such as 2GB, 500MB; default: ${formatBytes(DEFAULT_CACHE_LIMITS.maxBytes)})`, parseSizeOption)
    .option('--cache-max-age <days>', `after the run, remove cache entries and runs not used for this many days (default: ${DEFAULT_CACHE_LIMITS.maxAgeDays})`, parseDaysOption)
    .option('--no-workbook', 'do not write notices.xlsx (the CSV files hold the same tables)')
    .action(async (paths: string[], flags: RunFlags) => {
      const taxonomy = loadTaxonomy(flags.taxonomy);
      const discovery = await discoverSourceFiles(paths);
      if (discovery.files.length === 0) {
        discovery.diagnostics.forEach((diagnostic) => io.err(`${formatDiagnostic(diagnostic)}\n`));
        throw new UsageError(`no input files (${INPUT_EXTENSIONS.join(', ')}) in ${paths.join(', ')}`);
      }
      // After the inputs are known to exist, so that a usage error leaves no empty output folder behind.
      await ensureWritableFolder(flags.out);
      const progress = createProgress({ total: discovery.files.length, stream: { write: io.err, isTTY: io.isTTY ?? false, columns: io.columns }, quiet: flags.quiet });
      const result = await runPipeline({
        discovery,
        outputFolder: flags.out,
        taxonomy,
        recurringThreshold: flags.threshold,
        strict: flags.strict,
        report: (line) => (flags.quiet && !line.startsWith('error') ? undefined : progress.log(line)),
        readConcurrency: 8,
        workers: flags.workers ?? availableParallelism(),
        cacheFolder: flags.cache ? (flags.cacheDir ?? defaultCacheFolder(flags.out)) : null,
        cacheLimits: cacheLimitsOf({ maxSize: flags.cacheMaxSize, maxAge: flags.cacheMaxAge }),
        progress,
        workbook: flags.workbook,
      }).catch((error: unknown) => {
        throw isSystemError(error) ? new OutputsNotWritten(`the run stopped, its outputs in ${flags.out} are incomplete: ${error.message}`) : error;
      });
      const figures = progress.finish();
      if (!flags.quiet) {
        const cached = result.restored ? ' (outputs of the same run restored from the cache)' : result.filesFromCache > 0 ? ` (${result.filesFromCache} from the cache)` : '';
        io.err(
          `notices: ${result.noticesProcessed} of ${result.filesFound} files processed${cached}, ${result.filesFailed} failed, ${result.warnings} warnings` +
            ` in ${formatDuration(figures.elapsedMilliseconds)} (${figures.noticesPerSecond.toFixed(1)} notices/s) → ${flags.out}\n`,
        );
      }
      exitCode = result.exitCode;
    });

  const taxonomyCommand = program.command('taxonomy').description('work with taxonomies');
  taxonomyCommand
    .command('lint')
    .description('check a taxonomy (the default one when no file is given)')
    .argument('[file]', 'taxonomy JSON file')
    .option('--corpus <paths...>', 'notices to check that every cue matches somewhere')
    .action(async (file: string | undefined, flags: { corpus?: string[] }) => {
      const taxonomy = loadTaxonomy(file);
      const texts = flags.corpus ? await readCorpusTexts(flags.corpus, io) : undefined;
      const findings = lintTaxonomy(taxonomy, texts);
      for (const finding of findings) io.out(`${finding.code}: ${finding.message}\n`);
      io.out(`${findings.length} finding${findings.length === 1 ? '' : 's'} in ${file ?? 'the default taxonomy'}\n`);
      // Like any linter: findings fail the command, so that a CI step can guard a taxonomy.
      exitCode = findings.length > 0 ? EXIT_SOME_FILES_FAILED : EXIT_OK;
    });

  const cacheCommand = program.command('cache').description('look into, prune or clear the cache of processed files and finished runs');
  const cacheFolderOptions = (command: Command) =>
    command
      .option('-o, --out <folder>', 'the output folder of the runs, beside which the cache is by default', 'outputs')
      .option('--cache-dir <folder>', 'the cache folder (default: .cache/notices beside the output folder)');
  const cacheFolderOf = (flags: CacheFolderFlags) => flags.cacheDir ?? defaultCacheFolder(flags.out);
  cacheFolderOptions(cacheCommand.command('info').description('count the cached entries and stored runs and their size')).action(async (flags: CacheFolderFlags) => {
    const contents = await describeCache(cacheFolderOf(flags));
    io.out(formatCacheContents(contents));
    exitCode = reportCacheProblems(contents.problems, io);
  });
  cacheFolderOptions(cacheCommand.command('prune').description('remove entries and stored runs not used for a time, then the least recently used above a size'))
    .option('--max-size <size>', `the size to prune to (such as 2GB, 500MB; default: ${formatBytes(DEFAULT_CACHE_LIMITS.maxBytes)})`, parseSizeOption)
    .option('--max-age <days>', `remove what was not used for this many days (default: ${DEFAULT_CACHE_LIMITS.maxAgeDays})`, parseDaysOption)
    .action(async (flags: CacheFolderFlags & { maxSize?: number; maxAge?: number }) => {
      const summary = await pruneCache(cacheFolderOf(flags), cacheLimitsOf(flags));
      io.out(formatPruneSummary(summary));
      exitCode = reportCacheProblems(summary.problems, io);
    });
  cacheFolderOptions(cacheCommand.command('clear').description('remove every cached entry and stored run (writes begun in the last hour excepted)')).action(async (flags: CacheFolderFlags) => {
    const summary = await pruneCache(cacheFolderOf(flags), { maxBytes: 0, maxAgeDays: 0 });
    io.out(formatPruneSummary(summary));
    exitCode = reportCacheProblems(summary.problems, io);
  });

  program
    .command('evaluate')
    .description('compare a run’s outputs with a gold file in the format of tests/fixtures/gold/seeds.json')
    .argument('<outputs>', 'the output folder of a run')
    .requiredOption('--gold <file>', 'gold JSON file')
    .option('-t, --taxonomy <file>', 'the taxonomy the run used, to map labels to keys')
    .option('--json', 'print JSON instead of a table', false)
    .action(async (outputs: string, flags: { gold: string; taxonomy?: string; json: boolean }) => {
      const evaluation = evaluateRun(flags.gold, outputs, loadTaxonomy(flags.taxonomy));
      io.out(flags.json ? `${JSON.stringify(evaluation, null, 2)}\n` : formatEvaluation(evaluation));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (error instanceof UsageError || error instanceof TaxonomyError) {
      io.err(`notices: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof OutputsNotWritten) {
      io.err(`notices: ${error.message}\n`);
      return EXIT_OUTPUTS_NOT_WRITTEN;
    }
    io.err(`notices: unexpected failure: ${(error as Error).stack ?? error}\n`);
    return EXIT_SOME_FILES_FAILED;
  }
}

interface RunFlags {
  out: string;
  taxonomy?: string;
  threshold: number;
  strict: boolean;
  quiet: boolean;
  workers?: number;
  cacheDir?: string;
  cache: boolean;
  cacheMaxSize?: number;
  cacheMaxAge?: number;
  workbook: boolean;
}

interface CacheFolderFlags {
  out: string;
  cacheDir?: string;
}

function cacheLimitsOf(flags: { maxSize?: number; maxAge?: number }): CacheLimits {
  return { maxBytes: flags.maxSize ?? DEFAULT_CACHE_LIMITS.maxBytes, maxAgeDays: flags.maxAge ?? DEFAULT_CACHE_LIMITS.maxAgeDays };
}

/** Folders or files of the cache that could not be read or removed: warnings, and exit code 1. */
function reportCacheProblems(problems: readonly string[], io: CliIo): number {
  problems.forEach((problem) => io.err(`warning: ${problem}\n`));
  return problems.length > 0 ? EXIT_SOME_FILES_FAILED : EXIT_OK;
}

/** Where the CLI writes; `isTTY` and `columns` describe the error stream, where the progress bar goes. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY?: boolean;
  columns?: number;
}

const defaultIo: CliIo = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
  isTTY: process.stderr.isTTY,
  columns: process.stderr.columns,
};

/**
 * `--workers N`: N worker threads. One worker thread is faster than processing in the main
 * thread (measured: 15.7 s against 16.3–17.7 s for 1,000 notices), because writing the rows
 * then overlaps with processing the next notices; 0 keeps everything in the main thread,
 * which is easier to profile.
 */
function parseWorkerCount(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError(`expected a whole number from 0 and up, got ${value}`);
  return number;
}

function parseSizeOption(value: string): number {
  const bytes = parseByteSize(value);
  if (bytes === null) throw new InvalidArgumentError(`expected a size such as 2GB, 500MB, 1.5GiB or a number of bytes, got ${value}`);
  return bytes;
}

function parseDaysOption(value: string): number {
  const days = parseDays(value);
  if (days === null) throw new InvalidArgumentError(`expected a number of days from 0 up, got ${value}`);
  return days;
}

function parseUnitInterval(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || number > 1) throw new InvalidArgumentError(`expected a number above 0 and at most 1, got ${value}`);
  return number;
}

/**
 * An error the operating system gave a file operation (ENOSPC, EROFS, ENOENT …): every input
 * file's own fault is a diagnostic by then, so one that escapes a run is about its outputs.
 */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/** Fails before any work when the results could not be written at the end. */
async function ensureWritableFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
    await access(folder, constants.W_OK);
  } catch (error) {
    throw new UsageError(`cannot write to the output folder ${folder}: ${(error as Error).message}`);
  }
}

async function readCorpusTexts(paths: string[], io: { err: (text: string) => void }): Promise<string[]> {
  const { files, diagnostics } = await discoverSourceFiles(paths);
  diagnostics.forEach((diagnostic) => io.err(`${formatDiagnostic(diagnostic)}\n`));
  const texts: string[] = [];
  for (const file of files) {
    const { notice } = await ingestFile(file);
    if (notice) texts.push(notice.text);
  }
  return texts;
}
