import { common } from "./en/common.js";
import { dashboard } from "./en/dashboard.js";
import { deliberation } from "./en/deliberation.js";
import { expert } from "./en/expert.js";
import { ideas } from "./en/ideas.js";
import { language } from "./en/language.js";
import { ops } from "./en/ops.js";
import { organiser } from "./en/organiser.js";
import { roundless } from "./en/roundless.js";
import { scores } from "./en/scores.js";
import { security } from "./en/security.js";

/** The reference catalogue: every other language has exactly these keys. */
export const en = {
  ...common,
  ...organiser,
  ...expert,
  ...deliberation,
  ...security,
  ...ideas,
  ...scores,
  ...dashboard,
  ...language,
  ...ops,
  ...roundless,
} as const;
export type MessageKey = keyof typeof en;
