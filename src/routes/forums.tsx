import { Hono } from "hono";
import { findOpenRound } from "../db/queries/rounds.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { answering } from "./answering.js";
import { apiTokenRoutes } from "./api-tokens.js";
import { briefingRoutes, needsBriefing } from "./briefing.js";
import { dashboard } from "./dashboard.js";
import { discussionRoutes } from "./discussion.js";
import { liveRoutes } from "./discussion-live.js";
import { exportRoutes } from "./export.js";
import { ideasRoutes } from "./ideas.js";
import { organiserOverview, organiserRoutes } from "./organiser/index.js";
import { outboxRoutes } from "./outbox.js";
import { reportRoutes } from "./report.js";
import { meScores, myScores } from "./scores.js";
import { sharingRoutes } from "./sharing.js";

/** Everything under /forums/:forumId, by role, plus the organisers' outbox. */
export const forumRoutes = new Hono<ForumEnv>();

/** A forum's home depends on the caller's role: organisers get the overview, experts the open round, stakeholders the dashboard. */
forumRoutes.get("/forums/:forumId", forumAccess(), async (c) => {
  const forum = c.get("forum");
  const member = c.get("member");
  if (member.role === "organiser") return organiserOverview(c);
  if (member.role === "stakeholder") return c.redirect(`/forums/${forum.id}/dashboard`, 303);
  // A later joiner's first visit goes to their briefing on the earlier rounds.
  if (needsBriefing(c, forum.id, member.stage)) return c.redirect(`/forums/${forum.id}/briefing`, 303);
  const open = await findOpenRound(c.get("db"), forum.id);
  return c.redirect(open ? `/forums/${forum.id}/rounds/${open.number}` : `/forums/${forum.id}/rounds`, 303);
});

// Every route carries its own guard (src/middleware/guards.ts), so the order of these mounts does not
// decide who may call what (route-guards.test.ts). The access matrix walks the routes in this order and
// its organiser closes round 1 on the way, so its expected statuses follow it.
forumRoutes.route("/forums/:forumId", ideasRoutes);
forumRoutes.route("/forums/:forumId", briefingRoutes);
forumRoutes.route("/forums/:forumId", organiserRoutes);
forumRoutes.route("/forums/:forumId", discussionRoutes);
forumRoutes.route("/forums/:forumId", liveRoutes);
forumRoutes.route("/forums/:forumId", reportRoutes);
forumRoutes.route("/forums/:forumId", exportRoutes);
forumRoutes.route("/forums/:forumId", apiTokenRoutes);
forumRoutes.route("/forums/:forumId", sharingRoutes);
forumRoutes.route("/forums/:forumId", answering);
forumRoutes.route("/forums/:forumId", dashboard);
forumRoutes.route("/", outboxRoutes);
forumRoutes.route("/", myScores);
forumRoutes.route("/", meScores);
