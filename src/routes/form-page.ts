import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { MessageKey } from "../i18n/index.js";
import type { ForumEnv } from "../middleware/forum-access.js";
import type { FieldErrors } from "../validation/forms.js";
import { renderForumPage } from "./crumbs.js";

type ForumVars = ForumEnv["Variables"];

/** A form as shown: the input as typed (empty at first) and a message key by field. */
export type FormState = { values: Record<string, string>; errors: FieldErrors };

/**
 * A page of the forum that carries a form, rendered alike for its GET (the form empty) and for a refused
 * POST (the input kept and messages by field, 422): `load` reads what the page shows, `view` lays it out
 * around the form. Returns that renderer, titled `title` with the forum's crumbs.
 */
export function forumFormPage<D, F>(
  title: MessageKey,
  load: (vars: ForumVars) => Promise<D>,
  view: (data: D, form: F, vars: ForumVars) => Child,
) {
  return async (c: Context<ForumEnv>, form: F, status: ContentfulStatusCode = 200) =>
    renderForumPage(c, c.var.i18n.t(title), view(await load(c.var), form, c.var), status);
}
