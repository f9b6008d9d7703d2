import { Hono } from "hono";
import { SharingPage, type SharingProps } from "../../views/pages/organiser/Sharing.js";
import { listPublishedRounds } from "../db/queries/dashboard.js";
import { createShareLink, listShareLinks, revokeShareLink } from "../db/queries/share-links.js";
import { groupThreshold, listPublicSnapshots } from "../db/queries/snapshots.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { revokeConfirmed } from "./confirm.js";
import { forumFormPage } from "./form-page.js";
import { idParam } from "./params.js";

/**
 * /forums/:forumId/sharing: organisers make read-only links to a published round for readers without
 * an account (the address is shown once; only its hash is stored), see how often each link was opened,
 * and revoke links. Breakdowns by institution and country are off by default, offered only outside
 * strict anonymity, and then at the forum's group threshold like the dashboard.
 */
export const sharingRoutes = new Hono<ForumEnv>();

const page = forumFormPage(
  "share.title",
  ({ db, forum }) => Promise.all([listPublishedRounds(db, forum.id), listShareLinks(db, forum.id)]),
  ([rounds, links], form: Pick<SharingProps, "created" | "values" | "errors">, { forum }) => (
    <SharingPage
      forumId={forum.id}
      anonymity={forum.anonymity}
      threshold={groupThreshold(forum)}
      {...{ rounds, links }}
      {...form}
    />
  ),
);

sharingRoutes.get("/sharing", forumAccess("organiser"), (c) => page(c, { values: {}, errors: {} }));

sharingRoutes.post("/sharing", forumAccess("organiser"), async (c) => {
  const { db, forum, user } = c.var;
  const body = await c.req.parseBody();
  const asked = typeof body.round === "string" ? body.round : "";
  const subgroups = forum.anonymity !== "strict" && body.subgroups === "1";
  const round = (await listPublishedRounds(db, forum.id)).find((r) => String(r.number) === asked);
  const token = round ? await createShareLink(db, forum.id, { roundId: round.id, subgroups }, user!) : null;
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
  const { db, forum, i18n, user } = c.var;
  const { t } = i18n;
  const id = idParam(c, "linkId", "link");
  return revokeConfirmed(c, {
    list: `/forums/${forum.id}/sharing`,
    id,
    find: async () => (await listShareLinks(db, forum.id)).find((l) => l.id === id),
    missing: "no such link",
    confirm: (link) => ({
      id: "confirm-revoke-share",
      title: t("share.revokeTitle", { number: link.roundNumber }),
      happens: [t("share.revokeHappens")],
      irreversible: t("share.revokeIrreversible"),
      button: t("share.revokeButton"),
    }),
    revoke: () => revokeShareLink(db, forum.id, id, user!),
    notice: "share-revoked",
  });
});
