import { jsx } from "hono/jsx";
import { describe, expect, it } from "vitest";
import { publicJson, scaleDashboard, scaleInputs } from "../../bench/handlers.bench.js";
import { computeQuestionSnapshot } from "../../src/domain/snapshot.js";
import { DashboardResults } from "../../views/partials/DashboardResults.js";

/**
 * Issue 19's page-size goal, on the benchmark's forum (40 questions of four kinds, 300 experts, three
 * published rounds): the dashboard's first response is at most 150 KiB. Breakdowns and large panels'
 * ranges load on opening; dots are drawn per pixel column; convergence is a small line and words.
 */
describe("the dashboard at 40 questions × 300 experts", () => {
  it("renders at most 150 KiB of HTML in its first response", () => {
    const { qs, inputs } = scaleInputs();
    const { cards, props } = scaleDashboard(qs, publicJson(inputs.map((i) => computeQuestionSnapshot(i))));
    const html = String(jsx(DashboardResults, { ...props, cards: cards() }));
    expect(html).toContain("Question 40");
    expect(new TextEncoder().encode(html).length).toBeLessThanOrEqual(150 * 1024);
  });
});
