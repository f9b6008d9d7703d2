import { app } from "../../src/index.js";

export type RouteKey = `${string} ${string}`;

/**
 * Every route the app answers, as "METHOD /path" exactly as Hono registered it (middleware entries, which
 * Hono lists with method ALL, left out), in registration order. Tests iterate this list, so a new route
 * appears in them without anyone adding it by hand.
 */
export function appRoutes(): { method: string; path: string; key: RouteKey }[] {
  const seen = new Set<string>();
  const out: { method: string; path: string; key: RouteKey }[] = [];
  for (const r of app.routes) {
    if (r.method === "ALL") continue;
    const key = `${r.method} ${r.path}` as RouteKey;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ method: r.method, path: r.path, key });
  }
  return out;
}

/** The names of a route path's parameters, in order (":n" and ":file{regex}" both give their name). */
export function paramNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)(\{[^}]*\})?/g)].map((m) => m[1]!);
}

/** Fills a route path's parameters from `values` (a missing value throws, naming the parameter). */
export function fillPath(path: string, values: Record<string, string | number>): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)(\{[^}]*\})?/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for route parameter :${name} in ${path}`);
    return encodeURIComponent(String(v));
  });
}
