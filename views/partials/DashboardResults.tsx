import type { Child } from "hono/jsx";
import { type OutcomeGap, outcomeGap } from "../../src/domain/outcome-gap.js";
import type { SummaryFact } from "../../src/domain/panel-summary.js";
import type { QuestionConfig } from "../../src/domain/questions.js";
import type { Outcome } from "../../src/domain/resolutions.js";
import {
  POOL_METHODS,
  type PoolMethod,
  type PublicSnapshot,
  pooledValue,
  type SpreadPoint,
  shownIntervals,
  shownValues,
} from "../../src/domain/snapshot.js";
import { rescaledFrom, shownShares } from "../../src/domain/whole-percents.js";
import type { I18n } from "../../src/i18n/index.js";
import { ConsensusBadge } from "../components/ConsensusBadge.js";
import { DataTable } from "../components/DataTable.js";
import { GroupDots } from "../components/GroupDots.js";
import { Legend } from "../components/Legend.js";
import { type LazyPart, LoadOnOpen } from "../components/LoadOnOpen.js";
import { RangePlot } from "../components/RangePlot.js";
import { ScenarioBars, scenarioBars } from "../components/ScenarioBars.js";
import { Sparkline } from "../components/Sparkline.js";
import { StripPlot } from "../components/StripPlot.js";
import { useI18n } from "../context.js";
import { chartDomain, formatCount, valueFormatter } from "../format.js";

export type DashboardCard = {
  questionId: number;
  title: string;
  config: QuestionConfig;
  snapshot: PublicSnapshot;
};

/** Where the reader's links lead: a member's dashboard and report, or a shared link's pages. */
export type ResultsLinks = {
  dashboard: (round: number, method: PoolMethod) => string;
  report: (round: number, method: PoolMethod) => string;
  glossary: string;
  /**
   * Where one card's breakdown by institution and country loads from when its reader opens it (htmx);
   * without it (a shared link, an embedded card) the breakdown is part of the page.
   */
  breakdown?: (round: number, questionId: number) => string;
  /** Where a quantity card's per-expert ranges load from past RANGES_INLINE experts (as `breakdown`). */
  ranges?: (round: number, questionId: number) => string;
  /** A shared link shows one round: no switch to the others. */
  fixedRound?: boolean;
};

export const memberLinks = (forumId: number): ResultsLinks => ({
  dashboard: (round, method) => dashboardHref(forumId, round, method),
  report: (round, method) => `/forums/${forumId}/rounds/${round}/report?method=${method}`,
  glossary: "/glossary",
  breakdown: (round, questionId) => `/forums/${forumId}/dashboard/rounds/${round}/breakdown/${questionId}`,
  ranges: (round, questionId) => `/forums/${forumId}/dashboard/rounds/${round}/ranges/${questionId}`,
});

export type DashboardResultsProps = {
  forumId: number;
  rounds: { number: number; publishedAt: string | null }[];
  current: { number: number; publishedAt: string | null; synthesis: string };
  method: PoolMethod;
  /** The method the organisers chose for readers (a forum setting). */
  defaultMethod?: PoolMethod;
  threshold: number;
  cards: DashboardCard[];
  spreads: Map<number, SpreadPoint[]>;
  /** "What the panel thinks" (src/domain/panel-summary.ts); none → no paragraph. */
  summary?: SummaryFact[];
  /** Resolved questions' outcomes that readers may see (seeds only once the forum is closed). */
  outcomes?: Map<number, Outcome>;
  /** When the whole forum closed, or null while it runs. */
  closedAt?: string | null;
  links?: ResultsLinks;
  /**
   * The card whose breakdown is part of the page, open (`?breakdown=<question id>`): where a reader
   * without JavaScript lands from a card's "show the breakdown" link.
   */
  breakdownOpen?: number;
  /** Whether the reader gets breakdowns by institution and country (experts never do: visibility.ts). */
  breakdowns?: boolean;
};

/** The id htmx swaps: the switches and everything they change. */
export const DASHBOARD_RESULTS_ID = "dashboard-results";

export const dashboardHref = (forumId: number, round: number, method: PoolMethod) =>
  `/forums/${forumId}/dashboard?round=${round}&method=${method}`;

/** The value a pooling method gives a binary question, or each scenario of an allocation (shownValues). */
export const pooledValues = (card: DashboardCard, method: PoolMethod): number[] | null =>
  shownValues(card.snapshot, method);

/**
 * A question's headline number (the pool by the chosen method for yes/no questions, else the median of the
 * answers) with what it is, and its likely range (the snapshot's bootstrap interval) where one is stored.
 * The dashboard's cards and the report both show it.
 */
export function HeadlineNumber({
  card,
  value,
  method,
  glossary,
}: {
  card: DashboardCard;
  value: number;
  method: PoolMethod;
  glossary: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const interval = shownIntervals(card.snapshot, method)?.[0];
  return (
    <>
      <p class="headline-number">
        {f(value)}{" "}
        <span class="headline-method">
          {card.config.kind === "binary" ? (
            <MethodName method={method} glossary={glossary} />
          ) : (
            <Term id="median" href={glossary}>
              {t("dashboard.medianOf")}
            </Term>
          )}
        </span>
      </p>
      {card.snapshot.randUcla && (
        <p class="meta rand-ucla">{t("rand.label", { label: t(`rand.${card.snapshot.randUcla.label}`) })}</p>
      )}
      {interval && (
        <p class="meta likely-range">
          <Term id="likely-range" href={glossary}>
            {t("dashboard.likelyRange", { lower: f(interval[0]), upper: f(interval[1]) })}
          </Term>
        </p>
      )}
    </>
  );
}

/** A glossary link around a technical term (every term a reader meets is explained there). */
export function Term({ id, href = "/glossary", children }: { id: string; href?: string; children?: Child }) {
  return (
    <a class="term" href={`${href}#${id}`}>
      {children}
    </a>
  );
}

/** The glossary entry that explains a pooling method. */
export const METHOD_TERM: Record<PoolMethod, string> = {
  median: "median",
  "geo-odds": "geo-odds",
  mean: "mean",
  "recency-median": "recency",
  extremized: "extremized",
  "track-record": "track-record",
};

/** A method's plain name, linked to its glossary entry. */
export function MethodName({ method, glossary }: { method: PoolMethod; glossary: string }) {
  const { t } = useI18n();
  return (
    <Term id={METHOD_TERM[method]} href={glossary}>
      {t(`method.name.${method}`)}
    </Term>
  );
}

/**
 * The switchable part of the stakeholder dashboard, answer first: which round, "What the panel
 * thinks", the headline scenario set, the organisers' summary, one card per question; then "How these
 * numbers are made" with the other pooling methods (plain links that htmx turns into swaps of this
 * element, pushing the URL so it stays shareable), their definitions and the glossary.
 */
export function DashboardResults(p: DashboardResultsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const links = p.links ?? memberLinks(p.forumId);
  const defaultMethod = p.defaultMethod ?? "median";
  const allocations = p.cards.filter((c) => c.config.kind === "allocation");
  const others = p.cards.filter((c) => c.config.kind !== "allocation");
  const manyRounds = p.rounds.length > 1 && p.rounds.some((r) => r.number < p.current.number);
  const link = (round: number, method: PoolMethod) => ({
    href: links.dashboard(round, method),
    "hx-get": links.dashboard(round, method),
    "hx-target": `#${DASHBOARD_RESULTS_ID}`,
    "hx-swap": "outerHTML",
    "hx-push-url": "true",
  });
  const shared = { method: p.method, glossary: links.glossary, outcomes: p.outcomes, closed: !!p.closedAt };
  const breakdownOf = (questionId: number): LazyPart | "open" | "none" | undefined => {
    if (p.breakdowns === false) return "none";
    if (p.breakdownOpen === questionId) return "open";
    if (!links.breakdown) return undefined;
    const { number } = p.current;
    return {
      href: links.breakdown(number, questionId),
      fallback: `${links.dashboard(number, p.method)}&breakdown=${questionId}#card-${questionId}`,
    };
  };
  return (
    <div id={DASHBOARD_RESULTS_ID} class="dashboard-results">
      <RoundLine {...p} links={links} link={link} />
      {p.closedAt && (
        <p class="notice finished-note">{t("read.finished", { date: i18n.formatDateTime(p.closedAt) })}</p>
      )}
      {p.summary && (
        <PanelSummary
          facts={p.summary}
          cards={p.cards}
          method={p.method}
          defaultMethod={defaultMethod}
          glossary={links.glossary}
        />
      )}
      {allocations.map((c) => (
        <Headline
          card={c}
          {...shared}
          spreads={p.spreads.get(c.questionId) ?? []}
          current={p.current.number}
        />
      ))}
      {p.current.synthesis && (
        <Synthesis number={p.current.number} text={p.current.synthesis} publishedAt={p.current.publishedAt} />
      )}
      {manyRounds && p.cards.length > 0 && <p class="meta convergence-hint">{t("read.convergenceHint")}</p>}
      <div class="card-grid">
        {others.map((c) => (
          <QuestionCard
            card={c}
            {...shared}
            threshold={p.threshold}
            spreads={p.spreads.get(c.questionId) ?? []}
            current={p.current.number}
            breakdown={breakdownOf(c.questionId)}
            lazyRanges={
              links.ranges && {
                href: links.ranges(p.current.number, c.questionId),
                fallback: `${links.report(p.current.number, p.method)}#report-q${c.questionId}`,
              }
            }
          />
        ))}
      </div>
      {!manyRounds && p.cards.length > 0 && (
        <p class="meta convergence-later">{t("read.convergenceLater")}</p>
      )}
      <HowMade
        method={p.method}
        defaultMethod={defaultMethod}
        threshold={p.threshold}
        links={links}
        link={(m) => link(p.current.number, m)}
      />
    </div>
  );
}

function RoundLine(
  p: DashboardResultsProps & {
    links: ResultsLinks;
    link: (round: number, method: PoolMethod) => Record<string, string>;
  },
) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div class="switches">
      <p class="meta round-line">
        {p.rounds.length > 1
          ? t("read.roundOf", { number: p.current.number, count: p.rounds.length })
          : t("round.title", { number: p.current.number })}
        {p.current.publishedAt && (
          <> · {t("read.publishedOn", { date: i18n.formatDateTime(p.current.publishedAt) })}</>
        )}{" "}
        · <a href={p.links.report(p.current.number, p.method)}>{t("dashboard.report")}</a>
      </p>
      {p.rounds.length > 1 && !p.links.fixedRound && (
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
                  <a {...p.link(r.number, p.method)}>{r.number}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}

/** "How these numbers are made": the method in use, the others (switches) with definitions, rules, glossary. */
export function HowMade({
  method,
  defaultMethod,
  threshold,
  links,
  link,
}: {
  method: PoolMethod;
  defaultMethod: PoolMethod;
  threshold: number;
  links: ResultsLinks;
  link?: (m: PoolMethod) => Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <details class="how-made" id="how-made">
      <summary>
        <h2>{t("read.howTitle")}</h2>
      </summary>
      <p>{t("read.howIntro")}</p>
      <nav class="method-list" aria-label={t("dashboard.methodLabel")}>
        <dl>
          {POOL_METHODS.map((m) => (
            <>
              <dt>
                {m === method ? (
                  <span aria-current="true" class="current">
                    {t(`method.name.${m}`)}
                  </span>
                ) : link ? (
                  <a {...link(m)}>{t(`method.name.${m}`)}</a>
                ) : (
                  t(`method.name.${m}`)
                )}
                {m === defaultMethod && <span class="meta"> · {t("method.default")}</span>}
              </dt>
              <dd>
                {t(`method.def.${m}`)}{" "}
                <Term id={METHOD_TERM[m]} href={links.glossary}>
                  {t("read.glossary")}
                </Term>
              </dd>
            </>
          ))}
        </dl>
      </nav>
      <p>
        <Term id="normalised" href={links.glossary}>
          {t("glossary.normalised.term")}
        </Term>
        : {t("read.howShares")}
      </p>
      <p>
        <Term id="middle-half" href={links.glossary}>
          {t("chart.legendIqr")}
        </Term>
        : {t("read.howSpread")}
      </p>
      <p>
        <Term id="range" href={links.glossary}>
          {t("glossary.range.term")}
        </Term>
        : {t("read.howRanges")}
      </p>
      <p>
        <Term id="consensus" href={links.glossary}>
          {t("glossary.consensus.term")}
        </Term>
        : {t("read.howConsensus")} {t("read.howGroups", { k: threshold })}
      </p>
      <p>
        <a href={links.glossary}>{t("read.glossary")}</a>
      </p>
    </details>
  );
}

/** The organisers' synthesis of a round, with a heading and an author line. */
export function Synthesis({
  number,
  text,
  publishedAt,
}: {
  number: number;
  text: string;
  publishedAt: string | null;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section class="synthesis-section" aria-labelledby="synthesis-h">
      <h2 id="synthesis-h">{t("read.synthesisTitle", { number })}</h2>
      <p class="meta">
        {publishedAt
          ? t("read.synthesisBy", { date: i18n.formatDateTime(publishedAt) })
          : t("read.synthesisByNoDate")}
      </p>
      <p class="synthesis" hx-disable>
        {text}
      </p>
    </section>
  );
}

/** "What the panel thinks": the summary facts (src/domain/panel-summary.ts) written in the reader's language. */
export function PanelSummary({
  facts,
  cards,
  method,
  defaultMethod,
  glossary,
}: {
  facts: SummaryFact[];
  cards: DashboardCard[];
  method: PoolMethod;
  defaultMethod: PoolMethod;
  glossary: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const sentences = facts.map((f) => summarySentence(i18n, f, cards, method)).filter((s) => s !== "");
  return (
    <section class="panel-summary" id="panel-summary" aria-labelledby="panel-summary-h">
      <h2 id="panel-summary-h">{t("read.summaryTitle")}</h2>
      {sentences.length > 0 && <p class="summary-text">{sentences.join(" ")}</p>}
      <p class="meta">
        {method === defaultMethod ? (
          <>
            {t("read.method")}: <MethodName method={method} glossary={glossary} /> ({t("method.default")}).
          </>
        ) : (
          <>
            {t("read.method")}: <MethodName method={method} glossary={glossary} />. {t("method.default")}:{" "}
            <MethodName method={defaultMethod} glossary={glossary} />.
          </>
        )}{" "}
        <a href="#how-made">{t("read.howLink")}</a>
      </p>
    </section>
  );
}

/** One summary fact as a sentence; numbers formatted as the question's cards show them. */
export function summarySentence(
  i18n: I18n,
  f: SummaryFact,
  cards: readonly DashboardCard[],
  method: PoolMethod,
): string {
  const { t } = i18n;
  const card = (id: number) => cards.find((c) => c.questionId === id);
  const pct = (v: number) => i18n.formatPercent(v);
  const fmt = (id: number) => {
    const c = card(id);
    return c ? valueFormatter(i18n, c.config) : pct;
  };
  switch (f.key) {
    case "likeliest": {
      const shown = displayShares(card(f.questionId), f, method);
      return f.second
        ? t("summary.likeliest", {
            label: f.label,
            share: pct(shown.top),
            second: f.second.label,
            secondShare: pct(shown.second ?? f.second.share),
            n: f.n,
            eligible: f.eligible,
          })
        : t("summary.likeliestAlone", {
            label: f.label,
            share: pct(shown.top),
            n: f.n,
            eligible: f.eligible,
          });
    }
    case "likeliestTie":
      return t("summary.likeliestTie", {
        labels: f.labels.map((l) => `“${l}”`).join(", "),
        share: pct(f.share),
        n: f.n,
        eligible: f.eligible,
      });
    case "headline":
      return t("summary.headline", {
        title: f.title,
        value: fmt(f.questionId)(f.value),
        n: f.n,
        eligible: f.eligible,
      });
    case "disagreement": {
      const q = { q1: fmt(f.questionId)(f.q1), q3: fmt(f.questionId)(f.q3) };
      return f.label
        ? t("summary.disagreementScenario", { label: f.label, ...q })
        : t("summary.disagreement", { title: f.title, ...q });
    }
    case "agreement":
      return t("summary.agreement");
    case "moved": {
      const v = { round: f.previousRound, from: pct(f.from), to: pct(f.to) };
      return f.label
        ? t("summary.movedScenario", { label: f.label, ...v })
        : t("summary.moved", { title: f.title, ...v });
    }
    case "steady":
      return t("summary.steady", { round: f.previousRound });
    case "firstRound":
      return t("summary.firstRound");
    case "tooFew":
      return t("summary.tooFew", { count: f.count });
  }
}

/** The likeliest and runner-up shares as the bars show them (whole percentages adding up to 100). */
function displayShares(
  card: DashboardCard | undefined,
  f: Extract<SummaryFact, { key: "likeliest" }>,
  method: PoolMethod,
): { top: number; second: number | null } {
  const labels = (card?.snapshot.perOption ?? []).map((o) => o.label);
  const shown = card ? shownShares(pooledValues(card, method)) : null;
  const at = (label: string | undefined) => {
    const i = label === undefined ? -1 : labels.indexOf(label);
    return i >= 0 && shown ? (shown[i] ?? null) : null;
  };
  return { top: at(f.label) ?? f.share, second: at(f.second?.label) ?? f.second?.share ?? null };
}

/** A question's head line on the dashboard and in the report: its consensus badge and who answered. */
export function Answered({ s, closed }: { s: PublicSnapshot; closed?: boolean }) {
  const i18n = useI18n();
  return (
    <p class="meta">
      <ConsensusBadge consensus={s.consensus} n={s.n} closed={closed} />{" "}
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

type Shared = {
  method: PoolMethod;
  glossary: string;
  outcomes?: Map<number, Outcome>;
  closed: boolean;
};

export function Headline({
  card,
  method,
  glossary,
  outcomes,
  closed,
  spreads,
  current,
}: Shared & { card: DashboardCard; spreads: SpreadPoint[]; current: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const values = shownShares(pooledValues(card, method));
  const raw = pooledValue(card.snapshot, method);
  const intervals = shownIntervals(card.snapshot, method);
  const rawSum = rescaledFrom(raw);
  const bars = scenarioBars(card.snapshot.perOption, values);
  const id = `q${card.questionId}`;
  const outcome = outcomes?.get(card.questionId);
  return (
    <section class="headline" id={`card-${card.questionId}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{card.title}</h2>
      <Answered s={card.snapshot} closed={closed} />
      <p class="meta">
        {t("read.method")}: <MethodName method={method} glossary={glossary} />
        {rawSum !== null && (
          <>
            {" "}
            ·{" "}
            <span class="normalised-note">
              {t("read.normalisedShort", { sum: i18n.formatPercent(rawSum, 1) })}
            </span>
          </>
        )}
      </p>
      <ScenarioBars id={`bars-${card.questionId}`} title={card.title} bars={bars} format={f} />
      <Legend
        keys={[
          { swatch: "bar-swatch", label: t("dashboard.legendPooled") },
          {
            swatch: "spread-swatch",
            label: (
              <Term id="middle-half" href={glossary}>
                {t("dashboard.legendSpread")}
              </Term>
            ),
          },
        ]}
      />
      {outcome && <OutcomeLine card={card} outcome={outcome} method={method} />}
      <details>
        <summary>{t("dashboard.showTable")}</summary>
        <DataTable
          class="stats"
          rows={bars}
          columns={[
            { head: t("stats.scenario"), rowHead: true, cell: (b) => b.label },
            { head: t("dashboard.pooled"), cell: (b) => (b.value === null ? "–" : f(b.value)) },
            {
              head: t("dashboard.spread"),
              cell: (b) => (b.q1 === null || b.q3 === null ? "–" : `${f(b.q1)} – ${f(b.q3)}`),
            },
            intervals !== null && {
              head: (
                <Term id="likely-range" href={glossary}>
                  {t("dashboard.likelyRangeCol")}
                </Term>
              ),
              cell: (_, i) => (intervals[i] ? `${f(intervals[i][0])} – ${f(intervals[i][1])}` : "–"),
            },
          ]}
        />
      </details>
      {spreads.length >= 2 && <Convergence card={card} spreads={spreads} current={current} />}
    </section>
  );
}

/** A resolved question's outcome beside the panel's forecast, and how far the panel was. */
export function OutcomeLine({
  card,
  outcome,
  method,
}: {
  card: DashboardCard;
  outcome: Outcome;
  method: PoolMethod;
}) {
  const i18n = useI18n();
  const text = outcomeSentence(i18n, card, outcome, method);
  if (!text) return null;
  return (
    <p class="outcome" id={`outcome-${card.questionId}`}>
      <span class="badge badge-outcome">{i18n.t("outcome.badge")}</span>{" "}
      <strong>{i18n.t("outcome.title")}:</strong> {text}
    </p>
  );
}

/** The panel's forecast a resolved question is compared with: the shown value(s), or a quantity's pooled 5–95%. */
function forecastFor(card: DashboardCard, method: PoolMethod): number[] | null {
  if (card.config.kind === "quantity") {
    const q = card.snapshot.pooled["quantile-average"];
    const median = card.snapshot.summary?.median;
    if (Array.isArray(q) && q.length === 3 && median !== undefined) return [q[0]!, median, q[2]!];
    return median === undefined ? null : [median];
  }
  if (card.config.kind === "allocation") return shownShares(pooledValues(card, method));
  return pooledValues(card, method);
}

export function outcomeSentence(
  i18n: I18n,
  card: DashboardCard,
  outcome: Outcome,
  method: PoolMethod,
): string {
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const gap: OutcomeGap | null = outcomeGap(outcome, forecastFor(card, method));
  if (!gap) return "";
  switch (gap.kind) {
    case "annulled":
      return t("outcome.annulled");
    case "binary": {
      // The distance in whole points, from the percentage as printed, so that the two always add up.
      const p = Math.round((forecastFor(card, method)?.[0] ?? 0) * 100);
      return t(gap.happened ? "outcome.yes" : "outcome.no", {
        given: i18n.formatPercent(p / 100),
        distance: i18n.formatNumber(gap.happened ? 100 - p : p, 5),
      });
    }
    case "scenario": {
      const labels = (card.snapshot.perOption ?? []).map((o) => o.label);
      const shares = forecastFor(card, method) ?? [];
      const top = labels[shares.indexOf(Math.max(...shares))] ?? "";
      const label = labels[gap.index] ?? "";
      return gap.likeliest
        ? t("outcome.scenarioTop", { label, given: i18n.formatPercent(gap.given) })
        : t("outcome.scenarioOther", { label, given: i18n.formatPercent(gap.given), top });
    }
    case "quantity": {
      const q = forecastFor(card, method);
      const head =
        gap.relativeError === 0 || gap.median === gap.value
          ? t("outcome.quantityExact", { value: f(gap.value) })
          : t("outcome.quantity", {
              value: f(gap.value),
              median: f(gap.median),
              error:
                gap.relativeError === null
                  ? f(gap.distance)
                  : i18n.formatPercent(Math.abs(gap.relativeError)),
              direction: t(gap.median > gap.value ? "outcome.above" : "outcome.below"),
            });
      if (gap.inside === null || !q || q.length < 3) return head;
      return `${head} ${t(gap.inside ? "outcome.inside" : "outcome.outside", { low: f(q[0]!), high: f(q[2]!) })}`;
    }
  }
}

/**
 * "Spread of answers across rounds": per series (the question, or each scenario of an allocation) a
 * small line of the IQR per round and the same numbers in words ("round 1: 10% → round 2: 5%"; the arrow
 * points along the reading direction, so leftwards on a Persian page).
 */
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
  const hi = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.y ?? 0)));
  const id = `conv-${card.questionId}`;
  if (xs.length < 2) return null;
  return (
    <section class="convergence" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t("dashboard.convergence")}</h4>
      <ul class="spark-list">
        {series.map((s, i) => (
          <li class={`series s${i % 6}`}>
            <Sparkline series={s} xs={xs} hi={hi} current={current} />
            <span>
              {s.label && <span class="spark-label">{s.label}: </span>}
              {s.points
                .map((p) =>
                  t("dashboard.convergenceItem", { round: p.x, value: p.y === null ? "–" : f(p.y) }),
                )
                .join(i18n.dir === "rtl" ? " ← " : " → ")}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Past this many experts, a dashboard card shows the best estimates and loads the ranges on opening. */
export const RANGES_INLINE = 60;

/**
 * A question's chart: each expert's 5–95% range for quantities (when stored), otherwise a strip of
 * answers. With `lazyRanges` and more than RANGES_INLINE experts, the card shows the strip of best
 * estimates and folds the ranges, fetched from `lazyRanges.href` the first time the reader opens them
 * (`lazyRanges.fallback`, the printable report, shows them without JavaScript).
 */
export function AnswersChart({
  card,
  idPrefix,
  outcome,
  lazyRanges,
}: {
  card: DashboardCard;
  idPrefix: string;
  outcome?: Outcome;
  lazyRanges?: LazyPart;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const s = card.snapshot;
  if (!s.summary) return null;
  const realised = outcome && "value" in outcome ? outcome.value : null;
  const ranges = card.config.kind === "quantity" && s.ranges && s.ranges.length > 0 ? s.ranges : null;
  const domain = chartDomain(card.config, [
    ...s.distribution,
    ...(ranges ? ranges.flatMap((r) => [r[0], r[2]]) : []),
    ...(realised === null ? [] : [realised]),
  ]);
  // What both plots show besides the answers themselves.
  const plot = {
    id: `${idPrefix}-${card.questionId}`,
    title: card.title,
    domain,
    median: s.summary.median,
    q1: s.summary.q1,
    q3: s.summary.q3,
    format: f,
    outcome: realised,
  };
  const strip = (
    <StripPlot {...plot} points={s.distribution.map((v) => ({ value: v, label: t("chart.legendAnswer") }))} />
  );
  if (!ranges) return strip;
  if (lazyRanges && ranges.length > RANGES_INLINE)
    return (
      <>
        {strip}
        <details class="ranges-more">
          <summary>{t("dashboard.showRanges", { n: formatCount(i18n, ranges.length) })}</summary>
          <LoadOnOpen class="ranges-body" lazy={lazyRanges} label={t("dashboard.rangesInReport")} />
        </details>
      </>
    );
  return <RangePlot {...plot} ranges={ranges} />;
}

/**
 * The answers' median, middle half and mean as a table (and their number with `n`); the middle half
 * links to its glossary entry when `glossary` is given.
 */
export function SummaryTable({ card, glossary, n }: { card: DashboardCard; glossary?: string; n?: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const s = card.snapshot.summary;
  if (!s) return null;
  return (
    <table class="stats">
      <tbody>
        <tr>
          <th scope="row">{t("stats.median")}</th>
          <td>{f(s.median)}</td>
        </tr>
        <tr>
          <th scope="row">
            {glossary === undefined ? (
              t("stats.iqrRange")
            ) : (
              <Term id="middle-half" href={glossary}>
                {t("stats.iqrRange")}
              </Term>
            )}
          </th>
          <td>{`${f(s.q1)} – ${f(s.q3)}`}</td>
        </tr>
        <tr>
          <th scope="row">{t("stats.mean")}</th>
          <td>{f(s.mean)}</td>
        </tr>
        {n && (
          <tr>
            <th scope="row">{t("stats.n")}</th>
            <td>{formatCount(i18n, card.snapshot.n)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function QuestionCard({
  card,
  method,
  glossary,
  outcomes,
  closed,
  threshold,
  spreads,
  current,
  breakdown,
  lazyRanges,
}: Shared & {
  card: DashboardCard;
  threshold: number;
  spreads: SpreadPoint[];
  current: number;
  /**
   * The breakdown by institution and country: loaded when opened (`href`, with `fallback` for a reader
   * without JavaScript), part of the page and open ("open"), part of the page and closed (absent), or
   * none at all ("none": the reader never gets breakdowns).
   */
  breakdown?: LazyPart | "open" | "none";
  /** Where the per-expert ranges of a large panel load from (AnswersChart). */
  lazyRanges?: LazyPart;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const s = card.snapshot;
  const headline = pooledValues(card, method)?.[0];
  const outcome = outcomes?.get(card.questionId);
  return (
    <article class="card question-card" id={`card-${card.questionId}`}>
      <h3>{card.title}</h3>
      <Answered s={s} closed={closed} />
      {s.summary && headline !== undefined && (
        <>
          <HeadlineNumber card={card} value={headline} method={method} glossary={glossary} />
          {outcome && <OutcomeLine card={card} outcome={outcome} method={method} />}
          <AnswersChart card={card} idPrefix="strip" outcome={outcome} lazyRanges={lazyRanges} />
          <details>
            <summary>{t("dashboard.showTable")}</summary>
            <SummaryTable card={card} n />
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
      {spreads.length >= 2 && <Convergence card={card} spreads={spreads} current={current} />}
      {s.summary && breakdown !== "none" && (
        <Breakdown
          card={card}
          threshold={threshold}
          open={breakdown === "open"}
          lazy={breakdown === "open" ? undefined : breakdown}
        />
      )}
    </article>
  );
}

/** The domain of a card's charts: every answer, and every expert's range for quantities. */
export const cardDomain = (card: DashboardCard): [number, number] =>
  chartDomain(card.config, [
    ...card.snapshot.distribution,
    ...(card.snapshot.ranges ?? []).flatMap((r) => [r[0], r[2]]),
  ]);

/**
 * A card's breakdown by institution and country, folded. With `lazy`, its body is fetched the first time
 * the reader opens it (htmx, on the details' toggle) instead of travelling with every dashboard: at 300
 * experts it is two thirds of the page.
 */
export function Breakdown({
  card,
  threshold,
  open = false,
  lazy,
}: {
  card: DashboardCard;
  threshold: number;
  open?: boolean;
  lazy?: LazyPart;
}) {
  const { t } = useI18n();
  return (
    <details class="breakdown" open={open}>
      <summary>
        <h4>{t("dashboard.breakdown")}</h4>
      </summary>
      {lazy ? (
        <LoadOnOpen class="breakdown-body" lazy={lazy} label={t("dashboard.breakdownLoad")} />
      ) : (
        <BreakdownBody card={card} threshold={threshold} />
      )}
    </details>
  );
}

/** What a breakdown shows: each group past the threshold, its median and how far it is from the panel's. */
export function BreakdownBody({ card, threshold }: { card: DashboardCard; threshold: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const overall = card.snapshot.summary?.median ?? 0;
  const domain = cardDomain(card);
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
    <div class="breakdown-body">
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
              <DataTable
                class="stats"
                rows={p.groups}
                columns={[
                  {
                    head: t("dashboard.group"),
                    rowHead: true,
                    cell: (g) => t("dashboard.groupName", { name: g.name, n: g.n }),
                  },
                  { head: t("stats.median"), cell: (g) => f(g.median) },
                  { head: t("dashboard.divergence"), cell: (g) => diff(g.median) },
                ]}
              />
            </div>
          );
        })}
      {any && (
        <Legend
          keys={[
            { swatch: "dot-swatch", label: t("dashboard.legendGroup") },
            { swatch: "median-swatch", label: t("dashboard.legendOverall") },
          ]}
        />
      )}
    </div>
  );
}
