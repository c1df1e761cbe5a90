import type { Cell, Table } from '../types';
import { detached } from './detached';
import { recordOf, textOf, type TableRecord } from './table-records';

/** A problem as a recurring group lists it. */
export interface GroupMember {
  agency: string;
  title: string;
}

/**
 * What the report shows of the problem table, small whatever the corpus: the counts the
 * overview and the level chart draw, the first problems for the problem table, and the
 * problems the recurring groups list. A corpus has millions of problems; none other is kept.
 */
export interface ProblemDigest {
  /** Every problem of the table, leaf and parent. */
  problems: number;
  /** The problems not detailed in sub-problems (`leaf` is not `no`). */
  leaves: number;
  /** Leaf problems by `notice_id`. */
  leavesByNotice: ReadonlyMap<string, number>;
  /** The first problems in table order, as many as were wanted. */
  firstProblems: readonly TableRecord[];
  /** The wanted group members found in the table, by `problem_id`; a later row with the same id wins. */
  groupMembers: ReadonlyMap<string, GroupMember>;
}

/** Which problems a digest keeps whole: how many from the top, and the ids the recurring groups list. */
export interface DigestWants {
  firstProblems: number;
  groupMemberIds: ReadonlySet<string>;
}

/** Builds a `ProblemDigest` from the rows of a problem table met one at a time, in table order. */
export class ProblemDigestBuilder {
  private problems = 0;
  private leaves = 0;
  private readonly leavesByNotice = new Map<string, number>();
  private readonly firstProblems: TableRecord[] = [];
  private readonly groupMembers = new Map<string, GroupMember>();
  private readonly leafColumn: number;
  private readonly noticeColumn: number;
  private readonly identifierColumn: number;
  private readonly agencyColumn: number;
  private readonly titleColumn: number;

  constructor(private readonly columns: readonly string[], private readonly wants: DigestWants) {
    // The last column of a name, as a record keyed by column name keeps it.
    this.leafColumn = columns.lastIndexOf('leaf');
    this.noticeColumn = columns.lastIndexOf('notice_id');
    this.identifierColumn = columns.lastIndexOf('problem_id');
    this.agencyColumn = columns.lastIndexOf('agency');
    this.titleColumn = columns.lastIndexOf('title');
  }

  /** Counts one problem row and keeps it when it is wanted. */
  add(row: readonly Cell[]): void {
    this.problems += 1;
    if (cellText(row, this.leafColumn) !== 'no') {
      this.leaves += 1;
      const notice = cellText(row, this.noticeColumn);
      const leaves = this.leavesByNotice.get(notice);
      // A new notice's id is copied: the map outlives the chunk it was cut from.
      if (leaves === undefined) this.leavesByNotice.set(detached(notice), 1);
      else this.leavesByNotice.set(notice, leaves + 1);
    }
    if (this.firstProblems.length < this.wants.firstProblems) this.firstProblems.push(recordOf(this.columns, row));
    const identifier = cellText(row, this.identifierColumn);
    if (this.wants.groupMemberIds.has(identifier)) {
      this.groupMembers.set(identifier, { agency: detached(cellText(row, this.agencyColumn)), title: detached(cellText(row, this.titleColumn)) });
    }
  }

  /** The digest of the rows added so far. */
  digest(): ProblemDigest {
    return { problems: this.problems, leaves: this.leaves, leavesByNotice: this.leavesByNotice, firstProblems: this.firstProblems, groupMembers: this.groupMembers };
  }
}

/** The digest of a problem table held in memory. */
export function digestProblems(table: Table, wants: DigestWants): ProblemDigest {
  const builder = new ProblemDigestBuilder(table.columns, wants);
  for (const row of table.rows) builder.add(row);
  return builder.digest();
}

function cellText(row: readonly Cell[], column: number): string {
  return column === -1 ? '' : textOf(row[column]);
}
