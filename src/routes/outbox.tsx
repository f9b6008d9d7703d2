import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { OutboxPage } from "../../views/pages/organiser/Outbox.js";
import { listForumMessages, listOrganisedForumIds } from "../db/queries/outbox-messages.js";
import type { AppEnv } from "../env.js";
import { requireUser } from "../middleware/session.js";
import { renderPage } from "./render.js";

/** GET /outbox: the messages of the forums the caller organises (the local stand-in for sent mail). */
export const outboxRoutes = new Hono<AppEnv>();

outboxRoutes.get("/outbox", requireUser, async (c) => {
  const db = c.get("db");
  const forumIds = await listOrganisedForumIds(db, c.get("user")!.id);
  if (forumIds.length === 0) throw new HTTPException(403, { message: "only organisers see the outbox" });
  const messages = await listForumMessages(db, forumIds);
  const { t } = c.get("i18n");
  return renderPage(c, {
    title: t("org.outbox.title"),
    crumbs: [{ label: t("forums.title"), href: "/forums" }, { label: t("org.outbox.title") }],
    body: <OutboxPage messages={messages} />,
  });
});
