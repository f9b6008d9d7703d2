import { Hono } from "hono";
import { Reminded } from "../../../views/pages/organiser/Reminded.js";
import { listReminderRecipients } from "../../db/queries/reminders.js";
import { sendBatchAfterResponse } from "../../mail/outbox.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { queueRoundReminders } from "../../scheduled.js";
import { isConfirmed, renderConfirm } from "../confirm.js";
import { renderForumPage } from "../crumbs.js";
import { appOrigin } from "../origin.js";
import { roundParam } from "../params.js";

/** One manual reminder per expert per window: a second click within it reaches nobody twice. */
export const MANUAL_REMINDER_WINDOW_MS = 12 * 3_600_000;

/**
 * POST /forums/:id/rounds/:n/remind: an organiser reminds now, by the same path as the schedule — only
 * experts of the round with unanswered questions, not unsubscribed, each at most once per 12-hour
 * window (the step is that window, negative so it never meets a scheduled step), within the same
 * daily sending budget as scheduled reminders. Confirmed first (a sent e-mail cannot be called back):
 * without confirm=1 it sends nothing and says how many experts would be reminded (with nobody to remind
 * it says so at once). Says how many were reminded and when the next reminder can reach them. 409
 * unless the round is open.
 */
export const remindRoutes = new Hono<ForumEnv>();

remindRoutes.post("/rounds/:n/remind", forumAccess("organiser"), async (c) => {
  const { db, forum, i18n } = c.var;
  const { t } = i18n;
  const round = await roundParam(c);
  const title = t("remind.title", { number: round.number });
  if (round.state !== "open")
    return renderForumPage(c, title, <Reminded forumId={forum.id} round={round} queued={null} />, 409);
  const now = Date.now();
  const window = Math.floor(now / MANUAL_REMINDER_WINDOW_MS);
  if (!(await isConfirmed(c))) {
    const { recipients } = await listReminderRecipients(db, forum.id, round.id, -window);
    if (recipients.length > 0)
      return renderConfirm(c, {
        id: "confirm-remind",
        title: t("sched.remind.title", { number: round.number }),
        happens: [
          t("sched.remind.who", { count: recipients.length }),
          t("sched.remind.skipped"),
          t("sched.remind.limits"),
        ],
        irreversible: t("sched.remind.irreversible"),
        action: `/forums/${forum.id}/rounds/${round.number}/remind`,
        button: t("sched.remind.button"),
        cancel: `/forums/${forum.id}#round-${round.number}`,
      });
  }
  const { queued, held, cap } = await queueRoundReminders(
    db,
    c.env,
    {
      round,
      forum: {
        id: forum.id,
        title: forum.title,
        mode: forum.mode,
        minGroupSize: forum.minGroupSize,
        minRespondents: forum.minRespondents,
        minResponseRate: forum.minResponseRate,
        defaultLocale: forum.defaultLocale,
      },
    },
    -window,
    [],
    now,
    appOrigin(c),
  );
  await sendBatchAfterResponse(c);
  const next = new Date((window + 1) * MANUAL_REMINDER_WINDOW_MS).toISOString();
  return renderForumPage(c, title, <Reminded forumId={forum.id} {...{ round, queued, held, cap, next }} />);
});
