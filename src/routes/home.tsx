import { Hono } from "hono";
import { HomePage } from "../../views/pages/Home.js";
import { MyForumsPage } from "../../views/pages/MyForums.js";
import { NewForumPage } from "../../views/pages/NewForum.js";
import { createForum, listMyForums } from "../db/queries/forums.js";
import type { AppEnv } from "../env.js";
import { AppError } from "../errors.js";
import { publicRoute } from "../middleware/guards.js";
import { requireUser } from "../middleware/session.js";
import { readForm, validateForm } from "../validation/forms.js";
import { newForumForm } from "../validation/forums.js";
import { withNotice } from "./notice.js";
import { renderPage } from "./render.js";

export const home = new Hono<AppEnv>();

home.get("/", publicRoute, (c) => {
  if (c.get("user")) return c.redirect("/forums", 303);
  return renderPage(c, { title: c.get("i18n").t("home.title"), body: <HomePage /> });
});

home.get("/forums", requireUser, async (c) => {
  const user = c.get("user")!;
  const forums = await listMyForums(c.get("db"), user.id);
  return renderPage(c, {
    title: c.get("i18n").t("forums.title"),
    body: <MyForumsPage forums={forums} canCreate={user.canCreateForums} />,
  });
});

home.get("/forums/new", requireUser, (c) => {
  if (!c.get("user")!.canCreateForums) throw new AppError("forbidden", "cannot create forums");
  const { t } = c.get("i18n");
  return renderPage(c, {
    title: t("forums.new"),
    crumbs: [{ label: t("forums.title"), href: "/forums" }, { label: t("forums.new") }],
    body: <NewForumPage values={{}} errors={{}} />,
  });
});

home.post("/forums", requireUser, async (c) => {
  const user = c.get("user")!;
  if (!user.canCreateForums) throw new AppError("forbidden", "cannot create forums");
  const body = await readForm(c.req);
  const form = validateForm(newForumForm, body);
  if (!form.ok) {
    const { t } = c.get("i18n");
    return renderPage(
      c,
      {
        title: t("forums.new"),
        body: <NewForumPage values={body as Record<string, string>} errors={form.errors} />,
      },
      422,
    );
  }
  const id = await createForum(c.get("db"), form.output, user);
  return c.redirect(withNotice(`/forums/${id}`, "forum-created"), 303);
});

/** A cheap liveness route (used by `npm start` to know the app is up, and by the load test as a baseline). */
home.get("/health", publicRoute, (c) => c.text("ok"));
