import { and, eq } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import { forums, members } from "../db/schema.js";
import type { AppEnv } from "../env.js";

export type Role = "organiser" | "expert" | "stakeholder";
export type ForumRow = typeof forums.$inferSelect;
export type MemberRow = typeof members.$inferSelect;
export type ForumEnv = AppEnv & { Variables: AppEnv["Variables"] & { forum: ForumRow; member: MemberRow } };

/**
 * Loads the forum named by `:forumId` and the caller's membership. Someone who is not an active member
 * gets 404 (a forum's existence is not revealed); a member without one of `roles` gets 403.
 */
export function forumAccess(...roles: Role[]) {
  return createMiddleware<ForumEnv>(async (c, next) => {
    const user = c.get("user");
    const forumId = Number(c.req.param("forumId"));
    if (!user) throw new HTTPException(401, { message: "sign-in required" });
    if (!Number.isInteger(forumId) || forumId <= 0)
      throw new HTTPException(404, { message: "no such forum" });
    const db = c.get("db");
    const row = await db
      .select({ forum: forums, member: members })
      .from(members)
      .innerJoin(forums, eq(forums.id, members.forumId))
      .where(and(eq(members.forumId, forumId), eq(members.userId, user.id), eq(members.status, "active")))
      .get();
    if (!row) throw new HTTPException(404, { message: "no such forum" });
    if (roles.length > 0 && !roles.includes(row.member.role)) {
      throw new HTTPException(403, { message: "not allowed for your role in this forum" });
    }
    c.set("forum", row.forum);
    c.set("member", row.member);
    await next();
  });
}
