import type { PublicSnapshot } from "../../src/db/queries/dashboard.js";
import type { QuestionConfig } from "../../src/domain/questions.js";
import { ConsensusBadge } from "../components/ConsensusBadge.js";
import { StripPlot } from "../components/StripPlot.js";
import { useI18n } from "../context.js";
import { chartDomain, valueFormatter } from "../format.js";

export type DashboardCard = {
  questionId: number;
  title: string;
  config: QuestionConfig;
  snapshot: PublicSnapshot;
};

export type DashboardProps = {
  forumId: number;
  forumTitle: string;
  rounds: { number: number; publishedAt: string | null }[];
  current: { number: number; publishedAt: string | null; synthesis: string } | null;
  cards: DashboardCard[];
};

/** The stakeholder's dashboard: scenario probabilities first, then one card per question. */
export function DashboardPage({ forumId, forumTitle, rounds, current, cards }: DashboardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!current) {
    return (
      <section>
        <h1>{forumTitle}</h1>
        <p>{t("dashboard.none")}</p>
      </section>
    );
  }
  const allocations = cards.filter((c) => c.config.kind === "allocation");
  const others = cards.filter((c) => c.config.kind !== "allocation");
  return (
    <section class="dashboard" id="dashboard">
      <h1>{forumTitle}</h1>
      <p class="meta">
        {t("dashboard.measuredIn", {
          round: current.number,
          date: current.publishedAt ? i18n.formatDateTime(current.publishedAt) : "",
        })}
      </p>
      {rounds.length > 1 && (
        <nav class="round-switch" aria-label={t("rounds.title")}>
          {rounds.map((r) =>
            r.number === current.number ? (
              <span aria-current="true" class="current">
                {t("round.title", { number: r.number })}
              </span>
            ) : (
              <a href={`/forums/${forumId}/dashboard?round=${r.number}`}>
                {t("round.title", { number: r.number })}
              </a>
            ),
          )}
        </nav>
      )}
      {allocations.map((c) => (
        <ScenarioBars card={c} />
      ))}
      {current.synthesis && <p class="synthesis">{current.synthesis}</p>}
      <div class="card-grid">
        {others.map((c) => (
          <QuestionCard card={c} />
        ))}
      </div>
    </section>
  );
}

function ScenarioBars({ card }: { card: DashboardCard }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const options = card.snapshot.perOption ?? [];
  return (
    <section class="headline" aria-labelledby={`q${card.questionId}-title`}>
      <h2 id={`q${card.questionId}-title`}>{card.title}</h2>
      <p class="meta">
        {t("feedback.responses", { n: card.snapshot.n, eligible: card.snapshot.eligible })} ·{" "}
        <ConsensusBadge met={card.snapshot.consensus.met} n={card.snapshot.n} />
      </p>
      <table class="bars">
        <thead>
          <tr>
            <th scope="col">{t("stats.scenario")}</th>
            <th scope="col">{t("stats.median")}</th>
            <th scope="col">{t("stats.iqrRange")}</th>
          </tr>
        </thead>
        <tbody>
          {options.map((o) => (
            <tr>
              <th scope="row">{o.label}</th>
              <td>
                <div class="bar-cell">
                  {o.summary && (
                    <svg
                      viewBox="0 0 200 16"
                      class="bar"
                      role="img"
                      aria-label={`${o.label}: ${f(o.summary.median)}`}
                    >
                      <rect class="bar-track" x="0" y="3" width="200" height="10" />
                      <rect class="bar-fill" x="0" y="3" width={200 * o.summary.median} height="10" />
                      <line
                        class="bar-spread"
                        x1={200 * o.summary.q1}
                        x2={200 * o.summary.q3}
                        y1="8"
                        y2="8"
                      />
                    </svg>
                  )}
                  <span class="bar-value" title={o.summary ? String(o.summary.median) : ""}>
                    {o.summary ? f(o.summary.median) : "–"}
                  </span>
                </div>
              </td>
              <td>{o.summary ? `${f(o.summary.q1)} – ${f(o.summary.q3)}` : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function QuestionCard({ card }: { card: DashboardCard }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, card.config);
  const s = card.snapshot;
  const domain = chartDomain(card.config, s.distribution);
  return (
    <article class="card question-card" id={`card-${card.questionId}`}>
      <h3>{card.title}</h3>
      <p class="meta">
        <ConsensusBadge met={s.consensus.met} n={s.n} /> · n = {s.n} · {t("stats.responseRate")}{" "}
        {i18n.formatPercent(s.responseRate)}
      </p>
      {s.summary && (
        <>
          <p class="headline-number" title={String(s.summary.median)}>
            {f(s.summary.median)}
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
    </article>
  );
}
