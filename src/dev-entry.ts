/**
 * The local development entry, used by `npm start` (`wrangler dev src/dev-entry.ts`): the production
 * Worker (src/index.tsx) plus the /dev helpers that seed the demo forum and generate scale forums. The
 * production entry does not import them, so no demo or scale-seeding code is deployed; the helpers
 * still answer 404 without DEV_TOOLS and the per-start secret.
 */
import worker, { app } from "./index.js";
import { dev } from "./routes/dev.js";

app.route("/dev", dev);

export default worker;
