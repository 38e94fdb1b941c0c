/**
 * Sortable table columns, the WAI-ARIA APG way: each sortable column header holds a button, the
 * header of the sorted column carries `aria-sort`, and an arrow shows the order to sighted users.
 * Rows without a value for the sorted column go last in either direction. Used by
 * `<pk-content-audit>` and `<pk-relevance-report>`.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string = string> {
  readonly key: K;
  readonly direction: SortDirection;
}

/** One column of a table of `Row`s. */
export interface Column<Row, K extends string = string> {
  readonly key: K;
  readonly label: string;
  /** What the column sorts by; a column without it is not sortable. */
  readonly sortValue?: (row: Row) => number | string | undefined;
  /** The order of the first sort by this column: `descending` where more comes first. */
  readonly first?: SortDirection;
  /** Figures: aligned to the end, in tabular digits. */
  readonly numeric?: boolean;
}

/** `rows` in the order `sort` asks for; ties keep their order. */
export function sortRows<Row, K extends string>(
  rows: readonly Row[],
  columns: readonly Column<Row, K>[],
  sort: SortState<K>,
  collator: Intl.Collator,
): Row[] {
  const valueOf = columns.find((column) => column.key === sort.key)?.sortValue;
  if (!valueOf) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === undefined || y === undefined) return Number(x === undefined) - Number(y === undefined);
    return sign * (typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : Number(x) - Number(y));
  });
}

/** The sort after the user picks `column`: the other direction of the same column, else its first. */
export function nextSort<K extends string>(sort: SortState<K>, column: Pick<Column<never, K>, 'key' | 'first'>): SortState<K> {
  if (sort.key === column.key) return { key: column.key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key: column.key, direction: column.first ?? 'ascending' };
}

export function columnHeader<Row, K extends string>(column: Column<Row, K>, sort: SortState<K>, onSort: (column: Column<Row, K>) => void): TemplateResult {
  const numeric = column.numeric ? 'numeric' : '';
  if (!column.sortValue) return html`<th scope="col" class=${numeric} part="column-header">${column.label}</th>`;
  const active = sort.key === column.key;
  const arrow = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕';
  return html`<th scope="col" class=${numeric} part="column-header" aria-sort=${ifDefined(active ? sort.direction : undefined)}>
    <button type="button" class="sort" part="sort-button" data-column=${column.key as string} @click=${() => onSort(column)}>
      <span>${column.label}</span><span class=${active ? 'arrow active' : 'arrow'} aria-hidden="true">${arrow}</span>
    </button>
  </th>`;
}
