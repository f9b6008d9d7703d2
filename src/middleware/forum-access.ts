import { createMiddleware } from "hono/factory";
import * as v from "valibot";
import { findForumMembership } from "../db/queries/auth.js";
import type { forums, members } from "../db/schema.js";
import type { AppEnv } from "../env.js";
import { AppError } from "../errors.js";
import { forumI18n } from "../i18n/roundless.js";
import { idInPath } from "../validation/params.js";
import { guard } from "./guards.js";

export type Role = "organiser" | "expert" | "stakeholder";
export type ForumRow = typeof forums.$inferSelect;
export type MemberRow = typeof members.$inferSelect;
export type ForumEnv = AppEnv & { Variables: AppEnv["Variables"] & { forum: ForumRow; member: MemberRow } };

/**
 * Loads the forum named by `:forumId` and the caller's membership. Someone who is not an active member
 * gets 404 (a forum's existence is not revealed); a member without one of `roles` gets 403.
 */
export function forumAccess(...roles: Role[]) {
  return guard(
    roles.length > 0 ? roles.join(" or ") : "member",
    createMiddleware<ForumEnv>(async (c, next) => {
      const user = c.get("user");
      if (!user) throw new AppError("unauthorized", "sign-in required");
      const id = v.safeParse(idInPath, c.req.param("forumId"));
      if (!id.success) throw new AppError("not_found", "no such forum");
      const forumId = id.output;
      // Read with the session when the URL names this forum (session.ts), for the session's user only.
      const read = c.get("membership");
      const row =
        read?.forumId === forumId && (read.row === null || read.row.member.userId === user.id)
          ? read.row
          : await findForumMembership(c.get("db"), forumId, user.id);
      if (!row) throw new AppError("not_found", "no such forum");
      if (roles.length > 0 && !roles.includes(row.member.role)) {
        throw new AppError("forbidden", "not allowed for your role in this forum");
      }
      c.set("forum", row.forum);
      c.set("member", row.member);
      // A Real-Time Delphi's pages never speak of rounds (src/i18n/roundless.ts).
      c.set("i18n", forumI18n(c.get("i18n"), row.forum));
      await next();
    }),
  );
}
