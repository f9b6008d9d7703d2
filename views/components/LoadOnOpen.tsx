/** Where a folded section loads from when opened, and the page that shows it without JavaScript. */
export type LazyPart = { href: string; fallback: string };

/**
 * The body of a folded `<details>` that fetches its content the first time it is opened (htmx, on the
 * details' toggle) and takes its place; until then, a link to a page that shows it without JavaScript:
 * the dashboard's breakdowns and ranges, the overview's rows per institution.
 */
export function LoadOnOpen(p: { class?: string; lazy: LazyPart; label: string }) {
  return (
    <div
      class={p.class}
      hx-get={p.lazy.href}
      hx-trigger="toggle once from:closest details"
      hx-swap="outerHTML"
    >
      <p class="meta">
        <a href={p.lazy.fallback}>{p.label}</a>
      </p>
    </div>
  );
}
