import { sql } from "drizzle-orm";
import { Hono } from "hono";
import * as v from "valibot";
import { sha256Hex } from "../crypto.js";
import { runBatch } from "../db/batch.js";
import { findReminderKey, unsubscribeReminders } from "../db/queries/reminders.js";
import type { AppEnv } from "../env.js";
import { tokenParam } from "../validation/auth.js";
import { renderPage } from "./render.js";

/**
 * Links from e-mails that work without signing in:
 * - GET/POST /reminders/unsubscribe/:key — stop reminders (GET only shows the confirm form, so that mail
 *   scanners following links change nothing);
 * - POST /auth/:token/decline — decline an invitation (from the invitation page).
 */
export const reminderRoutes = new Hono<AppEnv>();

const keyParam = tokenParam;

function page(c: Parameters<typeof renderPage<AppEnv>>[0], body: unknown, status: 200 | 404 | 410 = 200) {
  const { t } = c.get("i18n");
  return renderPage(c, { title: t("ops.reminders.confirmTitle"), body: body as never }, status);
}

reminderRoutes.get("/reminders/unsubscribe/:key", async (c) => {
  const { t } = c.get("i18n");
  const key = c.req.param("key");
  const found = v.is(keyParam, key) ? await findReminderKey(c.get("db"), key) : undefined;
  c.header("Referrer-Policy", "no-referrer");
  if (!found)
    return page(
      c,
      <section class="narrow">
        <h1>{t("ops.reminders.confirmTitle")}</h1>
        <p>{t("ops.reminders.invalid")}</p>
      </section>,
      404,
    );
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

reminderRoutes.post("/reminders/unsubscribe/:key", async (c) => {
  const { t } = c.get("i18n");
  const key = c.req.param("key");
  const found = v.is(keyParam, key) ? await findReminderKey(c.get("db"), key) : undefined;
  c.header("Referrer-Policy", "no-referrer");
  if (!found)
    return page(
      c,
      <section class="narrow">
        <h1>{t("ops.reminders.confirmTitle")}</h1>
        <p>{t("ops.reminders.invalid")}</p>
      </section>,
      404,
    );
  await unsubscribeReminders(c.get("db"), key);
  return page(
    c,
    <section class="narrow" id="unsubscribe">
      <h1>{t("ops.reminders.confirmTitle")}</h1>
      <p role="status">{t("ops.reminders.done", { forum: found.forumTitle })}</p>
    </section>,
  );
});

/**
 * Declines an invitation: spends the (unused, unexpired) invitation token and marks the membership
 * declined if it is still invited, audited as `member.decline` by the invitee, in one batch.
 */
reminderRoutes.post("/auth/:token/decline", async (c) => {
  const { t } = c.get("i18n");
  const token = c.req.param("token");
  c.header("Referrer-Policy", "no-referrer");
  const invalid = () =>
    renderPage(
      c,
      {
        title: t("link.invalidTitle"),
        body: (
          <section class="narrow">
            <h1>{t("link.invalidTitle")}</h1>
            <p>{t("link.invalidBody")}</p>
          </section>
        ),
      },
      410,
    );
  if (!v.is(tokenParam, token)) return invalid();
  const hash = await sha256Hex(token);
  const now = new Date().toISOString();
  const [spend] = await runBatch(c.get("db"), [
    sql`UPDATE tokens SET used_at = ${now} WHERE hash = ${hash} AND purpose = 'invite' AND used_at IS NULL AND expires_at > ${now}`,
    sql`UPDATE members SET status = 'declined'
      WHERE id = (SELECT member_id FROM tokens WHERE hash = ${hash} AND used_at = ${now}) AND status = 'invited'
        AND changes() > 0`,
    sql`INSERT INTO audit_log (forum_id, actor_user_id, action, target_type, target_id)
      SELECT forum_id, user_id, 'member.decline', 'member', CAST(id AS TEXT) FROM members
      WHERE id = (SELECT member_id FROM tokens WHERE hash = ${hash} AND used_at = ${now}) AND changes() > 0`,
  ]);
  if (spend!.meta.changes === 0) return invalid();
  return renderPage(c, {
    title: t("ops.invite.declinedTitle"),
    body: (
      <section class="narrow" id="invitation-declined">
        <h1>{t("ops.invite.declinedTitle")}</h1>
        <p>{t("ops.invite.declined")}</p>
      </section>
    ),
  });
});
