import type { Context } from "hono";
import { Hono } from "hono";
import { QuestionPage, type QuestionPageProps } from "../../views/pages/expert/QuestionPage.js";
import { RoundPage, RoundsListPage } from "../../views/pages/expert/RoundPage.js";
import { AnswerForm, type AnswerFormProps } from "../../views/partials/AnswerForm.js";
import { type FeedbackProps, REASONS_PAGE, ReasonItems } from "../../views/partials/FeedbackPanel.js";
import { readBatch } from "../db/batch.js";
import {
  findMySubmittedAnswer,
  listMyCurrentAnswers,
  listMyRevisions,
  type StoredAnswer,
  saveAnswer,
  storedAnswers,
} from "../db/queries/answers.js";
import { threadPosts } from "../db/queries/posts.js";
import { answerSaveReads, questionPageReads } from "../db/queries/question-page.js";
import { findWordingChange } from "../db/queries/question-versions.js";
import {
  listRoundQuestions,
  listRounds,
  previousSnapshotOf,
  type Question,
  type RoundRow,
} from "../db/queries/rounds.js";
import {
  contentLocales,
  listScenarioTextsIn,
  localised,
  localiseRoundQuestions,
  type ScenarioText,
  scenarioTextsOf,
} from "../db/queries/translations.js";
import type { ThreadPost } from "../domain/discussion.js";
import { outsidePreviousIqr } from "../domain/feedback.js";
import type { AnswerValue } from "../domain/questions.js";
import type { QuestionSnapshot } from "../domain/snapshot.js";
import { snapshotView } from "../domain/visibility.js";
import { AppError } from "../errors.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { answerFormValues, formFromAnswer, validateAnswer } from "../validation/answers.js";
import { readForm } from "../validation/forms.js";
import { forumCrumbs } from "./crumbs.js";
import { idParam, roundNumberParam, roundParam, wantedRound } from "./params.js";
import { livePanelProps, threadProps, threadRead, threadReadable } from "./question-panels.js";
import { isHtmx, renderPage, renderPartial, renderRefusal } from "./render.js";
import { roundLabel } from "./round-label.js";

/** The expert's side of a round: the round page, each question with its feedback, and saving answers. */
export const answering = new Hono<ForumEnv>();

/** A round experts may see: any but a draft. */
const loadRound = (c: Context<ForumEnv>) => roundParam(c, { published: true });

function crumbs(c: Context<ForumEnv>, round?: RoundRow, question?: Question) {
  const forum = c.get("forum");
  return forumCrumbs(
    c,
    ...(round
      ? [
          {
            label: roundLabel(c, round),
            href: question ? `/forums/${forum.id}/rounds/${round.number}` : undefined,
          },
        ]
      : []),
    ...(question ? [{ label: question.title }] : []),
  );
}

answering.get("/rounds", forumAccess("expert"), async (c) => {
  const rounds = (await listRounds(c.get("db"), c.get("forum").id)).filter((r) => r.state !== "draft");
  return renderPage(c, {
    title: c.get("i18n").t("rounds.title"),
    crumbs: crumbs(c),
    body: <RoundsListPage forumId={c.get("forum").id} rounds={rounds} />,
  });
});

answering.get("/rounds/:n", forumAccess("expert"), async (c) => {
  const db = c.get("db");
  const round = await loadRound(c);
  // An ideas round has no question pages: its round page is the items page.
  if (round.kind === "ideas")
    return c.redirect(`/forums/${c.get("forum").id}/rounds/${round.number}/ideas`, 303);
  const questions = await localiseRoundQuestions(
    db,
    round.id,
    await listRoundQuestions(db, round.id),
    wantedLocales(c),
  );
  const mine = await listMyCurrentAnswers(
    db,
    round.id,
    c.get("member").id,
    new Map(questions.map((q) => [q.id, q.kind])),
  );
  const items = questions.map((q) => {
    const a = mine.get(q.id);
    return {
      id: q.id,
      title: q.title,
      kind: q.kind,
      state: a ? (a.status === "submitted" ? "answered" : "draft") : "not-started",
    } as const;
  });
  const forum = c.get("forum");
  return renderPage(c, {
    title: roundLabel(c, round),
    crumbs: crumbs(c, round),
    body: (
      <RoundPage
        forumId={forum.id}
        forumTitle={forum.title}
        anonymity={forum.anonymity}
        round={round}
        label={roundLabel(c, round)}
        items={items}
      />
    ),
  });
});

type Loaded = {
  round: RoundRow;
  question: Question;
  questions: Question[];
  previous: { roundNumber: number; roundId: number; synthesis: string; snapshot: QuestionSnapshot } | null;
  /** The expert's revisions of this question in this round, newest first (read with the rest). */
  revisions?: StoredAnswer[];
  /** The expert's submitted answer in the previous round's snapshot's round (read with the rest). */
  ownPrevious?: StoredAnswer | null;
  /** An allocation's scenario texts, in the reader's language (read with the rest). */
  scenarios?: ScenarioText[];
  /** The discussion's posts, when they may be read before the expert answers (read with the rest). */
  posts?: ThreadPost[];
};

/** Content languages for this reader: their own, then the forum's default (organiser-given translations). */
function wantedLocales(c: Context<ForumEnv>): string[] {
  return contentLocales(c.get("i18n").locale, c.get("forum").defaultLocale);
}

async function loadQuestion(c: Context<ForumEnv>): Promise<Loaded> {
  const db = c.get("db");
  const forum = c.get("forum");
  const number = roundNumberParam(c);
  const qid = idParam(c, "qid", "question in this round");
  const view = snapshotView(c.get("member").role);
  const wanted = wantedLocales(c);
  // One round trip for what the page needs first (question-page.ts).
  const member = c.get("member");
  const thread = threadRead(c, 0, qid);
  const reader = {
    view,
    thread: { organiser: thread.organiser, withAuthors: thread.withAuthors },
    threadReadable: threadReadable(c),
  };
  const [found, asked, translations, previous, revisions, ownPrevious, scenarioBase, scenarioRows, posts] =
    await readBatch(
      db,
      questionPageReads(reader, { forumId: forum.id, number, qid, memberId: member.id, wanted }),
    );
  const round = wantedRound(found[0], { published: true });
  const questions = localised(
    asked.map((r) => r.q),
    translations,
    wanted,
  );
  const question = questions.find((q) => q.id === qid);
  if (!question) throw new AppError("not_found", "no such question in this round");
  const prev = previous[0] && previousSnapshotOf(previous[0], view);
  return {
    round,
    question,
    questions,
    previous: prev ? loadedPrevious(prev) : null,
    revisions: storedAnswers(revisions, question.kind),
    ownPrevious: storedAnswers(ownPrevious, question.kind)[0] ?? null,
    scenarios: scenarioTextsOf(scenarioBase, scenarioRows, wanted),
    posts: reader.threadReadable ? threadPosts(posts as Record<string, unknown>[], thread) : undefined,
  };
}

const loadedPrevious = (prev: ReturnType<typeof previousSnapshotOf>) => ({
  roundNumber: prev.roundNumber,
  roundId: prev.roundId,
  synthesis: prev.synthesis,
  snapshot: prev.stats,
});

/**
 * The htmx save's own loader: the round and this question (one round trip), and the previous round's
 * snapshot only when the forum requires a reason outside its IQR (the one check and the one hint that
 * need it). No page props, no live snapshot: the response is the form alone.
 */
async function loadForSave(c: Context<ForumEnv>): Promise<Loaded> {
  const db = c.get("db");
  const forum = c.get("forum");
  const number = roundNumberParam(c);
  const qid = idParam(c, "qid", "question in this round");
  const view = snapshotView(c.get("member").role);
  const [roundQuery, questionQuery, previousQuery] = answerSaveReads(view, {
    forumId: forum.id,
    number,
    qid,
  });
  const [found, [row], previous] = forum.requireReasonOutsideIqr
    ? await readBatch(db, [roundQuery, questionQuery, previousQuery])
    : [...(await readBatch(db, [roundQuery, questionQuery])), []];
  const round = wantedRound(found[0], { published: true });
  const question = row?.q;
  if (!question) throw new AppError("not_found", "no such question in this round");
  const prev = previous[0] && previousSnapshotOf(previous[0], view);
  return { round, question, questions: [question], previous: prev ? loadedPrevious(prev) : null };
}

/** What the expert sent and what came of it: the values shown again, the errors, the notice. */
type FormState = Pick<AnswerFormProps, "values" | "errors" | "notice">;

/** The answer form's props: where it posts, the values and errors shown, and the latest revision's status. */
function formProps(
  c: Context<ForumEnv>,
  l: Loaded,
  form: FormState,
  status: AnswerFormProps["status"],
): AnswerFormProps {
  const forum = c.get("forum");
  return {
    action: `/forums/${forum.id}/rounds/${l.round.number}/questions/${l.question.id}`,
    config: l.question.config,
    values: form.values,
    errors: form.errors,
    status,
    notice: form.notice ?? null,
    requireReasonHint: forum.requireReasonOutsideIqr && Boolean(l.previous),
  };
}

/** The answer form's props after a save (status known) or a refusal (the latest revision's status). */
async function answerFormProps(
  c: Context<ForumEnv>,
  l: Loaded,
  form: FormState,
  saved: "draft" | "submitted" | null,
): Promise<AnswerFormProps> {
  const status =
    saved ??
    (await listMyRevisions(c.get("db"), l.round.id, l.question.id, c.get("member").id, l.question.kind))[0]
      ?.status ??
    null;
  return formProps(c, l, form, status);
}

async function questionPageProps(
  c: Context<ForumEnv>,
  l: Loaded,
  form: FormState | null,
): Promise<QuestionPageProps> {
  const db = c.get("db");
  const forum = c.get("forum");
  const member = c.get("member");
  const { round, question, questions } = l;
  const revisions =
    l.revisions ?? (await listMyRevisions(db, round.id, question.id, member.id, question.kind));
  const latest = revisions[0] ?? null;
  let feedback: FeedbackProps | null = null;
  if (l.previous) {
    const own =
      l.ownPrevious !== undefined
        ? l.ownPrevious
        : await findMySubmittedAnswer(db, l.previous.roundId, question.id, member.id, question.kind);
    feedback = {
      roundNumber: l.previous.roundNumber,
      config: question.config,
      snapshot: l.previous.snapshot,
      ownPseudonym: member.pseudonym,
      ownPrevious: own?.value ?? null,
      // A page of reasons at first (more without JavaScript: ?reasons=N shows the first N).
      reasons: {
        shown: queryCount(c, "reasons", REASONS_PAGE),
        more: reasonsPaging(c, round.number, question.id),
      },
    };
  }
  const scenarios =
    question.config.kind !== "allocation"
      ? []
      : (l.scenarios ?? (await listScenarioTextsIn(db, question.config.scenarioSetId, wantedLocales(c))));
  const index = questions.findIndex((q) => q.id === question.id);
  const href = (q: Question | undefined) =>
    q ? `/forums/${forum.id}/rounds/${round.number}/questions/${q.id}` : null;
  const action = `/forums/${forum.id}/rounds/${round.number}/questions/${question.id}`;
  // A new round starts from the expert's own previous answer (Delphi: revise, do not re-enter).
  const start = latest
    ? formFromAnswer(latest.value, latest.rationale)
    : feedback?.ownPrevious
      ? formFromAnswer(feedback.ownPrevious, "")
      : {};
  const values = form?.values ?? start;
  return {
    forumId: forum.id,
    round,
    question,
    contentLocale: (question as { contentLocale?: string }).contentLocale,
    index: index + 1,
    total: questions.length,
    scenarios,
    form:
      round.state === "open"
        ? formProps(
            c,
            l,
            { values, errors: form?.errors ?? {}, notice: form?.notice },
            latest?.status ?? null,
          )
        : null,
    feedback,
    synthesis: l.previous?.synthesis || null,
    revisions,
    discussion: await threadProps(c, { round, question, base: action, posts: l.posts }),
    live: await livePanelProps(c, round, question),
    wordingChange: await findWordingChange(
      db,
      question,
      member.id,
      round.number,
      l.previous ? { number: l.previous.roundNumber, roundId: l.previous.roundId } : null,
    ),
    prevHref: href(questions[index - 1]),
    nextHref: href(questions[index + 1]),
  };
}

/** A whole number from the query (`?name=`), from `min` to 100,000; `min` when absent or malformed. */
const queryCount = (c: Context, name: string, min: number) =>
  Math.max(min, Math.min(100_000, Math.trunc(Number(c.req.query(name))) || 0));

/** Where the reasons after the first `from` load from (htmx), and the question page showing them. */
const reasonsPaging =
  (c: Context<ForumEnv>, round: number, questionId: number) =>
  (from: number): { href: string; fallback: string } => {
    const base = `/forums/${c.get("forum").id}/rounds/${round}/questions/${questionId}`;
    return {
      href: `${base}/reasons?from=${from}`,
      fallback: `${base}?reasons=${from + REASONS_PAGE}#reasons`,
    };
  };

/**
 * The previous round's reasons from `?from=` on, REASONS_PAGE of them and a "show more" item when some
 * are left: what the feedback panel's "show more" loads in its own place.
 */
answering.get("/rounds/:n/questions/:qid/reasons", forumAccess("expert"), async (c) => {
  const l = await loadQuestion(c);
  if (!l.previous) throw new AppError("not_found", "no earlier round asked this question");
  const from = queryCount(c, "from", 0);
  return renderPartial(
    c,
    <ReasonItems
      config={l.question.config}
      snapshot={l.previous.snapshot}
      ownPseudonym={c.get("member").pseudonym}
      from={from}
      to={from + REASONS_PAGE}
      more={reasonsPaging(c, l.round.number, l.question.id)}
    />,
  );
});

answering.get("/rounds/:n/questions/:qid", forumAccess("expert"), async (c) => {
  const l = await loadQuestion(c);
  const props = await questionPageProps(c, l, null);
  return renderPage(c, {
    title: l.question.title,
    crumbs: crumbs(c, l.round, l.question),
    body: <QuestionPage {...props} />,
  });
});

answering.post("/rounds/:n/questions/:qid", forumAccess("expert"), async (c) => {
  // An htmx save answers with the form alone, so it loads only what the form and its checks need.
  const l = isHtmx(c) ? await loadForSave(c) : await loadQuestion(c);
  const { round, question } = l;
  const body = await readForm(c.req);
  const values = answerFormValues(body);
  const result = validateAnswer(question.config, values);
  let errors = result.ok ? {} : result.errors;
  if (
    result.ok &&
    result.intent === "submit" &&
    c.get("forum").requireReasonOutsideIqr &&
    l.previous &&
    !result.rationale &&
    outsidePreviousIqr(result.value, l.previous.snapshot)
  ) {
    errors = { rationale: "error.reasonRequired" };
  }
  if (round.state !== "open") return refuseClosed(c);
  if (!result.ok || Object.keys(errors).length > 0) return respondWithForm(c, l, { values, errors }, 422);
  const outcome = await saveAnswer(c.get("db"), {
    roundId: round.id,
    questionId: question.id,
    memberId: c.get("member").id,
    value: result.value as AnswerValue,
    rationale: result.rationale,
    status: result.intent === "draft" ? "draft" : "submitted",
    questionVersion: question.version,
  });
  if (outcome === "closed") return refuseClosed(c);
  // Real-Time Delphi: the live panel listens for this and reloads (it reveals the group after a submit).
  if (isHtmx(c)) c.header("HX-Trigger", "answer-saved");
  const notice =
    outcome === "unchanged" ? "unchanged" : result.intent === "draft" ? "saved-draft" : "submitted";
  if (!isHtmx(c) && result.intent === "submit" && outcome === "saved") {
    const next = l.questions[l.questions.findIndex((q) => q.id === question.id) + 1];
    const forumId = c.get("forum").id;
    return c.redirect(
      next
        ? `/forums/${forumId}/rounds/${round.number}/questions/${next.id}`
        : `/forums/${forumId}/rounds/${round.number}`,
      303,
    );
  }
  return respondWithForm(
    c,
    l,
    { values, errors: {}, notice },
    200,
    result.intent === "draft" ? "draft" : "submitted",
  );
});

async function respondWithForm(
  c: Context<ForumEnv>,
  l: Loaded,
  form: {
    values: Record<string, string>;
    errors: Record<string, string>;
    notice?: "saved-draft" | "submitted" | "unchanged" | null;
  },
  status: 200 | 422,
  saved: "draft" | "submitted" | null = null,
) {
  if (isHtmx(c) && l.round.state === "open")
    return renderPartial(c, <AnswerForm {...(await answerFormProps(c, l, form, saved))} />, status);
  // After a save, the revisions read with the page's first reads are out of date: questionPageProps reads them again.
  const props = await questionPageProps(c, saved ? { ...l, revisions: undefined } : l, form);
  return renderPage(
    c,
    { title: l.question.title, crumbs: crumbs(c, l.round, l.question), body: <QuestionPage {...props} /> },
    status,
  );
}

function refuseClosed(c: Context<ForumEnv>) {
  const { t } = c.get("i18n");
  return renderRefusal(c, 409, {
    title: t("answer.refusedClosedTitle"),
    sentence: t("answer.refusedClosed"),
    htmxTarget: "answer-form",
  });
}
