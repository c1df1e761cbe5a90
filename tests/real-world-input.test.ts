import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, chmodSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../pipeline/cli';
import { ingestBytes, MAXIMUM_INPUT_BYTES } from '../pipeline/ingest';
import { normalizeForParsing } from '../pipeline/ingest/normalize';
import { corpusFolder, readSeed } from './helpers/seeds';
import {
  encodeText, governmentPage, listPage, NEWS_ABOUT_AN_INSPECTION, noticeArticleHtml, withMixedWidths, withTextDebris,
} from './helpers/real-world-corpus';

type Row = Record<string, string>;

const readCsv = (folder: string, name: string): Row[] => parse(readFileSync(path.join(folder, `${name}.csv`)), { bom: true, columns: true });

/** Runs the CLI in-process and keeps what it wrote to stderr. */
async function run(args: string[]): Promise<{ exitCode: number; stderr: string }> {
  let stderr = '';
  const exitCode = await main(['run', ...args, '--quiet'], { out: () => {}, err: (text) => void (stderr += text) });
  return { exitCode, stderr };
}

const temporaryFolder = (name: string) => mkdtempSync(path.join(tmpdir(), `notices-real-world-${name}-`));

const SEED = {
  oneLineTitle: '000_eae2e7ee22df30ec.txt',
  areasAndRunningNumbers: '001_e510119d14028505.txt',
  webCopy: '002_02a5b11db95fc73c.txt',
  twoLevels: '003_c4e32004219fb3a4.txt',
  quotedTitles: '004_6114e440de6cb3cd.txt',
};
const seedText = (file: string) => readSeed(file).text;

/** A good input: its bytes, the seed it must parse like, and the format and encoding it must be read as. */
interface GoodInput {
  file: string;
  bytes: Buffer;
  seed: string;
  format: string;
  encoding: string;
}

function goodInputs(): GoodInput[] {
  const input = (file: string, seed: string, format: string, encoding: string, bytes: Buffer): GoodInput => ({ file, seed, format, encoding, bytes });
  return [
    input('utf8.txt', SEED.oneLineTitle, 'txt', 'UTF-8', encodeText(seedText(SEED.oneLineTitle), 'utf8')),
    input('utf8-bom.txt', SEED.areasAndRunningNumbers, 'txt', 'UTF-8', encodeText(seedText(SEED.areasAndRunningNumbers), 'utf8-bom')),
    input('gbk.txt', SEED.areasAndRunningNumbers, 'txt', 'GB18030', encodeText(seedText(SEED.areasAndRunningNumbers), 'gbk')),
    input('gb18030.txt', SEED.twoLevels, 'txt', 'GB18030', encodeText(seedText(SEED.twoLevels), 'gb18030')),
    input('utf16le.txt', SEED.quotedTitles, 'txt', 'UTF-16LE', encodeText(seedText(SEED.quotedTitles).replace(/\n/g, '\r\n'), 'utf16le')),
    input('utf16be.txt', SEED.oneLineTitle, 'txt', 'UTF-16BE', encodeText(seedText(SEED.oneLineTitle), 'utf16be')),
    // A GB2312 page: declared so, written in GBK (its superset, as servers do).
    input('gb2312-page.html', SEED.quotedTitles, 'html', 'GB18030', encodeText(governmentPage(noticeArticleHtml(seedText(SEED.quotedTitles)), 'gb2312'), 'gbk')),
    // The page says GBK; the bytes are UTF-8.
    input('lying-charset.htm', SEED.webCopy, 'html', 'UTF-8', encodeText(governmentPage(noticeArticleHtml(seedText(SEED.webCopy)), 'gbk'), 'utf8')),
    input('text-debris.txt', SEED.oneLineTitle, 'txt', 'UTF-8', encodeText(withTextDebris(seedText(SEED.oneLineTitle)), 'utf8')),
    input('mixed-widths.txt', SEED.webCopy, 'txt', 'UTF-8', encodeText(withMixedWidths(seedText(SEED.webCopy)), 'utf8')),
  ];
}

/** The text of `seed` up to (not including) the first occurrence of `marker` in the problem it must cut. */
const cutBefore = (seed: string, marker: string) => {
  const text = seedText(seed);
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`marker not in ${seed}: ${marker}`);
  return text.slice(0, at);
};

// Problem columns that depend on the notice alone (keywords are TF-IDF over the whole run, and ids carry the notice id).
const PROBLEM_COLUMNS = ['path', 'number', 'area', 'leaf', 'title', 'title_raw', 'measures', 'status', 'truncated', 'primary_category', 'categories', 'evidence'];
const NOTICE_COLUMNS = [
  'title', 'agency', 'publisher', 'province', 'city', 'district', 'level', 'inspection_kind', 'inspection_body', 'inspection_round',
  'inspection_start', 'inspection_end', 'feedback_date', 'declared_areas', 'declared_problems', 'declared_measures',
  'extracted_areas', 'extracted_problems', 'extracted_sub_problems', 'extracted_measures', 'count_check',
];
// Full-width and half-width forms of one character are the same text for comparison (see withMixedWidths).
const pick = (row: Row, columns: string[]) => columns.map((column) => normalizeForParsing(row[column]));
const problemsOf = (rows: Row[], file: string) => rows.filter((row) => row.file === file).map((row) => pick(row, PROBLEM_COLUMNS));
const errorKey = (row: Row) => [row.file, row.stage, row.severity, row.message.split(':')[0]];

describe('notices run on a corpus of scraped inputs (issue 5)', () => {
  const folders = {
    good: '', failing: '', odd: '', noInputs: '', missing: '',
    seedsOut: '', goodOut: '', failingOut: '', oddOut: '', oddStrictOut: '',
  };
  const results: Record<string, { exitCode: number; stderr: string }> = {};
  const good = goodInputs();
  const truncatedText = cutBefore(SEED.oneLineTitle, '已面向30个市直部门');
  const truncatedPageText = cutBefore(SEED.quotedTitles, '整改情况:一是对《2018年');
  const readsAsRoot = process.getuid?.() === 0;

  beforeAll(async () => {
    const root = temporaryFolder('inputs');
    for (const name of ['good', 'failing', 'odd', 'noInputs'] as const) mkdirSync((folders[name] = path.join(root, name)));
    folders.missing = path.join(root, 'no-such-folder');
    for (const name of ['seedsOut', 'goodOut', 'failingOut', 'oddOut', 'oddStrictOut'] as const) folders[name] = temporaryFolder(name);

    for (const input of good) writeFileSync(path.join(folders.good, input.file), input.bytes);
    // Numbering slips: one problem dropped (its number missing), and one number typed twice.
    const oneLineTitle = seedText(SEED.oneLineTitle);
    const third = oneLineTitle.indexOf('\n(三)', oneLineTitle.indexOf('\n二、'));
    writeFileSync(path.join(folders.good, 'missing-number.txt'), oneLineTitle.slice(0, third) + oneLineTitle.slice(oneLineTitle.indexOf('\n(四)', third)));
    writeFileSync(path.join(folders.good, 'repeated-number.txt'), seedText(SEED.webCopy).replace(/\n(\s*)6\.(?=跨域通办)/, '\n$15.'));

    writeFileSync(path.join(folders.failing, 'empty.txt'), '');
    writeFileSync(path.join(folders.failing, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    // Sparse: as large as the limit says on disk, without writing 20 MB.
    writeFileSync(path.join(folders.failing, 'huge.txt'), '');
    truncateSync(path.join(folders.failing, 'huge.txt'), MAXIMUM_INPUT_BYTES + 1);
    if (readsAsRoot) {
      // chmod 000 does not stop root from reading: a link to nothing is the unreadable file then.
      symlinkSync(path.join(root, 'gone.txt'), path.join(folders.failing, 'unreadable.txt'));
    } else {
      writeFileSync(path.join(folders.failing, 'unreadable.txt'), oneLineTitle);
      chmodSync(path.join(folders.failing, 'unreadable.txt'), 0o000);
    }
    writeFileSync(path.join(folders.noInputs, 'notes.md'), '# not a notice');

    writeFileSync(path.join(folders.odd, 'truncated.txt'), truncatedText);
    writeFileSync(path.join(folders.odd, 'truncated-page.html'), governmentPage(noticeArticleHtml(truncatedPageText), 'utf-8'));
    writeFileSync(path.join(folders.odd, 'news.txt'), NEWS_ABOUT_AN_INSPECTION);
    writeFileSync(
      path.join(folders.odd, 'list.html'),
      listPage(['中共某某市数据局党组关于巡察整改进展情况的通报', '关于市委第三巡察组反馈意见整改情况的通报', '中共某某县委关于巡视整改进展情况的通报']),
    );

    results.seeds = await run([corpusFolder, '--out', folders.seedsOut]);
    results.good = await run([folders.good, '--out', folders.goodOut]);
    results.failing = await run([folders.good, folders.failing, folders.missing, folders.noInputs, '--out', folders.failingOut]);
    results.odd = await run([folders.good, folders.odd, '--out', folders.oddOut]);
    results.oddStrict = await run([folders.good, folders.odd, '--out', folders.oddStrictOut, '--strict']);
  });

  describe('good inputs in every encoding, page and debris', () => {
    it('exits 0 with no rows in errors.csv', () => {
      expect(results.seeds.exitCode).toBe(0);
      expect(results.good).toEqual({ exitCode: 0, stderr: '' });
      expect(readCsv(folders.goodOut, 'errors')).toEqual([]);
    });

    it('decodes the GBK copy to exactly the UTF-8 original (the seed holds only GBK characters)', () => {
      const original = seedText(SEED.areasAndRunningNumbers);
      expect(iconv.decode(iconv.encode(original, 'gbk'), 'gbk')).toBe(original);
      const gbk = readCsv(folders.goodOut, 'notices').find((row) => row.file === 'gbk.txt');
      const utf8 = readCsv(folders.seedsOut, 'notices').find((row) => row.file === SEED.areasAndRunningNumbers);
      expect(gbk?.chars).toBe(utf8?.chars);
      expect(gbk?.encoding).toBe('GB18030');
    });

    it.each(['utf8', 'utf8-bom', 'gbk', 'gb18030', 'gb2312', 'utf16le', 'utf16be'] as const)('ingestBytes(a %s copy) decodes to exactly the UTF-8 original', async (encoding) => {
      const original = seedText(SEED.areasAndRunningNumbers);
      const { notice } = await ingestBytes({ path: '/virtual/copy.txt', file: 'copy.txt', noticeId: 'copy' }, encodeText(original, encoding));
      expect(notice?.text).toBe(original);
    });

    it.each(goodInputs().map((input) => [input.file, input.seed, input.format, input.encoding]))(
      '%s is read as its format and encoding and gives the notice row and problems of %s',
      (file, seed, format, encoding) => {
        const notice = readCsv(folders.goodOut, 'notices').find((row) => row.file === file);
        const seedNotice = readCsv(folders.seedsOut, 'notices').find((row) => row.file === seed);
        expect(notice && [notice.format, notice.encoding]).toEqual([format, encoding]);
        expect(pick(notice as Row, NOTICE_COLUMNS)).toEqual(pick(seedNotice as Row, NOTICE_COLUMNS));
        const problems = problemsOf(readCsv(folders.goodOut, 'problems'), file);
        expect(problems.length).toBeGreaterThan(10);
        expect(problems).toEqual(problemsOf(readCsv(folders.seedsOut, 'problems'), seed));
      },
    );

    it('joins the title split over two lines and skips the debris lines (source line, 展开全文, page numbers)', () => {
      const notice = readCsv(folders.goodOut, 'notices').find((row) => row.file === 'text-debris.txt');
      expect(notice?.title).toBe(seedText(SEED.oneLineTitle).split('\n')[0]);
      const measures = readCsv(folders.goodOut, 'measures').filter((row) => row.notice_id === 'text-debris');
      expect(measures.length).toBeGreaterThan(20);
      expect(measures.filter((row) => /展开全文|信息来源|^- \d+ -$/m.test(row.text))).toEqual([]);
    });

    it('keeps every other problem when one number is missing', () => {
      const problems = problemsOf(readCsv(folders.goodOut, 'problems'), 'missing-number.txt');
      const seedProblems = problemsOf(readCsv(folders.seedsOut, 'problems'), SEED.oneLineTitle);
      expect(problems).toEqual(seedProblems.filter((problem) => problem[0] !== '二.(三)'));
    });

    it('keeps every problem when one number is typed twice, under distinct problem ids', () => {
      const rows = readCsv(folders.goodOut, 'problems').filter((row) => row.file === 'repeated-number.txt');
      const seedRows = readCsv(folders.seedsOut, 'problems').filter((row) => row.file === SEED.webCopy);
      expect(rows.map((row) => row.title)).toEqual(seedRows.map((row) => row.title));
      expect(rows.map((row) => row.path).slice(4, 7)).toEqual(['二.5', '二.5~2', '二.7']);
      expect(new Set(rows.map((row) => row.problem_id)).size).toBe(rows.length);
    });
  });

  describe('inputs that fail, beside the good ones', () => {
    it('exits 1 and writes one error row per bad file and bad path, with its code', () => {
      expect(results.failing.exitCode).toBe(1);
      expect(readCsv(folders.failingOut, 'errors').map(errorKey)).toEqual([
        [folders.missing, 'ingest', 'error', 'INGEST_PATH_NOT_FOUND'],
        [folders.noInputs, 'ingest', 'error', 'INGEST_NO_INPUT_FILES'],
        ['binary.txt', 'ingest', 'error', 'INGEST_BINARY_FILE'],
        ['empty.txt', 'ingest', 'error', 'INGEST_EMPTY_FILE'],
        ['huge.txt', 'ingest', 'error', 'INGEST_FILE_TOO_LARGE'],
        ['unreadable.txt', 'ingest', 'error', 'INGEST_UNREADABLE'],
      ]);
    });

    it('prints one line on stderr per bad file', () => {
      for (const [file, code] of [['binary.txt', 'INGEST_BINARY_FILE'], ['empty.txt', 'INGEST_EMPTY_FILE'], ['huge.txt', 'INGEST_FILE_TOO_LARGE'], ['unreadable.txt', 'INGEST_UNREADABLE']]) {
        expect(results.failing.stderr).toContain(`error: ${file}: [ingest] ${code}: `);
      }
      expect(results.failing.stderr).toContain(`error: ${folders.missing}: [ingest] INGEST_PATH_NOT_FOUND: `);
    });

    it('leaves the good files’ notices, problems, measures and evidence byte for byte as without the bad ones', () => {
      for (const name of ['notices', 'problems', 'measures', 'evidence']) {
        const alone = readFileSync(path.join(folders.goodOut, `${name}.csv`));
        expect(readFileSync(path.join(folders.failingOut, `${name}.csv`)).equals(alone), name).toBe(true);
      }
    });

    it('leaves no temporary file in the output folder', () => {
      for (const folder of [folders.goodOut, folders.failingOut, folders.oddOut]) {
        expect(readdirSync(folder).filter((file) => !/\.(csv|xlsx|json|jsonl|html)$/.test(file))).toEqual([]);
      }
    });
  });

  describe('truncated notices and files that are not notices', () => {
    it('exits 0 for warnings alone, and 1 with --strict', () => {
      expect(results.odd.exitCode).toBe(0);
      expect(results.oddStrict.exitCode).toBe(1);
    });

    it('writes a warning row for each truncated notice and each file that is not a notice', () => {
      const warnings = readCsv(folders.oddOut, 'errors').filter((row) => row.stage === 'segment');
      expect(warnings.map(errorKey)).toEqual([
        ['list.html', 'segment', 'warning', 'SEGMENT_NO_PROBLEMS'],
        ['news.txt', 'segment', 'warning', 'SEGMENT_NO_PROBLEMS'],
        ['truncated-page.html', 'segment', 'warning', 'SEGMENT_TRUNCATED'],
        ['truncated.txt', 'segment', 'warning', 'SEGMENT_TRUNCATED'],
      ]);
      expect(readCsv(folders.oddOut, 'errors').filter((row) => row.severity === 'error')).toEqual([]);
    });

    it('parses what is there of a truncated notice and flags its last problem truncated', () => {
      const problems = readCsv(folders.oddOut, 'problems');
      const truncated = problems.filter((row) => row.file === 'truncated.txt');
      const seedProblems = problemsOf(readCsv(folders.seedsOut, 'problems'), SEED.oneLineTitle);
      expect(truncated.map((row) => row.truncated)).toEqual([...Array(seedProblems.length - 1).fill('no'), 'yes']);
      expect(truncated.slice(0, -1).map((row) => pick(row, PROBLEM_COLUMNS))).toEqual(seedProblems.slice(0, -1));
      const page = problems.filter((row) => row.file === 'truncated-page.html');
      expect(page.map((row) => row.truncated).filter((flag) => flag === 'yes')).toHaveLength(1);
      expect(page[page.length - 1]).toMatchObject({ truncated: 'yes', title: '合同管理不严谨' });
    });

    it('lists a news report and a list page as notices with no problems, none forced out of them', () => {
      const notices = readCsv(folders.oddOut, 'notices');
      for (const file of ['news.txt', 'list.html']) {
        expect(notices.find((row) => row.file === file)?.extracted_problems).toBe('0');
      }
      expect(readCsv(folders.oddOut, 'problems').filter((row) => row.file === 'news.txt' || row.file === 'list.html')).toEqual([]);
    });

    it('leaves the good files’ notices and problems as without them (keywords aside: they weigh terms over the whole run)', () => {
      const goodFiles = new Set([...good.map((input) => input.file), 'missing-number.txt', 'repeated-number.txt']);
      const noticesOf = (folder: string) => readCsv(folder, 'notices').filter((row) => goodFiles.has(row.file));
      const problemRowsOf = (folder: string) =>
        readCsv(folder, 'problems').filter((row) => goodFiles.has(row.file)).map(({ keywords: _keywords, ...row }) => row);
      expect(noticesOf(folders.oddOut)).toEqual(noticesOf(folders.goodOut));
      expect(problemRowsOf(folders.oddOut)).toEqual(problemRowsOf(folders.goodOut));
    });

    it('gives byte-identical CSV files for a second run over the same input', () => {
      for (const name of readdirSync(folders.oddOut).filter((file) => file.endsWith('.csv'))) {
        expect(readFileSync(path.join(folders.oddStrictOut, name)).equals(readFileSync(path.join(folders.oddOut, name))), name).toBe(true);
      }
    });
  });

  describe('usage errors before any work', () => {
    it('exits 2 for a folder with no input files alone and for a path that does not exist alone, writing nothing', async () => {
      const output = path.join(temporaryFolder('usage'), 'out');
      const noInputs = await run([folders.noInputs, '--out', output]);
      expect(noInputs.exitCode).toBe(2);
      expect(noInputs.stderr).toContain('INGEST_NO_INPUT_FILES');
      const missing = await run([folders.missing, '--out', output]);
      expect(missing.exitCode).toBe(2);
      expect(missing.stderr).toContain('INGEST_PATH_NOT_FOUND');
      expect(existsSync(output) ? readdirSync(output) : []).toEqual([]);
    });

    it('exits 2 for an output folder that cannot be written (a path under a regular file), naming it', async () => {
      const file = path.join(temporaryFolder('blocked'), 'a-file');
      writeFileSync(file, 'not a folder');
      const blocked = await run([folders.good, '--out', path.join(file, 'out')]);
      expect(blocked.exitCode).toBe(2);
      expect(blocked.stderr).toContain(`cannot write to the output folder ${path.join(file, 'out')}`);
    });
  });

  describe('a run the system stops part way', () => {
    it('exits 3 when an output cannot be written (a folder stands where notices.csv goes), naming the folder and the reason, without a stack trace or partial files', async () => {
      const output = temporaryFolder('stopped');
      mkdirSync(path.join(output, 'notices.csv', 'inside'), { recursive: true });
      const stopped = await run([folders.good, '--out', output, '--no-cache']);
      expect(stopped.exitCode).toBe(3);
      expect(stopped.stderr).toContain(`the run stopped, its outputs in ${output} are incomplete: EISDIR`);
      expect(stopped.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(output).filter((name) => name.includes('.partial'))).toEqual([]);
    });
  });
});
