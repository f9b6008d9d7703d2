/**
 * "What the panel thinks": the facts a one-paragraph summary at the top of the dashboard, the report
 * and a shared page states, chosen from the round's published numbers and nothing else. The paragraph
 * is written by the views from these facts in the reader's language, so every language says the same.
 *
 * The algorithm, in order:
 * 1. The answer first: the first scenario question with enough answers gives its likeliest scenario
 *    (the largest normalised share) and the runner-up; two shares within half a point are a tie. Without
 *    a scenario question, the first yes/no question gives its pooled probability.
 * 2. Disagreement: among yes/no questions, scenarios and ratings (whose spreads can be compared on their
 *    scale: probability points, or the share of the rating scale), the widest middle half of the answers
 *    (interquartile range). At least DISAGREEMENT_MIN of the scale is a disagreement worth naming;
 *    below it the panel "broadly agrees". Quantities are left out: their spreads carry units.
 * 3. Change: against the previous published round, the largest move of a probability (yes/no pooled
 *    value, or a scenario's normalised share). At least MOVE_MIN is named; otherwise the paragraph says
 *    nothing moved by that much. With no previous round it says so.
 * 4. Questions below the forum's minimum number of answers are counted, never summarised.
 *
 * Every number in a fact is one of the inputs; nothing is extrapolated.
 */
import type { QuestionConfig } from "./questions.js";
import { type PoolMethod, type PublicSnapshot, shownValues } from "./snapshot.js";

/** The smallest spread (share of the scale, interquartile range) named as a disagreement: a fifth. */
export const DISAGREEMENT_MIN = 0.2;
/** The smallest change of a probability between rounds named as a move: five percentage points. */
export const MOVE_MIN = 0.05;
/** Two scenario shares closer than this (half a percentage point) are reported as equally likely. */
export const TIE_WITHIN = 0.005;

type Base = {
  questionId: number;
  title: string;
  n: number;
  eligible: number;
  /** Fewer answers than the forum's minimum, or none: the question is counted, never summarised. */
  tooFew: boolean;
};

/** One question as the summary reads it. Probabilities and shares are 0..1. */
export type SummaryItem =
  | (Base & {
      kind: "scenarios";
      /** The normalised pooled shares (adding up to 1) with each scenario's interquartile range. */
      scenarios: { label: string; share: number; q1: number | null; q3: number | null }[] | null;
      /** The same scenarios' normalised shares in the previous published round, by label. */
      previous: { label: string; share: number }[] | null;
    })
  | (Base & {
      kind: "probability";
      value: number | null;
      q1: number | null;
      q3: number | null;
      previous: number | null;
    })
  | (Base & {
      kind: "rating";
      value: number | null;
      q1: number | null;
      q3: number | null;
      scale: [number, number];
    })
  | (Base & { kind: "other" });

export type SummaryFact =
  | {
      key: "likeliest";
      questionId: number;
      label: string;
      share: number;
      second: { label: string; share: number } | null;
      n: number;
      eligible: number;
    }
  | { key: "likeliestTie"; questionId: number; labels: string[]; share: number; n: number; eligible: number }
  | { key: "headline"; questionId: number; title: string; value: number; n: number; eligible: number }
  | {
      key: "disagreement";
      questionId: number;
      title: string;
      /** The scenario, for a scenario question. */
      label: string | null;
      q1: number;
      q3: number;
    }
  | { key: "agreement" }
  | {
      key: "moved";
      questionId: number;
      title: string;
      label: string | null;
      from: number;
      to: number;
      previousRound: number;
    }
  | { key: "steady"; previousRound: number }
  | { key: "firstRound" }
  | { key: "tooFew"; count: number };

export type SummaryInput = {
  items: readonly SummaryItem[];
  /** The number of the previous published round, or null when this is the first. */
  previousRound: number | null;
};

/**
 * The facts of the summary paragraph, in reading order (see the module's comment for the rules).
 * Pure; an empty round gives only what can be said (possibly nothing).
 *
 * @example panelSummary({ items: [scenarioItem], previousRound: null })
 * // [{ key: "likeliest", label: "Managed stalemate", share: 0.48, … }, { key: "agreement" }, { key: "firstRound" }]
 */
export function panelSummary(input: SummaryInput): SummaryFact[] {
  const usable = input.items.filter((i) => !i.tooFew);
  const facts: SummaryFact[] = [];
  const answer = likeliest(usable);
  if (answer) facts.push(answer);
  const spread = widestSpread(usable);
  if (spread) facts.push(spread);
  else if (usable.some((i) => i.kind !== "other")) facts.push({ key: "agreement" });
  facts.push(...change(usable, input.previousRound));
  const tooFew = input.items.filter((i) => i.tooFew).length;
  if (tooFew > 0) facts.push({ key: "tooFew", count: tooFew });
  return facts;
}

function likeliest(items: readonly SummaryItem[]): SummaryFact | null {
  for (const item of items) {
    if (item.kind !== "scenarios" || !item.scenarios || item.scenarios.length === 0) continue;
    const ranked = [...item.scenarios].sort((a, b) => b.share - a.share);
    const top = ranked[0]!;
    const tied = ranked.filter((s) => top.share - s.share < TIE_WITHIN);
    if (tied.length > 1)
      return {
        key: "likeliestTie",
        questionId: item.questionId,
        labels: tied.map((s) => s.label),
        share: top.share,
        n: item.n,
        eligible: item.eligible,
      };
    const second = ranked[1];
    return {
      key: "likeliest",
      questionId: item.questionId,
      label: top.label,
      share: top.share,
      second: second ? { label: second.label, share: second.share } : null,
      n: item.n,
      eligible: item.eligible,
    };
  }
  for (const item of items) {
    if (item.kind === "probability" && item.value !== null)
      return {
        key: "headline",
        questionId: item.questionId,
        title: item.title,
        value: item.value,
        n: item.n,
        eligible: item.eligible,
      };
  }
  return null;
}

function widestSpread(items: readonly SummaryItem[]): SummaryFact | null {
  let best: { width: number; fact: Extract<SummaryFact, { key: "disagreement" }> } | null = null;
  /** Keeps the widest middle half so far: `width` on a common scale, q1 and q3 in the item's own units. */
  const consider = (item: SummaryItem, width: number, label: string | null, q1: number, q3: number) => {
    if (width >= DISAGREEMENT_MIN - 1e-9 && (!best || width > best.width + 1e-12))
      best = {
        width,
        fact: { key: "disagreement", questionId: item.questionId, title: item.title, label, q1, q3 },
      };
  };
  for (const item of items) {
    if (item.kind === "probability" && item.q1 !== null && item.q3 !== null)
      consider(item, item.q3 - item.q1, null, item.q1, item.q3);
    if (item.kind === "rating" && item.q1 !== null && item.q3 !== null) {
      const width = item.scale[1] - item.scale[0];
      if (width > 0) consider(item, (item.q3 - item.q1) / width, null, item.q1, item.q3);
    }
    if (item.kind === "scenarios")
      for (const s of item.scenarios ?? [])
        if (s.q1 !== null && s.q3 !== null) consider(item, s.q3 - s.q1, s.label, s.q1, s.q3);
  }
  return best === null ? null : (best as { fact: SummaryFact }).fact;
}

function change(items: readonly SummaryItem[], previousRound: number | null): SummaryFact[] {
  if (previousRound === null) return [{ key: "firstRound" }];
  let best: Extract<SummaryFact, { key: "moved" }> | null = null;
  let compared = false;
  const consider = (from: number, to: number, item: SummaryItem, label: string | null) => {
    compared = true;
    const size = Math.abs(to - from);
    if (size >= MOVE_MIN - 1e-9 && (!best || size > Math.abs(best.to - best.from) + 1e-12))
      best = { key: "moved", questionId: item.questionId, title: item.title, label, from, to, previousRound };
  };
  for (const item of items) {
    if (item.kind === "probability" && item.value !== null && item.previous !== null)
      consider(item.previous, item.value, item, null);
    if (item.kind === "scenarios" && item.scenarios && item.previous)
      for (const s of item.scenarios) {
        const before = item.previous.find((p) => p.label === s.label);
        if (before) consider(before.share, s.share, item, s.label);
      }
  }
  if (best) return [best];
  return compared ? [{ key: "steady", previousRound }] : [];
}

/** A published question as the summary's input is built from it (the dashboard's card shape). */
export type SummarySource = {
  questionId: number;
  title: string;
  config: QuestionConfig;
  snapshot: Pick<PublicSnapshot, "kind" | "n" | "eligible" | "summary" | "perOption" | "pooled">;
};

/**
 * The summary's items from a round's published snapshots and, when there is one, the previous published
 * round's (matched by question), read with the pooling method the reader is shown (`shownValues`).
 * `minRespondents` is the forum's minimum number of answers for a result (1 when it sets none).
 */
export function summaryItemsOf(
  cards: readonly SummarySource[],
  previous: readonly SummarySource[],
  method: PoolMethod,
  minRespondents = 1,
): SummaryItem[] {
  const before = new Map(previous.map((c) => [c.questionId, c]));
  return cards.map((card): SummaryItem => {
    const s = card.snapshot;
    const base = {
      questionId: card.questionId,
      title: card.title,
      n: s.n,
      eligible: s.eligible,
      tooFew: s.n === 0 || s.n < minRespondents,
    };
    const prev = before.get(card.questionId);
    if (card.config.kind === "allocation") {
      const shares = shownValues(s, method);
      const prevShares = prev ? shownValues(prev.snapshot, method) : null;
      const labels = (s.perOption ?? []).map((o) => o.label);
      return {
        ...base,
        kind: "scenarios",
        scenarios: shares
          ? (s.perOption ?? []).map((o, i) => ({
              label: o.label,
              share: shares[i] ?? 0,
              q1: o.summary?.q1 ?? null,
              q3: o.summary?.q3 ?? null,
            }))
          : null,
        previous:
          prev && prevShares
            ? (prev.snapshot.perOption ?? [])
                .map((o, i) => ({ label: o.label, share: prevShares[i] ?? 0 }))
                .filter((p) => labels.includes(p.label))
            : null,
      };
    }
    if (card.config.kind === "binary") {
      const prevValue = prev ? (shownValues(prev.snapshot, method)?.[0] ?? null) : null;
      return {
        ...base,
        kind: "probability",
        value: shownValues(s, method)?.[0] ?? null,
        q1: s.summary?.q1 ?? null,
        q3: s.summary?.q3 ?? null,
        previous: prevValue,
      };
    }
    if (card.config.kind === "rating")
      return {
        ...base,
        kind: "rating",
        value: s.summary?.median ?? null,
        q1: s.summary?.q1 ?? null,
        q3: s.summary?.q3 ?? null,
        scale: [card.config.min, card.config.max],
      };
    return { ...base, kind: "other" };
  });
}
