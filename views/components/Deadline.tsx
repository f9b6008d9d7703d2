import { useI18n } from "../context.js";

/** A deadline in the reader's time zone with UTC beside it and a plain countdown. */
export function Deadline({ at, now = Date.now() }: { at: string; now?: number }) {
  const i18n = useI18n();
  const ms = new Date(at).getTime() - now;
  const days = Math.floor(ms / 86_400_000);
  const hours = Math.floor(ms / 3_600_000);
  const countdown =
    ms <= 0
      ? i18n.t("time.closed")
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
