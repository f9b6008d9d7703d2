import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import * as v from "valibot";
import { findApiTokenForum } from "../../db/queries/api-tokens.js";
import { findActiveRole, findForum } from "../../db/queries/export.js";
import type { AppEnv } from "../../env.js";
import { ERROR_STATUS, type ErrorCode, errorBody } from "../../errors.js";
import { guard } from "../../middleware/guards.js";
import { idInPath } from "../../validation/params.js";

/** Who is calling the API: a signed-in user (session cookie) or an organiser-issued read token. */
export type ApiCaller = { kind: "session"; userId: number } | { kind: "token"; forumId: number };
export type ApiEnv = AppEnv & { Variables: AppEnv["Variables"] & { caller: ApiCaller } };

/** A read token acts as an organiser who can only read, and only its own forum. */
export type ApiRole = "organiser" | "expert" | "stakeholder" | "token";

/** A JSON error answer: the code from the app's closed set, with its status. */
export function apiError(c: Context, code: ErrorCode, message: string) {
  return c.json(errorBody(code, message), ERROR_STATUS[code]);
}

/**
 * Authenticates an API request: `Authorization: Bearer <token>` when the header is present (an unknown
 * or revoked token is 401 even with a session cookie), otherwise the session. Answers are never cached.
 */
export const apiAuth = guard(
  "API caller",
  createMiddleware<ApiEnv>(async (c, next) => {
    c.header("Cache-Control", "no-store");
    const header = c.req.header("Authorization");
    if (header !== undefined) {
      const m = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(header.trim());
      const forumId = m ? await findApiTokenForum(c.get("db"), m[1] as string) : null;
      if (forumId === null) return apiError(c, "unauthorized", "invalid or revoked token");
      c.set("caller", { kind: "token", forumId });
    } else {
      const user = c.get("user");
      if (!user) return apiError(c, "unauthorized", "sign in or send a read token");
      c.set("caller", { kind: "session", userId: user.id });
    }
    await next();
  }),
);

/**
 * The forum named by `:id` and the caller's role in it, or null when the caller may not know of it
 * (not an active member; a token for another forum): the endpoints answer 404 then.
 */
export async function forumForCaller(c: Context<ApiEnv>) {
  const parsed = v.safeParse(idInPath, c.req.param("id"));
  if (!parsed.success) return null;
  const id = parsed.output;
  const caller = c.get("caller");
  const db = c.get("db");
  if (caller.kind === "token") {
    if (caller.forumId !== id) return null;
    const forum = await findForum(db, id);
    return forum ? { forum, role: "token" as ApiRole } : null;
  }
  const forum = await findForum(db, id);
  if (!forum) return null;
  const role = await findActiveRole(db, id, caller.userId);
  return role ? { forum, role: role as ApiRole } : null;
}

/**
 * The forum named by `:id` for an endpoint of the forum's organisers (signed in) and its read tokens:
 * `{ found }`, or `{ refusal }`, the answer to send: 404 when the caller may not know of the forum,
 * 403 with `forbidden` (the endpoint's own words) for its experts and stakeholders.
 */
export async function forumForOrganiser(c: Context<ApiEnv>, forbidden: string) {
  const found = await forumForCaller(c);
  if (!found) return { refusal: apiError(c, "not_found", "no such forum") };
  if (found.role !== "organiser" && found.role !== "token")
    return { refusal: apiError(c, "forbidden", forbidden) };
  return { found, refusal: null };
}
