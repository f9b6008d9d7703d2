import { useI18n } from "../../context.js";
import { scoreText } from "./outcome.js";

/** An expert's (or a forum's) mean scores over `n` resolved questions; brier2 and weight are optional. */
export type MeanScores = {
  n: number;
  brier: number | null;
  brier2?: number | null;
  log: number | null;
  baseline: number | null;
  peer: number | null;
  weight?: number | null;
};

type Optional = { brier2?: boolean; weight?: boolean };

/** The header row of a table of mean scores, after its first column `first`. */
export function ScoreHeads({ first, brier2, weight }: Optional & { first: string }) {
  const { t } = useI18n();
  return (
    <tr>
      <th scope="col">{first}</th>
      <th scope="col">{t("scores.questions")}</th>
      <th scope="col">{t("scores.brier")}</th>
      {brier2 && <th scope="col">{t("scores.brier2")}</th>}
      <th scope="col">{t("scores.log")}</th>
      <th scope="col">{t("scores.baseline")}</th>
      <th scope="col">{t("scores.peer")}</th>
      {weight && <th scope="col">{t("scores.weight")}</th>}
    </tr>
  );
}

/** One row's score cells, in ScoreHeads' order. */
export function ScoreCells({ row, brier2, weight }: Optional & { row: MeanScores }) {
  const i18n = useI18n();
  return (
    <>
      <td>{row.n}</td>
      <td>{scoreText(i18n, row.brier)}</td>
      {brier2 && <td>{scoreText(i18n, row.brier2 ?? null)}</td>}
      <td>{scoreText(i18n, row.log)}</td>
      <td>{scoreText(i18n, row.baseline, 1)}</td>
      <td>{scoreText(i18n, row.peer, 1)}</td>
      {weight && <td>{row.weight == null ? "–" : i18n.formatPercent(row.weight, 1)}</td>}
    </>
  );
}
