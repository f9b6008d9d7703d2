import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { BriefingPage, type BriefingRound } from "../../views/pages/Briefing.js";
import { listBriefingRounds } from "../db/queries/briefing.js";
import { findOpenRound } from "../db/queries/rounds.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { renderForumPage } from "./crumbs.js";

/** The briefing for experts who joined at a later stage. */
export const briefingRoutes = new Hono<ForumEnv>();

/** The cookie that records a member has seen their briefing (so the forum home stops sending them there). */
export const briefedCookie = (forumId: number) => `sf_briefed_${forumId}`;

/** True when a later-stage expert has not opened their briefing yet on this browser. */
export function needsBriefing(c: Parameters<typeof getCookie>[0], forumId: number, stage: number): boolean {
  return stage > 1 && !getCookie(c, briefedCookie(forumId));
}

briefingRoutes.get("/briefing", forumAccess("expert"), async (c) => {
  const db = c.get("db");
  const forum = c.get("forum");
  const member = c.get("member");
  const [rounds, open] = await Promise.all([
    listBriefingRounds(db, forum, member),
    findOpenRound(db, forum.id),
  ]);
  setCookie(c, briefedCookie(forum.id), "1", {
    path: `/forums/${forum.id}`,
    httpOnly: true,
    sameSite: "Lax",
    maxAge: 365 * 86400,
  });
  const { t } = c.get("i18n");
  const next = open
    ? { href: `/forums/${forum.id}/rounds/${open.number}`, number: open.number }
    : { href: `/forums/${forum.id}/rounds`, number: null };
  return renderForumPage(
    c,
    t("briefing.title"),
    <BriefingPage rounds={rounds as BriefingRound[]} next={next} />,
  );
});
