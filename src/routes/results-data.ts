/**
 * What the readers' pages of a published round need (the dashboard, the printable report and a shared
 * link's pages): the round's public snapshots with the stored track-record pool, the previous published
 * round's (for "what moved"), the outcomes readers may see, and the "What the panel thinks" facts. One
 * place, so that the dashboard and the report always agree on every number.
 */
import type { RoundReportProps } from "../../views/pages/RoundReport.js";
import type { Db } from "../db/client.js";
import { storeRoundDerived, withTrackRecords } from "../db/queries/dashboard-scores.js";
import { listReaderOutcomes } from "../db/queries/resolutions.js";
import { groupThreshold, listPublicSnapshots, listPublishedSpreads } from "../db/queries/snapshots.js";
import { panelSummary, type SummaryFact, summaryItemsOf } from "../domain/panel-summary.js";
import type { Outcome } from "../domain/resolutions.js";
import { isPoolMethod, type PoolMethod } from "../domain/snapshot.js";

type Forum = { id: number; minGroupSize: number; closedAt: string | null; defaultMethod: string };

/** The forum's chosen method for readers (a forum setting), median when unset or unknown. */
export const forumDefaultMethod = (forum: { defaultMethod: string }): PoolMethod =>
  isPoolMethod(forum.defaultMethod) ? forum.defaultMethod : "median";

/** The method a reader asked for (`?method=`), else the forum's default. */
export const readerMethod = (asked: string | undefined, forum: { defaultMethod: string }): PoolMethod =>
  isPoolMethod(asked) ? asked : forumDefaultMethod(forum);

/**
 * A round's cards as readers see them: public snapshots (no responses; subgroups only when `subgroups`)
 * with the track-record pool attached. `writeDb` stores the pool once for rows from before it existed.
 */
export async function loadReaderCards(
  db: Db,
  writeDb: Db,
  forum: Forum,
  roundId: number,
  subgroups: boolean,
) {
  const cards = await listPublicSnapshots(db, forum, roundId, subgroups);
  const legacy = cards.some((x) => x.derived === null && x.snapshot.n > 0);
  const derived = legacy
    ? await storeRoundDerived(writeDb, forum.id, roundId)
    : new Map(cards.map((x) => [x.questionId, x.derived ?? {}]));
  return { raw: cards, cards: withTrackRecords(cards, derived) };
}

export type ReaderCards = Awaited<ReturnType<typeof loadReaderCards>>["cards"];

/**
 * The facts of "What the panel thinks" for `current`, with the previous published round (if any) for
 * what moved. `rounds` are the forum's published rounds, oldest first.
 */
export async function loadSummary(
  db: Db,
  writeDb: Db,
  forum: Forum,
  rounds: readonly { id: number; number: number }[],
  current: { number: number },
  cards: ReaderCards,
  method: PoolMethod,
  /** The reader's view (visibility.ts): the previous round is read as the current one is. */
  subgroups: boolean,
): Promise<SummaryFact[]> {
  const previous = [...rounds].reverse().find((r) => r.number < current.number) ?? null;
  const before = previous ? (await loadReaderCards(db, writeDb, forum, previous.id, subgroups)).cards : [];
  return panelSummary({
    items: summaryItemsOf(cards, before, method),
    previousRound: previous?.number ?? null,
  });
}

/** The outcomes readers may see (seeds only once the forum is closed). */
export const loadOutcomes = (db: Db, forum: Forum): Promise<Map<number, Outcome>> =>
  listReaderOutcomes(db, forum);

/**
 * Everything a reader's page of one published round shows, read once: the cards, the spread per round
 * (for convergence), the outcomes and "What the panel thinks". The dashboard, the report and a shared
 * link's pages all read through here, so they agree on every number.
 */
export async function loadReaderRound(
  db: Db,
  writeDb: Db,
  forum: Forum,
  rounds: readonly { id: number; number: number }[],
  current: { id: number; number: number },
  subgroups: boolean,
  method: PoolMethod,
) {
  const [loaded, spreads, outcomes] = await Promise.all([
    loadReaderCards(db, writeDb, forum, current.id, subgroups),
    listPublishedSpreads(db, forum.id, current.number),
    loadOutcomes(db, forum),
  ]);
  const summary = await loadSummary(db, writeDb, forum, rounds, current, loaded.cards, method, subgroups);
  return { raw: loaded.raw, cards: loaded.cards, spreads, outcomes, summary };
}

/** The printable report of one round, as members (report.tsx) and a shared link (shared.tsx) read it. */
export function roundReportProps(
  forum: Forum & { title: string },
  round: RoundReportProps["round"],
  read: { cards: ReaderCards; summary: SummaryFact[]; outcomes: Map<number, Outcome> },
  method: PoolMethod,
): RoundReportProps {
  return {
    forumTitle: forum.title,
    forumId: forum.id,
    round,
    threshold: groupThreshold(forum),
    cards: read.cards,
    method,
    defaultMethod: forumDefaultMethod(forum),
    summary: read.summary,
    outcomes: read.outcomes,
    forumClosedAt: forum.closedAt,
  };
}
