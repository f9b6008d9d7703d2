import { env } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createToken } from "../../../src/db/queries/auth.js";
import { app } from "../../../src/index.js";
import { createUser, db, ORIGIN } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";
import { appRoutes, fillPath, paramNames } from "../../helpers/routes.js";
import { STACK_TRACE } from "../../helpers/security-checks.js";

/**
 * HTTP fuzzing: fast-check generated form bodies, content types and query strings against EVERY POST
 * route of the app (read from app.routes), and generated query strings against every GET route. Each
 * response must be below 500 and carry no stack trace. `npm test` runs FUZZ_RUNS=50 per route (the
 * default); `npm run fuzz` runs 10,000 per route (vitest.fuzz.config.ts).
 */
const RUNS = Number((env as unknown as { FUZZ_RUNS?: string }).FUZZ_RUNS ?? "50");
const SEED = Number((env as unknown as { FUZZ_SEED?: string }).FUZZ_SEED ?? Date.now() % 2 ** 31);

/** Field names the app's forms use, so generated bodies reach validation and beyond. */
const FIELDS = [
  "p",
  "p0",
  "p1",
  "p2",
  "p3",
  "q5",
  "q50",
  "q95",
  "r",
  "rank0",
  "rank1",
  "rank2",
  "rationale",
  "intent",
  "title",
  "body",
  "narrative0",
  "title0",
  "narrative1",
  "title1",
  "resolutionCriteria",
  "kind",
  "unit",
  "min",
  "max",
  "minLabel",
  "maxLabel",
  "name",
  "email",
  "role",
  "institutionId",
  "institutionName",
  "institutionCountry",
  "questionIds",
  "instructions",
  "synthesis",
  "reason",
  "tag",
  "parentId",
  "label",
  "locale",
  "next",
  "value",
  "outcome",
  "isSeed",
  "description",
  "anonymity",
  "mode",
  "closesAt",
  "opensAt",
  "dimension0",
  "text",
  "ideaId",
  "mergeInto",
  "liveFeedback",
  "minGroupSize",
  "language",
  "dtt",
  "rls",
];

const nasty = fc.constantFrom(
  "",
  " ",
  "0",
  "-0",
  "1e309",
  "-1e309",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e-400",
  "0x10",
  "9007199254740993",
  "99999999999999999999",
  "-1",
  "1,5",
  "50%",
  "null",
  "undefined",
  "[]",
  "{}",
  "true",
  "<img src=x onerror=alert(1)>",
  '"><script>alert(1)</script>',
  "' OR 1=1 --",
  "\u0000",
  "\uFFFF",
  "\uD800",
  "💥",
  "a".repeat(5000),
  "٣",
  "1".repeat(400),
  "__proto__",
  "constructor",
  "../../etc/passwd",
  "%00",
  "%",
  "&",
  "=",
  "+",
);
const value = fc.oneof(
  { weight: 3, arbitrary: nasty },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }).map(String) },
  { weight: 2, arbitrary: fc.double({ noNaN: false }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
);
const fieldName = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FIELDS) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "p[]", "p.0", "a[b]", "") },
);
/** Pairs, so repeated names (parameter pollution) come up. */
const fields = fc.array(fc.tuple(fieldName, value), { maxLength: 12 });

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant("application/x-www-form-urlencoded") },
  { weight: 3, arbitrary: fc.constant("multipart/form-data") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "application/json",
      "text/plain",
      "application/xml",
      "",
      "application/x-www-form-urlencoded; charset=latin1",
      "multipart/form-data; boundary=",
      "APPLICATION/X-WWW-FORM-URLENCODED",
    ),
  },
);

const query = fc.array(fc.tuple(fieldName, value), { maxLength: 4 }).map((pairs) => {
  const q = new URLSearchParams();
  for (const [k, v] of pairs) q.append(k, v);
  return q.toString();
});

type Caller = "organiser" | "expert" | "stakeholder" | "anonymous";
const caller = fc.constantFrom<Caller>(
  "organiser",
  "organiser",
  "expert",
  "expert",
  "stakeholder",
  "anonymous",
);

/** A body for the content type; sometimes raw bytes that claim the type but are not it. */
function encode(type: string, pairs: [string, string][], raw: string | null): BodyInit {
  if (raw !== null) return raw;
  if (type.startsWith("multipart/form-data") && type === "multipart/form-data") {
    const fd = new FormData();
    for (const [k, v] of pairs) fd.append(k, v);
    return fd;
  }
  if (type === "application/json") return JSON.stringify(Object.fromEntries(pairs));
  const body = new URLSearchParams();
  for (const [k, v] of pairs) body.append(k, v);
  return body.toString();
}

async function world() {
  const a = await makeForum();
  const b = await makeForum();
  const cookies: Record<Caller, string | undefined> = {
    organiser: a.organiser.cookie,
    expert: a.experts[0]!.cookie,
    stakeholder: a.stakeholder.cookie,
    anonymous: undefined,
  };
  const user = await createUser();
  const objects: Record<string, string | number> = {
    forumId: a.forum.id,
    id: a.forum.id,
    n: 1,
    qid: a.questions.binary.id,
    pid: 1,
    memberId: a.experts[1]!.member.id,
    ideaId: 1,
    tokenId: 1,
    setId: (a.questions.allocation.config as { scenarioSetId: number }).scenarioSetId,
    action: "reject",
    file: "excalibur.dtt",
    token: await createToken(db(), { purpose: "signin", userId: user.id }),
  };
  const foreign: Record<string, string | number> = {
    qid: b.questions.binary.id,
    memberId: b.experts[0]!.member.id,
    n: 0,
  };
  return { a, b, cookies, objects, foreign };
}

const paramValue = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) }, // the forum's own object
  { weight: 1, arbitrary: fc.constant("foreign") },
  { weight: 1, arbitrary: fc.constantFrom("0", "-1", "abc", "1.5", "99999999999999999999", "%00", "NaN") },
);

type Finding = { route: string; status: number; detail: string };
const report: { route: string; requests: number; failures: number; unsendable: number }[] = [];

async function fuzzRoute(method: string, routePath: string, runs: number): Promise<Finding[]> {
  const w = await world();
  const findings: Finding[] = [];
  let count = 0;
  let unsendable = 0;
  const names = paramNames(routePath);
  await fc.assert(
    fc.asyncProperty(
      caller,
      fc.array(paramValue, { minLength: names.length, maxLength: names.length }),
      query,
      contentType,
      fields,
      fc.option(fc.string({ unit: "binary", maxLength: 200 }), { freq: 8 }),
      fc.integer({ min: 1, max: 250 }),
      fc.boolean(),
      async (who, params, qs, type, pairs, raw, ipTail, htmx) => {
        const values: Record<string, string | number> = { ...w.objects };
        names.forEach((n, i) => {
          const p = params[i];
          if (p === "foreign") values[n] = w.foreign[n] ?? "1";
          else if (p !== null && p !== undefined) values[n] = p;
        });
        let path: string;
        try {
          path = fillPath(routePath, values);
        } catch {
          path = routePath.replace(/:[^/]+/g, "1");
        }
        if (qs) path += `?${qs}`;
        const headers: Record<string, string> = { Origin: ORIGIN, "CF-Connecting-IP": `192.0.2.${ipTail}` };
        const cookie = w.cookies[who];
        if (cookie) headers.Cookie = cookie;
        if (htmx) headers["HX-Request"] = "true";
        const init: RequestInit = { method, headers };
        if (method !== "GET") {
          const body = encode(type, pairs, raw);
          if (type !== "multipart/form-data" && type !== "") headers["Content-Type"] = type;
          init.body = body;
        }
        // A few generated bodies cannot even be built into a request (workerd refuses to serialise a
        // multipart field name ending in a backslash): those are sent urlencoded instead, and counted.
        let req: Request;
        try {
          req = new Request(`${ORIGIN}${path}`, init);
        } catch {
          unsendable++;
          headers["Content-Type"] = "application/x-www-form-urlencoded";
          req = new Request(`${ORIGIN}${path}`, {
            ...init,
            headers,
            body: encode("urlencoded", pairs, null),
          });
        }
        count++;
        let res: Response;
        try {
          res = await app.request(req, undefined, env);
        } catch (error) {
          findings.push({ route: `${method} ${routePath}`, status: 0, detail: `${path}: threw ${error}` });
          return;
        }
        const text = await res.text();
        if (res.status >= 500 || STACK_TRACE.test(text))
          findings.push({
            route: `${method} ${routePath}`,
            status: res.status,
            detail: `${method} ${path} as ${who} (${type}): ${JSON.stringify(pairs).slice(0, 300)} → ${text.slice(0, 200)}`,
          });
      },
    ),
    { numRuns: runs, seed: SEED, endOnFailure: false },
  );
  report.push({ route: `${method} ${routePath}`, requests: count, failures: findings.length, unsendable });
  return findings;
}

describe(`fuzzing every route (${RUNS} requests per route, seed ${SEED})`, () => {
  const routes = appRoutes();
  const posts = routes.filter((r) => r.method === "POST");
  const gets = routes.filter((r) => r.method === "GET");

  for (const r of posts) {
    it(
      `POST ${r.path}: no 5xx, no stack trace`,
      async () => {
        const findings = await fuzzRoute("POST", r.path, RUNS);
        expect(findings.slice(0, 5)).toEqual([]);
      },
      600_000 + RUNS * 200,
    );
  }

  it(
    `GET routes with generated query strings and ids: no 5xx, no stack trace`,
    async () => {
      const findings: Finding[] = [];
      for (const r of gets)
        findings.push(...(await fuzzRoute("GET", r.path, Math.max(10, Math.floor(RUNS / 5)))));
      expect(findings.slice(0, 5)).toEqual([]);
    },
    600_000 + RUNS * 2000,
  );

  it("summary", () => {
    const requests = report.reduce((s, r) => s + r.requests, 0);
    const failures = report.reduce((s, r) => s + r.failures, 0);
    const unsendable = report.reduce((s, r) => s + r.unsendable, 0);
    console.log(
      `[fuzz] ${report.length} routes, ${requests} requests (seed ${SEED}), ${failures} responses ≥ 500 or with a stack trace` +
        ` (${unsendable} generated multipart bodies workerd would not build were sent urlencoded)`,
    );
    for (const r of report.filter((x) => x.failures > 0))
      console.log(`[fuzz]   ${r.route}: ${r.failures} failures`);
  });
});
