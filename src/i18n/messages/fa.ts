import type { Catalogue } from "../index.js";
import { common } from "./fa/common.js";
import { dashboard } from "./fa/dashboard.js";
import { deliberation } from "./fa/deliberation.js";
import { expert } from "./fa/expert.js";
import { ideas } from "./fa/ideas.js";
import { language } from "./fa/language.js";
import { ops } from "./fa/ops.js";
import { organiser } from "./fa/organiser.js";
import { roundless } from "./fa/roundless.js";
import { scores } from "./fa/scores.js";
import { security } from "./fa/security.js";

/**
 * Persian. One area file per English area file (fa/<area>.ts mirrors en/<area>.ts, each checked with
 * `satisfies` against its English keys); typed as the whole Catalogue, so a missing key fails tsc.
 */
export const fa: Catalogue = {
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
