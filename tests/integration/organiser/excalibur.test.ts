/// <reference types="vite/client" />
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, forums, members, questions, resolutions, rounds, users } from "../../../src/db/schema.js";
import { parseExcalibur } from "../../../src/domain/cooke/index.js";
import { addMember, createUser, db, get, ORIGIN, request, sessionCookie } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

// Read at transform time by vite (`?raw`), so the files reach workerd without a file system.
const refs = import.meta.glob("../../../../shared/reference/cooke/inecc/*", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;
const pick = (suffix: string) => Object.entries(refs).find(([k]) => k.endsWith(suffix))?.[1];
const INECC = {
  dtt: pick("inecc.dtt"),
  rls: pick("inecc.rls"),
  expected: pick("expected-global-alpha0.05.txt"),
};
const haveInecc = INECC.dtt !== undefined && INECC.rls !== undefined && INECC.expected !== undefined;
if (!haveInecc) console.warn("skipping the INECC tests: ../shared/reference/cooke/inecc is absent");

function upload(fields: { dtt?: string; rls?: string; title?: string }, cookie?: string) {
  const form = new FormData();
  if (fields.dtt !== undefined) form.append("dtt", new File([fields.dtt], "study.dtt"));
  if (fields.rls !== undefined) form.append("rls", new File([fields.rls], "study.rls"));
  if (fields.title !== undefined) form.append("title", fields.title);
  return request("/api/v1/forums/import/excalibur", {
    method: "POST",
    body: form,
    cookie,
    headers: { Origin: ORIGIN },
  });
}

async function creator() {
  const user = await createUser({ canCreateForums: true });
  return { user, cookie: await sessionCookie(user.id) };
}

/** Expected rows "n id cal infAll infSeeds W W_norm" of an EXCALIBUR result file. */
function expectedRows(text: string) {
  return text
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length === 7 && /^\d+$/.test(f[0]!))
    .map((f) => ({
      id: f[1]!,
      cal: Number(f[2]),
      infAll: Number(f[3]),
      infSeeds: Number(f[4]),
      w: Number(f[5]),
    }));
}

const close = (actual: number, expected: number, rel = 1e-5) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), 1e-300) + 1e-12);

describe.skipIf(!haveInecc)("EXCALIBUR import of INECC and the Classical Model through the API", () => {
  it("reproduces the published global-weight decision maker at alpha 0.05", async () => {
    const org = await creator();
    const res = await upload({ dtt: INECC.dtt, rls: INECC.rls, title: "INECC study" }, org.cookie);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    expect(Number.isInteger(id)).toBe(true);

    const cooke = await get(`/api/v1/forums/${id}/cooke?weights=global&alpha=0.05`, org.cookie);
    expect(cooke.status).toBe(200);
    const result = (await cooke.json()) as {
      seedCount: number;
      alpha: number;
      experts: {
        id: string;
        calibration: number;
        informationAll: number;
        informationSeeds: number;
        weight: number;
      }[];
      decisionMaker: {
        calibration: number;
        informationAll: number;
        informationSeeds: number;
        items: Record<string, number[]>;
      };
    };
    const rows = expectedRows(INECC.expected!);
    // The file's W_norm also counts the DM as a candidate; the DM mixes the experts by W / Σ W over experts.
    const totalW = rows.filter((r) => r.id !== "DM").reduce((s, r) => s + r.w, 0);
    expect(result.seedCount).toBe(13);
    expect(result.experts.map((e) => e.id)).toEqual(rows.filter((r) => r.id !== "DM").map((r) => r.id));
    for (const row of rows) {
      const got = row.id === "DM" ? result.decisionMaker : result.experts.find((e) => e.id === row.id)!;
      close(got.calibration, row.cal);
      close(got.informationAll, row.infAll);
      close(got.informationSeeds, row.infSeeds);
      if (row.id !== "DM") close((got as { weight: number }).weight, row.w / totalW);
    }
    // The same JSON shape as `analyse cooke`, item ids kept from the file.
    const input = parseExcalibur(new TextEncoder().encode(INECC.dtt!), new TextEncoder().encode(INECC.rls!));
    expect(Object.keys(result.decisionMaker.items)).toEqual(input.items.map((i) => i.id));
  });

  it("creates placeholder experts, seed questions with resolutions, one round closed and published at once; no invitations", async () => {
    const org = await creator();
    const res = await upload({ dtt: INECC.dtt, rls: INECC.rls, title: "INECC again" }, org.cookie);
    const { id } = (await res.json()) as { id: number };
    const d = db();
    const forum = await d.select().from(forums).where(eq(forums.id, id)).get();
    expect(forum?.closedAt).not.toBeNull();
    const experts = await d
      .select({ email: users.email, pseudonym: members.pseudonym })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(eq(members.forumId, id));
    const assessors = experts.filter((e) => e.email.endsWith("@import.invalid"));
    expect(assessors).toHaveLength(9);
    expect(assessors.map((e) => e.email)[0]).toMatch(/^assessor-1\.f\d+@import\.invalid$/);
    const qs = await d.select().from(questions).where(eq(questions.forumId, id));
    expect(qs).toHaveLength(19);
    expect(qs.filter((q) => q.isSeed)).toHaveLength(13);
    const seedIds = qs.filter((q) => q.isSeed).map((q) => q.id);
    const res2 = await d.select().from(resolutions);
    expect(res2.filter((r) => seedIds.includes(r.questionId))).toHaveLength(13);
    const rs = await d.select().from(rounds).where(eq(rounds.forumId, id));
    expect(rs.map((r) => r.state)).toEqual(["published"]);
    const outbox = await d.select().from(auditLog).where(eq(auditLog.forumId, id));
    expect(outbox.map((a) => a.action)).toContain("forum.import");
  });

  it("exports the forum back to .dtt/.rls that read as the same study", async () => {
    const org = await creator();
    const { id } = (await (
      await upload({ dtt: INECC.dtt, rls: INECC.rls, title: "INECC export" }, org.cookie)
    ).json()) as {
      id: number;
    };
    const dtt = await get(`/forums/${id}/export/excalibur.dtt`, org.cookie);
    const rls = await get(`/forums/${id}/export/excalibur.rls`, org.cookie);
    expect(dtt.status).toBe(200);
    expect(rls.status).toBe(200);
    expect(dtt.headers.get("Content-Disposition")).toContain(".dtt");
    const back = parseExcalibur(
      new Uint8Array(await dtt.arrayBuffer()),
      new Uint8Array(await rls.arrayBuffer()),
    );
    const original = parseExcalibur(
      new TextEncoder().encode(INECC.dtt!),
      new TextEncoder().encode(INECC.rls!),
    );
    expect(back).toEqual(original);
  });
});

describe("EXCALIBUR import: refusals", () => {
  const dtt = "* CLASS ASCII OUTPUT FILE. NQ=   3   QU=   5  50  95\n    1 A    1 seed1 UNI 1.0 2.0 3.0\n";
  const rls = "    1 seed1 2.5 UNI\n";

  it("answers 422 naming the line of a bad file", async () => {
    const org = await creator();
    const bad = `${dtt}    1 A    2 seed2 UNI 1.0 oops 3.0\n`;
    const res = await upload({ dtt: bad, rls, title: "Bad" }, org.cookie);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid");
    expect(body.error.message).toMatch(/dtt line 3/);
  });

  it("answers 422 without a title or a file", async () => {
    const org = await creator();
    expect((await upload({ dtt, rls }, org.cookie)).status).toBe(422);
    expect((await upload({ dtt, title: "x" }, org.cookie)).status).toBe(422);
  });

  it("imports a small study (201) for a user who may create forums", async () => {
    const org = await creator();
    const res = await upload({ dtt, rls, title: "Tiny" }, org.cookie);
    expect(res.status).toBe(201);
  });

  it("refuses users who may not create forums (403) and anonymous callers (401)", async () => {
    const plain = await createUser({ canCreateForums: false });
    expect((await upload({ dtt, rls, title: "x" }, await sessionCookie(plain.id))).status).toBe(403);
    expect((await upload({ dtt, rls, title: "x" })).status).toBe(401);
  });

  it("export: experts and stakeholders 403, non-members 404", async () => {
    const f = await makeForum();
    const path = `/forums/${f.forum.id}/export/excalibur.dtt`;
    expect((await get(path, f.experts[0]!.cookie)).status).toBe(403);
    expect((await get(path, f.stakeholder.cookie)).status).toBe(403);
    const outsider = await createUser();
    expect((await get(path, await sessionCookie(outsider.id))).status).toBe(404);
    // No quantity answers yet: nothing to export.
    expect((await get(path, f.organiser.cookie)).status).toBe(404);
    await addMember(f.forum.id, outsider.id, "stakeholder");
  });
});
