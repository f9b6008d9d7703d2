import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AttritionSection } from "../../../views/pages/organiser/Attrition.js";
import {
  type NewRoundValues,
  OverviewPage,
  type ScheduleForm,
} from "../../../views/pages/organiser/Overview.js";
import { readBatch } from "../../db/batch.js";
import { forumQuestionQueries, forumQuestionsOf } from "../../db/queries/forum-questions.js";
import {
  anyExpertQuery,
  computeResponseRate,
  responseRateOf,
  shownRoundRateQueries,
} from "../../db/queries/response-rates.js";
import { roundTotalsOf, roundTotalsQuery } from "../../db/queries/round-tallies.js";
import { roundsQuery } from "../../db/queries/rounds.js";
import { groupThreshold } from "../../db/queries/snapshots.js";
import { attritionByRound } from "../../domain/attrition.js";
import { participationByName } from "../../domain/visibility.js";
import type { ForumEnv } from "../../middleware/forum-access.js";
import { renderPage } from "../render.js";
import { nextAction } from "./next-action.js";

/** The round whose response rate the overview shows: the open one, else the last one opened. */
export function shownRound<R extends { state: string }>(rounds: readonly R[]): { open?: R; shown?: R } {
  const open = rounds.find((r) => r.state === "open");
  const shown = open ?? rounds.filter((r) => r.state !== "draft").at(-1);
  return { ...(open ? { open } : {}), ...(shown ? { shown } : {}) };
}

/** GET /forums/:forumId for an organiser (forums.tsx has already checked the role). */
export async function organiserOverview(c: Context<ForumEnv>) {
  return renderOverview(c, { values: {}, errors: {} });
}

/** The overview, also re-rendered with 422 when the new-round form is refused. */
export async function renderOverview(
  c: Context<ForumEnv>,
  form: { values: NewRoundValues; errors: Record<string, string>; schedule?: ScheduleForm },
  status: ContentfulStatusCode = 200,
) {
  const db = c.get("db");
  const forum = c.get("forum");
  // Strict anonymity: who has (not) answered is never shown by name, and counts only by groups that
  // single nobody out (visibility.ts).
  const withheld = participationByName(forum.anonymity) ? undefined : { threshold: groupThreshold(forum) };
  // Per round only: the rows per institution load when the organiser opens them (participation.tsx).
  // One round trip: the page's reads and the shown round's response rate (its round found in SQL).
  const [rounds, questionRows, verdicts, asked, anyExpert, totals, ...rateRows] = await readBatch(db, [
    roundsQuery(forum.id),
    ...forumQuestionQueries(forum.id),
    anyExpertQuery(forum.id),
    roundTotalsQuery(forum.id),
    ...shownRoundRateQueries(forum.id, withheld),
  ]);
  const questions = forumQuestionsOf(questionRows, verdicts, asked);
  const attrition = { rounds: attritionByRound(roundTotalsOf(totals)), institutions: [] };
  const { open, shown } = shownRound(rounds);
  const opts = { open: Boolean(open) };
  const rate = shown
    ? {
        // An ideas round, or one opened before its counts were kept, is counted from the panel instead.
        ...((shown.kind !== "ideas" && responseRateOf(shown, withheld, opts, ...rateRows)) ||
          (await computeResponseRate(db, forum.id, shown, withheld, opts))),
        open: Boolean(open),
      }
    : null;
  const next = nextAction(forum.id, {
    questions: questions.length,
    hasExperts: anyExpert.length > 0,
    rounds,
    closed: Boolean(forum.closedAt),
  });
  return renderPage(
    c,
    {
      title: forum.title,
      crumbs: [{ label: c.get("i18n").t("forums.title"), href: "/forums" }, { label: forum.title }],
      body: (
        <>
          <OverviewPage
            forum={forum}
            rounds={rounds}
            questions={questions}
            rate={rate}
            next={next}
            {...form}
          />
          {/* Drop-out between rounds has no meaning in one continuous study. */}
          {forum.mode !== "realtime" && (
            <AttritionSection
              table={attrition}
              byInstitution={{
                href: `/forums/${forum.id}/participation/attrition`,
                fallback: `/forums/${forum.id}/participation/attrition`,
              }}
            />
          )}
        </>
      ),
    },
    status,
  );
}
