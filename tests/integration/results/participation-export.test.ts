import { describe, expect, it } from "vitest";
import { get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

describe("per-round participation in the export", () => {
  it("freezes eligible, late joiners and respondents at close, and the export carries them", async () => {
    const f = await makeForum({ experts: 4 });
    await post(f.path(f.questions.binary), { p: "40", intent: "submit" }, f.experts[0]!.cookie);
    await post(f.path(f.questions.rating), { r: "5", intent: "submit" }, f.experts[1]!.cookie);
    // A draft is not an answer.
    await post(f.path(f.questions.binary), { p: "60", intent: "draft" }, f.experts[2]!.cookie);
    await f.close();
    await f.nextRound();
    const res = await get(`/api/v1/forums/${f.forum.id}/export`, f.organiser.cookie);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rounds: { number: number; participation: unknown }[] };
    expect(body.rounds.find((r) => r.number === 1)?.participation).toEqual({
      eligible: 4,
      late: 0,
      answered: 2,
    });
    expect(body.rounds.find((r) => r.number === 2)?.participation).toBeNull();
  });
});
