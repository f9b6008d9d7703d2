import { Hono } from "hono";
import { DashboardPage } from "../../views/pages/Dashboard.js";
import { listPublicSnapshots, listPublishedRounds } from "../db/queries/dashboard.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { renderPage } from "./render.js";

/** Published results, for stakeholders (and every other member). Reads frozen snapshots only. */
export const dashboard = new Hono<ForumEnv>();

dashboard.get("/dashboard", forumAccess(), async (c) => {
  const db = c.get("db");
  const forum = c.get("forum");
  const rounds = await listPublishedRounds(db, forum.id);
  const asked = Number(c.req.query("round"));
  const current = rounds.find((r) => r.number === asked) ?? rounds.at(-1) ?? null;
  const cards = current ? await listPublicSnapshots(db, current.id) : [];
  const { t } = c.get("i18n");
  return renderPage(c, {
    title: `${forum.title} · ${t("dashboard.title")}`,
    crumbs: [
      { label: t("forums.title"), href: "/forums" },
      { label: forum.title, href: `/forums/${forum.id}` },
      { label: t("dashboard.title") },
    ],
    body: (
      <DashboardPage
        forumId={forum.id}
        forumTitle={forum.title}
        rounds={rounds}
        current={current}
        cards={cards}
      />
    ),
  });
});
