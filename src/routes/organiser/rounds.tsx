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
import { i18nFor } from "../../mail/language.js";
import { sendBatchAfterResponse } from "../../mail/outbox.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { readForm, validateForm } from "../../validation/forms.js";
import { newRoundForm, synthesisForm } from "../../validation/organiser-rounds.js";
import { validateSchedule } from "../../validation/schedule.js";
import { appOrigin } from "../origin.js";
import { renderPage } from "../render.js";
import { roundOpenMail } from "./mail.js";
import { renderOverview } from "./overview.js";
import { renderResults } from "./results.js";
import { roundParam } from "./round-param.js";

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
  return c.redirect(`/forums/${forum.id}`, 303);
});

roundRoutes.post("/rounds/:n/open", forumAccess("organiser"), async (c) => {
  const db = c.get("db");
  const forum = c.get("forum");
  if (forum.closedAt) return refuseClosedForum(c);
  const round = await roundParam(c);
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
      ...roundOpenMail(i18nFor(e, forum.defaultLocale), {
        forum: forum.title,
        number: round.number,
        name: e.name,
        link,
      }),
    })),
  );
  // The first batch leaves right after the response; a larger panel's rest goes with the cron.
  await sendBatchAfterResponse(c);
  return c.redirect(`/forums/${forum.id}`, 303);
});

roundRoutes.post("/rounds/:n/close", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const round = await roundParam(c);
  if (!(await closeRound(c.get("db"), forum, round, c.get("user")!)))
    return refuseTransition(c, round, "close");
  return c.redirect(`/forums/${forum.id}/rounds/${round.number}/results`, 303);
});

roundRoutes.post("/rounds/:n/publish", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const round = await roundParam(c);
  if (!(await publishRound(c.get("db"), forum, round, c.get("user")!)))
    return refuseTransition(c, round, "publish");
  return c.redirect(`/forums/${forum.id}/rounds/${round.number}/results`, 303);
});

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
  return c.redirect(`/forums/${forum.id}/rounds/${round.number}/results`, 303);
});
