import { growableFloat64, growableInt32, interned, type Growable, type Interned } from './growable';
import type { NoticeFindings } from './leaf-findings';

/**
 * The leaf problems of a corpus as the recurring grouping needs them, in typed arrays and
 * string tables rather than one object per problem, so that a million problems fit in a few
 * hundred megabytes. Problems with the same title, parent title and finding terms share one
 * finding (a national corpus repeats the genre's standard findings word for word): they are
 * one item to compare, however many problems name them.
 */
export interface FindingIndex {
  /** Adds a notice's leaf problems after those added before. */
  add(findings: NoticeFindings): void;
  readonly notices: { ids: readonly string[]; agency: Growable<Int32Array> };
  readonly agencies: Interned;
  readonly leaves: {
    notice: Growable<Int32Array>;
    path: Growable<Int32Array>;
    title: Growable<Int32Array>;
    primary: Growable<Int32Array>;
    finding: Growable<Int32Array>;
  };
  readonly paths: Interned;
  readonly titles: Interned;
  readonly categories: Interned;
  readonly findings: {
    /** Where each finding's words start in `terms`/`weights`; its concepts follow from `conceptStart`, up to the next finding's start. */
    start: Growable<Int32Array>;
    conceptStart: Growable<Int32Array>;
    /** The ids of its words (in `words`) and then of its concepts (in `concepts`), and their weights. */
    terms: Growable<Int32Array>;
    weights: Growable<Float64Array>;
    /** How many leaf problems name it, and its leaves in order (`firstLeaf`, then `nextLeaf` of each; -1 ends). */
    problems: Growable<Int32Array>;
    firstLeaf: Growable<Int32Array>;
    lastLeaf: Growable<Int32Array>;
    /** The agency of all its problems, or -1 once two agencies name it. */
    agency: Growable<Int32Array>;
  };
  /** For each leaf, the next leaf of its finding, or -1. */
  readonly nextLeaf: Growable<Int32Array>;
  readonly words: Interned;
  readonly concepts: Interned;
}

/** An empty index. */
export function createFindingIndex(): FindingIndex {
  const notices = { ids: [] as string[], agency: growableInt32() };
  const agencies = interned();
  const leaves = { notice: growableInt32(), path: growableInt32(), title: growableInt32(), primary: growableInt32(), finding: growableInt32() };
  const nextLeaf = growableInt32();
  const [paths, titles, categories, words, concepts] = [interned(), interned(), interned(), interned(), interned()];
  const findings = {
    start: growableInt32(),
    conceptStart: growableInt32(),
    terms: growableInt32(),
    weights: growableFloat64(),
    problems: growableInt32(),
    firstLeaf: growableInt32(),
    lastLeaf: growableInt32(),
    agency: growableInt32(),
  };
  // Title and parent title → the first finding with them; further ones (other terms) chain on.
  const byTitles = new Map<number, number>();
  const sameTitles = growableInt32();
  const termIds: number[] = [];

  const sameTerms = (finding: number, weights: readonly number[]): boolean => {
    const start = findings.start.values()[finding];
    const end = finding + 1 < findings.start.length ? findings.start.values()[finding + 1] : findings.terms.length;
    if (end - start !== termIds.length) return false;
    const storedTerms = findings.terms.values();
    const storedWeights = findings.weights.values();
    for (let offset = 0; offset < termIds.length; offset++) {
      if (storedTerms[start + offset] !== termIds[offset] || storedWeights[start + offset] !== weights[offset]) return false;
    }
    return true;
  };

  return {
    add(notice) {
      const noticeIndex = notices.ids.length;
      const agency = agencies.id(notice.agency);
      notices.ids.push(notice.noticeId);
      notices.agency.push(agency);
      for (const leaf of notice.leaves) {
        const leafIndex = leaves.notice.length;
        const title = titles.id(leaf.title);
        const parentTitle = leaf.parentTitle === null ? -1 : titles.id(leaf.parentTitle);
        termIds.length = 0;
        for (const word of leaf.words) termIds.push(words.id(word));
        const wordCount = termIds.length;
        for (const concept of leaf.concepts) termIds.push(concepts.id(concept));
        const weights = [...leaf.wordWeights, ...leaf.conceptWeights];

        // Titles are numbered below 2^26, so the key is exact.
        const key = title * 2 ** 26 + parentTitle + 1;
        let finding = byTitles.get(key) ?? -1;
        let last = -1;
        while (finding !== -1 && !sameTerms(finding, weights)) [last, finding] = [finding, sameTitles.values()[finding]];
        if (finding === -1) {
          finding = findings.start.length;
          findings.start.push(findings.terms.length);
          findings.conceptStart.push(findings.terms.length + wordCount);
          termIds.forEach((id, offset) => {
            findings.terms.push(id);
            findings.weights.push(weights[offset]);
          });
          findings.problems.push(0);
          findings.firstLeaf.push(leafIndex);
          findings.lastLeaf.push(leafIndex);
          findings.agency.push(agency);
          sameTitles.push(-1);
          if (last === -1) byTitles.set(key, finding);
          else sameTitles.values()[last] = finding;
        } else {
          nextLeaf.values()[findings.lastLeaf.values()[finding]] = leafIndex;
          findings.lastLeaf.values()[finding] = leafIndex;
          if (findings.agency.values()[finding] !== agency) findings.agency.values()[finding] = -1;
        }
        findings.problems.values()[finding] += 1;
        leaves.notice.push(noticeIndex);
        leaves.path.push(paths.id(leaf.path));
        leaves.title.push(title);
        leaves.primary.push(categories.id(leaf.primary));
        leaves.finding.push(finding);
        nextLeaf.push(-1);
      }
    },
    notices,
    agencies,
    leaves,
    paths,
    titles,
    categories,
    findings,
    nextLeaf,
    words,
    concepts,
  };
}
