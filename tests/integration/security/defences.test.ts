import { env } from "cloudflare:test";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createToken } from "../../../src/db/queries/auth.js";
import { app } from "../../../src/index.js";
import { FORM_BODY_LIMIT } from "../../../src/middleware/content-type.js";
import {
  SIGNIN_PER_CLIENT,
  SIGNIN_PER_EMAIL,
  SIGNIN_PER_PAIR,
  TOKEN_FAILURES_PER_CLIENT,
} from "../../../src/security/rate-limit.js";
import { createUser, db, get, ORIGIN, post, request } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";
import { expectSafeResponse } from "../../helpers/security-checks.js";

const strip = (s: string) => s.replace(/nonce="[^"]*"/g, "");
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

describe("headers and browser defences", () => {
  it("every page carries a fresh CSP nonce on its scripts, strict CSP and the other headers", async () => {
    const a = await get("/signin");
    const b = await get("/signin");
    const nonceA = /'nonce-([^']+)'/.exec(a.headers.get("Content-Security-Policy")!)![1];
    const nonceB = /'nonce-([^']+)'/.exec(b.headers.get("Content-Security-Policy")!)![1];
    expect(nonceA).not.toBe(nonceB);
    const html = await expectSafeResponse(a, { signedIn: false, path: "/signin" });
    expect(html).toContain(`<script src="/htmx.min.js" nonce="${nonceA}"`);
    const csp = a.headers.get("Content-Security-Policy")!;
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"])
      expect(csp).toContain(d);
    expect(a.headers.get("X-Frame-Options")).toBe("DENY");
    expect(a.headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    expect(a.headers.get("Vary")).toContain("HX-Request");
  });

  it("htmx is configured without eval, script tags or cross-origin requests", async () => {
    const html = await (await get("/signin")).text();
    const meta = /<meta name="htmx-config" content="([^"]+)"/.exec(html)![1]!.replace(/&quot;/g, '"');
    const config = JSON.parse(meta);
    expect(config).toMatchObject({
      allowEval: false,
      allowScriptTags: false,
      selfRequestsOnly: true,
      historyCacheSize: 0,
      includeIndicatorStyles: false,
    });
  });

  it("HSTS for one year outside localhost only", async () => {
    const local = await get("/health");
    expect(local.headers.get("Strict-Transport-Security")).toBeNull();
    const prod = await app.request("https://forum.example.org/health", {}, env);
    expect(prod.headers.get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("signed-in responses are no-store, also on 403, 404, 409 and 422 error pages; link pages too", async () => {
    const f = await makeForum();
    const e = f.experts[0]!;
    const cases: [string, Response][] = [
      ["200", await get(`/forums/${f.forum.id}/rounds/1`, e.cookie)],
      ["403", await get(`/forums/${f.forum.id}/panel`, e.cookie)],
      ["404", await get(`/forums/${f.forum.id}/rounds/9`, e.cookie)],
      ["404 unknown path", await get("/no/such/page", e.cookie)],
      ["422", await post(f.path(f.questions.binary), { p: "500", intent: "submit" }, e.cookie)],
      ["409", await post(`/forums/${f.forum.id}/rounds/1/open`, { confirm: "1" }, f.organiser.cookie)],
    ];
    for (const [what, res] of cases) {
      expect(res.headers.get("Cache-Control"), what).toBe("no-store");
      await expectSafeResponse(res, { signedIn: true, path: what });
    }
    const user = await createUser();
    const token = await createToken(db(), { purpose: "signin", userId: user.id });
    const link = await get(`/auth/${token}`);
    expect(link.headers.get("Cache-Control")).toBe("no-store");
    expect(link.headers.get("Referrer-Policy")).toBe("no-referrer");
  });
});

describe("CSRF, content types and body sizes", () => {
  it("a cross-site form post is refused (403) and changes nothing; a same-origin one passes", async () => {
    const f = await makeForum();
    const e = f.experts[0]!;
    const count = async () =>
      (await db().get<{ n: number }>(
        sql`SELECT count(*) AS n FROM answers WHERE member_id = ${e.member.id}`,
      ))!.n;
    const evil = await post(f.path(f.questions.binary), { p: "10", intent: "submit" }, e.cookie, {
      Origin: "https://evil.example",
    });
    expect(evil.status).toBe(403);
    const noOrigin = await request(f.path(f.questions.binary), {
      method: "POST",
      cookie: e.cookie,
      body: new URLSearchParams({ p: "10", intent: "submit" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(noOrigin.status).toBe(403);
    expect(await count()).toBe(0);
    const ok = await post(f.path(f.questions.binary), { p: "10", intent: "submit" }, e.cookie);
    expect(ok.status).toBe(303);
    expect(await count()).toBe(1);
  });

  it("state-changing routes refuse JSON, text and XML with 415 (and nothing is stored)", async () => {
    const f = await makeForum();
    const e = f.experts[0]!;
    for (const [type, body] of [
      ["application/json", JSON.stringify({ p: "10", intent: "submit" })],
      ["text/plain", "p=10&intent=submit"],
      ["application/xml", "<p>10</p>"],
      ["application/x-www-form-urlencodedx", "p=10&intent=submit"],
    ] as const) {
      const res = await request(f.path(f.questions.binary), {
        method: "POST",
        cookie: e.cookie,
        body,
        headers: { "Content-Type": type, Origin: ORIGIN },
      });
      expect(res.status, type).toBe(415);
    }
    const stored = await db().get<{ n: number }>(
      sql`SELECT count(*) AS n FROM answers WHERE member_id = ${e.member.id}`,
    );
    expect(stored!.n).toBe(0);
    // The JSON API accepts JSON bodies (the route then decides), and refuses XML with a JSON 415.
    const xml = await request("/api/v1/forums", {
      method: "POST",
      body: "<x/>",
      headers: { "Content-Type": "application/xml", Origin: ORIGIN },
    });
    expect(xml.status).toBe(415);
    expect(await xml.json()).toMatchObject({ error: { code: "unsupported_media_type" } });
    const json = await request("/api/v1/forums", {
      method: "POST",
      body: "{}",
      headers: { "Content-Type": "application/json", Origin: ORIGIN },
    });
    expect(json.status).not.toBe(415);
  });

  it("a form body that does not parse is 400, not 500", async () => {
    const f = await makeForum();
    const res = await request(f.path(f.questions.binary), {
      method: "POST",
      cookie: f.experts[0]!.cookie,
      body: "--x\r\nbroken",
      headers: { "Content-Type": "multipart/form-data", Origin: ORIGIN },
    });
    expect(res.status).toBe(400);
  });

  it("bodies above 256 KiB are 413 on form routes; upload routes take up to 4 MiB", async () => {
    const f = await makeForum();
    const big = "x".repeat(FORM_BODY_LIMIT + 1);
    const res = await post(f.path(f.questions.binary), { p: "10", rationale: big }, f.experts[0]!.cookie);
    expect(res.status).toBe(413);
    const upload = await request("/api/v1/forums/import/excalibur", {
      method: "POST",
      cookie: f.organiser.cookie,
      body: new URLSearchParams({ title: "t", dtt: "y".repeat(FORM_BODY_LIMIT * 2) }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
    });
    expect(upload.status).not.toBe(413);
    const tooBig = await request("/api/v1/forums/import/excalibur", {
      method: "POST",
      cookie: f.organiser.cookie,
      body: new URLSearchParams({ title: "t", dtt: "y".repeat(4 * 1024 * 1024 + 1) }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
    });
    expect(tooBig.status).toBe(413);
  });
});

describe("abuse limits", () => {
  it(`sign-in: per address, at most ${SIGNIN_PER_EMAIL.max} mails an hour beyond each client's first, counted in D1; known and unknown addresses get identical answers, and never a refusal`, async () => {
    const user = await createUser();
    const unknown = `nobody-${crypto.randomUUID()}@example.org`;
    const answers: { known: string; unknown: string; status: [number, number] }[] = [];
    const [ipK, ipU] = [freshIp(), freshIp()];
    for (let i = 0; i < SIGNIN_PER_EMAIL.max + 2; i++) {
      // The same clients again and again: their pair limits and the address's cap bite, silently.
      const k = await post("/signin", { email: user.email }, undefined, { "CF-Connecting-IP": ipK });
      const u = await post("/signin", { email: unknown }, undefined, { "CF-Connecting-IP": ipU });
      answers.push({
        known: strip(await k.text()),
        unknown: strip(await u.text()),
        status: [k.status, u.status],
      });
      expect(k.headers.get("Retry-After")).toBeNull();
    }
    for (const a of answers) {
      expect(a.status).toEqual([200, 200]);
      expect(a.known).toBe(a.unknown);
    }
    // Only the pair's allowance of the known address queued a message.
    const mails = await db().get<{ n: number }>(
      sql`SELECT count(*) AS n FROM outbox WHERE to_email = ${user.email}`,
    );
    expect(mails!.n).toBe(SIGNIN_PER_PAIR.max);
    const rows = await db().all<{ key: string; count: number }>(
      sql`SELECT key, count FROM rate_limits WHERE key LIKE 'signin-pair:%' AND count = ${SIGNIN_PER_PAIR.max}`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(rows)).not.toContain(user.email);
  });

  it(`sign-in: ${SIGNIN_PER_CLIENT.max} requests per client address per 15 minutes, whatever the address typed`, async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < SIGNIN_PER_CLIENT.max + 3; i++)
      statuses.push(
        (
          await post("/signin", { email: `x${i}-${crypto.randomUUID()}@example.org` }, undefined, {
            "CF-Connecting-IP": ip,
          })
        ).status,
      );
    expect(statuses.filter((s) => s === 200)).toHaveLength(SIGNIN_PER_CLIENT.max);
    expect(statuses.slice(SIGNIN_PER_CLIENT.max)).toEqual([429, 429, 429]);
    // Another address is not affected.
    expect(
      (await post("/signin", { email: "y@example.org" }, undefined, { "CF-Connecting-IP": freshIp() }))
        .status,
    ).toBe(200);
  });

  it("concurrent requests never pass the limit: 30 at once from one address, exactly the limit get through", async () => {
    const ip = freshIp();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        post("/signin", { email: `c${i}-${crypto.randomUUID()}@example.org` }, undefined, {
          "CF-Connecting-IP": ip,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(SIGNIN_PER_CLIENT.max);
    expect(results.filter((r) => r.status === 429)).toHaveLength(30 - SIGNIN_PER_CLIENT.max);
  });

  it(`token guessing: after ${TOKEN_FAILURES_PER_CLIENT.max} failed link uses an address waits, even with a good link`, async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < TOKEN_FAILURES_PER_CLIENT.max; i++) {
      const guess = crypto.randomUUID().replace(/-/g, "").padEnd(43, "A");
      statuses.push((await post(`/auth/${guess}`, {}, undefined, { "CF-Connecting-IP": ip })).status);
    }
    expect(statuses).toEqual(Array(TOKEN_FAILURES_PER_CLIENT.max).fill(410));
    const user = await createUser();
    const token = await createToken(db(), { purpose: "signin", userId: user.id });
    const blocked = await post(`/auth/${token}`, {}, undefined, { "CF-Connecting-IP": ip });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(0);
    // The good link was not spent, and works from another address.
    expect((await post(`/auth/${token}`, {}, undefined, { "CF-Connecting-IP": freshIp() })).status).toBe(303);
  });
});

const PAYLOAD = `<img src=x onerror=alert(1)> <b hx-get="/x" hx-trigger="load">x</b>`;
const ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";

/** Whether the text at `index` lies inside an element carrying hx-disable (a small tag-stack walk). */
function insideHxDisable(html: string, index: number): boolean {
  const VOID = new Set(["area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"]);
  const stack: { tag: string; disabled: boolean }[] = [];
  for (const m of html.slice(0, index).matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const [, close, tag, attrs] = m;
    const name = tag!.toLowerCase();
    if (close) {
      const at = stack.map((s) => s.tag).lastIndexOf(name);
      if (at >= 0) stack.length = at;
    } else if (!VOID.has(name) && !attrs!.endsWith("/")) {
      stack.push({ tag: name, disabled: /\shx-disable(\s|=|$)/.test(attrs!) });
    }
  }
  return stack.some((s) => s.disabled);
}

describe("user-written text is escaped and htmx-disabled wherever it is shown", () => {
  it("the payload typed into every text field comes back escaped, inside hx-disable, never as markup", async () => {
    const f = await makeForum();
    const base = `/forums/${f.forum.id}`;
    // The organiser writes a question, a scenario set and a synthesis; experts write reasons and posts.
    const q = await post(
      `${base}/questions`,
      {
        kind: "binary",
        title: `Q ${PAYLOAD}`,
        body: `Body ${PAYLOAD}`,
        resolutionCriteria: `Crit ${PAYLOAD}`,
      },
      f.organiser.cookie,
    );
    expect(q.status).toBe(303);
    for (const e of f.experts.slice(1, 4)) {
      const r = await post(
        f.path(f.questions.binary),
        { p: "40", rationale: `Reason ${PAYLOAD}`, intent: "submit" },
        e.cookie,
      );
      expect(r.status).toBe(303);
      await post(`${f.path(f.questions.binary)}/posts`, { body: `Post ${PAYLOAD}` }, e.cookie);
    }
    expect((await post(`${base}/rounds/1/close`, { confirm: "1" }, f.organiser.cookie)).status).toBe(303);
    expect(
      (await post(`${base}/rounds/1/synthesis`, { synthesis: `Synth ${PAYLOAD}` }, f.organiser.cookie))
        .status,
    ).toBe(303);
    expect((await post(`${base}/rounds/1/publish`, { confirm: "1" }, f.organiser.cookie)).status).toBe(303);
    const newQ = await db().get<{ id: number }>(
      sql`SELECT id FROM questions WHERE forum_id = ${f.forum.id} AND title LIKE 'Q %'`,
    );
    await f.nextRound();
    // Round 2 shows the question with round 1's feedback (reasons) and the synthesis.
    const pages = [
      [`${f.path(f.questions.binary, 2)}`, f.experts[0]!.cookie],
      [`${base}/dashboard`, f.stakeholder.cookie],
      [`${base}/questions`, f.organiser.cookie],
      [`${base}/rounds/1/results`, f.organiser.cookie],
      [`${f.path(f.questions.binary)}/discussion`, f.organiser.cookie],
    ] as const;
    let shown = 0;
    for (const [path, cookie] of pages) {
      const html = await expectSafeResponse(await get(path, cookie), { signedIn: true, path });
      expect(html, path).not.toContain("<img src=x");
      expect(html, path).not.toContain('hx-get="/x"');
      expect(html, path).not.toContain("<b hx-get");
      let at = html.indexOf(ESCAPED);
      while (at >= 0) {
        shown++;
        // Expert- and stakeholder-facing text sits inside hx-disable; organiser forms may echo it in inputs.
        if (!path.endsWith("/questions") && !path.endsWith("/results") && !path.endsWith("/discussion"))
          expect(insideHxDisable(html, at), `${path} at ${html.slice(Math.max(0, at - 120), at)}`).toBe(true);
        at = html.indexOf(ESCAPED, at + 1);
      }
    }
    expect(shown).toBeGreaterThan(3);
    expect(newQ).toBeDefined();
  });
});
