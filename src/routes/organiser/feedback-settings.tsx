import { Hono } from "hono";
import { saveRequireReasonOutsideIqr } from "../../db/queries/forum-settings.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { readForm } from "../../validation/forms.js";
import { withNotice } from "../notice.js";

/** POST /forums/:forumId/settings/feedback: the require-a-reason-outside-the-IQR option, audited. */
export const feedbackSettingsRoutes = new Hono<ForumEnv>();

feedbackSettingsRoutes.post("/settings/feedback", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const body = await readForm(c.req);
  const on = body.requireReasonOutsideIqr === "1";
  await saveRequireReasonOutsideIqr(c.get("db"), forum.id, on, c.get("user")!.id);
  return c.redirect(withNotice(`/forums/${forum.id}#feedback-settings`, "discussion-saved"), 303);
});
