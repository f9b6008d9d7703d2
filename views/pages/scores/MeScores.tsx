import { useI18n } from "../../context.js";
import { ScoreCells, ScoreHeads } from "./ScoreColumns.js";

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
          <ScoreHeads first={t("me.forum")} />
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
              <ScoreCells row={r} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
