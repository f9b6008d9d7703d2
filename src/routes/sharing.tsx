import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { SharingPage, type SharingProps } from "../../views/pages/organiser/Sharing.js";
import { listPublishedRounds } from "../db/queries/dashboard.js";
import { createShareLink, listShareLinks, revokeShareLink } from "../db/queries/share-links.js";
import { groupThreshold, listPublicSnapshots } from "../db/queries/snapshots.js";
import { AppError } from "../errors.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { isConfirmed, renderConfirm } from "./confirm.js";
import { forumPage } from "./crumbs.js";
import { withNotice } from "./notice.js";
import { idParam } from "./params.js";
import { renderPage } from "./render.js";

/**
 * /forums/:forumId/sharing: organisers make read-only links to a published round for readers without
 * an account (the address is shown once; only its hash is stored), see how often each link was opened,
 * and revoke links. Breakdowns by institution and country are off by default, offered only outside
 * strict anonymity, and then at the forum's group threshold like the dashboard.
 */
export const sharingRoutes = new Hono<ForumEnv>();

async function page(
  c: Context<ForumEnv>,
  form: Pick<SharingProps, "created" | "values" | "errors">,
  status: ContentfulStatusCode = 200,
) {
  const forum = c.get("forum");
  const db = c.get("db");
  const [rounds, links] = await Promise.all([
    listPublishedRounds(db, forum.id),
    listShareLinks(db, forum.id),
  ]);
  const title = c.get("i18n").t("share.title");
  return renderPage(
    c,
    forumPage(
      c,
      title,
      <SharingPage
        forumId={forum.id}
        anonymity={forum.anonymity}
        threshold={groupThreshold(forum)}
        rounds={rounds}
        links={links}
        {...form}
      />,
    ),
    status,
  );
}

sharingRoutes.get("/sharing", forumAccess("organiser"), (c) => page(c, { values: {}, errors: {} }));

sharingRoutes.post("/sharing", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const db = c.get("db");
  const body = await c.req.parseBody();
  const asked = typeof body.round === "string" ? body.round : "";
  const subgroups = forum.anonymity !== "strict" && body.subgroups === "1";
  const round = (await listPublishedRounds(db, forum.id)).find((r) => String(r.number) === asked);
  const token = round ? await createShareLink(db, forum.id, round.id, subgroups, c.get("user")!) : null;
  if (!round || !token)
    return page(c, { values: { round: asked, subgroups }, errors: { round: "error.choice" } }, 422);
  const questions = (await listPublicSnapshots(db, forum, round.id, false)).map((x) => ({
    id: x.questionId,
    title: x.title,
  }));
  c.header("Cache-Control", "no-store");
  const url = `${new URL(c.req.url).origin}/s/${token}`;
  return page(c, { created: { url, roundNumber: round.number, questions }, values: {}, errors: {} }, 201);
});

sharingRoutes.post("/sharing/:linkId/revoke", forumAccess("organiser"), async (c) => {
  const id = idParam(c, "linkId", "link");
  const forumId = c.get("forum").id;
  if (!(await isConfirmed(c))) {
    const link = (await listShareLinks(c.get("db"), forumId)).find((l) => l.id === id);
    if (!link) throw new AppError("not_found", "no such link");
    if (link.revokedAt === null) {
      const { t } = c.get("i18n");
      return renderConfirm(c, {
        id: "confirm-revoke-share",
        title: t("share.revokeTitle", { number: link.roundNumber }),
        happens: [t("share.revokeHappens")],
        irreversible: t("share.revokeIrreversible"),
        action: `/forums/${forumId}/sharing/${id}/revoke`,
        button: t("share.revokeButton"),
        cancel: `/forums/${forumId}/sharing`,
      });
    }
  }
  await revokeShareLink(c.get("db"), forumId, id, c.get("user")!);
  return c.redirect(withNotice(`/forums/${forumId}/sharing`, "share-revoked"), 303);
});
