/**
 * Handler CPU at scale, for the parts of the main routes that are pure computation (issue 8): what a
 * round close spends computing the snapshots of 40 questions × 300 experts, what a dashboard request
 * spends parsing 40 stored snapshots and rendering them with hono/jsx, and what an expert's feedback page
 * spends rendering one 300-response snapshot. D1 time is not here: `npm run load` measures whole requests
 * against the local D1, and every response's Server-Timing header carries its D1 cost.
 */
import { jsx } from "hono/jsx";
import type { ConsensusRule } from "../src/domain/consensus/index.js";
import type { AnswerValue, QuestionConfig } from "../src/domain/questions.js";
import { computeQuestionSnapshot, type QuestionSnapshot } from "../src/domain/snapshot.js";
import "../src/i18n/catalogues.js";
import { DashboardResults } from "../views/partials/DashboardResults.js";
import { FeedbackPanel, REASONS_PAGE } from "../views/partials/FeedbackPanel.js";
import { type BenchRow, timeIt } from "./lib.js";

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXPERTS = 300;
const QUESTIONS = 40;
const scenarios = [
  { id: 1, title: "Alpha" },
  { id: 2, title: "Beta" },
  { id: 3, title: "Gamma" },
];

function questionAt(i: number): { config: QuestionConfig; rule: ConsensusRule } {
  switch (i % 4) {
    case 0:
      return { config: { kind: "binary" }, rule: { kind: "iqr-at-most", max: 0.15 } };
    case 1:
      return { config: { kind: "quantity", unit: "units" }, rule: { kind: "iqr-at-most", max: 20 } };
    case 2:
      return {
        config: { kind: "rating", min: 1, max: 9, minLabel: "low", maxLabel: "high" },
        rule: { kind: "iqr-at-most", max: 1 },
      };
    default:
      return {
        config: { kind: "allocation", scenarioSetId: 1, scenarios },
        rule: { kind: "iqr-at-most", max: 0.15 },
      };
  }
}

function answerFor(config: QuestionConfig, rand: () => number): AnswerValue {
  switch (config.kind) {
    case "binary":
      return { kind: "binary", p: Math.round((0.2 + rand() * 0.6) * 100) / 100 };
    case "quantity": {
      const mid = 80 + rand() * 40;
      return { kind: "quantity", q: [mid - 20, mid, mid + 30] };
    }
    case "rating":
      return { kind: "rating", r: 1 + Math.floor(rand() * 9) };
    default: {
      const a = 0.2 + rand() * 0.1;
      const b = 0.45 - rand() * 0.1;
      return { kind: "allocation", p: [a, b, 1 - a - b] };
    }
  }
}

/** The bench's forum: QUESTIONS questions of four kinds answered by EXPERTS experts, as close-round input. */
export function scaleInputs() {
  const rand = random(7);
  const start = Date.UTC(2026, 0, 1);
  const qs = Array.from({ length: QUESTIONS }, (_, i) => questionAt(i));
  const inputs = qs.map((q, qi) => ({
    config: q.config,
    rule: q.rule,
    eligible: EXPERTS,
    minGroupSize: 3,
    answers: Array.from({ length: EXPERTS }, (_, e) => ({
      pseudonym: `P${String(e).padStart(4, "0")}`,
      institution: `Institute ${e % 30}`,
      country: `Country ${e % 12}`,
      time: new Date(start + (qi * EXPERTS + e) * 1000).toISOString(),
      founding: true,
      value: answerFor(q.config, rand),
      rationale: `Reason ${e % 7}: a sentence or two of the expert's reasoning.`,
    })),
    previous: null,
  }));
  return { qs, inputs };
}

/** The dashboard's props for the bench's forum (three published rounds), from its stored snapshots. */
export function scaleDashboard(qs: ReturnType<typeof scaleInputs>["qs"], stored: string[]) {
  const cards = () =>
    stored.map((json, i) => ({
      questionId: i + 1,
      title: `Question ${i + 1}`,
      config: qs[i]!.config,
      snapshot: JSON.parse(json),
    }));
  const spreads = new Map(
    stored.map((_, i) => [i + 1, [1, 2, 3].map((round) => ({ round, iqr: 0.1 / round, options: null }))]),
  );
  const props = {
    forumId: 1,
    rounds: [1, 2, 3].map((number) => ({ number, publishedAt: "2026-01-01T00:00:00Z" })),
    current: { number: 3, publishedAt: "2026-01-01T00:00:00Z", synthesis: "Synthesis." },
    method: "median" as const,
    threshold: 3,
    spreads,
  };
  return { cards, props };
}

/** What the dashboard's query returns: each snapshot as JSON with the responses removed. */
export function publicJson(snaps: QuestionSnapshot[]): string[] {
  return snaps.map((s) => {
    const { responses: _r, ...pub } = s;
    return JSON.stringify(pub);
  });
}

export default async function handlersBench(): Promise<BenchRow[]> {
  const { qs, inputs } = scaleInputs();
  const rows: BenchRow[] = [];
  let snaps: QuestionSnapshot[] = [];
  rows.push(
    timeIt(
      `closeRound snapshots: ${QUESTIONS} q × ${EXPERTS} experts`,
      () => {
        snaps = inputs.map((input) => computeQuestionSnapshot(input));
      },
      500,
      "computeQuestionSnapshot per question (the CPU of a round close, D1 aside)",
    ),
  );
  const stored = publicJson(snaps);
  const bytes = stored.reduce((n, s) => n + s.length, 0);
  const full = snaps.reduce((n, s) => n + JSON.stringify(s).length, 0);
  const { cards, props } = scaleDashboard(qs, stored);
  rows.push(
    timeIt(
      `dashboard: parse ${QUESTIONS} snapshots`,
      () => cards(),
      300,
      `${(bytes / 1024).toFixed(0)} KiB public JSON (${(full / 1024).toFixed(0)} KiB stored with responses)`,
    ),
  );
  let htmlBytes = 0;
  rows.push(
    timeIt(
      `dashboard: parse + render ${QUESTIONS} cards (hono/jsx)`,
      () => {
        const out = String(jsx(DashboardResults, { ...props, cards: cards() }));
        htmlBytes = out.length;
      },
      500,
      "",
    ),
  );
  rows.at(-1)!.note = `${(htmlBytes / 1024).toFixed(0)} KiB of HTML`;
  const binary = snaps[0]!;
  rows.push(
    timeIt(
      `feedback panel: 1 question × ${EXPERTS} responses`,
      () => {
        htmlBytes = String(
          jsx(FeedbackPanel, {
            roundNumber: 3,
            config: qs[0]!.config,
            snapshot: binary,
            ownPseudonym: "P0001",
            ownPrevious: { kind: "binary", p: 0.4 },
            // As the question page shows it: the first page of reasons and a "show more" link.
            reasons: {
              shown: REASONS_PAGE,
              more: (from: number) => ({ href: `/r?from=${from}`, fallback: `/q?reasons=${from + 20}` }),
            },
          }),
        ).length;
      },
      300,
      "",
    ),
  );
  rows.at(-1)!.note =
    `${(htmlBytes / 1024).toFixed(0)} KiB of HTML (the first ${REASONS_PAGE} of ${EXPERTS} reasons; the rest load on request)`;
  return rows;
}
