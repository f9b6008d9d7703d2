import type { Round } from "../../../src/domain/rounds.js";
import { useI18n } from "../../context.js";

/** What "remind now" did: how many experts were reminded, and when the next manual reminder can reach them. */
export function Reminded({
  forumId,
  round,
  queued,
  next,
}: {
  forumId: number;
  round: Pick<Round, "number">;
  /** null: the round is not open, nothing was sent. */
  queued: number | null;
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
          : queued === 0
            ? t("remind.none")
            : t("remind.sent", { count: queued })}
      </p>
      {queued !== null && next && <p class="meta">{t("remind.next", { at: i18n.formatDateTime(next) })}</p>}
      <p>
        <a href={`/forums/${forumId}`}>{t("org.nav.overview")}</a>
      </p>
    </section>
  );
}
