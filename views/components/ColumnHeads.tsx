import type { Child } from "hono/jsx";

/**
 * A table's head: one row of column headers, in order; a column given as false (one the table does not
 * show this time) is left out.
 */
export function ColumnHeads({ cols }: { cols: (Child | false)[] }) {
  return (
    <thead>
      <tr>
        {cols
          .filter((c) => c !== false)
          .map((c) => (
            <th scope="col">{c}</th>
          ))}
      </tr>
    </thead>
  );
}
