import { eq } from "drizzle-orm";
import { saveAnswer } from "../../src/db/queries/answers.js";
import { publishRound } from "../../src/db/queries/round-control.js";
import { getRoundByNumber } from "../../src/db/queries/rounds.js";
import { answers, forums } from "../../src/db/schema.js";
import type { AnswerValue } from "../../src/domain/questions.js";
import { db, get, unique } from "./app.js";
import { makeForum, type TestForum } from "./forum.js";

/** Distinct per-expert answers to every question of a round (expert i answers at base + i seconds). */
export async function answerRound(f: TestForum, n: number, shift = 0, only?: number[]) {
  const round = (await getRoundByNumber(db(), f.forum.id, n))!;
  const base = Date.parse("2030-01-01T00:00:00Z") + n * 86400_000;
  const reasons: string[] = [];
  for (const [i, e] of f.experts.entries()) {
    if (only && !only.includes(i)) continue;
    const p = Math.min(0.95, 0.2 + 0.1 * i + shift);
    const values: [{ id: number }, AnswerValue][] = [
      [f.questions.binary, { kind: "binary", p }],
      [f.questions.allocation, { kind: "allocation", p: [p / 2, 1 - p, p / 2] }],
      [f.questions.quantity, { kind: "quantity", q: [10 + i, 20 + 2 * i, 40 + 3 * i] }],
      [f.questions.rating, { kind: "rating", r: 3 + (i % 5) }],
    ];
    for (const [k, [q, value]] of values.entries()) {
      const rationale = unique(`reason-${i}`);
      reasons.push(rationale);
      const outcome = await saveAnswer(
        db(),
        {
          roundId: round.id,
          questionId: q.id,
          memberId: e.member.id,
          value,
          rationale,
          status: "submitted",
          questionVersion: 1,
        },
        base + i * 1000 + k,
      );
      if (outcome !== "saved") throw new Error(`answer not saved: ${outcome}`);
    }
  }
  return reasons;
}

/**
 * A forum of `experts` experts (institutions of 3: with 5 experts one institution has 3 respondents and
 * the other 2), round 1 answered, closed and published; with `rounds: 2` also round 2 answered, closed
 * and published; with `closedOnly` the last round is left closed (not published).
 */
export async function publishedForum(
  opts: {
    experts?: number;
    rounds?: number;
    closedOnly?: boolean;
    minGroupSize?: number;
    anonymity?: "quasi" | "strict";
  } = {},
) {
  const f = await makeForum({ experts: opts.experts ?? 5, anonymity: opts.anonymity });
  if (opts.minGroupSize)
    await db().update(forums).set({ minGroupSize: opts.minGroupSize }).where(eq(forums.id, f.forum.id));
  const forum = { ...f.forum, minGroupSize: opts.minGroupSize ?? f.forum.minGroupSize };
  const reasons: string[] = [];
  const total = opts.rounds ?? 1;
  for (let n = 1; n <= total; n++) {
    if (n > 1) await f.nextRound();
    reasons.push(...(await answerRound(f, n, (n - 1) * 0.05)));
    await f.close(n);
    if (!(opts.closedOnly && n === total))
      await publishRound(db(), forum, (await getRoundByNumber(db(), f.forum.id, n))!, f.organiser.user);
  }
  const times = (await db().select({ t: answers.createdAt }).from(answers)).map((r) => r.t);
  return { ...f, reasons, times, base: `/forums/${f.forum.id}` };
}

/**
 * A dashboard as a reader who opens every card's breakdown sees it: the page, then each breakdown its
 * cards load on opening (the first response leaves them out).
 */
export async function dashboardWithBreakdowns(url: string, cookie?: string): Promise<string> {
  const html = await (await get(url, cookie)).text();
  const hrefs = [...html.matchAll(/hx-get="([^"]*\/breakdown\/\d+)"/g)].map((m) => m[1]!);
  const parts = await Promise.all(
    hrefs.map(async (href) => (await get(href, cookie, { "HX-Request": "true" })).text()),
  );
  return html + parts.join("");
}
