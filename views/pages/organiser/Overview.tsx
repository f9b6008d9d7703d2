import type { ForumQuestion } from "../../../src/domain/questions.js";
import type { ResponseRate } from "../../../src/domain/response-rates.js";
import type { Round as RoundRow } from "../../../src/domain/rounds.js";
import type { MessageKey } from "../../../src/i18n/index.js";
import { utcToLocalInput } from "../../../src/validation/schedule.js";
import { Deadline } from "../../components/Deadline.js";
import { FieldError, FormErrors, type FormState, TextField } from "../../components/Field.js";
import { LoadOnOpen } from "../../components/LoadOnOpen.js";
import { useI18n } from "../../context.js";
import { IncompleteExperts } from "../../partials/IncompleteExperts.js";
import { RateByInstitution } from "../../partials/RateByInstitution.js";
import { LatestConsensus } from "./ConsensusRuleText.js";
import { FeedbackSettingsForm } from "./DiscussionSettings.js";
import { ForumNav } from "./ForumNav.js";

export type NextAction = {
  key: MessageKey;
  params?: Record<string, string | number>;
  href?: string;
  /** The round button that is this step (made the primary button). */
  round?: number;
  action?: "open" | "close" | "publish";
};
export type NewRoundValues = {
  questionIds?: string[];
  instructions?: string;
  opensAt?: string;
  closesAt?: string;
};
/** A round's schedule form re-shown with its errors (422). */
export type ScheduleForm = FormState & { number: number };

export type OverviewProps = {
  forum: {
    id: number;
    title: string;
    anonymity: "quasi" | "strict";
    requireReasonOutsideIqr?: boolean;
    closedAt?: string | null;
    /** A Real-Time Delphi runs as one continuous study: the page never speaks of rounds. */
    mode?: "rounds" | "realtime";
  };
  rounds: RoundRow[];
  questions: ForumQuestion[];
  rate: (ResponseRate & { open: boolean }) | null;
  next: NextAction;
  values: NewRoundValues;
  errors: Record<string, string>;
  schedule?: ScheduleForm | undefined;
};

const STUDY_NEXT: Partial<Record<MessageKey, MessageKey>> = {
  "org.next.open": "org.study.next.open",
  "org.next.close": "org.study.next.close",
  "org.next.publish": "org.study.next.publish",
  "org.next.create": "org.study.setUp",
};

const ACTIONS: Record<RoundRow["state"], ("open" | "close" | "publish")[]> = {
  draft: ["open"],
  open: ["close"],
  closed: ["publish"],
  published: [],
};

export function OverviewPage({
  forum,
  rounds,
  questions,
  rate,
  next,
  values,
  errors,
  schedule,
}: OverviewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const base = `/forums/${forum.id}`;
  // Without a submitted choice every question is pre-selected, also those that reached consensus: retiring
  // one is the organiser's decision (they untick it), never a default.
  const draft = rounds.find((r) => r.state === "draft");
  const roundless = forum.mode === "realtime";
  // A roundless study's next step in its own words; once its results are out, the study is done.
  const studyDone = roundless && next.key === "org.next.create" && rounds.length > 0;
  const nextKey: MessageKey = !roundless
    ? next.key
    : studyDone
      ? "org.study.next.done"
      : (STUDY_NEXT[next.key] ?? next.key);
  const nextHref = studyDone ? `/forums/${forum.id}/dashboard` : next.href;
  const chosen = (q: ForumQuestion) =>
    values.questionIds ? values.questionIds.includes(String(q.id)) : true;
  return (
    <section id="organiser-overview">
      <h1>{forum.title}</h1>
      <p class="anonymity">{t(`org.overview.anonymity.${forum.anonymity}`, { title: forum.title })}</p>
      <ForumNav forumId={forum.id} rounds={rounds} roundless={roundless} />
      <p class="next-action" id="next-action">
        <strong>{t("org.overview.next")}</strong>{" "}
        {nextHref ? <a href={nextHref}>{t(nextKey, next.params)}</a> : t(nextKey, next.params)}
      </p>

      <h2>{t(roundless ? "org.study.title" : "org.overview.rounds")}</h2>
      {rounds.length === 0 ? (
        <p>{t("org.overview.noRounds")}</p>
      ) : (
        <ol class="timeline" id="round-timeline">
          {rounds.map((r) => (
            <li class={`round round-${r.state}`} id={`round-${r.number}`}>
              <span class="round-name">
                {roundless ? t("org.study.name") : t("org.round.name", { number: r.number })}
              </span>{" "}
              <span class="state">{t(`org.round.state.${r.state}`)}</span>
              {r.openedAt && (
                <span class="meta">
                  {" "}
                  · {t("org.round.openedAt", { at: i18n.formatDateTime(r.openedAt) })}
                </span>
              )}
              {r.closedAt && (
                <span class="meta">
                  {" "}
                  · {t("org.round.closedAt", { at: i18n.formatDateTime(r.closedAt) })}
                </span>
              )}
              {ACTIONS[r.state].map((a) => (
                <form method="post" action={`${base}/rounds/${r.number}/${a}`} class="inline">
                  <button
                    type="submit"
                    class={next.round === r.number && next.action === a ? "primary" : undefined}
                  >
                    {roundless
                      ? t(`org.study.action.${a}`)
                      : t(`org.round.action.${a}`, { number: r.number })}
                  </button>
                </form>
              ))}
              {(r.state === "closed" || r.state === "published") && (
                <>
                  {" "}
                  <a href={`${base}/rounds/${r.number}/results`}>{t("org.round.results")}</a>
                </>
              )}
              {r.state === "open" && (
                <form method="post" action={`${base}/rounds/${r.number}/remind`} class="inline">
                  <button type="submit">{t("remind.button")}</button>
                </form>
              )}
              <RoundSchedule
                forumId={forum.id}
                round={r}
                form={schedule?.number === r.number ? schedule : undefined}
                roundless={roundless}
              />
            </li>
          ))}
        </ol>
      )}

      {rate && (
        <section id="response-rate">
          <h2>
            {roundless
              ? t(rate.open ? "org.study.rateOpen" : "org.study.rate")
              : t(rate.open ? "org.rate.titleOpen" : "org.rate.title", { number: rate.roundNumber })}
          </h2>
          <p>
            {t("org.rate.overall", {
              complete: rate.overall.complete,
              experts: rate.overall.experts,
              questions: rate.questionCount,
            })}
          </p>
          {rate.perInstitution === undefined
            ? // One row per institution: read when the organiser opens it, not with every overview.
              rate.overall.experts > 0 && (
                <details class="breakdown" id="rate-by-institution">
                  <summary>{t("ops.rate.byInstitution")}</summary>
                  <LoadOnOpen
                    lazy={{ href: `${base}/participation/rate`, fallback: `${base}/participation/rate` }}
                    label={t("org.rate.byInstitutionLoad")}
                  />
                </details>
              )
            : rate.perInstitution.length > 0 && <RateByInstitution groups={rate.perInstitution} />}
          {rate.open && (
            <>
              <h3>{t("org.rate.incomplete")}</h3>
              {rate.namesHidden ? (
                <p id="incomplete-hidden">
                  {t("org.rate.namesHidden", { count: rate.overall.experts - rate.overall.complete })}
                </p>
              ) : rate.incomplete.length === 0 ? (
                <p>{t(rate.overall.experts === 0 ? "org.rate.noExperts" : "org.rate.allDone")}</p>
              ) : (
                <IncompleteExperts forumId={forum.id} rate={rate} />
              )}
            </>
          )}
        </section>
      )}

      {forum.closedAt ? (
        <p class="notice" id="forum-closed">
          {t("org.overview.closedReadOnly")}
        </p>
      ) : roundless && rounds.length > 0 ? (
        // One continuous study: experts revise while it is open; there is no next round to prepare.
        <p class="hint" id="one-study">
          {t("org.study.one")}
        </p>
      ) : draft ? (
        // One draft at a time: the next round is prepared once this one is opened.
        <p class="hint" id="draft-exists">
          {t("org.newRound.draftExists", { number: draft.number })}
        </p>
      ) : (
        <>
          <h2>{t(roundless ? "org.study.setUp" : "org.newRound.title")}</h2>
          {questions.length === 0 ? (
            <p>
              <a href={`${base}/questions`}>{t("org.next.addQuestions")}</a>
            </p>
          ) : (
            <form method="post" action={`${base}/rounds`} id="new-round-form" novalidate>
              <FormErrors errors={errors} />
              <fieldset class={errors.questionIds ? "has-error" : undefined}>
                <legend>{t("org.newRound.questions")}</legend>
                <p class="hint">{t("org.newRound.retireHint")}</p>
                {questions.map((q) => (
                  <label class="choice">
                    <input type="checkbox" name="questionIds" value={String(q.id)} checked={chosen(q)} />{" "}
                    {q.title} {q.latest?.met && <LatestConsensus latest={q.latest} />}
                    {q.latest?.met && (
                      <span class="retire-note">
                        {" "}
                        · {t("org.newRound.retire", { round: q.latest.roundNumber })}
                      </span>
                    )}
                  </label>
                ))}
                <FieldError name="questionIds" error={errors.questionIds} />
              </fieldset>
              <TextField
                name="instructions"
                label={t("org.newRound.instructions")}
                error={errors.instructions}
                rows={3}
                value={values.instructions ?? ""}
              />
              <ScheduleFields values={values} errors={errors} roundless={roundless} />
              <button type="submit" class="primary">
                {t("org.newRound.create")}
              </button>
            </form>
          )}
        </>
      )}
      <p class="meta" id="data-links">
        <a href={`/forums/${forum.id}/api-tokens`}>{t("export.title")}</a> ·{" "}
        <a href={`/forums/${forum.id}/dashboard`}>{t("dashboard.title")}</a>
      </p>
      {!roundless && (
        // "Outside the previous round's middle half" has no meaning without rounds.
        <FeedbackSettingsForm
          forumId={forum.id}
          requireReasonOutsideIqr={Boolean(forum.requireReasonOutsideIqr)}
        />
      )}
    </section>
  );
}

/** Opening and closing time inputs (datetime-local, in the reader's time zone). */
function ScheduleFields({
  values,
  errors,
  id = "",
  draft = true,
  roundless = false,
}: {
  values: Record<string, string | string[] | undefined>;
  errors: Record<string, string>;
  id?: string;
  draft?: boolean;
  roundless?: boolean;
}) {
  const { t, timeZone } = useI18n();
  return (
    <>
      <p class="hint">{t(roundless ? "org.study.scheduleHint" : "ops.schedule.hint", { zone: timeZone })}</p>
      {[
        // An open round has opened already: only its closing time can change.
        draft && { name: "opensAt", label: t("ops.schedule.opensAt", { zone: timeZone }) },
        { name: "closesAt", label: t("ops.schedule.closesAt", { zone: timeZone }) },
      ].map(
        (f) =>
          f && (
            <TextField
              name={f.name}
              id={`f-${f.name}${id}`}
              label={f.label}
              error={errors[f.name]}
              type="datetime-local"
              value={String(values[f.name] ?? "")}
            />
          ),
      )}
    </>
  );
}

/** A round's schedule (reader's time zone with UTC beside) and, while it can change, its form. */
function RoundSchedule({
  forumId,
  round,
  form,
  roundless = false,
}: {
  forumId: number;
  round: RoundRow;
  form?: ScheduleForm | undefined;
  roundless?: boolean;
}) {
  const { t, timeZone } = useI18n();
  const editable = round.state === "draft" || round.state === "open";
  const values = form?.values ?? {
    opensAt: round.opensAt ? utcToLocalInput(round.opensAt, timeZone) : "",
    closesAt: round.closesAt ? utcToLocalInput(round.closesAt, timeZone) : "",
  };
  // A draft whose opening time has passed: the cron has not run since (it opens it at its next run), so
  // the organiser may open it now. A draft whose closing time has passed too is never opened by the cron.
  const now = Date.now();
  const draft = round.state === "draft";
  const closePassed = draft && round.closesAt !== null && new Date(round.closesAt).getTime() <= now;
  const overdue = draft && !closePassed && round.opensAt !== null && new Date(round.opensAt).getTime() <= now;
  return (
    <div class="round-schedule" id={`schedule-${round.number}`}>
      {draft && round.opensAt && !closePassed && (
        <p class="meta">
          <Deadline at={round.opensAt} kind="opens" now={now} />
        </p>
      )}
      {overdue && (
        <form
          method="post"
          action={`/forums/${forumId}/rounds/${round.number}/open`}
          class="inline"
          id={`open-now-${round.number}`}
        >
          <button type="submit" class="primary">
            {t("sched.openNow", { number: round.number })}
          </button>
        </form>
      )}
      {closePassed && (
        <p class="notice" id={`close-passed-${round.number}`}>
          {t("sched.closePassed")}
        </p>
      )}
      {editable && round.closesAt && !closePassed && (
        <p class="meta">
          <Deadline at={round.closesAt} now={now} />
        </p>
      )}
      {editable && (
        <details open={Boolean(form)}>
          <summary>{t("ops.schedule.title")}</summary>
          <form method="post" action={`/forums/${forumId}/rounds/${round.number}/schedule`} novalidate>
            <FormErrors errors={form?.errors ?? {}} />
            <ScheduleFields
              values={values}
              errors={form?.errors ?? {}}
              id={`-${round.number}`}
              draft={round.state === "draft"}
              roundless={roundless}
            />
            <button type="submit">
              {roundless ? t("org.study.scheduleSave") : t("ops.schedule.save", { number: round.number })}
            </button>
          </form>
        </details>
      )}
    </div>
  );
}
