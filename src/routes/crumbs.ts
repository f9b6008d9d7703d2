import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Crumb } from "../../views/layouts/Page.js";
import type { ForumEnv } from "../middleware/forum-access.js";
import { renderPage } from "./render.js";

/** Breadcrumbs of a page inside a forum: My forums › the forum › `path` (the last is this page). */
export function forumCrumbs(c: Context<ForumEnv>, ...path: Crumb[]): Crumb[] {
  const forum = c.get("forum");
  return [
    { label: c.get("i18n").t("forums.title"), href: "/forums" },
    { label: forum.title, href: `/forums/${forum.id}` },
    ...path,
  ];
}

/**
 * A page of a forum for renderPage: its title, the breadcrumbs My forums › the forum › `crumb` (the
 * title unless the page names itself otherwise there), and its body.
 */
export function forumPage(
  c: Context<ForumEnv>,
  title: string,
  body: Child,
  crumb: string = title,
): { title: string; crumbs: Crumb[]; body: Child } {
  return { title, crumbs: forumCrumbs(c, { label: crumb }), body };
}

/** Renders a page of the forum (see forumPage): the title, also its last breadcrumb, and its body. */
export function renderForumPage(
  c: Context<ForumEnv>,
  title: string,
  body: Child,
  status: ContentfulStatusCode = 200,
) {
  return renderPage(c, forumPage(c, title, body), status);
}

/**
 * Renders a page of the forum titled with the forum's name first ("Forum · name", as a reader's tab or a
 * printout shows it) and the crumbs My forums › the forum › name.
 */
export function renderNamedForumPage(c: Context<ForumEnv>, name: string, body: Child) {
  return renderPage(c, forumPage(c, `${c.var.forum.title} · ${name}`, body, name));
}
