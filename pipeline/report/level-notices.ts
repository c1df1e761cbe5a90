import { detached } from './detached';

/** A level's notices as the level chart draws them, in notice order: two numbers a notice, no record. */
export interface LevelNotices {
  /** Each notice's problems. */
  problemCounts: readonly number[];
  /** Each notice's name on the chart, as its place in `LevelChartNotices.names`. */
  nameIndexes: readonly number[];
  /** The problems of all the level's notices, added in notice order. */
  problemSum: number;
}

/** The notices of every level with their names held once each: an agency's name recurs over its notices. */
export interface LevelChartNotices {
  /** By level: `province`, `city`, `district`, or `''` for a level not recognised. */
  levels: ReadonlyMap<string, LevelNotices>;
  /** The distinct names the notices are drawn with. */
  names: readonly string[];
}

interface GrowingLevel {
  problemCounts: number[];
  nameIndexes: number[];
  problemSum: number;
}

/** Builds `LevelChartNotices` from notices met one at a time, in notice order. */
export class LevelNoticesBuilder {
  private readonly levels = new Map<string, GrowingLevel>();
  private readonly names: string[] = [];
  private readonly placeOfName = new Map<string, number>();

  /** Adds one notice of `level`, drawn as `name` with `problems` problems. */
  add(level: string, name: string, problems: number): void {
    let place = this.placeOfName.get(name);
    if (place === undefined) {
      place = this.names.length;
      // A new name is copied: the list outlives the chunk it was cut from.
      const copy = detached(name);
      this.names.push(copy);
      this.placeOfName.set(copy, place);
    }
    let growing = this.levels.get(level);
    if (!growing) {
      growing = { problemCounts: [], nameIndexes: [], problemSum: 0 };
      this.levels.set(level, growing);
    }
    growing.problemCounts.push(problems);
    growing.nameIndexes.push(place);
    growing.problemSum += problems;
  }

  /** The notices added so far, by level. */
  notices(): LevelChartNotices {
    return { levels: this.levels, names: this.names };
  }
}
