import type { ThreadPost } from "../../src/domain/discussion.js";
import type { MessageKey } from "../../src/i18n/index.js";
import { MAX_HIDE_REASON, MAX_POST, type PostForm } from "../../src/validation/posts.js";
import { describedBy, Field, TextField } from "../components/Field.js";
import { useI18n } from "../context.js";

export type ThreadProps = {
  /** The question's base URL: /forums/:id/rounds/:n/questions/:qid */
  base: string;
  open: boolean;
  posts: ThreadPost[];
  viewer: "expert" | "organiser";
  /** A refused post or reply, re-rendered with its text kept. */
  form?: { values: PostForm; errors: Record<string, string> } | null;
  /** A refused hide, re-rendered with its error. */
  hide?: { postId: number; reason: string; error: string } | null;
  notice?: "posted" | null;
  /**
   * Real-Time Delphi: the expert has not answered the question yet, so the discussion (others' estimates
   * and reasons) stays hidden like the group view; `posts` is empty and nothing can be posted.
   */
  locked?: boolean;
  /** Top-level posts in the order they came (default) or by useful votes, most first. */
  sort?: "time" | "votes";
};

/**
 * The anonymous discussion of a question in a round: top-level posts with their replies, tags, "useful"
 * votes and, for organisers, the hide form. One swap target (`#discussion`); every form also works as a
 * plain POST. Shows pseudonyms (and "You"), never names, e-mails or times to experts.
 */
export function Thread(p: ThreadProps) {
  const { t } = useI18n();
  const byTime = p.posts.filter((x) => x.parentId === null);
  const roots = p.sort === "votes" ? [...byTime].sort((a, b) => b.useful - a.useful || a.id - b.id) : byTime;
  const sortHref = (sort: "time" | "votes") =>
    `${p.base}${p.viewer === "organiser" ? "/discussion" : ""}?sort=${sort}#discussion`;
  const replies = (id: number) => p.posts.filter((x) => x.parentId === id);
  const rootError = p.form && !p.form.values.parentId ? p.form : null;
  if (p.locked)
    // Reloads itself once the expert's answer is saved (the same event the live panel listens to).
    return (
      <section
        class="discussion"
        id="discussion"
        aria-labelledby="discussion-title"
        hx-get={`${p.base}/discussion`}
        hx-trigger="answer-saved from:body"
        hx-swap="outerHTML"
      >
        <h2 id="discussion-title">{t("discussion.title")}</h2>
        <p class="notice">{t("discussion.answerFirst")}</p>
      </section>
    );
  return (
    <section class="discussion" id="discussion" aria-labelledby="discussion-title">
      <h2 id="discussion-title">{t("discussion.title")}</h2>
      {p.viewer === "expert" && <p class="hint">{t("discussion.intro")}</p>}
      {!p.open && <p class="notice">{t("discussion.closed")}</p>}
      {p.notice === "posted" && (
        <p class="notice" role="status">
          {t("discussion.posted")}
        </p>
      )}
      {p.open && (
        <PostFormView
          base={p.base}
          parentId=""
          values={rootError?.values}
          errors={rootError?.errors ?? {}}
          note={p.viewer === "organiser"}
        />
      )}
      {roots.length > 1 && (
        <p class="sort-switch meta">
          {t("discussion.sortBy")}{" "}
          {(["time", "votes"] as const).map((k, i) => (
            <>
              {i > 0 && " · "}
              {(p.sort ?? "time") === k ? (
                <strong aria-current="true">{t(`discussion.sort.${k}`)}</strong>
              ) : (
                <a
                  href={sortHref(k)}
                  hx-get={`${p.base}/discussion?sort=${k}`}
                  hx-target="#discussion"
                  hx-swap="outerHTML"
                >
                  {t(`discussion.sort.${k}`)}
                </a>
              )}
            </>
          ))}
        </p>
      )}
      {roots.length === 0 ? (
        <p>{t("discussion.none")}</p>
      ) : (
        <ol class="thread">
          {roots.map((post) => (
            <li class="thread-item">
              <Post post={post} {...p} />
              {replies(post.id).length > 0 && (
                <ol class="replies" aria-label={t("discussion.replies", { count: replies(post.id).length })}>
                  {replies(post.id).map((r) => (
                    <li class="thread-item">
                      <Post post={r} {...p} />
                    </li>
                  ))}
                </ol>
              )}
              {p.open && p.viewer === "expert" && !post.hidden && (
                <ReplyForm base={p.base} post={post} form={p.form ?? null} />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Who wrote a post (the author's name and address only where organisers may see them) and its tag. */
export function Byline({ who, post }: { who: string; post: Pick<ThreadPost, "author" | "tag"> }) {
  const { t } = useI18n();
  return (
    <>
      <strong>{who}</strong>
      {post.author && (
        <span class="author">
          {" "}
          ({post.author.name} &lt;{post.author.email}&gt;)
        </span>
      )}
      {post.tag && (
        <>
          {" "}
          <span class={`tag tag-${post.tag}`}>{t(`discussion.tag.${post.tag}` as MessageKey)}</span>
        </>
      )}
    </>
  );
}

function Post({ post, base, open, viewer, hide }: ThreadProps & { post: ThreadPost }) {
  const { t } = useI18n();
  const who = post.facilitator
    ? t("discussion.facilitator")
    : post.own && viewer === "expert"
      ? t("discussion.you")
      : t("pseudonym", { code: post.pseudonym });
  const cls = ["post", post.hidden ? "post-hidden" : "", post.facilitator ? "post-facilitator" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <article class={cls} id={`post-${post.id}`}>
      <p class="post-meta">
        <Byline who={who} post={post} />
      </p>
      {post.hidden && (
        <p class="hidden-note">{t("discussion.hidden", { reason: post.hiddenReason ?? "" })}</p>
      )}
      {post.body !== null && (
        <p class="post-body" hx-disable>
          {post.body}
        </p>
      )}
      <div class="post-actions">
        <span class="useful-count">{t("discussion.usefulCount", { count: post.useful })}</span>
        {viewer === "expert" && open && !post.own && !post.hidden && (
          <form
            method="post"
            action={`${base}/posts/${post.id}/useful`}
            hx-post={`${base}/posts/${post.id}/useful`}
            hx-target="#discussion"
            hx-swap="outerHTML"
            class="inline"
          >
            <button type="submit" class="useful" aria-pressed={post.votedByMe ? "true" : "false"}>
              {post.votedByMe ? `✓ ${t("discussion.useful")}` : t("discussion.markUseful")}
            </button>
          </form>
        )}
      </div>
      {viewer === "organiser" && post.hidden && (
        <form method="post" action={`${base}/posts/${post.id}/unhide`} class="hide-form">
          <button type="submit">{t("discussion.unhide")}</button>
        </form>
      )}
      {viewer === "organiser" && !post.hidden && (
        <form method="post" action={`${base}/posts/${post.id}/hide`} class="hide-form" novalidate>
          <TextField
            name="reason"
            id={`f-reason-${post.id}`}
            label={t("discussion.hideReason")}
            error={hide?.postId === post.id ? hide.error : undefined}
            maxlength={MAX_HIDE_REASON}
            value={hide?.postId === post.id ? hide.reason : ""}
          />
          <button type="submit">{t("discussion.hide")}</button>
        </form>
      )}
    </article>
  );
}

function ReplyForm({
  base,
  post,
  form,
}: {
  base: string;
  post: ThreadPost;
  form: { values: PostForm; errors: Record<string, string> } | null;
}) {
  const { t } = useI18n();
  const mine = form && form.values.parentId === String(post.id) ? form : null;
  return (
    <details class="reply" open={mine ? true : undefined}>
      <summary>{t("discussion.reply")}</summary>
      <PostFormView
        base={base}
        parentId={String(post.id)}
        values={mine?.values}
        errors={mine?.errors ?? {}}
      />
    </details>
  );
}

function PostFormView({
  base,
  parentId,
  values,
  errors,
  note = false,
}: {
  base: string;
  parentId: string;
  values: PostForm | undefined;
  errors: Record<string, string>;
  /** An organiser's facilitator note: no tag, its own labels. */
  note?: boolean;
}) {
  const { t } = useI18n();
  const suffix = parentId ? `-${parentId}` : "";
  const tag = values?.tag ?? "";
  return (
    <form
      method="post"
      action={`${base}/posts`}
      hx-post={`${base}/posts`}
      hx-target="#discussion"
      hx-swap="outerHTML"
      class="post-form"
      novalidate
    >
      <input type="hidden" name="parentId" value={parentId} />
      <TextField
        name="body"
        id={`f-body${suffix}`}
        label={t(note ? "discussion.noteBody" : parentId ? "discussion.replyTo" : "discussion.body")}
        error={errors.body}
        rows={parentId ? 2 : 3}
        maxlength={MAX_POST}
        value={values?.body ?? ""}
      />
      {!note && (
        <Field name={`tag${suffix}`} label={t("discussion.tag")} error={errors.tag}>
          <select name="tag" {...describedBy(`tag${suffix}`, errors.tag)}>
            {(["none", "pro", "con", "evidence"] as const).map((k) => (
              <option value={k === "none" ? "" : k} selected={tag === k || (k === "none" && tag === "")}>
                {t(`discussion.tag.${k}`)}
              </option>
            ))}
          </select>
        </Field>
      )}
      <button type="submit" class={parentId ? undefined : "primary"}>
        {t(note ? "discussion.postNote" : parentId ? "discussion.sendReply" : "discussion.post")}
      </button>
    </form>
  );
}
