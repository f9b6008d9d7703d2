import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { Crumb } from "../../../views/layouts/Page.js";
import type { ForumEnv } from "../../middleware/forum-access.js";

/** Breadcrumbs for an organiser page: My forums › forum › this page. */
function organiserCrumbs(c: Context<ForumEnv>, label: string): Crumb[] {
  const forum = c.get("forum");
  return [
    { label: c.get("i18n").t("forums.title"), href: "/forums" },
    { label: forum.title, href: `/forums/${forum.id}` },
    { label },
  ];
}

/** An organiser page for renderPage: its title, the breadcrumbs My forums › forum › title, and its body. */
export function organiserPage(
  c: Context<ForumEnv>,
  title: string,
  body: Child,
): { title: string; crumbs: Crumb[]; body: Child } {
  return { title, crumbs: organiserCrumbs(c, title), body };
}
