import type { Catalogue } from "../index.js";
import { common } from "./az/common.js";
import { dashboard } from "./az/dashboard.js";
import { deliberation } from "./az/deliberation.js";
import { expert } from "./az/expert.js";
import { ideas } from "./az/ideas.js";
import { language } from "./az/language.js";
import { ops } from "./az/ops.js";
import { organiser } from "./az/organiser.js";
import { roundless } from "./az/roundless.js";
import { scores } from "./az/scores.js";
import { security } from "./az/security.js";

/**
 * Azerbaijani. One area file per English area file (az/<area>.ts mirrors en/<area>.ts, each checked with
 * `satisfies` against its English keys); typed as the whole Catalogue, so a missing key fails tsc.
 */
export const az: Catalogue = {
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
