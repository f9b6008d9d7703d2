import { Hono } from "hono";
import type { ForumEnv } from "../../middleware/forum-access.js";
import { auditRoutes } from "./audit.js";
import { contentImportRoutes } from "./content-import.js";
import { cookeRoutes } from "./cooke.js";
import { feedbackSettingsRoutes } from "./feedback-settings.js";
import { importRoutes } from "./import.js";
import { monitorRoutes } from "./monitor.js";
import { panelRoutes } from "./panel.js";
import { participationRoutes } from "./participation.js";
import { questionEditRoutes } from "./question-edit.js";
import { questionRoutes } from "./questions.js";
import { remindRoutes } from "./remind.js";
import { resolveRoutes } from "./resolve.js";
import { resultRoutes } from "./results.js";
import { roundRoutes } from "./rounds.js";
import { scenarioRoutes } from "./scenarios.js";
import { scheduleRoutes } from "./schedule.js";
import { scoreRoutes } from "./scores.js";
import { settingsRoutes } from "./settings.js";
import { translationRoutes } from "./translations.js";

export { organiserOverview } from "./overview.js";

/**
 * The organiser's pages of one forum, mounted at /forums/:forumId. Every route carries
 * forumAccess("organiser") itself rather than a "*" middleware, since experts' and stakeholders'
 * sub-apps share this mount point.
 */
export const organiserRoutes = new Hono<ForumEnv>();

// Mounted in this order, as before: routes match in the order they are registered.
for (const routes of [
  scenarioRoutes,
  questionRoutes,
  panelRoutes,
  roundRoutes,
  resultRoutes,
  monitorRoutes,
  remindRoutes,
  feedbackSettingsRoutes,
  resolveRoutes,
  scoreRoutes,
  cookeRoutes,
  translationRoutes,
  scheduleRoutes,
  settingsRoutes,
  auditRoutes,
  importRoutes,
  contentImportRoutes,
  questionEditRoutes,
  participationRoutes,
])
  organiserRoutes.route("/", routes);
