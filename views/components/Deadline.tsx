import { useI18n } from "../context.js";

/**
 * A deadline in the reader's time zone with UTC beside it and a plain countdown. `kind` says what the
 * time is: a closing time reads "closed" once past; an opening time of a round still in draft reads
 * "opening overdue" (the schedule has not run yet: the next cron run or the organiser opens it).
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
  const ms = new Date(at).getTime() - now;
  const days = Math.floor(ms / 86_400_000);
  const hours = Math.floor(ms / 3_600_000);
  const countdown =
    ms <= 0
      ? i18n.t(kind === "opens" ? "time.openingOverdue" : "time.closed")
      : kind === "opens"
        ? days >= 1
          ? i18n.t("time.opensInDays", { count: days })
          : i18n.t("time.opensInHours", { count: Math.max(hours, 1) })
        : days >= 1
          ? i18n.t("time.closesInDays", { count: days })
          : i18n.t("time.closesInHours", { count: Math.max(hours, 1) });
  return (
    <span class="deadline">
      <time datetime={at} title={i18n.formatDateTimeUtc(at)}>
        {i18n.formatDateTime(at)}
      </time>{" "}
      <span class="utc">({i18n.formatDateTimeUtc(at)})</span> · <span class="countdown">{countdown}</span>
    </span>
  );
}
