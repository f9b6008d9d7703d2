import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { DiscussionModerationPage, ModerationQueuePage } from "../../views/pages/organiser/Discussion.js";
import { Thread, type ThreadProps } from "../../views/partials/Thread.js";
import {
  createPost,
  hidePost,
  listModerationQueue,
  listThread,
  toggleUseful,
  unhidePost,
} from "../db/queries/posts.js";
import { getRoundByNumber, listRounds } from "../db/queries/rounds.js";
import { mayPairNamesWithPseudonyms } from "../domain/visibility.js";
import { AppError } from "../errors.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { readForm } from "../validation/forms.js";
import { type PostForm, postFormValues, validateHideReason, validatePost } from "../validation/posts.js";
import { forumCrumbs, renderForumPage } from "./crumbs.js";
import { withNotice } from "./notice.js";
import { idParam, roundParam, roundQuestionParam } from "./params.js";
import { discussionLocked, type LoadedThread, threadProps } from "./question-panels.js";
import { isHtmx, renderPage, renderPartial, renderRefusal } from "./render.js";
import { roundLabel } from "./round-label.js";

/**
 * Deliberation: the anonymous thread under each question of a round. Experts read, post, reply and vote
 * while the round is open (read-only once closed); organisers read and hide posts with a reason.
 * Stakeholders never reach it (403).
 */
export const discussionRoutes = new Hono<ForumEnv>();

const Q = "/rounds/:n/questions/:qid";

async function loadThread(c: Context<ForumEnv>): Promise<LoadedThread> {
  const forum = c.get("forum");
  const round = await roundParam(c, { published: true });
  const question = await roundQuestionParam(c, round.id);
  return { round, question, base: `/forums/${forum.id}/rounds/${round.number}/questions/${question.id}` };
}

async function respond(
  c: Context<ForumEnv>,
  th: LoadedThread,
  extra: Pick<ThreadProps, "form" | "hide" | "notice">,
  status: ContentfulStatusCode,
) {
  const props = await threadProps(c, th, extra);
  if (isHtmx(c)) return renderPartial(c, <Thread {...props} />, status);
  if (props.viewer === "organiser") return moderationPage(c, th, props, status);
  // Without JavaScript, a refused post comes back as a page holding the thread and the kept text.
  return renderPage(
    c,
    {
      title: th.question.title,
      crumbs: [
        {
          label: roundLabel(c, th.round),
          href: th.base.replace(/\/questions\/\d+$/, ""),
        },
        { label: th.question.title, href: th.base },
      ],
      body: (
        <article class="question-page">
          <h1>{th.question.title}</h1>
          <Thread {...props} />
        </article>
      ),
    },
    status,
  );
}

async function moderationPage(
  c: Context<ForumEnv>,
  th: LoadedThread,
  props: ThreadProps,
  status: ContentfulStatusCode = 200,
) {
  const forum = c.get("forum");
  const { t } = c.get("i18n");
  const rounds = await listRounds(c.get("db"), forum.id);
  return renderPage(
    c,
    {
      title: t("discussion.orgTitle", { question: th.question.title, round: th.round.number }),
      crumbs: forumCrumbs(c, { label: roundLabel(c, th.round) }, { label: t("discussion.title") }),
      body: (
        <DiscussionModerationPage
          {...props}
          questionTitle={th.question.title}
          roundNumber={th.round.number}
          anonymity={forum.anonymity}
          forumId={forum.id}
          rounds={rounds}
        />
      ),
    },
    status,
  );
}

/** Experts: the thread partial (htmx) or the question page; organisers: the moderation view. */
discussionRoutes.get(`${Q}/discussion`, forumAccess("expert", "organiser"), async (c) => {
  const th = await loadThread(c);
  const props = await threadProps(c, th);
  if (props.viewer === "organiser") return moderationPage(c, th, props);
  if (isHtmx(c)) return renderPartial(c, <Thread {...props} />, props.locked ? 403 : 200);
  return c.redirect(`${th.base}#discussion`, 303);
});

/** Experts post and reply; organisers write facilitator notes (shown as such, never under a pseudonym). */
discussionRoutes.post(`${Q}/posts`, forumAccess("expert", "organiser"), async (c) => {
  const th = await loadThread(c);
  const values: PostForm = postFormValues(await readForm(c.req));
  if (th.round.state !== "open") return refuseDiscussion(c, 409);
  if (await discussionLocked(c, th)) return refuseDiscussion(c, 403);
  const v = validatePost(values);
  if (!v.ok) return respond(c, th, { form: { values, errors: v.errors } }, 422);
  const id = await createPost(c.get("db"), {
    forumId: c.get("forum").id,
    roundId: th.round.id,
    questionId: th.question.id,
    memberId: c.get("member").id,
    parentId: v.parentId,
    tag: v.tag,
    body: v.body,
  });
  if (id === null) {
    // The round closed meanwhile, or the post replied to is not in this thread (or hidden).
    const now = await getRoundByNumber(c.get("db"), c.get("forum").id, th.round.number);
    if (now?.state !== "open") return refuseDiscussion(c, 409);
    return respond(c, th, { form: { values, errors: { body: "discussion.error.parent" } } }, 422);
  }
  const organiser = c.get("member").role === "organiser";
  if (!isHtmx(c)) return c.redirect(`${th.base}${organiser ? "/discussion" : ""}#post-${id}`, 303);
  return respond(c, th, { notice: "posted" }, 200);
});

discussionRoutes.post(`${Q}/posts/:pid/useful`, forumAccess("expert"), async (c) => {
  const th = await loadThread(c);
  if (th.round.state !== "open") return refuseDiscussion(c, 409);
  if (await discussionLocked(c, th)) return refuseDiscussion(c, 403);
  const pid = idParam(c, "pid", "post");
  const outcome = await toggleUseful(c.get("db"), {
    roundId: th.round.id,
    questionId: th.question.id,
    postId: pid,
    memberId: c.get("member").id,
  });
  if (
    outcome === "refused" &&
    !(
      await listThread(c.get("db"), {
        roundId: th.round.id,
        questionId: th.question.id,
        viewerMemberId: c.get("member").id,
        organiser: false,
        withAuthors: false,
      })
    ).some((p) => p.id === pid)
  )
    throw new AppError("not_found", "no such post");
  if (!isHtmx(c)) return c.redirect(`${th.base}#post-${pid}`, 303);
  return respond(c, th, {}, 200);
});

discussionRoutes.post(`${Q}/posts/:pid/hide`, forumAccess("organiser"), async (c) => {
  const th = await loadThread(c);
  const pid = idParam(c, "pid", "post");
  const body = await readForm(c.req);
  const v = validateHideReason(body.reason);
  if (!v.ok) {
    const reason = typeof body.reason === "string" ? body.reason : "";
    return respond(c, th, { hide: { postId: pid, reason, error: v.error } }, 422);
  }
  const hidden = await hidePost(c.get("db"), {
    forumId: c.get("forum").id,
    roundId: th.round.id,
    questionId: th.question.id,
    postId: pid,
    reason: v.reason,
    actorUserId: c.get("user")!.id,
  });
  if (!hidden) {
    const posts = (await threadProps(c, th)).posts;
    if (!posts.some((p) => p.id === pid)) throw new AppError("not_found", "no such post");
  }
  return c.redirect(withNotice(`${th.base}/discussion#post-${pid}`, "post-hidden"), 303);
});

/** A post or vote before the expert's first answer in a Real-Time Delphi: 403 with the lock notice. */
/** Organisers: shows a hidden post again (audited with the reason it had). */
discussionRoutes.post(`${Q}/posts/:pid/unhide`, forumAccess("organiser"), async (c) => {
  const th = await loadThread(c);
  const pid = idParam(c, "pid", "post");
  const shown = await unhidePost(c.get("db"), {
    forumId: c.get("forum").id,
    roundId: th.round.id,
    questionId: th.question.id,
    postId: pid,
    actorUserId: c.get("user")!.id,
  });
  if (!shown && !(await threadProps(c, th)).posts.some((p) => p.id === pid))
    throw new AppError("not_found", "no such post");
  return c.redirect(withNotice(`${th.base}/discussion#post-${pid}`, "post-shown"), 303);
});

/**
 * Organisers: one moderation queue across the forum's rounds and questions, newest first, filtered by
 * `show` (all, hidden, visible) and paged by `before` (the last post id of the previous page).
 */
discussionRoutes.get("/discussion", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const db = c.get("db");
  const show = (["hidden", "visible"] as const).find((s) => s === c.req.query("show")) ?? "all";
  const before = Number(c.req.query("before"));
  const [posts, rounds] = await Promise.all([
    listModerationQueue(db, {
      forumId: forum.id,
      show,
      before: Number.isInteger(before) && before > 0 ? before : null,
      withAuthors: mayPairNamesWithPseudonyms("organiser", forum.anonymity),
    }),
    listRounds(db, forum.id),
  ]);
  const { t } = c.get("i18n");
  return renderForumPage(
    c,
    t("moderation.title"),
    <ModerationQueuePage
      forumId={forum.id}
      rounds={rounds}
      posts={posts}
      show={show}
      anonymity={forum.anonymity}
    />,
  );
});

/** The discussion refused: 403 until the expert has answered, 409 once the round is closed. */
function refuseDiscussion(c: Context<ForumEnv>, status: 403 | 409) {
  const { t } = c.var.i18n;
  return renderRefusal(c, status, {
    title: t("discussion.title"),
    sentence: t(status === 403 ? "discussion.answerFirst" : "discussion.closed"),
    htmxTarget: "discussion",
  });
}
