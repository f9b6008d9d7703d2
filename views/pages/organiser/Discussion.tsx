import type { QueuePost } from "../../../src/domain/discussion.js";
import type { Round as RoundRow } from "../../../src/domain/rounds.js";
import { useI18n } from "../../context.js";
import { Byline, Thread, type ThreadProps } from "../../partials/Thread.js";
import { ForumNav } from "./ForumNav.js";

/** The organisers' moderation view of one question's discussion in one round. */
export function DiscussionModerationPage(
  p: ThreadProps & {
    questionTitle: string;
    roundNumber: number;
    anonymity: "quasi" | "strict";
    forumId: number;
    rounds: readonly RoundRow[];
  },
) {
  const { t } = useI18n();
  return (
    <section class="moderation" id="moderation">
      <h1>{t("discussion.orgTitle", { question: p.questionTitle, round: p.roundNumber })}</h1>
      <ForumNav forumId={p.forumId} rounds={p.rounds} />
      <p class="hint">{t(`discussion.orgIntro.${p.anonymity}`)}</p>
      <p>
        <a href={`/forums/${p.forumId}/discussion`}>{t("moderation.allQuestions")}</a>
      </p>
      <Thread {...p} />
    </section>
  );
}

/**
 * One moderation queue across the forum's rounds and questions: newest first, filter by hidden or
 * visible, each post with its thread link (where hide, unhide and facilitator notes are).
 */
export function ModerationQueuePage({
  forumId,
  rounds,
  posts,
  show,
  anonymity,
}: {
  forumId: number;
  rounds: readonly RoundRow[];
  posts: QueuePost[];
  show: "all" | "hidden" | "visible";
  anonymity: "quasi" | "strict";
}) {
  const { t } = useI18n();
  const base = `/forums/${forumId}`;
  const last = posts.at(-1);
  return (
    <section class="moderation" id="moderation-queue">
      <h1>{t("moderation.title")}</h1>
      <ForumNav forumId={forumId} rounds={rounds} />
      <p class="hint">{t(`discussion.orgIntro.${anonymity}`)}</p>
      <p class="sort-switch meta">
        {t("moderation.show")}{" "}
        {(["all", "hidden", "visible"] as const).map((k, i) => (
          <>
            {i > 0 && " · "}
            {k === show ? (
              <strong aria-current="true">{t(`moderation.show.${k}`)}</strong>
            ) : (
              <a href={`${base}/discussion?show=${k}`}>{t(`moderation.show.${k}`)}</a>
            )}
          </>
        ))}
      </p>
      {posts.length === 0 ? (
        <p>{t("moderation.none")}</p>
      ) : (
        <ol class="thread moderation-list">
          {posts.map((post) => {
            const thread = `${base}/rounds/${post.roundNumber}/questions/${post.questionId}/discussion`;
            return (
              <li class="thread-item">
                <article class={post.hidden ? "post post-hidden" : "post"} id={`queue-${post.id}`}>
                  <p class="post-meta">
                    <Byline
                      who={
                        post.facilitator
                          ? t("discussion.facilitator")
                          : t("pseudonym", { code: post.pseudonym })
                      }
                      post={post}
                    />{" "}
                    · {t("moderation.where", { round: post.roundNumber, question: post.questionTitle })}
                    {post.reply && ` · ${t("moderation.reply")}`}
                  </p>
                  {post.hidden && (
                    <p class="hidden-note">{t("discussion.hidden", { reason: post.hiddenReason ?? "" })}</p>
                  )}
                  <p class="post-body" hx-disable>
                    {post.body}
                  </p>
                  <p class="post-actions">
                    <span class="useful-count">{t("discussion.usefulCount", { count: post.useful })}</span> ·{" "}
                    <a href={`${thread}#post-${post.id}`}>{t("moderation.open")}</a>
                  </p>
                </article>
              </li>
            );
          })}
        </ol>
      )}
      {last && posts.length >= 50 && (
        <p>
          <a href={`${base}/discussion?show=${show}&before=${last.id}`}>{t("moderation.older")}</a>
        </p>
      )}
    </section>
  );
}
