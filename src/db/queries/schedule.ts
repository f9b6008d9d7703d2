import { sql } from "drizzle-orm";
import { type Actor, audit, changed } from "../audit.js";
import { runBatch, runOne } from "../batch.js";
import type { Db } from "../client.js";
import type { RoundRow } from "./rounds.js";

/** Rounds the Cron Trigger acts on, with what it needs of their forum. */
export type DueRound = {
  round: RoundRow;
  forum: {
    id: number;
    title: string;
    minGroupSize: number;
    minRespondents: number;
    minResponseRate: number;
    defaultLocale: string;
    mode: "rounds" | "realtime";
  };
};

const ROUND_COLUMNS = sql`r.id, r.forum_id, r.number, r.kind, r.state, r.instructions, r.synthesis,
  r.opens_at, r.closes_at, r.opened_at, r.closed_at, r.published_at, r.created_at,
  f.title AS forum_title, f.min_group_size, f.min_respondents, f.min_response_rate, f.default_locale, f.mode`;

type RawDue = Record<string, unknown>;

function toDue(r: RawDue): DueRound {
  return {
    round: {
      id: Number(r.id),
      forumId: Number(r.forum_id),
      number: Number(r.number),
      kind: r.kind as RoundRow["kind"],
      state: r.state as RoundRow["state"],
      instructions: String(r.instructions),
      synthesis: String(r.synthesis),
      opensAt: (r.opens_at as string | null) ?? null,
      closesAt: (r.closes_at as string | null) ?? null,
      openedAt: (r.opened_at as string | null) ?? null,
      closedAt: (r.closed_at as string | null) ?? null,
      publishedAt: (r.published_at as string | null) ?? null,
      createdAt: String(r.created_at),
      participation: null,
    },
    forum: {
      id: Number(r.forum_id),
      title: String(r.forum_title),
      minGroupSize: Number(r.min_group_size),
      minRespondents: Number(r.min_respondents),
      minResponseRate: Number(r.min_response_rate),
      defaultLocale: String(r.default_locale),
      mode: r.mode === "realtime" ? "realtime" : "rounds",
    },
  };
}

/** Open rounds whose closing time has come (oldest first). */
export async function listRoundsDueToClose(db: Db, nowIso: string): Promise<DueRound[]> {
  const res = await runOne(
    db,
    sql`SELECT ${ROUND_COLUMNS} FROM rounds r JOIN forums f ON f.id = r.forum_id
      WHERE r.state = 'open' AND r.closes_at IS NOT NULL AND r.closes_at <= ${nowIso}
      ORDER BY r.closes_at, r.id`,
  );
  return (res.results as RawDue[]).map(toDue);
}

/**
 * Draft rounds whose opening time has come, in forums not closed as a whole (earliest first; one per
 * forum is opened, since a forum has at most one open round).
 */
export async function listRoundsDueToOpen(db: Db, nowIso: string): Promise<DueRound[]> {
  const res = await runOne(
    db,
    sql`SELECT ${ROUND_COLUMNS} FROM rounds r JOIN forums f ON f.id = r.forum_id
      WHERE r.state = 'draft' AND r.opens_at IS NOT NULL AND r.opens_at <= ${nowIso}
        AND f.closed_at IS NULL
        AND (r.closes_at IS NULL OR r.closes_at > ${nowIso})
      ORDER BY r.opens_at, r.number`,
  );
  return (res.results as RawDue[]).map(toDue);
}

/** Open rounds with a closing time still ahead, for reminders. */
export async function listOpenScheduledRounds(
  db: Db,
  nowIso: string,
): Promise<(DueRound & { reminderDays: number[] })[]> {
  const res = await runOne(
    db,
    sql`SELECT ${ROUND_COLUMNS}, f.reminder_days FROM rounds r JOIN forums f ON f.id = r.forum_id
      WHERE r.state = 'open' AND r.kind = 'standard' AND r.closes_at IS NOT NULL AND r.closes_at > ${nowIso}`,
  );
  return (res.results as RawDue[]).map((r) => ({ ...toDue(r), reminderDays: parseDays(r.reminder_days) }));
}

function parseDays(raw: unknown): number[] {
  try {
    const days = JSON.parse(String(raw ?? "[]"));
    // Whole days (1–60) and steps in hours, stored as fractions of a day (6h = 0.25; at least 1 hour).
    return Array.isArray(days)
      ? days.filter((d) => typeof d === "number" && Number.isFinite(d) && d * 24 >= 1 - 1e-9 && d <= 60)
      : [];
  } catch {
    return [];
  }
}

/** Who is told that a round opened: the forum's active experts, with their language and time zone. */
export async function listRoundOpenRecipients(db: Db, forumId: number) {
  const res = await runOne(
    db,
    sql`SELECT u.name, u.email, u.locale, u.time_zone AS timeZone FROM members m JOIN users u ON u.id = m.user_id
      WHERE m.forum_id = ${forumId} AND m.role = 'expert' AND m.status = 'active' AND u.erased_at IS NULL
      ORDER BY m.id`,
  );
  return res.results as { name: string; email: string; locale: string | null; timeZone: string }[];
}

/**
 * Sets a round's schedule, audited (`round.schedule`), in one batch. A draft round takes both times; an
 * open round only its closing time (its opening has happened). Returns false when the round is closed.
 */
export async function setRoundSchedule(
  db: Db,
  forumId: number,
  round: RoundRow,
  times: { opensAt: string | null; closesAt: string | null },
  actor: Actor,
): Promise<boolean> {
  const [update] = await runBatch(db, [
    sql`UPDATE rounds SET
        opens_at = CASE WHEN state = 'draft' THEN ${times.opensAt} ELSE opens_at END,
        closes_at = ${times.closesAt}
      WHERE id = ${round.id} AND forum_id = ${forumId} AND state IN ('draft', 'open')`,
    audit(
      {
        forumId,
        actor: actor.id,
        action: "round.schedule",
        targetType: "round",
        targetId: round.number,
        detail: times,
      },
      { when: changed },
    ),
  ]);
  return update!.meta.changes > 0;
}
