import type { SourceIdea } from "../../../src/domain/ideas.js";
import type { QuestionVersion, WordingChange } from "../../../src/domain/questions.js";
import type { MessageKey } from "../../../src/i18n/index.js";
import { describedBy, Field, FormErrors } from "../../components/Field.js";
import { IdeaSources } from "../../components/IdeaSources.js";
import { useI18n } from "../../context.js";
import { ForumNav } from "./ForumNav.js";

export type QuestionEditProps = {
  forumId: number;
  question: { id: number; title: string; version: number };
  values: { title: string; body: string; resolutionCriteria: string };
  errors: Record<string, string>;
  /** The open round asking the question: the form is refused while it is open. */
  openRound: number | null;
  notice?: { key: MessageKey; version?: number } | undefined;
  history: QuestionVersion[];
  /** Ideas-round items the question came from (provenance), each linked to its place in the review. */
  sources?: SourceIdea[];
};

/** /forums/:id/questions/:qid/edit: the wording form (title, body, resolution criteria) and its versions. */
export function QuestionEditPage(p: QuestionEditProps) {
  const { t, formatDateTime } = useI18n();
  const { forumId, question, values, errors, openRound } = p;
  return (
    <section id="question-edit">
      <h1>{t("ops.qedit.title", { title: question.title })}</h1>
      <ForumNav forumId={forumId} />
      {p.notice && (
        <p class="notice" role="status" id="qedit-notice">
          {t(p.notice.key, { version: p.notice.version ?? question.version })}
        </p>
      )}
      <IdeaSources forumId={forumId} sources={p.sources} into="question" id="question-sources" />
      {openRound !== null ? (
        <p class="error" role="alert" id="qedit-refused">
          {t("ops.qedit.refused", { number: openRound })}
        </p>
      ) : (
        <>
          <p>{t("ops.qedit.intro")}</p>
          <h2>{t("ops.qedit.current", { version: question.version })}</h2>
          <form
            method="post"
            action={`/forums/${forumId}/questions/${question.id}/edit`}
            novalidate
            id="qedit-form"
          >
            <FormErrors errors={errors} />
            <Field name="title" label={t("org.questions.questionTitle")} error={errors.title}>
              <input name="title" value={values.title} {...describedBy("title", errors.title)} />
            </Field>
            <Field name="body" label={t("org.questions.body")} error={errors.body}>
              <textarea name="body" rows={5} {...describedBy("body", errors.body)}>
                {values.body}
              </textarea>
            </Field>
            <Field
              name="resolutionCriteria"
              label={t("org.questions.resolution")}
              error={errors.resolutionCriteria}
            >
              <textarea
                name="resolutionCriteria"
                rows={3}
                {...describedBy("resolutionCriteria", errors.resolutionCriteria)}
              >
                {values.resolutionCriteria}
              </textarea>
            </Field>
            <button type="submit" class="primary">
              {t("ops.qedit.save", { version: question.version + 1 })}
            </button>
          </form>
        </>
      )}
      {p.history.length > 0 && (
        <section id="qedit-history">
          <h2>{t("ops.qedit.history")}</h2>
          {p.history
            .filter((v) => v.version < question.version)
            .map((v) => (
              <details id={`qversion-${v.version}`}>
                <summary>
                  {t("ops.qedit.version", { version: v.version })} · {formatDateTime(v.createdAt)}
                </summary>
                <VersionText v={v} />
              </details>
            ))}
        </section>
      )}
    </section>
  );
}

function VersionText({ v }: { v: { title: string; body: string; resolutionCriteria: string } }) {
  const { t } = useI18n();
  return (
    <div class="question-version" hx-disable>
      <p>
        <strong>{v.title}</strong>
      </p>
      {v.body && <p class="question-body">{v.body}</p>}
      {v.resolutionCriteria && (
        <p>
          <strong>{t("org.questions.resolution")}:</strong> {v.resolutionCriteria}
        </p>
      )}
    </div>
  );
}

/** On the expert's question page: the wording changed since a round they saw, with the earlier text. */
export function WordingChangedNotice({ change }: { change: WordingChange }) {
  const { t } = useI18n();
  return (
    <div class="notice wording-changed" role="note" id="wording-changed">
      <p>{t("ops.qedit.changed", { number: change.sinceRound })}</p>
      <details>
        <summary>
          {t("ops.qedit.previous")} ({t("ops.qedit.version", { version: change.previous.version })})
        </summary>
        <VersionText v={change.previous} />
      </details>
    </div>
  );
}
