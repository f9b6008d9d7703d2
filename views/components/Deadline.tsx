import { useI18n } from "../context.js";

/**
 * A deadline that says what it is ("closes on …", "opens on …") in the reader's time zone, with UTC
 * beside it unless the reader's zone is UTC (then the time itself says UTC, once), and a plain countdown
 * ("in 3 days"). An opening time of a round still in draft that has passed reads "opening overdue" (the
 * schedule has not run yet: the next cron run or the organiser opens it).
 */
export function Deadline({
  at,
  now = Date.now(),
  kind = "closes",
}: {
  at: string;
  now?: number;
  kind?: "opens" | "closes";
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const ms = new Date(at).getTime() - now;
  const past = ms <= 0;
  const days = Math.floor(ms / 86_400_000);
  const hours = Math.floor(ms / 3_600_000);
  const countdown = past
    ? kind === "opens"
      ? t("time.openingOverdue")
      : null
    : days >= 1
      ? t("time.inDays", { count: days })
      : t("time.inHours", { count: Math.max(hours, 1) });
  const utc = i18n.formatDateTimeUtc(at);
  const inUtc = i18n.timeZone === "UTC";
  // The sentence around the date ("closes on {date}", word order by language), the date an element.
  const MARK = "\u0000";
  const [before, after] = t(kind === "opens" ? "time.opensOn" : past ? "time.closedOn" : "time.closesOn", {
    date: MARK,
  }).split(MARK);
  return (
    <span class="deadline">
      {before}
      <time datetime={at} title={utc}>
        {inUtc ? utc : i18n.formatDateTime(at)}
      </time>
      {after}
      {!inUtc && (
        <>
          {" "}
          <span class="utc">({utc})</span>
        </>
      )}
      {countdown && (
        <>
          {" · "}
          <span class="countdown">{countdown}</span>
        </>
      )}
    </span>
  );
}
