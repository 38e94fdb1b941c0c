/**
 * Sortable tables, the WAI-ARIA APG way: each sortable column header holds a button, the header of
 * the sorted column carries `aria-sort`, and an arrow shows the order to sighted users. Rows
 * without a value for the sorted column go last in either direction. Used by `<pk-content-audit>`
 * and `<pk-relevance-report>`.
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

/** One collator per locale, shared by every table on the page. */
const collators = new Map<string, Intl.Collator>();

/** `rows` in the order `sort` asks for, text compared as `locale` orders it; ties keep their order. */
export function sortRows<Row, K extends string>(rows: readonly Row[], columns: readonly Column<Row, K>[], sort: SortState<K>, locale: string): Row[] {
  const valueOf = columns.find((column) => column.key === sort.key)?.sortValue;
  if (!valueOf) return [...rows];
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
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

export interface SortableTable<Row, K extends string> {
  /** Added to the part `table`, naming the table among several (`items-table`). */
  readonly name?: string;
  readonly caption: unknown;
  /** Said after the caption to screen readers: that the column headers sort. */
  readonly hint: string;
  readonly columns: readonly Column<Row, K>[];
  readonly sort: SortState<K>;
  /** The user picked a column to sort by. */
  readonly onSort: (column: Column<Row, K>) => void;
  /** The body's rows. */
  readonly rows: unknown;
  /** Shown below the table, inside its scrolling box (the sentence for no matching row). */
  readonly after?: unknown;
}

/** A table in its scrolling box, with sortable column headers. */
export function sortableTable<Row, K extends string>(table: SortableTable<Row, K>): TemplateResult {
  return html`<div class="table-wrap">
    <table part="table ${table.name ?? ''}">
      <caption part="caption">
        ${table.caption}<span class="visually-hidden"> ${table.hint}</span>
      </caption>
      <thead>
        <tr>${table.columns.map((column) => columnHeader(column, table.sort, table.onSort))}</tr>
      </thead>
      <tbody>
        ${table.rows}
      </tbody>
    </table>
    ${table.after}
  </div>`;
}

function columnHeader<Row, K extends string>(column: Column<Row, K>, sort: SortState<K>, onSort: (column: Column<Row, K>) => void): TemplateResult {
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
