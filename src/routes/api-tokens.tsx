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
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { revokeConfirmed } from "./confirm.js";
import { renderForumPage } from "./crumbs.js";
import { idParam } from "./params.js";

/** /forums/:forumId/api-tokens: organisers issue (shown once) and revoke read tokens; links to the exports. */
export const apiTokenRoutes = new Hono<ForumEnv>();

async function page(
  c: Context<ForumEnv>,
  form: { created?: string; values: { label?: string; days?: string }; errors: Record<string, string> },
  status: ContentfulStatusCode = 200,
) {
  const { db, forum, i18n } = c.var;
  const tokens = await listApiTokens(db, forum.id);
  return renderForumPage(
    c,
    i18n.t("tokens.title"),
    <ApiTokensPage forumId={forum.id} tokens={tokens} {...form} />,
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
  const { db, forum, user } = c.var;
  const token = await createApiToken(db, forum.id, label, user!, days);
  c.header("Cache-Control", "no-store");
  return page(c, { created: token, values: {}, errors: {} }, 201);
});

apiTokenRoutes.post("/api-tokens/:tokenId/revoke", forumAccess("organiser"), async (c) => {
  const { db, forum, i18n, user } = c.var;
  const { t } = i18n;
  const id = idParam(c, "tokenId", "token");
  return revokeConfirmed(c, {
    list: `/forums/${forum.id}/api-tokens`,
    id,
    find: async () => (await listApiTokens(db, forum.id)).find((tk) => tk.id === id),
    missing: "no such token",
    confirm: (token) => ({
      id: "confirm-revoke",
      title: t("confirm.revoke.title", { label: token.label || t("confirm.revoke.unlabelled") }),
      happens: [t("confirm.revoke.access")],
      irreversible: t("confirm.revoke.irreversible"),
      button: t("confirm.revoke.button"),
    }),
    revoke: () => revokeApiToken(db, forum.id, id, user!),
    notice: "token-revoked",
  });
});
