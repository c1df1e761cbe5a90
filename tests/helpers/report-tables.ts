import type { Cell, Table } from '../../pipeline/types';
import { NOTICE_COLUMNS, PROBLEM_COLUMNS, type CategoryLabel } from '../../pipeline/write/notice-tables';

/** The default taxonomy's categories, as the report receives them. */
export const REPORT_CATEGORIES: CategoryLabel[] = [
  { key: 'party', label: '党建' },
  { key: 'finance', label: '财务内控' },
  { key: 'security', label: '网络安全' },
  { key: 'business', label: '营商环境' },
  { key: 'other', label: '其他' },
];

/** A title a scraped page could carry: markup that must come out as text. */
export const HOSTILE_TITLE = '<script>alert("x")</script>财务&报销<b>不规范</b>';

/** Builds a table from records, filling the columns a record leaves out with `null`. */
export function tableFrom(name: string, columns: readonly string[], records: Record<string, Cell>[]): Table {
  return { name, columns: [...columns], rows: records.map((record) => columns.map((column) => record[column] ?? null)) };
}

/**
 * Three notices of three agencies (a city bureau with two levels of problems, a district
 * bureau, a provincial office), the tables the run writes for them.
 */
export function buildReportTables(): Table[] {
  const notices = tableFrom('notices', NOTICE_COLUMNS, [
    { notice_id: 'a', file: 'a.txt', title: '甲市数据局关于巡察整改进展情况的通报', agency: '甲市数据局', level: 'city', published_date: '2022-05-10', declared_problems: 3, extracted_problems: 2, extracted_sub_problems: 2, declared_measures: 9, extracted_measures: 7, extracted_areas: 1, count_check: 'mismatch: problems 3≠2; measures 9≠7' },
    { notice_id: 'b', file: 'b.txt', title: '乙区数据局巡察整改情况', agency: '乙区数据局', level: 'district', published_date: '2023-01-20', declared_problems: 2, extracted_problems: 2, extracted_measures: 4, count_check: 'ok' },
    { notice_id: 'c', file: 'c.html', title: '丙省大数据中心巡视整改进展', agency: '丙省大数据中心', level: 'province', published_date: null, extracted_problems: 2, extracted_measures: 3, count_check: 'undeclared' },
  ]);
  const problems = tableFrom('problems', PROBLEM_COLUMNS, [
    { problem_id: 'a#一.(一)', notice_id: 'a', agency: '甲市数据局', path: '一.(一)', leaf: 'no', title: '理论学习不够深入', measures: 4, primary_category: '党建', categories: '党建', evidence: '党建: 理论学习 [title]' },
    { problem_id: 'a#一.(一).1', notice_id: 'a', agency: '甲市数据局', path: '一.(一).1', parent_id: 'a#一.(一)', leaf: 'yes', title: '中心组学习流于形式', measures: 2, primary_category: '党建', categories: '党建', evidence: '党建: 中心组 [title]' },
    { problem_id: 'a#一.(一).2', notice_id: 'a', agency: '甲市数据局', path: '一.(一).2', parent_id: 'a#一.(一)', leaf: 'yes', title: HOSTILE_TITLE, measures: 2, status: 'completed', primary_category: '财务内控', categories: '财务内控;党建', evidence: '财务内控: 报销 [title] | 党建: 纪律 [body]' },
    { problem_id: 'a#一.(二)', notice_id: 'a', agency: '甲市数据局', path: '一.(二)', leaf: 'yes', title: '网络安全责任制落实不到位', measures: 3, primary_category: '网络安全', categories: '网络安全', evidence: '网络安全: 网络安全 [title]' },
    { problem_id: 'b#1', notice_id: 'b', agency: '乙区数据局', path: '1', leaf: 'yes', title: '网络安全责任落实不到位', measures: 2, status: 'long_term', primary_category: '网络安全', categories: '网络安全', evidence: '网络安全: 网络安全 [title]' },
    { problem_id: 'b#2', notice_id: 'b', agency: '乙区数据局', path: '2', leaf: 'yes', title: '政务服务效率不高', measures: 2, primary_category: '营商环境', categories: '营商环境', evidence: '营商环境: 政务服务 [title]', truncated: 'yes' },
    { problem_id: 'c#(一)', notice_id: 'c', agency: '丙省大数据中心', path: '(一)', leaf: 'yes', title: '数据共享推进缓慢', measures: 1, primary_category: '其他', categories: '其他', evidence: '其他: 数据共享 [title]' },
    { problem_id: 'c#(二)', notice_id: 'c', agency: '丙省大数据中心', path: '(二)', leaf: 'yes', title: '网络安全防线不牢', measures: 2, primary_category: '网络安全', categories: '网络安全', evidence: '网络安全: 安全防线 [title]' },
  ]);
  const byAgencyColumns = ['agency', 'level', 'province', 'city', 'district', 'notices', 'problems', ...REPORT_CATEGORIES.flatMap((category) => [category.label, `${category.label}_share`])];
  const shares = (problemCount: number, counts: number[]) =>
    Object.fromEntries(REPORT_CATEGORIES.flatMap((category, index) => [[category.label, counts[index]], [`${category.label}_share`, problemCount === 0 ? null : Math.round((counts[index] / problemCount) * 10_000) / 10_000]]));
  const categoryByAgency = tableFrom('category_by_agency', byAgencyColumns, [
    { agency: '丙省大数据中心', level: 'province', notices: 1, problems: 2, ...shares(2, [0, 0, 1, 0, 1]) },
    { agency: '甲市数据局', level: 'city', notices: 1, problems: 3, ...shares(3, [1, 1, 1, 0, 0]) },
    { agency: '乙区数据局', level: 'district', notices: 1, problems: 2, ...shares(2, [0, 0, 1, 1, 0]) },
    { agency: '全部', notices: 3, problems: 7, ...shares(7, [1, 1, 3, 1, 1]) },
  ]);
  const recurring = tableFrom('recurring_problems', ['group_id', 'category', 'representative_title', 'agencies', 'notices', 'problems', 'agency_list', 'problem_ids', 'titles'], [
    { group_id: 'R1', category: '网络安全', representative_title: '网络安全责任制落实不到位', agencies: 3, notices: 3, problems: 3, agency_list: '丙省大数据中心;甲市数据局;乙区数据局', problem_ids: 'a#一.(二);b#1;c#(二)', titles: '网络安全责任制落实不到位;网络安全责任落实不到位;网络安全防线不牢' },
  ]);
  return [notices, problems, categoryByAgency, recurring];
}
