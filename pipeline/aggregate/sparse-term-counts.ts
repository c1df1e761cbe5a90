/**
 * Two counts per term number, for the few terms of a scope among many (an agency's, out of
 * the run's): an open-addressing table in typed arrays. A `Map` from term number to slot cost
 * a tenth of the main thread's time on a large run, and its entries were garbage to collect.
 */
export interface SparseTermCounts {
  /** Adds to the term's occurrences and problems. */
  add(term: number, occurrences: number, problems: number): void;
  /** Distinct terms counted. */
  readonly size: number;
  /** Each counted term with its occurrences and problems, in no particular order. */
  entries(): [number, number, number][];
}

const EMPTY = -1;

/** An empty table. */
export function sparseTermCounts(): SparseTermCounts {
  let keys = new Int32Array(16).fill(EMPTY);
  let occurrences = new Float64Array(16);
  let problems = new Float64Array(16);
  let size = 0;
  // 32 less the table's size in bits: the product's top bits are the slot.
  let shift = 28;

  const slotOf = (term: number, table: Int32Array): number => {
    const mask = table.length - 1;
    // Fibonacci hashing: the product's high bits spread term numbers evenly over the table.
    let slot = Math.imul(term, 0x9e3779b1) >>> shift;
    while (table[slot] !== EMPTY && table[slot] !== term) slot = (slot + 1) & mask;
    return slot;
  };

  const grow = () => {
    const [oldKeys, oldOccurrences, oldProblems] = [keys, occurrences, problems];
    keys = new Int32Array(oldKeys.length * 2).fill(EMPTY);
    occurrences = new Float64Array(keys.length);
    problems = new Float64Array(keys.length);
    shift -= 1;
    for (let old = 0; old < oldKeys.length; old++) {
      if (oldKeys[old] === EMPTY) continue;
      const slot = slotOf(oldKeys[old], keys);
      keys[slot] = oldKeys[old];
      occurrences[slot] = oldOccurrences[old];
      problems[slot] = oldProblems[old];
    }
  };

  return {
    add(term, addedOccurrences, addedProblems) {
      let slot = slotOf(term, keys);
      if (keys[slot] === EMPTY) {
        // Kept at most half full, so that a search ends after a few slots.
        if (2 * (size + 1) > keys.length) {
          grow();
          slot = slotOf(term, keys);
        }
        keys[slot] = term;
        size += 1;
      }
      occurrences[slot] += addedOccurrences;
      problems[slot] += addedProblems;
    },
    get size() {
      return size;
    },
    entries() {
      const entries: [number, number, number][] = [];
      for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== EMPTY) entries.push([keys[slot], occurrences[slot], problems[slot]]);
      return entries;
    },
  };
}
