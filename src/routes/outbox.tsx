import { Hono } from "hono";
import { OutboxPage } from "../../views/pages/organiser/Outbox.js";
import { listForumMessages, listOrganisedForums } from "../db/queries/outbox-messages.js";
import { MESSAGE_KINDS } from "../domain/outbox.js";
import type { AppEnv } from "../env.js";
import { AppError } from "../errors.js";
import { listCapNotices } from "../mail/budget.js";
import { sends } from "../mail/deliver.js";
import { requireUser } from "../middleware/session.js";
import { renderPage } from "./render.js";

/**
 * GET /outbox: the delivery log of the forums the caller organises — each message with its state
 * (queued, sent, failed with the provider's error, how often it was tried), links redacted, filterable
 * by forum (?forum=id) and kind (?kind=invite), and the bulk sends that stopped at the sending budget.
 */
export const outboxRoutes = new Hono<AppEnv>();

outboxRoutes.get("/outbox", requireUser, async (c) => {
  const db = c.get("db");
  const organised = await listOrganisedForums(db, c.get("user")!.id);
  if (organised.length === 0) throw new AppError("forbidden", "only organisers see the outbox");
  const forumParam = c.req.query("forum") ?? "";
  const kindParam = c.req.query("kind") ?? "";
  const forum = organised.find((f) => String(f.id) === forumParam);
  const kind = (MESSAGE_KINDS as readonly string[]).includes(kindParam) ? kindParam : undefined;
  const shown = forum ? [forum] : organised;
  const [messages, capped] = await Promise.all([
    listForumMessages(db, shown, { kind }),
    listCapNotices(
      db,
      shown.map((f) => f.id),
    ),
  ]);
  const { t } = c.get("i18n");
  return renderPage(c, {
    title: t("org.outbox.title"),
    crumbs: [{ label: t("forums.title"), href: "/forums" }, { label: t("org.outbox.title") }],
    body: (
      <OutboxPage
        messages={messages}
        forums={organised}
        filter={{ forumId: forum?.id ?? null, kind: kind ?? null }}
        capped={capped}
        sending={sends(c.env)}
      />
    ),
  });
});
