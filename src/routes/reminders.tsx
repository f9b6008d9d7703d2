import { type Context, Hono } from "hono";
import { html } from "hono/html";
import * as v from "valibot";
import { sha256Hex } from "../crypto.js";
import { runBatch } from "../db/batch.js";
import type { Db } from "../db/client.js";
import { declineInvitation, findTokenContext } from "../db/queries/auth.js";
import { listActiveOrganisers } from "../db/queries/panel.js";
import { findReminderKey, unsubscribeReminders } from "../db/queries/reminders.js";
import type { AppEnv } from "../env.js";
import { createI18n, type I18n, isLocale } from "../i18n/index.js";
import { type Message, queueMessage, sendAfterResponse } from "../mail/outbox.js";
import { publicRoute } from "../middleware/guards.js";
import { tokenParam } from "../validation/auth.js";
import { appOrigin } from "./origin.js";
import { renderPage, renderRefusal } from "./render.js";

/**
 * Links from e-mails that work without signing in:
 * - GET/POST /reminders/unsubscribe/:key — stop reminders (GET only shows the confirm form, so that mail
 *   scanners following links change nothing). The POST is also the one-click unsubscribe of RFC 8058:
 *   reminders carry `List-Unsubscribe: <this URL>` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`,
 *   and the mailbox provider POSTs `List-Unsubscribe=One-Click` here from its own servers, without the
 *   Origin or Sec-Fetch-Site a browser sends (src/index.tsx lets this one path through the CSRF check:
 *   the key in the path is the credential, and a page elsewhere cannot know it);
 * - GET/POST /auth/:token/decline — decline an invitation (GET shows what declining does and the confirm
 *   form; POST declines, ends the membership's other links and tells the organisers).
 */
export const reminderRoutes = new Hono<AppEnv>();

const keyParam = tokenParam;

function page(c: Parameters<typeof renderPage<AppEnv>>[0], body: unknown, status: 200 | 404 | 410 = 200) {
  const { t } = c.get("i18n");
  return renderPage(c, { title: t("ops.reminders.confirmTitle"), body: body as never }, status);
}

/** The forum an unsubscribe key belongs to (the key is the credential: the page sends no referrer). */
async function reminderKey(c: Context<AppEnv>, key: string) {
  c.header("Referrer-Policy", "no-referrer");
  return v.is(keyParam, key) ? await findReminderKey(c.get("db"), key) : undefined;
}

function unknownKey(c: Context<AppEnv>) {
  const { t } = c.get("i18n");
  return page(
    c,
    <section class="narrow">
      <h1>{t("ops.reminders.confirmTitle")}</h1>
      <p>{t("ops.reminders.invalid")}</p>
    </section>,
    404,
  );
}

reminderRoutes.get("/reminders/unsubscribe/:key", publicRoute, async (c) => {
  const { t } = c.get("i18n");
  const key = c.req.param("key");
  const found = await reminderKey(c, key);
  if (!found) return unknownKey(c);
  return page(
    c,
    <section class="narrow" id="unsubscribe">
      <h1>{t("ops.reminders.confirmTitle")}</h1>
      {found.optOut ? (
        <p role="status">{t("ops.reminders.done", { forum: found.forumTitle })}</p>
      ) : (
        <>
          <p>{t("ops.reminders.confirm", { forum: found.forumTitle })}</p>
          <form method="post" action={`/reminders/unsubscribe/${key}`}>
            <button type="submit" class="primary">
              {t("ops.reminders.stop")}
            </button>
          </form>
        </>
      )}
    </section>,
  );
});

reminderRoutes.post("/reminders/unsubscribe/:key", publicRoute, async (c) => {
  const { t } = c.get("i18n");
  const key = c.req.param("key");
  const found = await reminderKey(c, key);
  if (!found) return unknownKey(c);
  await unsubscribeReminders(c.get("db"), key);
  return page(
    c,
    <section class="narrow" id="unsubscribe">
      <h1>{t("ops.reminders.confirmTitle")}</h1>
      <p role="status">{t("ops.reminders.done", { forum: found.forumTitle })}</p>
    </section>,
  );
});

/** The invitation a decline link belongs to, while it can still be declined (valid, unspent). */
async function declinable(db: Db, token: string) {
  if (!v.is(tokenParam, token)) return null;
  const ctx = await findTokenContext(db, token);
  return ctx?.purpose === "invite" && ctx.state === "valid" && ctx.forumId !== null ? ctx : null;
}

function invalidLink(c: Context<AppEnv>) {
  const { t } = c.get("i18n");
  return renderRefusal(c, 410, { title: t("link.invalidTitle"), sentence: t("link.invalidBody") });
}

/** The confirmation before declining (works without JavaScript; the GET changes nothing). */
reminderRoutes.get("/auth/:token/decline", publicRoute, async (c) => {
  const { t } = c.get("i18n");
  const token = c.req.param("token");
  c.header("Referrer-Policy", "no-referrer");
  const ctx = await declinable(c.get("db"), token);
  if (!ctx) return invalidLink(c);
  return renderPage(c, {
    title: t("invite.decline.title"),
    body: (
      <section class="narrow" id="decline-confirm">
        <h1>{t("invite.decline.title")}</h1>
        <p>{t("invite.decline.body", { forum: ctx.forumTitle ?? "" })}</p>
        <form method="post" action={`/auth/${token}/decline`}>
          <button type="submit" class="danger">
            {t("invite.decline.confirm")}
          </button>
        </form>
        <p>
          <a href={`/auth/${token}`}>{t("invite.decline.cancel")}</a>
        </p>
      </section>
    ),
  });
});

/** The message telling one organiser that someone declined (in the organiser's language). */
function declinedMail(
  i18n: I18n,
  p: { organiser: string; name: string; forum: string; link: string },
): Omit<Message, "to" | "kind" | "forumId"> {
  const { t } = i18n;
  const lines = [
    t("mail.greeting", { name: p.organiser }),
    t("invite.declinedMail.body", { name: p.name, forum: p.forum }),
  ];
  return {
    subject: t("invite.declinedMail.subject", { name: p.name, forum: p.forum }),
    text: `${lines.join("\n\n")}\n\n${p.link}\n`,
    html: html`<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:36rem">
${lines.map((l) => html`<p>${l}</p>`)}<p><a href="${p.link}">${t("invite.declinedMail.action")}</a></p></body></html>`.toString(),
  };
}

/**
 * Declines an invitation, in one batch: spends the (unused, unexpired) invitation token, marks the
 * membership declined if it is still invited, audits `member.decline` by the invitee and ends every other
 * link of the membership (a second invitation link stops working). When the membership was declined, the
 * forum's active organisers are then told through the outbox.
 */
reminderRoutes.post("/auth/:token/decline", publicRoute, async (c) => {
  const { t } = c.get("i18n");
  const token = c.req.param("token");
  const db = c.get("db");
  c.header("Referrer-Policy", "no-referrer");
  const ctx = await declinable(db, token);
  if (!ctx) return invalidLink(c);
  const hash = await sha256Hex(token);
  const now = new Date().toISOString();
  const { spent: spend, declined: decline } = await declineInvitation(db, hash, now);
  if (!spend) return invalidLink(c);
  if (decline) {
    const organisers = await listActiveOrganisers(db, ctx.forumId!);
    const link = `${appOrigin(c)}/forums/${ctx.forumId}/panel`;
    const messages = organisers.map((o) =>
      queueMessage(db, {
        ...declinedMail(
          createI18n(
            isLocale(o.locale) ? o.locale : isLocale(o.forumLocale) ? o.forumLocale : "en",
            o.timeZone,
          ),
          { organiser: o.name, name: ctx.userName, forum: ctx.forumTitle ?? "", link },
        ),
        forumId: ctx.forumId,
        to: o.email,
        kind: "invite-declined",
      }),
    );
    await runBatch(db, messages);
    await sendAfterResponse(
      c,
      organisers.map((o) => o.email),
    );
  }
  return renderPage(c, {
    title: t("ops.invite.declinedTitle"),
    body: (
      <section class="narrow" id="invitation-declined">
        <h1>{t("ops.invite.declinedTitle")}</h1>
        <p role="status">{t("ops.invite.declined")}</p>
      </section>
    ),
  });
});
