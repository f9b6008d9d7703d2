import { textFields } from "../components/Field.js";
import { MessagePage, messagePage } from "../components/MessagePage.js";
import { useI18n } from "../context.js";

export function SignInPage({
  values,
  errors,
}: {
  values: { email?: string; next?: string };
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const field = textFields(values, errors);
  return (
    <section class="narrow">
      <h1>{t("signin.title")}</h1>
      <p>{t("signin.intro")}</p>
      <form method="post" action="/signin" id="signin-form" novalidate>
        <input type="hidden" name="next" value={values.next ?? ""} />
        {field("email", t("signin.email"), undefined, {
          type: "email",
          autocomplete: "email",
          required: true,
        })}
        <button type="submit" class="primary">
          {t("signin.send")}
        </button>
      </form>
    </section>
  );
}

/** Says what happened; nothing else to do here. */
export const SignInSentPage = messagePage("signin.sentTitle", "signin.sentBody");

/** What an invitation link may do for whoever opened it (see invitationMode in src/routes/auth.tsx). */
export type InvitationMode = "accept" | "join" | "signInFirst" | "wrongAccount";

export function LinkConfirmPage({
  token,
  purpose,
  mode,
  forumTitle,
  inviterName,
  invitation = null,
  userName,
  signedInAs,
}: {
  token: string;
  purpose: "invite" | "signin";
  mode: InvitationMode | null;
  forumTitle: string | null;
  inviterName: string | null;
  invitation?: InvitationDetails | null;
  userName: string;
  signedInAs: string | null;
}) {
  const { t } = useI18n();
  if (purpose !== "invite" || !forumTitle)
    return (
      <MessagePage title={t("link.signinTitle")} body={t("link.signinBody", { name: userName })}>
        <form method="post" action={`/auth/${token}`}>
          <button type="submit" class="primary">
            {t("link.confirm")}
          </button>
        </form>
      </MessagePage>
    );
  // Declining is confirmed on its own page, which says what it does (works without JavaScript).
  const decline = (
    <p>
      <a href={`/auth/${token}/decline`} id="decline-invitation">
        {t("ops.invite.decline")}
      </a>
    </p>
  );
  return (
    <section class="narrow" id="invitation" data-mode={mode ?? ""}>
      <h1>{forumTitle}</h1>
      <p>
        {inviterName
          ? t("link.invitedBy", { name: userName, inviter: inviterName })
          : t("link.invited", { name: userName })}
      </p>
      {invitation && <InvitationAbout invitation={invitation} />}
      {mode === "accept" && (
        <>
          <form method="post" action={`/auth/${token}`}>
            <button type="submit" class="primary">
              {invitation ? t(`invite.accept.${invitation.role}`) : t("link.confirm")}
            </button>
          </form>
          {decline}
        </>
      )}
      {mode === "join" && (
        <>
          <p>{t("invite.joinBody", { name: userName })}</p>
          <form method="post" action={`/auth/${token}`}>
            <button type="submit" class="primary">
              {t("invite.join")}
            </button>
          </form>
          {decline}
        </>
      )}
      {mode === "signInFirst" && (
        <>
          <p role="status">{t("invite.signInFirst")}</p>
          <form method="post" action={`/auth/${token}/signin-link`}>
            <button type="submit" class="primary">
              {t("invite.signInFirstAction")}
            </button>
          </form>
          {decline}
        </>
      )}
      {mode === "wrongAccount" && (
        <>
          <p role="alert">{t("invite.wrongAccount", { current: signedInAs ?? "" })}</p>
          <form method="post" action="/signout">
            <input type="hidden" name="next" value={`/auth/${token}`} />
            <button type="submit">{t("invite.signOut")}</button>
          </form>
        </>
      )}
    </section>
  );
}

/** What an invitation is for, as its page shows it before anyone accepts. */
export type InvitationDetails = {
  role: "organiser" | "expert" | "stakeholder";
  anonymity: "quasi" | "strict";
  consentText: string;
  openRound: { number: number; closesAt: string | null } | null;
};

/** The role, what anonymity means for an expert, the schedule and the consent text, in plain words. */
function InvitationAbout({ invitation }: { invitation: InvitationDetails }) {
  const i18n = useI18n();
  const { t } = i18n;
  const round = invitation.openRound;
  return (
    <div id="invitation-about">
      <p>{t(`invite.role.${invitation.role}`)}</p>
      {invitation.role === "expert" && <p>{t(`invite.anonymity.${invitation.anonymity}`)}</p>}
      {invitation.role === "expert" && (
        <p>
          {round
            ? round.closesAt
              ? t("invite.schedule.open", { number: round.number, date: i18n.formatDateTime(round.closesAt) })
              : t("invite.schedule.openNoClose", { number: round.number })
            : t("invite.schedule.none")}
        </p>
      )}
      {invitation.consentText.trim() !== "" && (
        <section class="consent" aria-labelledby="consent-title">
          <h2 id="consent-title">{t("invite.consentTitle")}</h2>
          <p class="consent-text" hx-disable>
            {invitation.consentText}
          </p>
        </section>
      )}
    </div>
  );
}

export function LinkInvalidPage() {
  const { t } = useI18n();
  return (
    <MessagePage title={t("link.invalidTitle")} body={t("link.invalidBody")}>
      <p>
        <a href="/signin">{t("link.requestNew")}</a>
      </p>
    </MessagePage>
  );
}
