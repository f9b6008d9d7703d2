import { Hono } from "hono";
import { auditEndpoint } from "./api/audit.js";
import { type ApiEnv, apiAuth } from "./api/auth.js";
import { cookeEndpoint } from "./api/cooke.js";
import { excaliburEndpoint } from "./api/excalibur.js";
import { exportEndpoint } from "./api/export.js";
import { forumsEndpoint } from "./api/forums.js";
import { resultsEndpoint } from "./api/results.js";
import { scoresEndpoint } from "./api/scores.js";

/** The read-only JSON API under /api/v1 (README "JSON API"): session cookie or Bearer read token. */
export const api = new Hono<ApiEnv>();

api.use("*", apiAuth);
for (const endpoint of [
  forumsEndpoint,
  resultsEndpoint,
  exportEndpoint,
  scoresEndpoint,
  cookeEndpoint,
  excaliburEndpoint,
  auditEndpoint,
])
  api.route("/", endpoint);
