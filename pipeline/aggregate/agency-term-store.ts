import { sparseTermCounts, type SparseTermCounts } from './sparse-term-counts';

/**
 * Where the keyword table keeps each agency's term counts until the end of the run, when the
 * terms' document frequencies are known and each agency's terms can be scored. Agencies and
 * terms are numbers the caller gives them.
 */
export interface AgencyTermStore {
  /** Adds occurrences of a term, and problems that use it, to an agency. */
  add(agency: number, term: number, occurrences: number, problems: number): void;
  /**
   * Each agency that was added to, once, with its counts summed, in no particular order. The
   * store is used up by it: call it once, at the end.
   */
  forEachAgency(visit: (agency: number, counts: SparseTermCounts) => void): void;
}

/**
 * A store that holds every agency's counts in memory: right for a corpus of a few thousand
 * agencies, and for tests. On a national corpus, where nearly every notice has an agency of
 * its own, the pairs (agency, term) grow with the notices: the run spills them to disk instead.
 */
export function inMemoryAgencyTermStore(): AgencyTermStore {
  const byAgency = new Map<number, SparseTermCounts>();
  return {
    add(agency, term, occurrences, problems) {
      let counts = byAgency.get(agency);
      if (!counts) byAgency.set(agency, (counts = sparseTermCounts()));
      counts.add(term, occurrences, problems);
    },
    forEachAgency(visit) {
      for (const [agency, counts] of byAgency) visit(agency, counts);
      byAgency.clear();
    },
  };
}
