import type { Round } from "../../../src/domain/rounds.js";
import { useI18n } from "../../context.js";

/** What "remind now" did: how many experts were reminded, and when the next manual reminder can reach them. */
export function Reminded({
  forumId,
  round,
  queued,
  held = 0,
  cap = 0,
  next,
}: {
  forumId: number;
  round: Pick<Round, "number">;
  /** null: the round is not open, nothing was sent. */
  queued: number | null;
  /** Experts not reminded because the daily sending cap was reached, and that cap. */
  held?: number;
  cap?: number;
  next?: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section class="narrow" id="reminded">
      <h1>{t("remind.title", { number: round.number })}</h1>
      <p role="status">
        {queued === null
          ? t("remind.notOpen", { number: round.number })
          : queued === 0 && held === 0
            ? t("remind.none")
            : queued === 0
              ? t("mail.budget.held", { count: held, cap })
              : t("remind.sent", { count: queued })}
      </p>
      {held > 0 && queued !== 0 && (
        <p class="notice" id="reminders-held">
          {t("mail.budget.held", { count: held, cap })}
        </p>
      )}
      {queued !== null && next && <p class="meta">{t("remind.next", { at: i18n.formatDateTime(next) })}</p>}
      <p>
        <a href={`/forums/${forumId}`}>{t("org.nav.overview")}</a>
      </p>
    </section>
  );
}
