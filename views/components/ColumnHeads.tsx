import type { Child } from "hono/jsx";

/**
 * A table's head: one row of column headers, in order; a column given as false, null or undefined (one
 * the table does not show this time, as `x && heading` gives) is left out. An empty string is a heading.
 */
export function ColumnHeads({ cols }: { cols: (Child | false)[] }) {
  return (
    <thead>
      <tr>
        {cols
          .filter((c) => c !== false && c !== null && c !== undefined)
          .map((c) => (
            <th scope="col">{c}</th>
          ))}
      </tr>
    </thead>
  );
}
