import { Hono } from "hono";
import { GlossaryPage } from "../../views/pages/Glossary.js";
import type { AppEnv } from "../env.js";
import { publicRoute } from "../middleware/guards.js";
import { renderPage } from "./render.js";

/** GET /glossary: the results pages' terms in plain words; public, so shared pages can link to it. */
export const glossary = new Hono<AppEnv>();

glossary.get("/glossary", publicRoute, (c) =>
  renderPage(c, { title: c.get("i18n").t("glossary.title"), body: <GlossaryPage /> }),
);
