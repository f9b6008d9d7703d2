import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { audit } from "../../db/audit.js";
import { runBatch } from "../../db/batch.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { readForm } from "../../validation/forms.js";
import { withNotice } from "../notice.js";

/** POST /forums/:forumId/settings/feedback: the require-a-reason-outside-the-IQR option, audited. */
export const feedbackSettingsRoutes = new Hono<ForumEnv>();

feedbackSettingsRoutes.post("/settings/feedback", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const body = await readForm(c.req);
  const on = body.requireReasonOutsideIqr === "1";
  await runBatch(c.get("db"), [
    sql`UPDATE forums SET require_reason_outside_iqr = ${on ? 1 : 0} WHERE id = ${forum.id}`,
    audit({
      forumId: forum.id,
      actor: c.get("user")!.id,
      action: "forum.settings",
      targetType: "forum",
      targetId: forum.id,
      detail: { requireReasonOutsideIqr: on },
    }),
  ]);
  return c.redirect(withNotice(`/forums/${forum.id}#feedback-settings`, "discussion-saved"), 303);
});
