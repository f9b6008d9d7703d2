import { sql } from "drizzle-orm";
import { runOne } from "../batch.js";
import type { Db } from "../client.js";

const rows = async (db: Db, q: ReturnType<typeof sql>) => (await runOne(db, q)).results;

/**
 * Everything a user submitted, for /me/export: their account, memberships, every answer row (each
 * revision, superseded ones included), posts and ideas. Only their own rows; other members appear
 * nowhere (not even pseudonyms of people they replied to).
 */
export async function exportMyData(db: Db, userId: number) {
  const [account] = await rows(
    db,
    sql`SELECT email, name, locale, time_zone AS timeZone, created_at AS createdAt FROM users WHERE id = ${userId}`,
  );
  const memberships = await rows(
    db,
    sql`SELECT f.id AS forumId, f.title AS forum, m.role, m.status, m.pseudonym, i.name AS institution,
        i.country, m.created_at AS invitedAt, m.joined_at AS joinedAt, m.removed_at AS removedAt,
        m.reminders_opt_out AS remindersOff, f.consent_text AS consentText
      FROM members m JOIN forums f ON f.id = m.forum_id LEFT JOIN institutions i ON i.id = m.institution_id
      WHERE m.user_id = ${userId} ORDER BY m.id`,
  );
  const answers = await rows(
    db,
    sql`SELECT m.forum_id AS forumId, r.number AS round, a.question_id AS questionId, q.title AS question,
        a.question_version AS questionVersion, a.value, a.rationale, a.status, a.created_at AS savedAt,
        a.superseded_at AS supersededAt
      FROM answers a JOIN members m ON m.id = a.member_id JOIN rounds r ON r.id = a.round_id
      JOIN questions q ON q.id = a.question_id
      WHERE m.user_id = ${userId} ORDER BY a.id`,
  );
  const posts = await rows(
    db,
    sql`SELECT p.forum_id AS forumId, r.number AS round, p.question_id AS questionId, p.id, p.parent_id AS parentId,
        p.tag, p.body, p.created_at AS createdAt, p.hidden_at AS hiddenAt, p.hidden_reason AS hiddenReason
      FROM posts p JOIN members m ON m.id = p.member_id JOIN rounds r ON r.id = p.round_id
      WHERE m.user_id = ${userId} ORDER BY p.id`,
  );
  const ideas = await rows(
    db,
    sql`SELECT i.forum_id AS forumId, r.number AS round, i.title, i.explanation, i.status,
        i.created_at AS createdAt
      FROM ideas i JOIN members m ON m.id = i.member_id JOIN rounds r ON r.id = i.round_id
      WHERE m.user_id = ${userId} ORDER BY i.id`,
  );
  return {
    exportedAt: new Date().toISOString(),
    account: account ?? null,
    memberships: memberships.map((m) => ({
      ...(m as Record<string, unknown>),
      remindersOff: Boolean((m as { remindersOff: number }).remindersOff),
    })),
    answers: answers.map((a) => {
      const row = a as { value: string };
      let value: unknown = row.value;
      try {
        value = JSON.parse(row.value);
      } catch {}
      return { ...row, value };
    }),
    posts,
    ideas,
  };
}

/** The consent texts of the forums a user belongs to or is invited to, for the erasure page. */
export async function listMyConsents(db: Db, userId: number) {
  const res = await runOne(
    db,
    sql`SELECT f.title, f.consent_text AS consentText FROM members m JOIN forums f ON f.id = m.forum_id
      WHERE m.user_id = ${userId} AND m.status IN ('invited', 'active') ORDER BY f.title`,
  );
  return res.results as { title: string; consentText: string }[];
}
