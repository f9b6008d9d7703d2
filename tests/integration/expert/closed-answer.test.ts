import { describe, expect, it } from "vitest";
import { get, post } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

describe("a closed round's question page", () => {
  it("keeps the expert's own submitted answer in view, or says they gave none", async () => {
    const f = await makeForum({ experts: 2 });
    const [answered, silent] = f.experts;
    const q = f.questions.binary;
    expect(
      (await post(f.path(q), { p: "35", rationale: "base rates", intent: "submit" }, answered!.cookie))
        .status,
    ).toBe(303);
    await f.close(1);
    const mine = await (await get(f.path(q), answered!.cookie)).text();
    const block = mine.slice(mine.indexOf('id="closed-answer"'));
    expect(block).toContain("Your answer in round 1:");
    expect(block.slice(0, 400)).toContain("35");
    const none = await (await get(f.path(q), silent!.cookie)).text();
    expect(none).toContain("You did not answer this question in round 1.");
  });
});
