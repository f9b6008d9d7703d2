// Measurements of what a reader sees on a narrow screen, taken in the page itself: words broken across
// lines inside table cells ("Roun d", "Answe red") and a page wider than the screen.
import type { Page } from "playwright-core";

/**
 * Every word in a table cell, caption or heading of `main` whose letters lie on more than one line. A
 * word is split when the client rectangles of its text range start at different heights. Returns the
 * words found (at most 20), so a failing test says which.
 */
export function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const cells = document.querySelectorAll("main th, main td, main caption, main h1, main h2, main h3");
    for (const cell of Array.from(cells)) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const m of text.matchAll(/[^\s·–—/\-‐]+/gu)) {
          if ((m[0] ?? "").length < 2) continue;
          const range = document.createRange();
          range.setStart(node, m.index ?? 0);
          range.setEnd(node, (m.index ?? 0) + m[0].length);
          const tops = new Set(
            Array.from(range.getClientRects())
              .filter((r) => r.width > 0)
              .map((r) => Math.round(r.top)),
          );
          if (tops.size > 1 && found.length < 20) found.push(m[0]);
        }
      }
    }
    return found;
  });
}

/** How far the page is wider than the viewport, in CSS pixels (0 when it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}
