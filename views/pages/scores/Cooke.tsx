import type { CookeResult, RobustnessRow } from "../../../src/domain/cooke/index.js";
import type { ForumCooke } from "../../../src/domain/forum-scores.js";
import { ColumnHeads } from "../../components/ColumnHeads.js";
import { useI18n } from "../../context.js";

export type CookeProps = {
  forumId: number;
  weights: string;
  alpha: string;
  study: ForumCooke | null;
  result: CookeResult | null;
  equal: CookeResult | null;
  error: string | null;
  /** The robustness table asked for (`?robustness=items|experts`), computed with the same options. */
  robustness?: { by: "items" | "experts"; rows: RobustnessRow[] } | null;
};

const sci = (v: number) => (v === 0 ? "0" : Math.abs(v) < 1e-3 ? v.toExponential(3) : v.toPrecision(4));

/** The organiser's view of Cooke's Classical Model: per-expert calibration, information, weights, alpha and the DM. */
export function CookePage({ forumId, weights, alpha, study, result, equal, error, robustness }: CookeProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const num = (v: number) => new Intl.NumberFormat(i18n.locale, { maximumSignificantDigits: 4 }).format(v);
  return (
    <section id="cooke">
      <h1>{t("cooke.title")}</h1>
      <p>
        <a href={`/forums/${forumId}/resolutions`}>{t("res.index.title")}</a> ·{" "}
        <a href={`/forums/${forumId}/scores`}>{t("res.index.scoresLink")}</a>
      </p>
      <form method="get" action={`/forums/${forumId}/cooke`} id="cooke-form" class="inline-form">
        <label for="f-weights">{t("cooke.weights")}</label>{" "}
        <select name="weights" id="f-weights">
          {(["global", "item", "equal"] as const).map((w) => (
            <option value={w} selected={w === weights}>
              {t(`cooke.weights.${w}`)}
            </option>
          ))}
        </select>{" "}
        <label for="f-alpha">{t("cooke.alpha")}</label>{" "}
        <input type="text" name="alpha" id="f-alpha" value={alpha} size={10} />{" "}
        <button type="submit">{t("cooke.run")}</button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!study || !result ? (
        !error && <p>{t("cooke.none")}</p>
      ) : (
        <>
          <p>{t("cooke.seeds", { count: result.seedCount, alpha: sci(result.alpha) })}</p>
          <div class="table-scroll">
            <table class="stats cooke-table" id="cooke-experts">
              <ColumnHeads
                cols={[
                  t("cooke.expert"),
                  t("cooke.calibration"),
                  t("cooke.infoAll"),
                  t("cooke.infoSeeds"),
                  t("cooke.weight"),
                ]}
              />
              <tbody>
                {result.experts.map((e) => (
                  <tr>
                    <th scope="row">{t("pseudonym", { code: e.id })}</th>
                    <td title={String(e.calibration)}>{sci(e.calibration)}</td>
                    <td>{sci(e.informationAll)}</td>
                    <td>{sci(e.informationSeeds)}</td>
                    <td>{e.weight === null ? t("cooke.weightPerItem") : i18n.formatPercent(e.weight, 1)}</td>
                  </tr>
                ))}
                <tr class="dm-row">
                  <th scope="row">{t("cooke.dm")}</th>
                  <td title={String(result.decisionMaker.calibration)}>
                    {sci(result.decisionMaker.calibration)}
                  </td>
                  <td>{sci(result.decisionMaker.informationAll)}</td>
                  <td>{sci(result.decisionMaker.informationSeeds)}</td>
                  <td />
                </tr>
              </tbody>
            </table>
          </div>
          <h2>{t("cooke.items")}</h2>
          <div class="table-scroll">
            <table class="stats dm-table" id="cooke-items">
              <ColumnHeads
                cols={[
                  t("cooke.item"),
                  t("dm.performance"),
                  t("dm.equal"),
                  t("cooke.realisation"),
                  result.itemWeights && t("cooke.itemWeights"),
                ]}
              />
              <tbody>
                {study.questions.map((q, j) => {
                  const dm = result.decisionMaker.items[q.itemId];
                  const eq = equal?.decisionMaker.items[q.itemId];
                  // Seeds: their realisation; targets: the value they were resolved to, once they are.
                  const real = study.input.items[j]?.realisation ?? q.resolvedValue ?? null;
                  return (
                    <tr>
                      <th scope="row">
                        {q.title}
                        {q.isSeed && (
                          <>
                            {" "}
                            <span class="badge">{t("cooke.seedMark")}</span>
                          </>
                        )}
                        {!q.isSeed && q.resolvedValue !== null && (
                          <>
                            {" "}
                            <span class="badge">{t("cooke.resolvedTarget")}</span>
                          </>
                        )}
                      </th>
                      <td>{dm ? dm.map(num).join(" · ") : "–"}</td>
                      <td>{eq ? eq.map(num).join(" · ") : "–"}</td>
                      <td>{real === null ? "–" : num(real)}</td>
                      {result.itemWeights && (
                        <td>
                          {(result.itemWeights[q.itemId] ?? [])
                            .map((w, e) => ({ w, id: result.experts[e]?.id ?? "" }))
                            .filter(({ w }) => w > 0)
                            .map(({ w, id }) => `${t("pseudonym", { code: id })} ${i18n.formatPercent(w, 1)}`)
                            .join(" · ") || "–"}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <h2 id="robustness-title">{t("cooke.robustness")}</h2>
          <p class="hint">{t("cooke.robustnessHint")}</p>
          <p>
            {(["items", "experts"] as const).map((by, i) => (
              <>
                {i > 0 && " · "}
                <a
                  href={`/forums/${forumId}/cooke?weights=${encodeURIComponent(weights)}&alpha=${encodeURIComponent(alpha)}&robustness=${by}#robustness-title`}
                  aria-current={robustness?.by === by ? "true" : undefined}
                >
                  {t(`cooke.robustness.${by}`)}
                </a>
              </>
            ))}
          </p>
          {robustness && (
            <div class="table-scroll">
              <table class="stats cooke-table" id={`cooke-robustness-${robustness.by}`}>
                <ColumnHeads
                  cols={[
                    t(robustness.by === "items" ? "cooke.removedItem" : "cooke.removedExpert"),
                    t("cooke.calibration"),
                    t("cooke.infoAll"),
                    t("cooke.infoSeeds"),
                    t("cooke.combined"),
                  ]}
                />
                <tbody>
                  {robustness.rows.map((r) => {
                    const label =
                      r.removed === null
                        ? t("cooke.noneRemoved")
                        : robustness.by === "experts"
                          ? t("pseudonym", { code: r.removed })
                          : (study.questions.find((q) => q.itemId === r.removed)?.title ?? r.removed);
                    const cell = (v: number | null) => (v === null ? "–" : sci(v));
                    return (
                      <tr class={r.removed === null ? "dm-row" : undefined}>
                        <th scope="row">{label}</th>
                        <td>{cell(r.calibration)}</td>
                        <td>{cell(r.informationAll)}</td>
                        <td>{cell(r.informationSeeds)}</td>
                        <td>{cell(r.combined)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
