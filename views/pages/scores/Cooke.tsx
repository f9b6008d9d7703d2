import type { CookeResult, RobustnessRow } from "../../../src/domain/cooke/index.js";
import type { ForumCooke } from "../../../src/domain/forum-scores.js";
import { DataTable } from "../../components/DataTable.js";
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
const orDash = (v: number | null) => (v === null ? "–" : sci(v));

/** The organiser's view of Cooke's Classical Model: per-expert calibration, information, weights, alpha and the DM. */
export function CookePage({ forumId, weights, alpha, study, result, equal, error, robustness }: CookeProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const num = (v: number) => new Intl.NumberFormat(i18n.locale, { maximumSignificantDigits: 4 }).format(v);
  const itemWeights = result?.itemWeights;
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
          <DataTable
            scroll
            class="stats cooke-table"
            id="cooke-experts"
            rows={[
              ...result.experts.map((e) => ({
                ...e,
                label: t("pseudonym", { code: e.id }),
                weight: e.weight === null ? t("cooke.weightPerItem") : i18n.formatPercent(e.weight, 1),
              })),
              { ...result.decisionMaker, label: t("cooke.dm"), weight: undefined, dm: true },
            ]}
            row={(r) => ({ class: "dm" in r ? "dm-row" : undefined })}
            columns={[
              { head: t("cooke.expert"), rowHead: true, cell: (r) => r.label },
              {
                head: t("cooke.calibration"),
                title: (r) => String(r.calibration),
                cell: (r) => sci(r.calibration),
              },
              { head: t("cooke.infoAll"), cell: (r) => sci(r.informationAll) },
              { head: t("cooke.infoSeeds"), cell: (r) => sci(r.informationSeeds) },
              { head: t("cooke.weight"), cell: (r) => r.weight },
            ]}
          />
          <h2>{t("cooke.items")}</h2>
          <DataTable
            scroll
            class="stats dm-table"
            id="cooke-items"
            rows={study.questions.map((q, j) => ({
              q,
              dm: result.decisionMaker.items[q.itemId],
              eq: equal?.decisionMaker.items[q.itemId],
              // Seeds: their realisation; targets: the value they were resolved to, once they are.
              real: study.input.items[j]?.realisation ?? q.resolvedValue ?? null,
            }))}
            columns={[
              {
                head: t("cooke.item"),
                rowHead: true,
                cell: ({ q }) => (
                  <>
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
                  </>
                ),
              },
              { head: t("dm.performance"), cell: ({ dm }) => (dm ? dm.map(num).join(" · ") : "–") },
              { head: t("dm.equal"), cell: ({ eq }) => (eq ? eq.map(num).join(" · ") : "–") },
              { head: t("cooke.realisation"), cell: ({ real }) => (real === null ? "–" : num(real)) },
              itemWeights !== undefined && {
                head: t("cooke.itemWeights"),
                cell: ({ q }) =>
                  (itemWeights[q.itemId] ?? [])
                    .map((w, e) => ({ w, id: result.experts[e]?.id ?? "" }))
                    .filter(({ w }) => w > 0)
                    .map(({ w, id }) => `${t("pseudonym", { code: id })} ${i18n.formatPercent(w, 1)}`)
                    .join(" · ") || "–",
              },
            ]}
          />
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
            <DataTable
              scroll
              class="stats cooke-table"
              id={`cooke-robustness-${robustness.by}`}
              rows={robustness.rows}
              row={(r) => ({ class: r.removed === null ? "dm-row" : undefined })}
              columns={[
                {
                  head: t(robustness.by === "items" ? "cooke.removedItem" : "cooke.removedExpert"),
                  rowHead: true,
                  cell: (r) =>
                    r.removed === null
                      ? t("cooke.noneRemoved")
                      : robustness.by === "experts"
                        ? t("pseudonym", { code: r.removed })
                        : (study.questions.find((q) => q.itemId === r.removed)?.title ?? r.removed),
                },
                { head: t("cooke.calibration"), cell: (r) => orDash(r.calibration) },
                { head: t("cooke.infoAll"), cell: (r) => orDash(r.informationAll) },
                { head: t("cooke.infoSeeds"), cell: (r) => orDash(r.informationSeeds) },
                { head: t("cooke.combined"), cell: (r) => orDash(r.combined) },
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}
