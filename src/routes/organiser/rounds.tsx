import type { Context } from "hono";
import { Hono } from "hono";
import { RefusedPage } from "../../../views/pages/organiser/Refused.js";
import { listForumQuestions } from "../../db/queries/forum-questions.js";
import {
  closeRound,
  createRound,
  openRound,
  publishRound,
  saveSynthesis,
} from "../../db/queries/round-control.js";
import { listActiveExperts, queueMessages } from "../../db/queries/round-messages.js";
import {
  findOpenRound,
  findOpenRoundAfter,
  getRoundByNumber,
  type RoundRow,
} from "../../db/queries/rounds.js";
import { type RoundAction, requiredRoundState } from "../../domain/rounds.js";
import type { I18n } from "../../i18n/index.js";
import { i18nFor } from "../../mail/language.js";
import { sendBatchAfterResponse } from "../../mail/outbox.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { readForm, validateForm } from "../../validation/forms.js";
import { newRoundForm, synthesisForm } from "../../validation/organiser-rounds.js";
import { validateSchedule } from "../../validation/schedule.js";
import { isConfirmed, renderConfirm } from "../confirm.js";
import { withNotice } from "../notice.js";
import { appOrigin } from "../origin.js";
import { roundParam } from "../params.js";
import { renderPage } from "../render.js";
import { roundOpenMail } from "./mail.js";
import { renderOverview } from "./overview.js";
import { renderResults } from "./results.js";

export const roundRoutes = new Hono<ForumEnv>();

const asList = (x: unknown) => (Array.isArray(x) ? x : x === undefined ? [] : [x]).map(String);

/** 409: why a round could not move, read from its state after the refused attempt. */
async function refuseTransition(c: Context<ForumEnv>, round: RoundRow, action: RoundAction) {
  const db = c.get("db");
  const forum = c.get("forum");
  const { t } = c.get("i18n");
  const now = (await getRoundByNumber(db, forum.id, round.number)) ?? round;
  const other = action === "open" && now.state === "draft" ? await findOpenRound(db, forum.id) : undefined;
  const body = other ? (
    <RefusedPage
      reason="org.refused.otherOpen"
      params={{ number: now.number, other: other.number }}
      back={`/forums/${forum.id}`}
    />
  ) : (
    <RefusedPage
      reason={`org.refused.${action}`}
      params={{
        number: now.number,
        state: t(`org.round.state.${now.state}`),
        required: t(`org.round.state.${requiredRoundState(action)}`),
      }}
      back={`/forums/${forum.id}`}
    />
  );
  return renderPage(c, { title: t("org.refused.title"), body }, 409);
}

/** 409: a closed forum (finished, or an imported study) is read-only: no new round opens in it. */
function refuseClosedForum(c: Context<ForumEnv>) {
  const { t } = c.get("i18n");
  const forum = c.get("forum");
  return renderPage(
    c,
    {
      title: t("org.refused.title"),
      body: <RefusedPage reason="org.refused.forumClosed" back={`/forums/${forum.id}`} />,
    },
    409,
  );
}

roundRoutes.post("/rounds", forumAccess("organiser"), async (c) => {
  const db = c.get("db");
  const forum = c.get("forum");
  if (forum.closedAt) return refuseClosedForum(c);
  const body = await readForm(c.req);
  const form = validateForm(newRoundForm, body);
  const known = new Set((await listForumQuestions(db, forum.id)).map((q) => q.id));
  const schedule = validateSchedule(body, c.get("i18n").timeZone);
  const errors = { ...(form.ok ? {} : form.errors), ...(schedule.ok ? {} : schedule.errors) };
  if (form.ok && !form.output.questionIds.every((id) => known.has(id))) errors.questionIds = "error.choice";
  if (!form.ok || !schedule.ok || Object.keys(errors).length > 0) {
    const values = {
      questionIds: asList(body.questionIds),
      instructions: String(body.instructions ?? ""),
      opensAt: String(body.opensAt ?? ""),
      closesAt: String(body.closesAt ?? ""),
    };
    return renderOverview(c, { values, errors }, 422);
  }
  await createRound(db, forum.id, { ...form.output, ...schedule.output }, c.get("user")!);
  return c.redirect(withNotice(`/forums/${forum.id}`, "round-created"), 303);
});

roundRoutes.post("/rounds/:n/open", forumAccess("organiser"), async (c) => {
  const db = c.get("db");
  const forum = c.get("forum");
  if (forum.closedAt) return refuseClosedForum(c);
  const round = await roundParam(c);
  if (!(await isConfirmed(c))) {
    if (round.state !== "draft" || (await findOpenRound(db, forum.id)))
      return refuseTransition(c, round, "open");
    return confirmOpen(c, round);
  }
  if (!(await openRound(db, forum, round, c.get("user")!))) return refuseTransition(c, round, "open");
  // A second batch rather than part of openRound's: openRound is shared with the scheduler and stays
  // free of mail, and only the caller whose conditional update won gets here, so experts are told
  // exactly once. Should this batch fail, the round is open without messages, which /outbox shows.
  const link = `${appOrigin(c)}/forums/${forum.id}/rounds/${round.number}`;
  const experts = await listActiveExperts(db, forum.id);
  await queueMessages(
    db,
    forum.id,
    "round-open",
    experts.map((e) => ({
      to: e.email,
      replyTo: c.get("user")!.email,
      ...roundOpenMail(i18nFor(e, forum.defaultLocale, forum.mode), {
        forum: forum.title,
        number: round.number,
        name: e.name,
        link,
      }),
    })),
  );
  // The first batch leaves right after the response; a larger panel's rest goes with the cron.
  await sendBatchAfterResponse(c);
  return c.redirect(withNotice(`/forums/${forum.id}`, "round-opened"), 303);
});

/** The confirmation before opening: who is e-mailed, when it closes; the mail and the opening stay. */
async function confirmOpen(c: Context<ForumEnv>, round: RoundRow) {
  const { t, formatDateTime } = c.get("i18n");
  const forum = c.get("forum");
  const experts = await listActiveExperts(c.get("db"), forum.id);
  return confirmTransition(
    c,
    round,
    "open",
    [
      t("confirm.open.answer", { number: round.number }),
      t("confirm.open.mail", { count: experts.length }),
      round.closesAt
        ? t("confirm.open.closes", { date: formatDateTime(round.closesAt) })
        : t("confirm.open.noClose"),
    ],
    `/forums/${forum.id}#round-${round.number}`,
  );
}

/**
 * The confirmation before a round opens, closes or is published: what will happen, that it cannot be
 * undone, the button that does it and where cancel returns.
 */
function confirmTransition(
  c: Context<ForumEnv>,
  round: RoundRow,
  verb: "open" | "close" | "publish",
  happens: string[],
  cancel: string,
) {
  const { t } = c.get("i18n");
  return renderConfirm(c, {
    id: `confirm-${verb}`,
    title: t(`confirm.${verb}.title`, { number: round.number }),
    happens,
    irreversible: t(`confirm.${verb}.irreversible`),
    action: `/forums/${c.get("forum").id}/rounds/${round.number}/${verb}`,
    button: t(`confirm.${verb}.button`, { number: round.number }),
    cancel,
  });
}

const DAY_MS = 24 * 3600 * 1000;

/** How long an open round still had to run: "13 days before its scheduled close on …". */
export function timeLeftLine(
  i18n: { t: ForumEnv["Variables"]["i18n"]["t"]; formatDateTime: (iso: string) => string },
  round: Pick<RoundRow, "number" | "closesAt">,
  nowMs = Date.now(),
): string {
  const { t } = i18n;
  if (!round.closesAt) return t("confirm.close.noSchedule", { number: round.number });
  const date = i18n.formatDateTime(round.closesAt);
  const left = Date.parse(round.closesAt) - nowMs;
  if (left <= 0) return t("confirm.close.due", { number: round.number, date });
  if (left >= DAY_MS)
    return t("confirm.close.early", { number: round.number, days: Math.floor(left / DAY_MS), date });
  return t("confirm.close.earlyHours", {
    number: round.number,
    hours: Math.max(1, Math.round(left / 3600000)),
    date,
  });
}

/**
 * Closing and publishing a round: each is confirmed first (what will happen, and where Cancel returns),
 * refused with 409 from any state but the one it moves from, and ends on the round's results.
 */
const FINISHING = {
  close: {
    happens: (i18n: I18n, round: RoundRow) => [
      timeLeftLine(i18n, round),
      i18n.t("confirm.close.experts"),
      i18n.t("confirm.close.snapshot"),
    ],
    cancel: (forumId: number, round: RoundRow) => `/forums/${forumId}#round-${round.number}`,
    act: closeRound,
    notice: "round-closed",
  },
  publish: {
    happens: ({ t }: I18n, round: RoundRow) => [
      t("confirm.publish.readers", { number: round.number }),
      round.synthesis.trim() ? t("confirm.publish.synthesis") : t("confirm.publish.noSynthesis"),
    ],
    cancel: (forumId: number, round: RoundRow) => `/forums/${forumId}/rounds/${round.number}/results`,
    act: publishRound,
    notice: "round-published",
  },
} as const;

for (const verb of ["close", "publish"] as const) {
  const step = FINISHING[verb];
  roundRoutes.post(`/rounds/:n/${verb}`, forumAccess("organiser"), async (c) => {
    const { db, forum, i18n, user } = c.var;
    const round = await roundParam(c);
    if (!(await isConfirmed(c))) {
      if (round.state !== requiredRoundState(verb)) return refuseTransition(c, round, verb);
      return confirmTransition(c, round, verb, step.happens(i18n, round), step.cancel(forum.id, round));
    }
    if (!(await step.act(db, forum, round, user!))) return refuseTransition(c, round, verb);
    return c.redirect(withNotice(`/forums/${forum.id}/rounds/${round.number}/results`, step.notice), 303);
  });
}

roundRoutes.post("/rounds/:n/synthesis", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const round = await roundParam(c);
  if (round.state !== "closed" && round.state !== "published") {
    const { t } = c.get("i18n");
    const body = (
      <RefusedPage
        reason="org.refused.synthesis"
        params={{ number: round.number, state: t(`org.round.state.${round.state}`) }}
        back={`/forums/${forum.id}`}
      />
    );
    return renderPage(c, { title: t("org.refused.title"), body }, 409);
  }
  // F7: experts of a later open round read this synthesis beside each question; it stays as they met it.
  const later = await findOpenRoundAfter(c.get("db"), forum.id, round.number);
  if (later) {
    const { t } = c.get("i18n");
    const body = (
      <RefusedPage
        reason="org.refused.synthesisOpen"
        params={{ number: round.number, next: later.number }}
        back={`/forums/${forum.id}/rounds/${round.number}/results`}
      />
    );
    return renderPage(c, { title: t("org.refused.title"), body }, 409);
  }
  const body = await readForm(c.req);
  const form = validateForm(synthesisForm, body);
  if (!form.ok)
    return renderResults(
      c,
      round,
      { values: { synthesis: String(body.synthesis ?? "") }, errors: form.errors },
      422,
    );
  await saveSynthesis(c.get("db"), forum.id, round, form.output.synthesis, c.get("user")!);
  return c.redirect(withNotice(`/forums/${forum.id}/rounds/${round.number}/results`, "synthesis-saved"), 303);
});
