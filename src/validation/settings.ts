import * as v from "valibot";
import { MIN_RESPONDENTS_FLOOR } from "../domain/consensus/index.js";
import { POOL_METHODS } from "../domain/snapshot.js";
import { LOCALES } from "../i18n/index.js";
import { text } from "./forms.js";
import { isListedTimeZone } from "./schedule.js";

/** /me/settings: a time zone chosen from the list (TIME_ZONES) and a language ("" = as the browser asks). */
export const meSettingsForm = v.object({
  timeZone: v.pipe(
    v.optional(v.string(), ""),
    v.trim(),
    v.check((tz: string) => isListedTimeZone(tz), "ops.me.error.timeZone"),
  ),
  locale: v.picklist(["", ...LOCALES], "error.choice"),
});

/**
 * Reminder steps before a round closes: comma-separated whole days ("3, 1") and hours ("12h"), stored as
 * days (12h = 0.5), most distant first. Days 1–60, hours 1–47 (48h and more are better said in days).
 */
const STEP = /^(\d{1,2})\s*(h)?$/i;
const days = v.pipe(
  v.optional(v.string(), ""),
  v.trim(),
  v.maxLength(100, "ops.settings.error.days"),
  v.check((s) => s === "" || s.split(",").every((x) => STEP.test(x.trim())), "ops.settings.error.days"),
  v.transform((s) =>
    s === ""
      ? []
      : [
          ...new Set(
            s.split(",").map((x) => {
              const [, n, h] = STEP.exec(x.trim())!;
              return h ? Number(n) / 24 : Number(n);
            }),
          ),
        ].sort((a, b) => b - a),
  ),
  v.check(
    (ds) => ds.every((d) => (d >= 1 && d <= 60 && Number.isInteger(d)) || (d * 24 >= 1 && d * 24 <= 47)),
    "ops.settings.error.days",
  ),
);

/** Reminder steps as the settings form shows them: whole days as numbers, shorter ones in hours ("12h"). */
export function formatReminderSteps(steps: readonly number[]): string {
  return steps.map((d) => (Number.isInteger(d) ? String(d) : `${Math.round(d * 24)}h`)).join(", ");
}

const retention = v.pipe(
  v.optional(v.string(), ""),
  v.trim(),
  v.check(
    (s) => s === "" || (/^\d{1,4}$/.test(s) && Number(s) >= 1 && Number(s) <= 3650),
    "ops.settings.error.retention",
  ),
  v.transform((s) => (s === "" ? null : Number(s))),
);

/**
 * Minimum respondents for a consensus verdict: a whole number, never below the engine's floor of 3. A form
 * without the field (an older client) leaves the setting as it is; an empty field is an error.
 */
const minRespondents = v.optional(
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (s) => /^\d{1,4}$/.test(s) && Number(s) >= MIN_RESPONDENTS_FLOOR && Number(s) <= 1000,
      "ops.settings.error.minRespondents",
    ),
    v.transform(Number),
  ),
);

/** Minimum response rate for a consensus verdict, typed as a percentage (0–100), stored as 0..1. */
const minResponseRate = v.optional(
  v.pipe(
    v.string(),
    v.trim(),
    v.check((s) => /^\d{1,3}$/.test(s) && Number(s) <= 100, "ops.settings.error.minResponseRate"),
    v.transform((s) => Number(s) / 100),
  ),
);

/** /forums/:id/settings: sender name, consent text, reminder days, retention, the consensus minimum. */
export const forumSettingsForm = v.object({
  senderName: v.pipe(text(100), v.regex(/^[^\r\n<>"]*$/, "error.choice")),
  consentText: text(8000),
  reminderDays: days,
  retentionDays: retention,
  minRespondents,
  minResponseRate,
  /** The pooling method readers meet first; absent (an older form) keeps the median. */
  defaultMethod: v.optional(v.picklist(POOL_METHODS, "error.choice"), "median"),
});

export type ForumSettings = v.InferOutput<typeof forumSettingsForm>;
