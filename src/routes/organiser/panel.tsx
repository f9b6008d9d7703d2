import type { Context } from "hono";
import { Hono } from "hono";
import * as v from "valibot";
import { PanelPage } from "../../../views/pages/organiser/Panel.js";
import { RefusedPage } from "../../../views/pages/organiser/Refused.js";
import { newSecret } from "../../crypto.js";
import { findUserByEmail } from "../../db/queries/auth.js";
import { listFailedInvitations } from "../../db/queries/outbox-messages.js";
import {
  findPanelMember,
  type InvitationLink,
  inviteMember,
  isForumMemberEmail,
  listInstitutions,
  listPanelPage,
  PANEL_PAGE_SIZE,
  removeMember,
  resendInvitation,
} from "../../db/queries/panel.js";
import { listInvitationStates } from "../../db/queries/panel-import.js";
import { defaultStage } from "../../db/queries/stages.js";
import { panelShowsPseudonyms } from "../../domain/visibility.js";
import { AppError } from "../../errors.js";
import { recipientI18n } from "../../mail/language.js";
import { sendAfterResponse } from "../../mail/outbox.js";
import { invitationMail } from "../../mail/templates.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { type FieldErrors, readForm, validateForm } from "../../validation/forms.js";
import { formStrings } from "../../validation/organiser-forms.js";
import { inviteForm, panelPageQuery } from "../../validation/organiser-panel.js";
import { isConfirmed, renderConfirm } from "../confirm.js";
import { forumPage } from "../crumbs.js";
import { withNotice } from "../notice.js";
import { appOrigin } from "../origin.js";
import { idParam } from "../params.js";
import { renderPage } from "../render.js";

export const panelRoutes = new Hono<ForumEnv>();

async function panelPage(c: Context<ForumEnv>, values: Record<string, string>, errors: FieldErrors) {
  const db = c.get("db");
  const forum = c.get("forum");
  // One page of the panel, newest first: its reads do not grow with the panel (issue 19).
  const query = v.parse(panelPageQuery, c.req.query());
  const [page, institutions] = await Promise.all([
    listPanelPage(db, forum.id, { ...query, withPseudonyms: panelShowsPseudonyms(forum.anonymity) }),
    listInstitutions(db, forum.id),
  ]);
  const ids = page.members.map((m) => m.id);
  const [states, undelivered] = await Promise.all([
    listInvitationStates(db, forum.id, ids),
    listFailedInvitations(db, forum.id, ids),
  ]);
  const title = c.get("i18n").t("org.panel.title");
  return forumPage(
    c,
    title,
    <PanelPage
      forumId={forum.id}
      selfMemberId={c.get("member").id}
      showPseudonyms={panelShowsPseudonyms(forum.anonymity)}
      members={page.members}
      paging={{ ...page, find: query.find ?? "", size: PANEL_PAGE_SIZE }}
      institutions={institutions}
      values={values}
      errors={errors}
      states={states}
      undelivered={undelivered}
      needsConsent={forum.consentText.trim() === ""}
    />,
  );
}

/**
 * A fresh invitation link: the raw token goes into the message, only its hash into D1. The message is
 * in the invitee's language (their setting, else the forum's) and replies reach the inviting organiser.
 */
async function invitationLink(
  c: Context<ForumEnv>,
  name: string,
  email: string,
  role: "organiser" | "expert" | "stakeholder",
): Promise<InvitationLink> {
  const { db, forum, user } = c.var;
  const { token, hash: tokenHash } = await newSecret();
  const link = `${appOrigin(c)}/auth/${token}`;
  const i18n = await recipientI18n(db, email, forum.defaultLocale, forum.mode);
  const { anonymity, title } = forum;
  const mail = invitationMail(i18n, { forum: title, inviter: user!.name, name, link, role, anonymity });
  return { forumId: forum.id, inviter: user!, tokenHash, mail: { ...mail, replyTo: user!.email } };
}

async function panelMember(c: Context<ForumEnv>) {
  const member = await findPanelMember(c.get("db"), c.get("forum").id, idParam(c, "memberId", "member"));
  if (!member) throw new AppError("not_found", "no such member");
  return member;
}

/** The panel page that starts at a member (`?from=`), scrolled to their row. */
const memberPage = (c: Context<ForumEnv>, memberId: number) =>
  `/forums/${c.get("forum").id}/panel?from=${memberId}#member-${memberId}`;

const refuse = (
  c: Context<ForumEnv>,
  reason: "org.refused.notInvited" | "org.refused.removeSelf" | "org.refused.alreadyRemoved",
) =>
  renderPage(
    c,
    {
      title: c.get("i18n").t("org.refused.title"),
      body: <RefusedPage reason={reason} back={`/forums/${c.get("forum").id}/panel`} />,
    },
    409,
  );

panelRoutes.get("/panel", forumAccess("organiser"), async (c) =>
  renderPage(
    c,
    await panelPage(c, { stage: String(await defaultStage(c.get("db"), c.get("forum").id)) }, {}),
  ),
);

panelRoutes.post("/panel/invite", forumAccess("organiser"), async (c) => {
  const db = c.get("db");
  const forum = c.get("forum");
  const body = await readForm(c.req);
  const form = validateForm(inviteForm, body);
  const errors: FieldErrors = form.ok ? {} : form.errors;
  if (form.ok) {
    const inst = form.output.institution;
    if (inst && "id" in inst && !(await listInstitutions(db, forum.id)).some((i) => i.id === inst.id))
      errors.institutionId = "error.choice";
    if (await isForumMemberEmail(db, forum.id, form.output.email)) errors.email = "org.error.alreadyMember";
  }
  if (!form.ok || Object.keys(errors).length > 0)
    return renderPage(c, await panelPage(c, formStrings(body), errors), 422);
  const known = await findUserByEmail(db, form.output.email);
  const invite = await invitationLink(
    c,
    known?.name ?? form.output.name,
    form.output.email,
    form.output.role,
  );
  const stage = form.output.stage ?? (await defaultStage(db, forum.id));
  const outcome = await inviteMember(db, { ...form.output, stage }, invite);
  if (outcome === "duplicate")
    return renderPage(c, await panelPage(c, formStrings(body), { email: "org.error.alreadyMember" }), 422);
  await sendAfterResponse(c, [form.output.email]);
  return c.redirect(withNotice(`/forums/${forum.id}/panel`, "invited"), 303);
});

panelRoutes.post("/panel/:memberId/resend", forumAccess("organiser"), async (c) => {
  const member = await panelMember(c);
  if (member.status !== "invited" && member.status !== "declined") return refuse(c, "org.refused.notInvited");
  const invite = await invitationLink(c, member.name, member.email, member.role);
  await resendInvitation(c.get("db"), member, invite);
  await sendAfterResponse(c, [member.email]);
  return c.redirect(withNotice(memberPage(c, member.id), "resent"), 303);
});

panelRoutes.post("/panel/:memberId/remove", forumAccess("organiser"), async (c) => {
  const member = await panelMember(c);
  // An organiser cannot lock themselves out; another organiser can remove them.
  if (member.id === c.get("member").id) return refuse(c, "org.refused.removeSelf");
  if (!(await isConfirmed(c))) {
    if (member.status === "removed") return refuse(c, "org.refused.alreadyRemoved");
    const { t } = c.get("i18n");
    const who = { name: member.name, email: member.email };
    return renderConfirm(c, {
      id: "confirm-remove",
      title: t("confirm.remove.title", who),
      happens: [t("confirm.remove.access", who), t("confirm.remove.kept")],
      irreversible: t("confirm.remove.irreversible"),
      action: `/forums/${c.get("forum").id}/panel/${member.id}/remove`,
      button: t("confirm.remove.button", who),
      cancel: memberPage(c, member.id),
    });
  }
  const removed = await removeMember(c.get("db"), c.get("forum").id, member.id, c.get("user")!);
  if (!removed) return refuse(c, "org.refused.alreadyRemoved");
  return c.redirect(withNotice(memberPage(c, member.id), "removed"), 303);
});
