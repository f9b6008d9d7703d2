/**
 * The parts of a question snapshot beyond the statistics of one answer kind: proposals (per-dimension statistics and
 * consensus), open prompts (no statistics: their items are reviewed, not aggregated), the
 * founding-against-all stage summaries of any kind, and the pieces every kind's snapshot shares (the
 * sorted responses, the empty single-number fields).
 */
import { partsVerdict } from "./consensus/index.js";
import { summariseProposal } from "./proposals.js";
import { scalarOf } from "./questions.js";
import type { QuestionSnapshot, SnapshotInput, SnapshotResponse } from "./snapshot.js";
import { computeStageSummaries, type StageSummaries } from "./stages.js";
import { groupThreshold } from "./visibility.js";

/** Snapshot of a proposal (or an open prompt, which gets an empty one). */
export function proposalSnapshot(input: SnapshotInput): QuestionSnapshot {
  const { config, answers } = input;
  const n = config.kind === "idea" ? 0 : answers.length;
  const responses = snapshotResponses(config.kind === "idea" ? [] : answers);
  const rated =
    config.kind === "proposal"
      ? summariseProposal(
          config,
          input.rule,
          answers.map((a) => (a.value.kind === "proposal" ? a.value.ratings : [])),
          answers.map((a) => ({ institution: a.institution, country: a.country })),
          groupThreshold(input),
        )
      : [];
  const consensus = partsVerdict(
    input.rule,
    rated.map((d) => d.consensus),
    { n, eligible: input.eligible },
    input.minimum,
  );
  // Below the minimum no dimension reports agreement either (the same state as the whole proposal).
  const dimensions =
    consensus.state === "too-few-answers"
      ? rated.map((d) => ({ ...d, consensus: { ...d.consensus, met: false, state: consensus.state } }))
      : rated.map((d) => ({
          ...d,
          consensus: { ...d.consensus, state: d.consensus.met ? ("met" as const) : ("not-met" as const) },
        }));
  return {
    kind: config.kind,
    n,
    eligible: input.eligible,
    responseRate: input.eligible > 0 ? n / input.eligible : 0,
    summary: null,
    distribution: [],
    perOption:
      dimensions.length > 0
        ? dimensions.map((d) => ({ label: d.label, summary: d.summary, distribution: d.distribution }))
        : null,
    pooled: n > 0 ? { median: dimensions.map((d) => d.summary?.median ?? Number.NaN) } : {},
    consensus,
    responses,
    ...withoutScalarStatistics(),
    kendall: null,
    meanRanks: null,
    stability: null,
    dimensions: config.kind === "proposal" ? dimensions : null,
  };
}

/** The responses a snapshot lists: each answer's pseudonym, value and reason, sorted by pseudonym. */
export function snapshotResponses(answers: SnapshotInput["answers"]): SnapshotResponse[] {
  return answers
    .map((a) => ({ pseudonym: a.pseudonym, value: a.value, rationale: a.rationale }))
    .sort((a, b) => (a.pseudonym < b.pseudonym ? -1 : a.pseudonym > b.pseudonym ? 1 : 0));
}

/**
 * The fields only a single-number question (yes/no, quantity, rating) fills, empty for the kinds with a
 * value per part (allocations, rankings, proposals): no subgroup medians, no percent agreement or band,
 * no RAND/UCLA disagreement.
 */
export function withoutScalarStatistics(): Pick<
  QuestionSnapshot,
  "groups" | "agreement" | "agreementBand" | "disagreement"
> {
  return {
    groups: { institution: [], country: [] },
    agreement: null,
    agreementBand: null,
    disagreement: null,
  };
}

/**
 * Founding against all (stages.ts), on each answer's vector: the scalar for binary, quantity and
 * rating; one value per scenario, option or dimension otherwise. Undefined when the caller gave no
 * stage information (older callers), so the field is then left out.
 */
export function stagesOf(input: SnapshotInput): StageSummaries | null | undefined {
  if (input.config.kind === "idea") return null;
  if (!input.answers.some((a) => a.founding !== undefined)) return undefined;
  const rows = input.answers.map((a) => ({ founding: a.founding === true, vector: vectorOf(a.value) }));
  return computeStageSummaries(rows, groupThreshold(input));
}

function vectorOf(value: SnapshotInput["answers"][number]["value"]): number[] {
  switch (value.kind) {
    case "allocation":
      return value.p;
    case "ranking":
      return value.ranks;
    case "proposal":
      return value.ratings;
    default:
      return [scalarOf(value)];
  }
}
