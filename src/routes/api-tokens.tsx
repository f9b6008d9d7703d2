import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ApiTokensPage } from "../../views/pages/ApiTokens.js";
import {
  createApiToken,
  DEFAULT_TOKEN_DAYS,
  listApiTokens,
  revokeApiToken,
  TOKEN_LIFETIMES,
} from "../db/queries/api-tokens.js";
import { AppError } from "../errors.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { isConfirmed, renderConfirm } from "./confirm.js";
import { forumPage } from "./crumbs.js";
import { withNotice } from "./notice.js";
import { idParam } from "./params.js";
import { renderPage } from "./render.js";

/** /forums/:forumId/api-tokens: organisers issue (shown once) and revoke read tokens; links to the exports. */
export const apiTokenRoutes = new Hono<ForumEnv>();

async function page(
  c: Context<ForumEnv>,
  form: { created?: string; values: { label?: string; days?: string }; errors: Record<string, string> },
  status: ContentfulStatusCode = 200,
) {
  const forum = c.get("forum");
  const tokens = await listApiTokens(c.get("db"), forum.id);
  const title = c.get("i18n").t("tokens.title");
  return renderPage(
    c,
    forumPage(c, title, <ApiTokensPage forumId={forum.id} tokens={tokens} {...form} />),
    status,
  );
}

apiTokenRoutes.get("/api-tokens", forumAccess("organiser"), (c) => page(c, { values: {}, errors: {} }));

apiTokenRoutes.post("/api-tokens", forumAccess("organiser"), async (c) => {
  const body = await c.req.parseBody();
  const label = typeof body.label === "string" ? body.label.trim() : "";
  const daysRaw = typeof body.days === "string" && body.days !== "" ? body.days : String(DEFAULT_TOKEN_DAYS);
  const days = (TOKEN_LIFETIMES as readonly number[]).find((d) => String(d) === daysRaw);
  const errors: Record<string, string> = {};
  if (label.length > 100) errors.label = "tokens.labelTooLong";
  if (days === undefined) errors.days = "error.choice";
  if (Object.keys(errors).length > 0 || days === undefined)
    return page(c, { values: { label, days: daysRaw }, errors }, 422);
  const token = await createApiToken(c.get("db"), c.get("forum").id, label, c.get("user")!, days);
  c.header("Cache-Control", "no-store");
  return page(c, { created: token, values: {}, errors: {} }, 201);
});

apiTokenRoutes.post("/api-tokens/:tokenId/revoke", forumAccess("organiser"), async (c) => {
  const id = idParam(c, "tokenId", "token");
  if (!(await isConfirmed(c))) {
    const forumId = c.get("forum").id;
    const token = (await listApiTokens(c.get("db"), forumId)).find((tk) => tk.id === id);
    if (!token) throw new AppError("not_found", "no such token");
    if (token.revokedAt === null) {
      const { t } = c.get("i18n");
      return renderConfirm(c, {
        id: "confirm-revoke",
        title: t("confirm.revoke.title", { label: token.label || t("confirm.revoke.unlabelled") }),
        happens: [t("confirm.revoke.access")],
        irreversible: t("confirm.revoke.irreversible"),
        action: `/forums/${forumId}/api-tokens/${id}/revoke`,
        button: t("confirm.revoke.button"),
        cancel: `/forums/${forumId}/api-tokens`,
      });
    }
  }
  await revokeApiToken(c.get("db"), c.get("forum").id, id, c.get("user")!);
  return c.redirect(withNotice(`/forums/${c.get("forum").id}/api-tokens`, "token-revoked"), 303);
});
