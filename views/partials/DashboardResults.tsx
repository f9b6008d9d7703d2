import type { QuestionConfig } from "../../src/domain/questions.js";
import {
  normaliseShares,
  POOL_METHODS,
  type PoolMethod,
  type PublicSnapshot,
  pooledValue,
  type SpreadPoint,
} from "../../src/domain/snapshot.js";
import type { I18n } from "../../src/i18n/index.js";
import { ConsensusBadge } from "../components/ConsensusBadge.js";
import { GroupDots } from "../components/GroupDots.js";
import { LineChart, LineLegend } from "../components/LineChart.js";
import { type ScenarioBar, ScenarioBars } from "../components/ScenarioBars.js";
import { StripPlot } from "../components/StripPlot.js";
import { useI18n } from "../context.js";
import { chartDomain, valueFormatter } from "../format.js";

export type DashboardCard = {
  questionId: number;
  title: string;
  config: QuestionConfig;
  snapshot: PublicSnapshot;
};

export type DashboardResultsProps = {
  forumId: number;
  rounds: { number: number; publishedAt: string | null }[];
  current: { number: number; publishedAt: string | null; synthesis: string };
  method: PoolMethod;
  threshold: number;
  cards: DashboardCard[];
  spreads: Map<number, SpreadPoint[]>;
};

/** The id htmx swaps: the switches and everything they change. */
export const DASHBOARD_RESULTS_ID = "dashboard-results";

export const dashboardHref = (forumId: number, round: number, method: PoolMethod) =>
  `/forums/${forumId}/dashboard?round=${round}&method=${method}`;

/** The value a pooling method gives a binary question, or each scenario of an allocation. */
export function pooledValues(card: DashboardCard, method: PoolMethod): number[] | null {
  const s = card.snapshot;
  const median = s.summary ? [s.summary.median] : null;
  if (card.config.kind === "binary") return pooledValue(s, method) ?? median;
  // Scenario probabilities read 100% wherever shown: the pooled shares rescaled (normaliseShares).
  if (card.config.kind === "allocation") return normaliseShares(pooledValue(s, method));
  return median;
}

/**
 * The switchable part of the stakeholder dashboard: round and pooling-method switches (plain links
 * that htmx turns into swaps of this element, pushing the URL so it stays shareable), the headline
 * scenario set, and one card per question.
 */
export function DashboardResults(p: DashboardResultsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const allocations = p.cards.filter((c) => c.config.kind === "allocation");
  const others = p.cards.filter((c) => c.config.kind !== "allocation");
  const link = (round: number, method: PoolMethod) => ({
    href: dashboardHref(p.forumId, round, method),
    "hx-get": dashboardHref(p.forumId, round, method),
    "hx-target": `#${DASHBOARD_RESULTS_ID}`,
    "hx-swap": "outerHTML",
    "hx-push-url": "true",
  });
  return (
    <div id={DASHBOARD_RESULTS_ID} class="dashboard-results">
      <div class="switches">
        {p.rounds.length > 1 && (
          <nav class="switch" aria-label={t("dashboard.roundLabel")}>
            <span class="switch-label">{t("dashboard.roundLabel")}</span>
            <ul>
              {p.rounds.map((r) => (
                <li>
                  {r.number === p.current.number ? (
                    <span aria-current="true" class="current">
                      {r.number}
                    </span>
                  ) : (
                    <a {...link(r.number, p.method)}>{r.number}</a>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        )}
        <nav class="switch" aria-label={t("dashboard.methodLabel")}>
          <span class="switch-label">{t("dashboard.methodLabel")}</span>
          <ul>
            {POOL_METHODS.map((m) => (
              <li>
                {m === p.method ? (
                  <span aria-current="true" class="current">
                    {t(`dashboard.method.${m}`)}
                  </span>
                ) : (
                  <a {...link(p.current.number, m)}>{t(`dashboard.method.${m}`)}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p class="meta">
        {t("dashboard.measuredIn", {
          round: p.current.number,
          date: p.current.publishedAt ? i18n.formatDateTime(p.current.publishedAt) : "",
        })}{" "}
        <a href={`/forums/${p.forumId}/rounds/${p.current.number}/report`}>{t("dashboard.report")}</a>
      </p>
      {allocations.map((c) => (
        <Headline
          card={c}
          method={p.method}
          spreads={p.spreads.get(c.questionId) ?? []}
          current={p.current.number}
        />
      ))}
      {p.current.synthesis && (
        <p class="synthesis" hx-disable>
          {p.current.synthesis}
        </p>
      )}
      <div class="card-grid">
        {others.map((c) => (
          <QuestionCard
            card={c}
            method={p.method}
            threshold={p.threshold}
            spreads={p.spreads.get(c.questionId) ?? []}
            current={p.current.number}
          />
        ))}
      </div>
    </div>
  );
}

function methodName(i18n: I18n, card: DashboardCard, method: PoolMethod) {
  return card.config.kind === "binary" || card.config.kind === "allocation"
    ? i18n.t("dashboard.pooledBy", { method: i18n.t(`dashboard.method.${method}`).toLowerCase() })
    : i18n.t("dashboard.medianOf");
}

function Answered({ s }: { s: PublicSnapshot }) {
  const i18n = useI18n();
  return (
    <p class="meta">
      <ConsensusBadge consensus={s.consensus} n={s.n} />{" "}
      <span class="answered">
        {i18n.t("dashboard.answered", {
          n: s.n,
          eligible: s.eligible,
          rate: i18n.formatPercent(s.responseRate),
        })}
      </span>
    </p>
  );
}

function Headline({
  card,
  method,
  spreads,
  current,
}: {
  card: DashboardCard;
  method: PoolMethod;
  spreads: SpreadPoint[];
  current: number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const values = pooledValues(card, method);
  const raw = pooledValue(card.snapshot, method);
  const rawSum = raw ? raw.reduce((a, b) => a + b, 0) : null;
  const bars: ScenarioBar[] = (card.snapshot.perOption ?? []).map((o, i) => ({
    label: o.label,
    value: values?.[i] ?? null,
    q1: o.summary?.q1 ?? null,
    q3: o.summary?.q3 ?? null,
  }));
  const describe = (b: ScenarioBar) =>
    t("dashboard.barItem", {
      label: b.label,
      value: b.value === null ? "–" : f(b.value),
      q1: b.q1 === null ? "–" : f(b.q1),
      q3: b.q3 === null ? "–" : f(b.q3),
    });
  const id = `q${card.questionId}`;
  return (
    <section class="headline" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{card.title}</h2>
      <Answered s={card.snapshot} />
      <p class="meta">
        {t("dashboard.headlineDesc", { method: t(`dashboard.method.${method}`).toLowerCase() })}
      </p>
      {rawSum !== null && Math.abs(rawSum - 1) > 0.0005 && (
        <p class="meta normalised-note">
          {t("dashboard.normalised", { sum: i18n.formatPercent(rawSum, 1) })}
        </p>
      )}
      <ScenarioBars
        id={`bars-${card.questionId}`}
        title={card.title}
        desc={t("dashboard.barsDesc", { count: bars.length, items: bars.map(describe).join("; ") })}
        bars={bars}
        format={f}
        describe={describe}
      />
      <p class="legend">
        <span class="legend-item">
          <span class="swatch bar-swatch" aria-hidden="true" /> {t("dashboard.legendPooled")}
        </span>
        <span class="legend-item">
          <span class="swatch spread-swatch" aria-hidden="true" /> {t("dashboard.legendSpread")}
        </span>
      </p>
      <details>
        <summary>{t("dashboard.showTable")}</summary>
        <table class="stats">
          <thead>
            <tr>
              <th scope="col">{t("stats.scenario")}</th>
              <th scope="col">{t("dashboard.pooled")}</th>
              <th scope="col">{t("dashboard.spread")}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr>
                <th scope="row">{b.label}</th>
                <td>{b.value === null ? "–" : f(b.value)}</td>
                <td>{b.q1 === null || b.q3 === null ? "–" : `${f(b.q1)} – ${f(b.q3)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <Convergence card={card} spreads={spreads} current={current} />
    </section>
  );
}

export function Convergence({
  card,
  spreads,
  current,
}: {
  card: DashboardCard;
  spreads: SpreadPoint[];
  current: number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const isOptions = spreads.some((s) => s.options);
  const labels = isOptions ? (spreads.at(-1)?.options ?? []).map((o) => o.label) : [""];
  const series = labels.map((label, k) => ({
    label,
    points: spreads.map((s) => ({ x: s.round, y: isOptions ? (s.options?.[k]?.iqr ?? null) : s.iqr })),
  }));
  const xs = spreads.map((s) => s.round);
  const id = `conv-${card.questionId}`;
  const roundLabel = (x: number) => t("round.title", { number: x });
  return (
    <section class="convergence" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t("dashboard.convergence")}</h4>
      {xs.length >= 2 && <p class="meta convergence-hint">{t("dashboard.convergenceHint")}</p>}
      {xs.length < 2 ? (
        <p class="meta">{t("dashboard.convergenceOne")}</p>
      ) : (
        <>
          <LineChart
            id={id}
            title={`${t("dashboard.convergence")}: ${card.title}`}
            desc={t("dashboard.convergenceDesc", {
              items: series
                .map(
                  (s) =>
                    `${s.label ? `${s.label}: ` : ""}${s.points
                      .map((p) =>
                        t("dashboard.convergenceItem", { round: p.x, value: p.y === null ? "–" : f(p.y) }),
                      )
                      .join(", ")}`,
                )
                .join("; "),
            })}
            series={series}
            xs={xs}
            current={current}
            xLabel={(x) => String(x)}
            format={f}
          />
          {isOptions && <LineLegend labels={labels} />}
          <details>
            <summary>{t("dashboard.showTable")}</summary>
            <table class="stats">
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.roundLabel")}</th>
                  {series.map((s) => (
                    <th scope="col">{s.label || t("stats.iqr")}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {xs.map((x, i) => (
                  <tr>
                    <th scope="row">{roundLabel(x)}</th>
                    {series.map((s) => (
                      <td>{s.points[i]?.y == null ? "–" : f(s.points[i]!.y!)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}

function QuestionCard({
  card,
  method,
  threshold,
  spreads,
  current,
}: {
  card: DashboardCard;
  method: PoolMethod;
  threshold: number;
  spreads: SpreadPoint[];
  current: number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const s = card.snapshot;
  const headline = pooledValues(card, method)?.[0];
  const domain = chartDomain(card.config, s.distribution);
  return (
    <article class="card question-card" id={`card-${card.questionId}`}>
      <h3>{card.title}</h3>
      <Answered s={s} />
      {s.summary && headline !== undefined && (
        <>
          <p class="headline-number">
            {f(headline)} <span class="headline-method">{methodName(i18n, card, method)}</span>
          </p>
          <StripPlot
            id={`strip-${card.questionId}`}
            title={card.title}
            points={s.distribution.map((v) => ({ value: v, label: t("chart.legendAnswer") }))}
            domain={domain}
            median={s.summary.median}
            q1={s.summary.q1}
            q3={s.summary.q3}
            format={f}
          />
          <details>
            <summary>{t("dashboard.showTable")}</summary>
            <table class="stats">
              <tbody>
                <tr>
                  <th scope="row">{t("stats.median")}</th>
                  <td>{f(s.summary.median)}</td>
                </tr>
                <tr>
                  <th scope="row">{t("stats.iqrRange")}</th>
                  <td>{`${f(s.summary.q1)} – ${f(s.summary.q3)}`}</td>
                </tr>
                <tr>
                  <th scope="row">{t("stats.mean")}</th>
                  <td>{f(s.summary.mean)}</td>
                </tr>
                <tr>
                  <th scope="row">{t("stats.n")}</th>
                  <td>{s.n}</td>
                </tr>
              </tbody>
            </table>
          </details>
        </>
      )}
      {!s.summary && s.perOption && (
        <table class="stats">
          <caption>{t("dashboard.optionMedians")}</caption>
          <tbody>
            {s.perOption.map((o) => (
              <tr>
                <th scope="row">{o.label}</th>
                <td>{o.summary ? i18n.formatNumber(o.summary.median) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Convergence card={card} spreads={spreads} current={current} />
      {s.summary && (
        <Breakdown card={card} threshold={threshold} overall={s.summary.median} domain={domain} />
      )}
    </article>
  );
}

export function Breakdown({
  card,
  threshold,
  overall,
  domain,
  open = false,
}: {
  card: DashboardCard;
  threshold: number;
  overall: number;
  domain: [number, number];
  open?: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const diff = (v: number) => {
    const d = v - overall;
    const sign = d > 0 ? "+" : d < 0 ? "−" : "±";
    const abs = Math.abs(d);
    return card.config.kind === "binary"
      ? `${sign}${t("dashboard.points", { value: i18n.formatNumber(abs * 100, 1) })}`
      : `${sign}${i18n.formatNumber(abs, 2)}`;
  };
  const parts = [
    { key: "institution", label: t("dashboard.byInstitution"), groups: card.snapshot.groups.institution },
    { key: "country", label: t("dashboard.byCountry"), groups: card.snapshot.groups.country },
  ] as const;
  const any = parts.some((p) => p.groups.length > 0);
  return (
    <details class="breakdown" open={open}>
      <summary>
        <h4>{t("dashboard.breakdown")}</h4>
      </summary>
      <p class="meta">
        {any ? t("dashboard.groupsRule", { k: threshold }) : t("dashboard.noGroups", { k: threshold })}
      </p>
      {parts
        .filter((p) => p.groups.length > 0)
        .map((p) => {
          const id = `groups-${card.questionId}-${p.key}`;
          return (
            <div class="group-part">
              <h5>{p.label}</h5>
              <GroupDots
                id={id}
                title={`${p.label}: ${card.title}`}
                desc={t("dashboard.groupsDesc", {
                  overall: f(overall),
                  items: p.groups
                    .map((g) => t("dashboard.groupItem", { name: g.name, n: g.n, value: f(g.median) }))
                    .join("; "),
                })}
                groups={p.groups}
                overall={overall}
                domain={domain}
                format={f}
              />
              <table class="stats">
                <thead>
                  <tr>
                    <th scope="col">{t("dashboard.group")}</th>
                    <th scope="col">{t("stats.median")}</th>
                    <th scope="col">{t("dashboard.divergence")}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.groups.map((g) => (
                    <tr>
                      <th scope="row">{t("dashboard.groupName", { name: g.name, n: g.n })}</th>
                      <td>{f(g.median)}</td>
                      <td>{diff(g.median)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        })}
      {any && (
        <p class="legend">
          <span class="legend-item">
            <span class="swatch dot-swatch" aria-hidden="true" /> {t("dashboard.legendGroup")}
          </span>
          <span class="legend-item">
            <span class="swatch median-swatch" aria-hidden="true" /> {t("dashboard.legendOverall")}
          </span>
        </p>
      )}
    </details>
  );
}
