import type { Catalogue } from "../index.js";
import { common } from "./ru/common.js";
import { dashboard } from "./ru/dashboard.js";
import { deliberation } from "./ru/deliberation.js";
import { expert } from "./ru/expert.js";
import { ideas } from "./ru/ideas.js";
import { language } from "./ru/language.js";
import { ops } from "./ru/ops.js";
import { organiser } from "./ru/organiser.js";
import { roundless } from "./ru/roundless.js";
import { scores } from "./ru/scores.js";
import { security } from "./ru/security.js";

/**
 * Russian. One area file per English area file (ru/<area>.ts mirrors en/<area>.ts, each checked with
 * `satisfies` against its English keys); typed as the whole Catalogue, so a missing key fails tsc.
 */
export const ru: Catalogue = {
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
};
