import { useI18n } from "../../context.js";
import { scoreText } from "./outcome.js";

export type MeRow = {
  forumId: number | null;
  title: string;
  n: number;
  brier: number | null;
  log: number | null;
  baseline: number | null;
  peer: number | null;
};

/** An expert's own mean scores per forum and over all forums. */
export function MeScoresPage({ rows }: { rows: MeRow[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section id="me-scores">
      <h1>{t("me.title")}</h1>
      <p class="hint">{t("scores.meanNote")}</p>
      {rows.every((r) => r.n === 0) && <p>{t("me.none")}</p>}
      <table class="stats scores-table">
        <thead>
          <tr>
            <th scope="col">{t("me.forum")}</th>
            <th scope="col">{t("scores.questions")}</th>
            <th scope="col">{t("scores.brier")}</th>
            <th scope="col">{t("scores.log")}</th>
            <th scope="col">{t("scores.baseline")}</th>
            <th scope="col">{t("scores.peer")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr class={r.forumId === null ? "total-row" : undefined}>
              <th scope="row">
                {r.forumId === null ? (
                  t("me.overall")
                ) : (
                  <a href={`/forums/${r.forumId}/my-scores`}>{r.title}</a>
                )}
              </th>
              <td>{r.n}</td>
              <td>{scoreText(i18n, r.brier)}</td>
              <td>{scoreText(i18n, r.log)}</td>
              <td>{scoreText(i18n, r.baseline, 1)}</td>
              <td>{scoreText(i18n, r.peer, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
