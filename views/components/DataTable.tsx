import type { Child } from "hono/jsx";
import { ColumnHeads } from "./ColumnHeads.js";

/** One column of a table: its heading and how to fill its cell in each row, side by side. */
export type Column<R> = {
  head: Child;
  cell: (row: R, index: number) => Child;
  /** The cell names its row (`<th scope="row">`) instead of holding data. */
  rowHead?: boolean;
  /** A tooltip for the cell, e.g. the unrounded number behind a rounded one. */
  title?: (row: R) => string;
};

type DataTableProps<R> = {
  rows: readonly R[];
  /** In order; a column given as false (one the table does not show this time) is left out. */
  columns: (Column<R> | false)[];
  class?: string;
  id?: string;
  /** Wraps the table in a `div.table-scroll` so a wide table scrolls on a narrow screen. */
  scroll?: boolean;
  caption?: Child;
  row?: (row: R) => { id?: string; class?: string };
  /** Rows after the data rows, such as a summary row. */
  children?: Child;
};

/** A table built from a list of columns: one heading and one cell per column, one row per item. */
export function DataTable<R>(p: DataTableProps<R>) {
  const columns = p.columns.filter((c) => c !== false);
  const table = (
    <table class={p.class} id={p.id}>
      {p.caption !== undefined && <caption>{p.caption}</caption>}
      <ColumnHeads cols={columns.map((c) => c.head)} />
      <tbody>
        {p.rows.map((r, i) => (
          <tr {...p.row?.(r)}>
            {columns.map((c) =>
              c.rowHead ? <th scope="row">{c.cell(r, i)}</th> : <td title={c.title?.(r)}>{c.cell(r, i)}</td>,
            )}
          </tr>
        ))}
        {p.children}
      </tbody>
    </table>
  );
  return p.scroll ? <div class="table-scroll">{table}</div> : table;
}
