import * as v from "valibot";
import { LOCALES } from "../i18n/index.js";
import { text } from "./forms.js";
import { isTimeZone } from "./schedule.js";

/** /me/settings: an IANA time zone and a language ("" = as the browser asks). */
export const meSettingsForm = v.object({
  timeZone: v.pipe(
    v.optional(v.string(), ""),
    v.trim(),
    v.check((tz) => isTimeZone(tz), "ops.me.error.timeZone"),
  ),
  locale: v.picklist(["", ...LOCALES], "error.choice"),
});

const days = v.pipe(
  v.optional(v.string(), ""),
  v.trim(),
  v.maxLength(100, "ops.settings.error.days"),
  v.check((s) => s === "" || /^\s*\d{1,2}\s*(,\s*\d{1,2}\s*)*$/.test(s), "ops.settings.error.days"),
  v.transform((s) =>
    s === "" ? [] : [...new Set(s.split(",").map((x) => Number(x.trim())))].sort((a, b) => b - a),
  ),
  v.check((ds) => ds.every((d) => d >= 1 && d <= 60), "ops.settings.error.days"),
);

const retention = v.pipe(
  v.optional(v.string(), ""),
  v.trim(),
  v.check(
    (s) => s === "" || (/^\d{1,4}$/.test(s) && Number(s) >= 1 && Number(s) <= 3650),
    "ops.settings.error.retention",
  ),
  v.transform((s) => (s === "" ? null : Number(s))),
);

/** /forums/:id/settings: sender name, consent text, reminder days, retention. */
export const forumSettingsForm = v.object({
  senderName: v.pipe(text(100), v.regex(/^[^\r\n<>"]*$/, "error.choice")),
  consentText: text(8000),
  reminderDays: days,
  retentionDays: retention,
});

export type ForumSettings = v.InferOutput<typeof forumSettingsForm>;
