/** The report's two tables, per course and per provider, as columns over its rows. */
import type { ItemReport, ProviderReport, Recommendation } from '../../core/procurement/types.js';
import type { Column } from '../../core/base/table/sortable-table.js';

export type ItemColumn = 'course' | 'provider' | 'relevance' | 'clarity' | 'count' | 'trend' | 'recommendation';
export type ProviderColumn = 'provider' | 'relevance' | 'clarity' | 'count' | 'trend' | 'keep' | 'rewrap' | 'retire';

/** An item with the title it is shown under (its id when the manifest does not have it). */
export interface ItemRow extends ItemReport {
  title: string;
}

/** Sorting by recommendation puts what needs action first. */
const URGENCY: Readonly<Record<Recommendation, number>> = { retire: 0, rewrap: 1, keep: 2, undecided: 3 };

type Label<K extends string> = (key: K) => string;

const figures = <Row extends ItemReport | ProviderReport, K extends string>(label: Label<K | 'relevance' | 'clarity' | 'count' | 'trend'>) =>
  [
    { key: 'relevance', label: label('relevance'), sortValue: (row: Row) => row.total?.relevance, numeric: true, first: 'descending' },
    { key: 'clarity', label: label('clarity'), sortValue: (row: Row) => row.total?.clarity, numeric: true, first: 'descending' },
    { key: 'count', label: label('count'), sortValue: (row: Row) => row.total?.count ?? 0, numeric: true, first: 'descending' },
    { key: 'trend', label: label('trend'), sortValue: (row: Row) => row.trend?.relevance, first: 'descending' },
  ] as const;

export function itemColumns(label: Label<ItemColumn>): Column<ItemRow, ItemColumn>[] {
  return [
    { key: 'course', label: label('course'), sortValue: (row) => row.title },
    { key: 'provider', label: label('provider'), sortValue: (row) => row.provider },
    ...figures<ItemRow, ItemColumn>(label),
    { key: 'recommendation', label: label('recommendation'), sortValue: (row) => URGENCY[row.recommendation] },
  ];
}

export function providerColumns(label: Label<ProviderColumn>): Column<ProviderReport, ProviderColumn>[] {
  const counted = (key: 'keep' | 'rewrap' | 'retire') =>
    ({ key, label: label(key), sortValue: (row: ProviderReport) => row.recommendations[key], numeric: true, first: 'descending' }) as const;
  return [
    { key: 'provider', label: label('provider'), sortValue: (row) => row.provider },
    ...figures<ProviderReport, ProviderColumn>(label),
    counted('keep'),
    counted('rewrap'),
    counted('retire'),
  ];
}
