import type { Catalogue } from "../index.js";
import { common } from "./tr/common.js";
import { dashboard } from "./tr/dashboard.js";
import { deliberation } from "./tr/deliberation.js";
import { expert } from "./tr/expert.js";
import { ideas } from "./tr/ideas.js";
import { language } from "./tr/language.js";
import { ops } from "./tr/ops.js";
import { organiser } from "./tr/organiser.js";
import { roundless } from "./tr/roundless.js";
import { scores } from "./tr/scores.js";
import { security } from "./tr/security.js";

/**
 * Turkish. One area file per English area file (tr/<area>.ts mirrors en/<area>.ts, each checked with
 * `satisfies` against its English keys); typed as the whole Catalogue, so a missing key fails tsc.
 */
export const tr: Catalogue = {
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
