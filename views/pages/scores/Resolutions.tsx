import type { ForumQuestionInfo } from "../../../src/domain/forum-scores.js";
import type { ResolutionRow } from "../../../src/domain/resolutions.js";
import { ColumnHeads } from "../../components/ColumnHeads.js";
import { useI18n } from "../../context.js";
import { outcomeText } from "./outcome.js";

export type ResolutionsProps = {
  forum: { id: number; title: string; closedAt: string | null };
  questions: ForumQuestionInfo[];
  resolutions: Map<number, ResolutionRow>;
  hasQuantities: boolean;
};

const RESOLVABLE = new Set(["binary", "allocation", "quantity"]);

/** The organiser's list of questions with their resolution status, links to scores, export and closing. */
export function ResolutionsPage({ forum, questions, resolutions, hasQuantities }: ResolutionsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const base = `/forums/${forum.id}`;
  return (
    <section id="resolutions">
      <h1>{t("res.index.title")}</h1>
      <p>{t("res.index.intro")}</p>
      <p>
        <a href={`${base}/scores`}>{t("res.index.scoresLink")}</a> ·{" "}
        <a href={`${base}/cooke`}>{t("res.index.cookeLink")}</a>
      </p>
      <table class="questions-table" id="resolution-list">
        <ColumnHeads cols={[t("res.index.question"), t("res.index.status"), ""]} />
        <tbody>
          {questions.map((q) => {
            const r = resolutions.get(q.id);
            const resolvable = RESOLVABLE.has(q.kind);
            return (
              <tr id={`resolution-${q.id}`}>
                <td>
                  {q.title}
                  {q.isSeed && <span class="badge"> {t("res.index.seed")}</span>}
                </td>
                <td>
                  {!resolvable
                    ? t("res.index.notResolvable")
                    : r
                      ? outcomeText(i18n, q.config, r.outcome)
                      : t("res.index.unresolved")}
                </td>
                <td>
                  {resolvable && (
                    <a
                      href={`${base}/questions/${q.id}/resolve`}
                      aria-label={`${t("res.index.resolve")}: ${q.title}`}
                    >
                      {t("res.index.resolve")}
                    </a>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {hasQuantities && (
        <p id="excalibur-export">
          {t("res.index.export")} <a href={`${base}/export/excalibur.dtt`}>.dtt</a> ·{" "}
          <a href={`${base}/export/excalibur.rls`}>.rls</a>
        </p>
      )}
      <section id="close-forum">
        <h2>{t("res.close.title")}</h2>
        {forum.closedAt ? (
          <p>{t("res.close.closed", { date: i18n.formatDateTime(forum.closedAt) })}</p>
        ) : (
          <form method="post" action={`${base}/close`}>
            <p>{t("res.close.hint")}</p>
            <button type="submit">{t("res.close.button")}</button>
          </form>
        )}
      </section>
    </section>
  );
}
