import type { AnswerValue, QuestionConfig } from "../../src/domain/questions.js";
import { scalarOf } from "../../src/domain/questions.js";
import type { QuestionSnapshot } from "../../src/domain/snapshot.js";
import type { I18n } from "../../src/i18n/index.js";
import { ColumnHeads } from "../components/ColumnHeads.js";
import { ConsensusBadge } from "../components/ConsensusBadge.js";
import { StripPlot } from "../components/StripPlot.js";
import { useI18n } from "../context.js";
import { chartDomain, describeAnswer, formatCount, valueFormatter } from "../format.js";
import { ConsensusRuleText } from "../pages/organiser/ConsensusRuleText.js";

export type FeedbackProps = {
  roundNumber: number;
  config: QuestionConfig;
  snapshot: QuestionSnapshot;
  ownPseudonym: string;
  ownPrevious: AnswerValue | null;
  /** Real-Time Delphi: the group so far (no round heading; "your answer" is the current one). */
  live?: boolean;
  /**
   * How many reasons to show before a "show more" link (the rest load REASONS_PAGE at a time), and where
   * the next ones come from; every reason when absent (the live panels).
   */
  reasons?: ReasonPaging;
};

/** How many reasons a feedback panel shows at first, and loads per "show more". */
export const REASONS_PAGE = 20;

export type ReasonPaging = {
  shown: number;
  /** The fragment with the reasons from `from` on (htmx), and the page that shows them without JavaScript. */
  more: (from: number) => { href: string; fallback: string };
};

/**
 * The previous round's group view beside the expert's own previous answer: distribution, median and
 * interquartile band, consensus status, and the others' reasons under pseudonyms. Reads the frozen
 * snapshot only.
 */
export function FeedbackPanel({
  roundNumber,
  config,
  snapshot,
  ownPseudonym,
  ownPrevious,
  live,
  reasons,
}: FeedbackProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, config);
  return (
    <section class="feedback" id="feedback-panel" aria-labelledby={live ? undefined : "feedback-title"}>
      {!live && <h2 id="feedback-title">{t("feedback.title", { round: roundNumber })}</h2>}
      <p class="meta">
        {t("feedback.responses", { n: snapshot.n, eligible: snapshot.eligible })} ·{" "}
        <ConsensusBadge consensus={snapshot.consensus} n={snapshot.n} />
      </p>
      <p class="rule-in-words">
        {t("feedback.ruleInWords")} <ConsensusRuleText rule={snapshot.consensus.rule} config={config} />
      </p>
      {snapshot.stability && snapshot.stability.changed !== null && snapshot.stability.n > 0 && (
        <p class="stability">
          {t("feedback.stability", {
            share: i18n.formatPercent(snapshot.stability.changed),
            round: snapshot.stability.previousRound,
          })}
          {snapshot.stability.band &&
            ` ${t("feedback.stabilityBand", { low: f(snapshot.stability.band[0]), high: f(snapshot.stability.band[1]) })}`}
        </p>
      )}
      {ownPrevious ? (
        <p class="own-previous">
          {t("feedback.yourAnswer")} <strong>{describeAnswer(i18n, config, ownPrevious)}</strong>
        </p>
      ) : (
        <p class="own-previous">{t("feedback.noPrevious")}</p>
      )}
      {config.kind === "ranking" && snapshot.perOption ? (
        <>
          <OptionTable
            caption={t("feedback.meanRanks", { round: roundNumber })}
            heads={[
              t("feedback.option"),
              t("feedback.meanRank"),
              t("stats.iqrRange"),
              t("feedback.yourRank"),
            ]}
            perOption={snapshot.perOption}
            centre="mean"
            format={f}
            yours={(i) =>
              ownPrevious?.kind === "ranking" && ownPrevious.ranks[i] !== undefined
                ? formatCount(i18n, ownPrevious.ranks[i]!)
                : "–"
            }
          />
          {snapshot.kendall && (
            <p class="kendall">{t("feedback.kendall", { w: i18n.formatNumber(snapshot.kendall.W) })}</p>
          )}
        </>
      ) : config.kind === "allocation" && snapshot.perOption ? (
        <OptionTable
          caption={t("feedback.perScenario")}
          heads={[t("stats.scenario"), t("stats.median"), t("stats.iqrRange"), t("feedback.yours")]}
          perOption={snapshot.perOption}
          centre="median"
          format={f}
          yours={(i) => (ownPrevious?.kind === "allocation" ? f(ownPrevious.p[i] ?? 0) : "–")}
        />
      ) : (
        snapshot.summary && (
          <>
            <StripPlot
              id="feedback-strip"
              title={t("feedback.chartTitle", { round: roundNumber })}
              points={snapshot.responses.map((r) => ({
                value: scalarOf(r.value),
                own: r.pseudonym === ownPseudonym,
                label: pseudonymLabel(i18n, r.pseudonym, ownPseudonym),
              }))}
              domain={chartDomain(
                config,
                snapshot.responses.map((r) => scalarOf(r.value)),
              )}
              median={snapshot.summary.median}
              q1={snapshot.summary.q1}
              q3={snapshot.summary.q3}
              format={f}
            />
            <dl class="stat-list">
              <div>
                <dt>{t("stats.median")}</dt>
                <dd>{f(snapshot.summary.median)}</dd>
              </div>
              <div>
                <dt>{t("stats.iqrRange")}</dt>
                <dd>{`${f(snapshot.summary.q1)} – ${f(snapshot.summary.q3)}`}</dd>
              </div>
              <div>
                <dt>{t("stats.mean")}</dt>
                <dd>{f(snapshot.summary.mean)}</dd>
              </div>
            </dl>
          </>
        )
      )}
      <h3 id="reasons">{t("feedback.reasons")}</h3>
      {snapshot.responses.some((r) => r.rationale) ? (
        <ul class="rationales">
          <ReasonItems
            config={config}
            snapshot={snapshot}
            ownPseudonym={ownPseudonym}
            from={0}
            to={reasons?.shown}
            more={reasons?.more}
          />
        </ul>
      ) : (
        <p>{t("feedback.noReasons")}</p>
      )}
    </section>
  );
}

/** How the panel names an answer's author: "You" for the reader's own, else the pseudonym. */
function pseudonymLabel(i18n: I18n, pseudonym: string, own: string): string {
  return pseudonym === own ? i18n.t("feedback.you") : i18n.t("pseudonym", { code: pseudonym });
}

/**
 * The reasons from `from` up to `to` (all when `to` is absent), each under its pseudonym with its answer,
 * and, when some are left and `more` says where from, a last item that loads the next REASONS_PAGE in
 * its place (htmx) or shows them on the question page (without JavaScript).
 */
export function ReasonItems(p: {
  config: QuestionConfig;
  snapshot: QuestionSnapshot;
  ownPseudonym: string;
  from: number;
  to?: number;
  more?: ReasonPaging["more"];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const all = p.snapshot.responses.filter((r) => r.rationale);
  const to = p.more && p.to !== undefined ? Math.min(all.length, p.to) : all.length;
  const next = to < all.length && p.more ? p.more(to) : null;
  return (
    <>
      {all.slice(p.from, to).map((r) => (
        <li>
          <p class="who">
            <strong>{pseudonymLabel(i18n, r.pseudonym, p.ownPseudonym)}</strong> ·{" "}
            {describeAnswer(i18n, p.config, r.value)}
          </p>
          <p class="rationale" hx-disable>
            {r.rationale}
          </p>
        </li>
      ))}
      {next && (
        <li class="more-reasons">
          <a href={next.fallback} hx-get={next.href} hx-target="closest li" hx-swap="outerHTML">
            {t("feedback.moreReasons", { n: formatCount(i18n, all.length - to) })}
          </a>
        </li>
      )}
    </>
  );
}

/** Each option's centre (`mean` rank or `median` share), middle half and the expert's own previous answer. */
function OptionTable(p: {
  caption: string;
  heads: string[];
  perOption: NonNullable<QuestionSnapshot["perOption"]>;
  centre: "mean" | "median";
  format: (v: number) => string;
  yours: (i: number) => string;
}) {
  const f = p.format;
  return (
    <table class="stats">
      <caption>{p.caption}</caption>
      <ColumnHeads cols={p.heads} />
      <tbody>
        {p.perOption.map((o, i) => (
          <tr>
            <th scope="row">{o.label}</th>
            <td>{o.summary ? f(o.summary[p.centre]) : "–"}</td>
            <td>{o.summary ? `${f(o.summary.q1)} – ${f(o.summary.q3)}` : "–"}</td>
            <td>{p.yours(i)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
