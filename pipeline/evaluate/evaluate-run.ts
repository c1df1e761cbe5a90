import path from 'node:path';
import { loadTaxonomy, type Taxonomy } from '../taxonomy';
import { categoryScores } from './category-metrics';
import type { Evaluation } from './evaluation-types';
import { readGoldFile, type GoldNotice } from './gold-file';
import { metadataAccuracy } from './metadata-accuracy';
import { matchProblems, titleScores } from './problem-matching';
import { readOutputTable, type OutputRow } from './read-output-table';

/**
 * Compares a run's `notices.csv` and `problems.csv` in `outputsFolder` with a gold file in the
 * format of `tests/fixtures/gold/seeds.json`. Category labels are read back with `taxonomy`.
 */
export function evaluateRun(goldFile: string, outputsFolder: string, taxonomy: Taxonomy = loadTaxonomy()): Evaluation {
  const gold = readGoldFile(goldFile);
  const noticeRows = readOutputTable(outputsFolder, 'notices');
  const problemRows = readOutputTable(outputsFolder, 'problems');
  const rowOf = noticeFinder(noticeRows);
  const { matched, segmentation } = matchProblems(gold, problemRows, (notice) => rowOf(notice)?.file);
  const missing = gold.filter((notice) => rowOf(notice) === undefined).map((notice) => notice.file);
  return {
    goldFile,
    outputsFolder,
    notices: { gold: gold.length, found: gold.length - missing.length, missing },
    metadata: metadataAccuracy(gold, rowOf),
    segmentation,
    titles: titleScores(matched),
    categories: categoryScores(matched, taxonomy),
  };
}

// The gold names a notice by its file name; a run over nested folders writes the path relative
// to the input folder, so a unique row whose path ends in that name matches too.
function noticeFinder(rows: OutputRow[]): (notice: GoldNotice) => OutputRow | undefined {
  return (notice) => {
    const exact = rows.find((row) => row.file === notice.file);
    if (exact !== undefined) return exact;
    const byName = rows.filter((row) => path.posix.basename(row.file ?? '') === notice.file);
    return byName.length === 1 ? byName[0] : undefined;
  };
}
