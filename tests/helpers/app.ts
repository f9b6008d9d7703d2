import { env } from "cloudflare:test";
import { randomToken, sha256Hex } from "../../src/crypto.js";
import { createDb } from "../../src/db/client.js";
import { newPseudonym } from "../../src/db/queries/pseudonyms.js";
import { institutions, members, sessions, users } from "../../src/db/schema.js";
import { app } from "../../src/index.js";

export const ORIGIN = "http://localhost";
export const db = () => createDb(env.DB);

/** Sends a request through the whole app (middleware included) with the test bindings. */
export async function request(
  path: string,
  init: RequestInit & { cookie?: string | undefined } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("Cookie", init.cookie);
  return app.request(`${ORIGIN}${path}`, { ...init, headers }, env);
}

export const get = (path: string, cookie?: string, headers: Record<string, string> = {}) =>
  request(path, { method: "GET", cookie, headers });

/** Posts a urlencoded form from our own origin (as a browser would). */
export function post(
  path: string,
  fields: Record<string, string | string[]>,
  cookie?: string,
  headers: Record<string, string> = {},
) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  return request(path, {
    method: "POST",
    cookie,
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN, ...headers },
  });
}

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

export async function createUser(opts: { name?: string; email?: string; canCreateForums?: boolean } = {}) {
  const email = opts.email ?? `${unique("user")}@example.org`;
  const row = await db()
    .insert(users)
    .values({
      email,
      name: opts.name ?? email.split("@")[0]!,
      canCreateForums: opts.canCreateForums ?? false,
    })
    .returning()
    .get();
  return row;
}

/** A valid session cookie for a user, created directly in D1. */
export async function sessionCookie(userId: number): Promise<string> {
  const token = randomToken();
  const now = Date.now();
  await db()
    .insert(sessions)
    .values({
      id: await sha256Hex(token),
      userId,
      createdAt: new Date(now).toISOString(),
      lastSeenAt: new Date(now).toISOString(),
      expiresAt: new Date(now + 30 * 86400_000).toISOString(),
    });
  return `sf_session=${token}`;
}

export async function addMember(
  forumId: number,
  userId: number,
  role: "organiser" | "expert" | "stakeholder",
  institutionId?: number,
) {
  return db()
    .insert(members)
    .values({
      forumId,
      userId,
      role,
      institutionId: institutionId ?? null,
      pseudonym: newPseudonym(),
      status: "active",
      joinedAt: new Date().toISOString(),
    })
    .returning()
    .get();
}

export async function addInstitution(forumId: number, name: string, country: string) {
  return db().insert(institutions).values({ forumId, name, country }).returning().get();
}

/** Extracts the first match of a regex group from a response body. */
export async function textOf(res: Response): Promise<string> {
  return res.text();
}
