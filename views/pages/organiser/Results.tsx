import type { Child } from "hono/jsx";
import type { AnswerListOptions, ListedAnswer } from "../../../src/domain/answer-list.js";
import type { Question, QuestionConfig } from "../../../src/domain/questions.js";
import type { Round as RoundRow } from "../../../src/domain/rounds.js";
import type { QuestionSnapshot, Summary } from "../../../src/domain/snapshot.js";
import type { I18n } from "../../../src/i18n/index.js";
import { ColumnHeads } from "../../components/ColumnHeads.js";
import { ConsensusBadge } from "../../components/ConsensusBadge.js";
import { FormErrors, TextField } from "../../components/Field.js";
import { cvTexts, HelpLabel, MethodName, measureTexts } from "../../components/MethodName.js";
import { useI18n } from "../../context.js";
import { formatCount, valueFormatter } from "../../format.js";
import { ResultAnswers, ResultChart } from "../../partials/ResultAnswers.js";
import { ForumNav } from "./ForumNav.js";

/** Consensus, agreement and stability numbers of a snapshot, each only where it is defined. */
function ConsensusStats({
  snapshot,
  config,
  spread,
}: {
  snapshot: QuestionSnapshot;
  config: QuestionConfig;
  spread: (v: number) => string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = valueFormatter(i18n, config);
  const num = (v: number) => i18n.formatNumber(v);
  const st = snapshot.stability;
  const signed = (v: number, fmt: (x: number) => string) =>
    v > 0 ? `+${fmt(v)}` : v < 0 ? `−${fmt(-v)}` : fmt(0);
  const pValue = (p: number | null) =>
    p === null
      ? t("org.results.testNone")
      : t("org.results.testValue", {
          p: new Intl.NumberFormat(i18n.locale, { maximumSignificantDigits: 2 }).format(p),
        });
  return (
    <dl class="stat-list consensus-stats">
      <Stat label={<HelpLabel {...measureTexts(i18n, snapshot.consensus.rule.kind)} />}>
        <Num
          v={snapshot.consensus.measure}
          f={snapshot.consensus.rule.kind === "iqr-at-most" ? spread : num}
        />
      </Stat>
      {snapshot.agreement != null && snapshot.agreementBand && (
        <Stat
          label={t("org.results.agreement", {
            low: f(snapshot.agreementBand[0]),
            high: f(snapshot.agreementBand[1]),
          })}
        >
          <Num v={snapshot.agreement} f={(v) => i18n.formatPercent(v)} />
        </Stat>
      )}
      {snapshot.summary && (
        <Stat label={<HelpLabel {...cvTexts(i18n)} />}>
          <Num v={snapshot.summary.cv} f={num} />
        </Stat>
      )}
      {snapshot.disagreement && (
        <Stat
          label={t("org.results.randUcla", {
            ipr: num(snapshot.disagreement.ipr),
            ipras: num(snapshot.disagreement.ipras),
          })}
        >
          {t(snapshot.disagreement.disagree ? "org.results.randDisagree" : "org.results.randAgree")}
        </Stat>
      )}
      {snapshot.randUcla && (
        <Stat
          id="rand-ucla-classic"
          label={t("org.results.classic", {
            low: formatCount(i18n, snapshot.randUcla.classic.low),
            high: formatCount(i18n, snapshot.randUcla.classic.high),
            n: formatCount(i18n, snapshot.randUcla.classic.n),
          })}
        >
          {t(snapshot.randUcla.classic.disagree ? "org.results.classicDisagree" : "org.results.classicAgree")}{" "}
          · {t("rand.label", { label: t(`rand.${snapshot.randUcla.label}`) })}
        </Stat>
      )}
      {snapshot.kendall && (
        <Stat
          label={t("org.results.kendall", {
            w: num(snapshot.kendall.W),
            chi2: num(snapshot.kendall.chi2),
            df: snapshot.kendall.df,
            m: snapshot.kendall.m,
          })}
        >
          <Num v={snapshot.kendall.W} f={num} />
        </Stat>
      )}
      {st && (
        <>
          <Stat label={t("org.results.pairs")}>{formatCount(i18n, st.n)}</Stat>
          {st.changed !== null && (
            <Stat label={t("org.results.changed", { round: st.previousRound })}>
              <Num v={st.changed} f={(v) => i18n.formatPercent(v)} />
            </Stat>
          )}
          {st.iqrChange !== null && (
            <Stat label={t("org.results.iqrChange", { round: st.previousRound })}>
              <Num v={st.iqrChange} f={(v) => signed(v, spread)} />
            </Stat>
          )}
          {st.cvChange !== null && (
            <Stat label={t("org.results.cvChange", { round: st.previousRound })}>
              <Num v={st.cvChange} f={(v) => signed(v, num)} />
            </Stat>
          )}
          {st.wilcoxon && (
            <Stat
              id="stability-wilcoxon"
              label={t("org.results.wilcoxon", { round: st.previousRound, n: st.wilcoxon.n })}
            >
              {pValue(st.wilcoxon.p)}
            </Stat>
          )}
          {st.mcnemar && (
            <Stat
              id="stability-mcnemar"
              label={t("org.results.mcnemar", {
                round: st.previousRound,
                b: formatCount(i18n, st.mcnemar.b),
                c: formatCount(i18n, st.mcnemar.c),
              })}
            >
              {pValue(st.mcnemar.p)}
            </Stat>
          )}
          {st.wChange !== null && (
            <Stat label={t("org.results.wChange", { round: st.previousRound })}>
              <Num v={st.wChange} f={(v) => signed(v, num)} />
            </Stat>
          )}
        </>
      )}
    </dl>
  );
}

export type ResultsProps = {
  forumId: number;
  rounds: RoundRow[];
  round: RoundRow;
  items: {
    question: Question;
    snapshot: QuestionSnapshot | null;
    /** The answers with their reasons, as the organiser sorted and filtered them. */
    answers: ListedAnswer[];
    options: AnswerListOptions;
    /** How many of the answers to show before "show more" (ANSWERS_PAGE unless asked). */
    shown?: number;
  }[];
  /** Names by pseudonym: empty unless organisers may pair them (quasi-anonymity, visibility.ts). */
  names: ReadonlyMap<string, string>;
  /** Questions left out of this round because they had reached consensus (kept visible here). */
  retired?: { id: number; title: string; roundNumber: number }[];
  values: { synthesis?: string };
  errors: Record<string, string>;
};

/** One statistic of the list: its name, then its value. */
function Stat({ id, label, children }: { id?: string; label: Child; children: Child }) {
  return (
    <div id={id}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A number for reading, with the exact value in a title attribute (hover). */
function Num({ v, f }: { v: number | null | undefined; f: (v: number) => string }) {
  if (v === null || v === undefined || !Number.isFinite(v)) return <>–</>;
  return <span title={String(v)}>{f(v)}</span>;
}

function spreadFormatter(i18n: I18n, config: QuestionConfig) {
  // An IQR of probabilities reads as percentage points, not as a probability.
  if (config.kind === "binary" || config.kind === "allocation")
    return (v: number) => i18n.t("org.rule.points", { value: Math.round(v * 100) });
  return valueFormatter(i18n, config);
}

function SummaryCells({
  s,
  f,
  spread,
}: {
  s: Summary | null;
  f: (v: number) => string;
  spread: (v: number) => string;
}) {
  return (
    <>
      {(
        [
          [s?.median, f],
          [s?.q1, f],
          [s?.q3, f],
          [s?.iqr, spread],
          [s?.mean, f],
        ] as const
      ).map(([v, format]) => (
        <td>
          <Num v={v} f={format} />
        </td>
      ))}
    </>
  );
}

export function ResultsPage({ forumId, rounds, round, items, names, retired, values, errors }: ResultsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const base = `/forums/${forumId}/rounds/${round.number}`;
  return (
    <section id="results">
      <h1>{t("org.results.title", { number: round.number })}</h1>
      <p class="meta">{t(`org.round.state.${round.state}`)}</p>
      <ForumNav forumId={forumId} rounds={rounds} />
      {round.state === "closed" && (
        <form method="post" action={`${base}/publish`} id="publish-form">
          <p>{t("org.results.publishHint")}</p>
          <button type="submit" class="primary">
            {t("org.round.action.publish", { number: round.number })}
          </button>
        </form>
      )}
      <div class="results-layout">
        <div class="results-main">
          {items.map(({ question, snapshot, answers, options, shown }) => {
            const f = valueFormatter(i18n, question.config);
            const spread = spreadFormatter(i18n, question.config);
            return (
              <article class="result" id={`result-${question.id}`}>
                <h2>{question.title}</h2>
                <p class="meta">
                  <a href={`${base}/questions/${question.id}/discussion`}>{t("org.results.discussion")}</a>
                </p>
                {!snapshot ? (
                  <p>{t("org.results.noSnapshot")}</p>
                ) : (
                  <>
                    <p>
                      {t("org.results.responses", { n: snapshot.n, eligible: snapshot.eligible })} ·{" "}
                      <span title={String(snapshot.responseRate)}>
                        {i18n.formatPercent(snapshot.responseRate)}
                      </span>{" "}
                      · <ConsensusBadge consensus={snapshot.consensus} n={snapshot.n} />
                    </p>
                    <ResultChart question={question} snapshot={snapshot} />
                    <table class="stats">
                      <ColumnHeads
                        cols={[
                          snapshot.perOption &&
                            t(
                              question.config.kind === "allocation"
                                ? "org.results.scenario"
                                : "org.results.option",
                            ),
                          t("org.results.median"),
                          t("org.results.q1"),
                          t("org.results.q3"),
                          t("org.results.iqr"),
                          t("org.results.mean"),
                        ]}
                      />
                      <tbody>
                        {snapshot.perOption ? (
                          snapshot.perOption.map((o) => (
                            <tr>
                              <th scope="row">{o.label}</th>
                              <SummaryCells s={o.summary} f={f} spread={spread} />
                            </tr>
                          ))
                        ) : (
                          <tr>
                            <SummaryCells s={snapshot.summary} f={f} spread={spread} />
                          </tr>
                        )}
                      </tbody>
                    </table>
                    {Object.keys(snapshot.pooled).length > 0 && (
                      <table class="stats pooled">
                        <caption>{t("org.results.pooled")}</caption>
                        <tbody>
                          {Object.entries(snapshot.pooled).map(([method, value]) => (
                            <tr>
                              <th scope="row">
                                <MethodName method={method} />
                              </th>
                              <td>
                                {Array.isArray(value) ? (
                                  value.map((x, i) => (
                                    <>
                                      {i > 0 && " · "}
                                      <Num v={x} f={f} />
                                    </>
                                  ))
                                ) : (
                                  <Num v={value} f={f} />
                                )}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    )}
                    <h3>{t("org.results.consensusStats")}</h3>
                    <ConsensusStats snapshot={snapshot} config={question.config} spread={spread} />
                    <ResultAnswers
                      action={`${base}/results`}
                      question={question}
                      snapshot={snapshot}
                      answers={answers}
                      options={options}
                      shown={shown}
                      names={names}
                    />
                  </>
                )}
              </article>
            );
          })}
          {(retired ?? []).map((q) => (
            <article class="result result-retired" id={`result-${q.id}`}>
              <h2>{q.title}</h2>
              <p>
                <span class="badge badge-met">✓ {t("org.results.retired", { round: q.roundNumber })}</span>
              </p>
            </article>
          ))}
        </div>
        <aside class="results-aside" aria-labelledby="synthesis-h">
          <form method="post" action={`${base}/synthesis`} id="synthesis-form" novalidate>
            <h2 id="synthesis-h">{t("org.results.synthesis")}</h2>
            <p class="meta">{t("org.answers.synthesisHint")}</p>
            <FormErrors errors={errors} />
            <TextField
              name="synthesis"
              label={t("org.results.synthesisLabel")}
              error={errors.synthesis}
              rows={8}
              value={values.synthesis ?? round.synthesis}
            />
            <button type="submit">{t("org.results.saveSynthesis")}</button>
          </form>
        </aside>
      </div>
    </section>
  );
}
