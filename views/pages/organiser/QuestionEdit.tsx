import type { SourceIdea } from "../../../src/domain/ideas.js";
import type { QuestionVersion, WordingChange } from "../../../src/domain/questions.js";
import type { MessageKey } from "../../../src/i18n/index.js";
import { FormErrors, textFields } from "../../components/Field.js";
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
  const field = textFields(values, errors);
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
            {field("title", t("org.questions.questionTitle"))}
            {field("body", t("org.questions.body"), undefined, { rows: 5 })}
            {field("resolutionCriteria", t("org.questions.resolution"), undefined, { rows: 3 })}
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
