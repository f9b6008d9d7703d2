import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { saveAnswer } from "../../../src/db/queries/answers.js";
import { buildForumExport } from "../../../src/db/queries/export.js";
import { removeMember } from "../../../src/db/queries/panel.js";
import { computeLiveSnapshot } from "../../../src/db/queries/realtime.js";
import { closeRound } from "../../../src/db/queries/round-control.js";
import { getRoundByNumber, getRoundQuestion } from "../../../src/db/queries/rounds.js";
import { forums, members, roundMembers, snapshots } from "../../../src/db/schema.js";
import { roundResultsFromExport } from "../../../src/domain/results.js";
import type { QuestionSnapshot } from "../../../src/domain/snapshot.js";
import { snapshotView } from "../../../src/domain/visibility.js";
import { addMember, createUser, db, unique } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

/**
 * The four readers of snapshot input — the Real-Time live snapshot, the snapshot frozen at
 * close, the export, and `analyse round` recomputing from the export (src/domain/results.ts) — count the
 * same people (the round's roster) and carry the same founding-stage summaries.
 */
describe("one read of snapshot input", () => {
  it("live, closed, export and analyse-round agree on eligibility, respondents and stages", async () => {
    const f = await makeForum({ experts: 6 });
    const d = db();
    await d.update(forums).set({ mode: "realtime" }).where(eq(forums.id, f.forum.id));
    const forum = (await d.select().from(forums).where(eq(forums.id, f.forum.id)).get())!;
    const round = (await getRoundByNumber(d, forum.id, 1))!;
    const q = f.questions.binary;
    // Three late joiners of stage 2, on the roster (as activation during an open round records them).
    const lateJoiners = [];
    for (let i = 0; i < 3; i++) {
      const late = await addMember(forum.id, (await createUser({ name: unique("Late") })).id, "expert");
      await d.update(members).set({ stage: 2 }).where(eq(members.id, late.id));
      await d.insert(roundMembers).values({ roundId: round.id, memberId: late.id, late: true });
      lateJoiners.push(late);
    }
    // An active expert who is not on this round's roster: not eligible, so not counted anywhere.
    const outsider = await addMember(forum.id, (await createUser({ name: unique("Outsider") })).id, "expert");
    const answerers = [...f.experts.map((e) => e.member), ...lateJoiners, outsider];
    for (const [i, m] of answerers.entries()) {
      expect(
        await saveAnswer(d, {
          roundId: round.id,
          questionId: q.id,
          memberId: m.id,
          value: { kind: "binary", p: 0.1 + i / 20 },
          rationale: `reason ${i}`,
          status: "submitted",
          questionVersion: 1,
        }),
      ).toBe("saved");
    }
    const t = Date.parse("2026-06-01T12:00:00Z");
    // Removed while the round is open: neither eligible nor counted.
    await removeMember(d, forum.id, f.experts[5]!.member.id, f.organiser.user, t - 60_000);

    const question = (await getRoundQuestion(d, round.id, q.id))!;
    const live = await computeLiveSnapshot(d, forum, round.id, question, snapshotView("organiser"));
    expect(await closeRound(d, forum, round, f.organiser.user, t)).toBe(true);
    // Removed after the close: still counted for this round, by the export as by the close.
    await removeMember(d, forum.id, f.experts[4]!.member.id, f.organiser.user, t + 60_000);
    const closed = (await d
      .select()
      .from(snapshots)
      .where(and(eq(snapshots.roundId, round.id), eq(snapshots.questionId, q.id)))
      .get())!.stats;
    const exported = await buildForumExport(d, forum);
    const recomputed = roundResultsFromExport(exported, 1).questions.find((x) => x.id === q.id)!.snapshot;

    const view = (s: QuestionSnapshot) => ({
      eligible: s.eligible,
      n: s.n,
      responseRate: s.responseRate,
      pseudonyms: s.responses.map((r) => r.pseudonym),
      stages: s.stages,
    });
    // Roster: 6 founding experts + 3 late joiners, less the one removed while open.
    expect(view(closed).eligible).toBe(8);
    expect(view(closed).n).toBe(8);
    expect(view(closed).pseudonyms).not.toContain(outsider.pseudonym);
    expect(view(closed).pseudonyms).toContain(lateJoiners[0]!.pseudonym);
    expect(closed.stages).toBeTruthy();
    expect(closed.stages!.founding!.n).toBe(5);
    expect(closed.stages!.all!.n).toBe(8);
    expect(view(live)).toEqual(view(closed));
    expect(view(recomputed)).toEqual(view(closed));
    expect(recomputed).toEqual(JSON.parse(JSON.stringify(closed)));
    const exportedRound = exported.rounds.find((r) => r.number === 1)!;
    expect(exportedRound.eligible).toBe(8);
    expect(exportedRound.answers.filter((a) => a.questionId === q.id)).toHaveLength(8);
  });
});
