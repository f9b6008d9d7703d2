import type { Context } from "hono";
import type { Crumb } from "../../../views/layouts/Page.js";
import type { ForumEnv } from "../../middleware/forum-access.js";

/** Breadcrumbs for an organiser page: My forums › forum › this page. */
export function organiserCrumbs(c: Context<ForumEnv>, label: string): Crumb[] {
  const forum = c.get("forum");
  return [
    { label: c.get("i18n").t("forums.title"), href: "/forums" },
    { label: forum.title, href: `/forums/${forum.id}` },
    { label },
  ];
}
