import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { AgencyTermStore } from '../aggregate/agency-term-store';
import { sparseTermCounts, type SparseTermCounts } from '../aggregate/sparse-term-counts';

/** How an `AgencyTermStore` on disk is laid out. */
export interface AgencyTermSpillOptions {
  /** Files the agencies are dealt over (by number): at the end, one file's agencies are held at a time. */
  buckets?: number;
  /** Records a bucket gathers in memory before it writes them to its file. */
  recordsPerWrite?: number;
}

/** An `AgencyTermStore` that keeps its records on disk; `discard` removes its files after a failed run. */
export interface AgencyTermSpill extends AgencyTermStore {
  /** Records held in memory now: never more than buckets × recordsPerWrite. */
  readonly heldRecords: number;
  /** Records written to the files so far. */
  readonly spilledRecords: number;
  discard(): void;
}

const DEFAULT_BUCKETS = 64;
const DEFAULT_RECORDS_PER_WRITE = 4096;
// A record: agency, term, occurrences, problems, as 32-bit integers.
const RECORD_INTS = 4;
const RECORD_BYTES = RECORD_INTS * 4;

interface Bucket {
  records: Int32Array;
  used: number;
  file: string;
  descriptor: number | null;
}

/**
 * Each agency's term counts on disk until the end of the run. Every notice adds a record per
 * (agency, term); the records go to one of `buckets` files by the agency's number, a few
 * thousand at a time. At the end each file is read back and summed by agency, its agencies
 * visited, and the file removed, so the counts held at once are one bucket's, whatever the
 * number of notices and agencies. The files are `<prefix>.<bucket>.spill` in `folder`.
 */
export function agencyTermSpill(folder: string, prefix: string, options: AgencyTermSpillOptions = {}): AgencyTermSpill {
  const bucketCount = options.buckets ?? DEFAULT_BUCKETS;
  const recordsPerWrite = options.recordsPerWrite ?? DEFAULT_RECORDS_PER_WRITE;
  if (!Number.isInteger(bucketCount) || bucketCount < 1) throw new RangeError(`Expected \`buckets\` to be an integer from 1 and up, got ${bucketCount}`);
  if (!Number.isInteger(recordsPerWrite) || recordsPerWrite < 1) throw new RangeError(`Expected \`recordsPerWrite\` to be an integer from 1 and up, got ${recordsPerWrite}`);
  const buckets: Bucket[] = Array.from({ length: bucketCount }, (_, index) => ({
    records: new Int32Array(recordsPerWrite * RECORD_INTS),
    used: 0,
    file: path.join(folder, `${prefix}.${index}.spill`),
    descriptor: null,
  }));
  let heldRecords = 0;
  let spilledRecords = 0;

  const write = (bucket: Bucket) => {
    if (bucket.descriptor === null) bucket.descriptor = openSync(bucket.file, 'w+');
    const bytes = new Uint8Array(bucket.records.buffer, 0, bucket.used * RECORD_BYTES);
    for (let from = 0; from < bytes.length; ) from += writeSync(bucket.descriptor, bytes, from, bytes.length - from);
    spilledRecords += bucket.used;
    heldRecords -= bucket.used;
    bucket.used = 0;
  };

  const close = (bucket: Bucket) => {
    if (bucket.descriptor === null) return;
    closeSync(bucket.descriptor);
    bucket.descriptor = null;
  };

  const sumRecords = (records: Int32Array, count: number, into: Map<number, SparseTermCounts>) => {
    for (let at = 0; at < count * RECORD_INTS; at += RECORD_INTS) {
      let counts = into.get(records[at]);
      if (!counts) into.set(records[at], (counts = sparseTermCounts()));
      counts.add(records[at + 1], records[at + 2], records[at + 3]);
    }
  };

  // One buffer reads every file back, a whole number of records at a time.
  const readBack = (bucket: Bucket, into: Map<number, SparseTermCounts>, buffer: Int32Array) => {
    if (bucket.descriptor === null) return;
    const bytes = new Uint8Array(buffer.buffer);
    for (let position = 0; ; ) {
      let filled = 0;
      while (filled < bytes.length) {
        const read = readSync(bucket.descriptor, bytes, filled, bytes.length - filled, position + filled);
        if (read === 0) break;
        filled += read;
      }
      if (filled % RECORD_BYTES !== 0) throw new Error(`${bucket.file}: the spill file ends inside a record`);
      sumRecords(buffer, filled / RECORD_BYTES, into);
      if (filled < bytes.length) return;
      position += filled;
    }
  };

  return {
    add(agency, term, occurrences, problems) {
      const bucket = buckets[agency % bucketCount];
      const at = bucket.used * RECORD_INTS;
      bucket.records[at] = agency;
      bucket.records[at + 1] = term;
      bucket.records[at + 2] = occurrences;
      bucket.records[at + 3] = problems;
      bucket.used += 1;
      heldRecords += 1;
      if (bucket.used === recordsPerWrite) write(bucket);
    },
    forEachAgency(visit) {
      const buffer = new Int32Array(recordsPerWrite * RECORD_INTS * 16);
      for (const bucket of buckets) {
        const byAgency = new Map<number, SparseTermCounts>();
        try {
          readBack(bucket, byAgency, buffer);
        } finally {
          close(bucket);
          rmSync(bucket.file, { force: true });
        }
        sumRecords(bucket.records, bucket.used, byAgency);
        heldRecords -= bucket.used;
        bucket.used = 0;
        for (const [agency, counts] of byAgency) visit(agency, counts);
      }
    },
    get heldRecords() {
      return heldRecords;
    },
    get spilledRecords() {
      return spilledRecords;
    },
    discard() {
      for (const bucket of buckets) {
        close(bucket);
        rmSync(bucket.file, { force: true });
      }
    },
  };
}
