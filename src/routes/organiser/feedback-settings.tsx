import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { runBatch } from "../../db/batch.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { readForm } from "../../validation/forms.js";

/** POST /forums/:forumId/settings/feedback: the require-a-reason-outside-the-IQR option, audited. */
export const feedbackSettingsRoutes = new Hono<ForumEnv>();

feedbackSettingsRoutes.post("/settings/feedback", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const body = await readForm(c.req);
  const on = body.requireReasonOutsideIqr === "1";
  await runBatch(c.get("db"), [
    sql`UPDATE forums SET require_reason_outside_iqr = ${on ? 1 : 0} WHERE id = ${forum.id}`,
    sql`INSERT INTO audit_log (forum_id, actor_user_id, action, target_type, target_id, detail)
      VALUES (${forum.id}, ${c.get("user")!.id}, 'forum.settings', 'forum', ${String(forum.id)},
        ${JSON.stringify({ requireReasonOutsideIqr: on })})`,
  ]);
  return c.redirect(`/forums/${forum.id}#feedback-settings`, 303);
});
