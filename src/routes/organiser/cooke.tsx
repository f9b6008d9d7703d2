import { Hono } from "hono";
import { CookePage } from "../../../views/pages/scores/Cooke.js";
import { loadForumCooke } from "../../db/queries/cooke.js";
import {
  type CookeResult,
  classicalModel,
  cookeRobustness,
  type RobustnessRow,
} from "../../domain/cooke/index.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { cookeOptions } from "../api/cooke.js";
import { renderForumPage } from "../crumbs.js";

/** Cooke's Classical Model on the forum's quantity questions, for organisers (weights and alpha visible). */
export const cookeRoutes = new Hono<ForumEnv>();

cookeRoutes.get("/cooke", forumAccess("organiser"), async (c) => {
  const { db, forum, i18n } = c.var;
  const { t } = i18n;
  const weights = c.req.query("weights") ?? "global";
  const alpha = c.req.query("alpha") ?? "0.05";
  const options = cookeOptions(weights, alpha);
  const study = await loadForumCooke(db, forum.id);
  let result: CookeResult | null = null;
  let equal: CookeResult | null = null;
  let error: string | null = null;
  let robustness: { by: "items" | "experts"; rows: RobustnessRow[] } | null = null;
  const by = c.req.query("robustness");
  if ("error" in options) error = t("cooke.alphaError");
  else if (study?.input.items.some((i) => i.realisation !== null)) {
    try {
      result = classicalModel(study.input, options);
      equal = classicalModel(study.input, { weights: "equal", alpha: 0 });
      if (by === "items" || by === "experts")
        robustness = { by, rows: cookeRobustness(study.input, options, by) };
    } catch (e) {
      if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
      error = t("cooke.bad", { message: e.message });
    }
  }
  return renderForumPage(
    c,
    t("cooke.title"),
    <CookePage forumId={forum.id} {...{ weights, alpha, study, result, equal, error, robustness }} />,
    error && "error" in options ? 422 : 200,
  );
});
