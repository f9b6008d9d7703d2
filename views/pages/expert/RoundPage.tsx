import type { MessageKey } from "../../../src/i18n/index.js";
import { Deadline } from "../../components/Deadline.js";
import { useI18n } from "../../context.js";

export type RoundItem = {
  id: number;
  title: string;
  kind: string;
  state: "not-started" | "draft" | "answered";
};

export type RoundPageProps = {
  forumId: number;
  forumTitle: string;
  anonymity: "quasi" | "strict";
  round: { number: number; state: string; closesAt: string | null; instructions: string };
  /** "Round 2", or "Real-Time study" in a roundless forum. */
  label?: string;
  items: RoundItem[];
};

export function RoundPage({ forumId, anonymity, round, label, items }: RoundPageProps) {
  const { t } = useI18n();
  const answered = items.filter((i) => i.state === "answered").length;
  const next = items.find((i) => i.state !== "answered");
  return (
    <section>
      <h1>{label ?? t("round.title", { number: round.number })}</h1>
      <p class="meta">
        {t(`roundState.${round.state}` as MessageKey)}
        {round.closesAt && round.state === "open" && (
          <>
            {" · "}
            <Deadline at={round.closesAt} />
          </>
        )}
      </p>
      <p class="anonymity-note">
        {t(anonymity === "strict" ? "round.anonymityStrict" : "round.anonymityQuasi")}
      </p>
      {round.instructions && <p class="instructions">{round.instructions}</p>}
      <p class="progress" id="round-progress">
        <progress max={items.length} value={answered} aria-hidden="true" />{" "}
        {t("progress.answered", { answered, total: items.length })}
      </p>
      <ol class="question-list">
        {items.map((i) => (
          <li class={`q-${i.state}`}>
            <a href={`/forums/${forumId}/rounds/${round.number}/questions/${i.id}`}>{i.title}</a>
            <span class={`state state-${i.state}`}>{t(`itemState.${i.state}` as MessageKey)}</span>
          </li>
        ))}
      </ol>
      {round.state === "open" && next && (
        <p>
          <a class="button primary" href={`/forums/${forumId}/rounds/${round.number}/questions/${next.id}`}>
            {answered === 0 ? t("round.start") : t("round.continue")}
          </a>
        </p>
      )}
    </section>
  );
}

export function RoundsListPage({
  forumId,
  rounds,
}: {
  forumId: number;
  rounds: { number: number; state: string }[];
}) {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("rounds.title")}</h1>
      {rounds.length === 0 ? (
        <p>{t("rounds.none")}</p>
      ) : (
        <ul>
          {rounds.map((r) => (
            <li>
              <a href={`/forums/${forumId}/rounds/${r.number}`}>{t("round.title", { number: r.number })}</a> ·{" "}
              {t(`roundState.${r.state}` as MessageKey)}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/forums/${forumId}/my-scores`}>{t("my.link")}</a>
      </p>
    </section>
  );
}
