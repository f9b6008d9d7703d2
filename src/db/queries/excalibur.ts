import { and, asc, eq, sql } from "drizzle-orm";
import { FORUM_CONSENSUS_DEFAULTS } from "../../domain/consensus/index.js";
import type { CookeInput } from "../../domain/cooke/index.js";
import type { QuestionConfig } from "../../domain/questions.js";
import { type Actor, audit } from "../audit.js";
import { runBatch } from "../batch.js";
import type { Db } from "../client.js";
import { forums, members, questions, users } from "../schema.js";
import { refreshRoundCounts } from "./answers.js";
import { refreshAfterResolution } from "./dashboard-scores.js";
import { createForum } from "./forums.js";
import { newPseudonym } from "./pseudonyms.js";
import { closeRound, createRound, openRound, publishRound } from "./round-control.js";
import { getRoundByNumber } from "./rounds.js";

/**
 * Creates a read-only forum from an EXCALIBUR study: one expert member per assessor (placeholder users
 * `assessor-<n>.f<forum>@import.invalid`, no invitation sent; pseudonym = the assessor's id when
 * unique), one quantity question per item (scale, levels and item id in its config), seed questions
 * with their realisations as resolutions, and one round holding the assessments (its snapshot computed
 * as any close computes it), published at once. The forum is closed at once, so its seeds are revealed,
 * and read-only: no new round can be created or opened in a closed forum.
 */
export async function importExcalibur(
  db: Db,
  input: CookeInput,
  title: string,
  actor: Actor,
  nowMs = Date.now(),
): Promise<number> {
  const forumId = await createForum(
    db,
    {
      title,
      description: "Imported from EXCALIBUR files (.dtt and .rls).",
      anonymity: "quasi",
      mode: "rounds",
      requireReasonOutsideIqr: false,
    },
    actor,
  );
  const joinedAt = new Date(nowMs).toISOString();
  const ids = input.experts.map((e) => e.id);
  const pseudonyms = ids.map((id) =>
    ids.filter((x) => x === id).length === 1 && id.length <= 40 ? id : newPseudonym(),
  );
  const email = (n: number) => `assessor-${n}.f${forumId}@import.invalid`;
  const levels = input.quantileLevels;
  const standard = levels.length === 3 && levels[0] === 0.05 && levels[1] === 0.5 && levels[2] === 0.95;
  await runBatch(db, [
    ...input.experts.map((e, i) =>
      db.insert(users).values({ email: email(i + 1), name: `Assessor ${e.id}`, canCreateForums: false }),
    ),
    ...input.experts.map(
      (_e, i) =>
        sql`INSERT INTO members (forum_id, user_id, role, pseudonym, status, invited_by, joined_at)
        SELECT ${forumId}, id, 'expert', ${pseudonyms[i]!}, 'active', ${actor.id}, ${joinedAt}
        FROM users WHERE email = ${email(i + 1)}`,
    ),
    ...input.items.map((item, j) => {
      const config: QuestionConfig = {
        kind: "quantity",
        unit: "",
        scale: item.scale,
        itemId: item.id,
        ...(standard ? {} : { levels: [...levels] }),
      };
      return db.insert(questions).values({
        forumId,
        kind: "quantity",
        title: item.id,
        body: "",
        resolutionCriteria: item.realisation === null ? "" : "Seed (calibration) item of the imported study.",
        config,
        consensusRule: { kind: "iqr-at-most", max: 0 },
        position: j,
        isSeed: item.realisation !== null,
      });
    }),
    audit({
      forumId,
      actor: actor.id,
      action: "forum.import",
      targetType: "forum",
      targetId: forumId,
      detail: { format: "excalibur", experts: ids.length, items: input.items.length },
    }),
  ]);
  const qRows = await db
    .select({ id: questions.id })
    .from(questions)
    .where(eq(questions.forumId, forumId))
    .orderBy(asc(questions.position));
  const mRows = await db
    .select({ id: members.id, email: users.email })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.forumId, forumId), eq(members.role, "expert")));
  const memberOf = new Map(mRows.map((m) => [m.email, m.id]));
  const questionIds = qRows.map((q) => q.id);
  await createRound(db, forumId, { questionIds, instructions: "" }, actor);
  const round = (await getRoundByNumber(db, forumId, 1))!;
  const forumRef = { id: forumId, minGroupSize: 3, ...FORUM_CONSENSUS_DEFAULTS };
  await openRound(db, forumRef, round, actor, nowMs - 2000);
  const at = new Date(nowMs - 1000).toISOString();
  const resolvedOn = joinedAt.slice(0, 10);
  await runBatch(db, [
    ...input.assessments.flatMap((row, e) =>
      row.flatMap((values, j) =>
        values === null
          ? []
          : [
              sql`INSERT INTO answers (round_id, question_id, member_id, value, rationale, status, question_version, created_at)
                VALUES (${round.id}, ${questionIds[j]!}, ${memberOf.get(email(e + 1))!}, ${JSON.stringify({ q: values })}, '', 'submitted', 1, ${at})`,
            ],
      ),
    ),
    ...input.items.flatMap((item, j) =>
      item.realisation === null
        ? []
        : [
            sql`INSERT INTO resolutions (question_id, outcome, resolved_on, source_note, resolved_by, created_at)
              VALUES (${questionIds[j]!}, ${JSON.stringify({ value: item.realisation })}, ${resolvedOn}, 'EXCALIBUR .rls file', ${actor.id}, ${joinedAt})`,
          ],
    ),
    ...refreshRoundCounts(round.id),
  ]);
  await closeRound(db, forumRef, (await getRoundByNumber(db, forumId, 1))!, actor, nowMs);
  // A finished study: published at once for the forum's readers (the forum is read-only from here on).
  await publishRound(db, forumRef, (await getRoundByNumber(db, forumId, 1))!, actor, nowMs);
  await runBatch(db, [
    db.update(forums).set({ closedAt: joinedAt }).where(eq(forums.id, forumId)),
    audit({ forumId, actor: actor.id, action: "forum.close", targetType: "forum", targetId: forumId }),
  ]);
  await refreshAfterResolution(db, forumId);
  return forumId;
}
