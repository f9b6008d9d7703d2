import type { QuestionConfig } from "../../src/domain/questions.js";
import type { PublicSnapshot } from "../../src/domain/snapshot.js";
import { ColumnHeads } from "../components/ColumnHeads.js";
import { ConsensusBadge } from "../components/ConsensusBadge.js";
import { useI18n } from "../context.js";
import { formatCount, valueFormatter } from "../format.js";

export type BriefingRound = {
  number: number;
  synthesis: string;
  cards: { questionId: number; title: string; config: QuestionConfig; snapshot: PublicSnapshot }[];
};

/** A late joiner's briefing: the published results and syntheses of the rounds before they joined. */
export function BriefingPage({
  rounds,
  next,
}: {
  rounds: BriefingRound[];
  next: { href: string; number: number | null };
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section id="briefing">
      <h1>{t("briefing.title")}</h1>
      <p>{t("briefing.intro")}</p>
      {rounds.length === 0 && <p>{t("briefing.none")}</p>}
      {rounds.map((r) => (
        <section class="briefing-round" id={`briefing-round-${r.number}`}>
          <h2>{t("briefing.round", { number: r.number })}</h2>
          {r.synthesis && (
            <>
              <h3>{t("briefing.synthesis")}</h3>
              <p class="synthesis">{r.synthesis}</p>
            </>
          )}
          <table class="stats">
            <ColumnHeads cols={[t("stages.question"), t("briefing.median"), t("briefing.iqr"), "n"]} />
            <tbody>
              {r.cards.map((c) => {
                const f = valueFormatter(i18n, c.config);
                const s = c.snapshot;
                const parts = s.summary
                  ? [{ label: "", summary: s.summary }]
                  : (s.perOption ?? []).map((o) => ({ label: `${o.label}: `, summary: o.summary }));
                return (
                  <tr>
                    <th scope="row">
                      {c.title} <ConsensusBadge consensus={s.consensus} n={s.n} />
                    </th>
                    <td>
                      {parts.map((p) => `${p.label}${p.summary ? f(p.summary.median) : "–"}`).join(" · ")}
                    </td>
                    <td>
                      {parts
                        .map(
                          (p) => `${p.label}${p.summary ? `${f(p.summary.q1)} – ${f(p.summary.q3)}` : "–"}`,
                        )
                        .join(" · ")}
                    </td>
                    <td>{formatCount(i18n, s.n)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
      <p>
        <a class="button primary" href={next.href} id="briefing-continue">
          {next.number !== null
            ? t("briefing.continue", { number: next.number })
            : t("briefing.continueRounds")}
        </a>
      </p>
    </section>
  );
}
