import { describe, expect, it } from "vitest";
import { app } from "../../../src/index.js";
import { guardName } from "../../../src/middleware/guards.js";
import { appRoutes } from "../../helpers/routes.js";

/**
 * Who may call a route is said on the route itself (src/middleware/guards.ts): its own handler chain
 * holds a guard, or it sits under a prefix whose one middleware is a guard. Middleware registered with a
 * wildcard beside other sub-apps is what made mount order matter (an expert-only "/rounds/*" catching
 * "/rounds/:n/report"), so the only wildcard middleware allowed is the app-wide chain and the two
 * guarded prefixes.
 */

/** Prefixes that are an app of their own, guarded once at the prefix. */
const GUARDED_PREFIXES = ["/api/v1/*", "/dev/*"];

function chains() {
  const byRoute = new Map<string, unknown[]>();
  for (const r of app.routes) {
    const key = `${r.method} ${r.path}`;
    byRoute.set(key, [...(byRoute.get(key) ?? []), r.handler]);
  }
  return byRoute;
}

describe("route guards", () => {
  it("the production entry has no development routes (no demo or scale seeding is deployed)", () => {
    expect(app.routes.filter((r) => r.path.startsWith("/dev"))).toEqual([]);
  });

  it("every route names its guard in its own chain or sits under a guarded prefix", async () => {
    await import("../../../src/dev-entry.js"); // npm start's entry: the same app plus /dev
    const byRoute = chains();
    const prefixGuards = new Map(
      GUARDED_PREFIXES.map((p) => [p, (byRoute.get(`ALL ${p}`) ?? []).map(guardName).find(Boolean)]),
    );
    for (const [prefix, name] of prefixGuards) expect(name, `the guard of ${prefix}`).toBeTruthy();

    const unguarded: string[] = [];
    for (const r of appRoutes()) {
      const own = (byRoute.get(r.key) ?? []).map(guardName).filter(Boolean);
      const underPrefix = GUARDED_PREFIXES.some((p) => r.path.startsWith(p.slice(0, -1)));
      if (own.length === 0 && !underPrefix) unguarded.push(r.key);
      // One guard per route: two would mean one of them is decided somewhere else.
      expect(own.length, `${r.key} has ${own.join(", ")}`).toBeLessThanOrEqual(1);
    }
    expect(unguarded).toEqual([]);
  });

  it("no wildcard middleware decides access for routes mounted beside it", () => {
    const wildcard = [...new Set(app.routes.filter((r) => r.method === "ALL").map((r) => r.path))];
    expect(wildcard.filter((p) => p !== "/*" && !GUARDED_PREFIXES.includes(p))).toEqual([]);
  });

  it("the guards are the ones the roles expect on a few representative routes", () => {
    const byRoute = chains();
    const of = (key: string) => (byRoute.get(key) ?? []).map(guardName).find(Boolean);
    expect(of("GET /forums/:forumId/rounds/:n/questions/:qid")).toBe("expert");
    expect(of("POST /forums/:forumId/rounds/:n/close")).toBe("organiser");
    expect(of("GET /forums/:forumId/dashboard")).toBe("member");
    expect(of("GET /me/settings")).toBe("signed in");
    expect(of("POST /signin")).toBe("public");
  });
});
