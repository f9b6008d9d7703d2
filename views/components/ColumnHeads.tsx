import type { Child } from "hono/jsx";

/** A table's head: one row of column headers, in order. */
export function ColumnHeads({ cols }: { cols: Child[] }) {
  return (
    <thead>
      <tr>
        {cols.map((c) => (
          <th scope="col">{c}</th>
        ))}
      </tr>
    </thead>
  );
}
