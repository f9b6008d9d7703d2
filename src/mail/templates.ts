import { html } from "hono/html";
import type { I18n } from "../i18n/index.js";

type Built = { subject: string; text: string; html: string };

function build(
  subject: string,
  lines: string[],
  link: string,
  linkLabel: string,
  footer?: { text: string; link: string; label: string },
): Built {
  const foot = footer ? `\n-- \n${footer.text}\n${footer.label}: ${footer.link}\n` : "";
  const text = `${lines.join("\n\n")}\n\n${link}\n${foot}`;
  const body = html`<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:36rem">
${lines.map((l) => html`<p>${l}</p>`)}<p><a href="${link}">${linkLabel}</a></p>${
    footer
      ? html`<hr><p style="font-size:small">${footer.text} <a href="${footer.link}">${footer.label}</a></p>`
      : ""
  }</body></html>`;
  return { subject, text, html: body.toString() };
}

/**
 * An invitation: who invites to which forum, the role it is for (an expert answers, a reader reads the
 * published results) and, for an expert, what the forum's anonymity means for them; the link's page
 * adds the schedule and the consent text.
 */
export function invitationMail(
  i18n: I18n,
  p: {
    forum: string;
    inviter: string;
    name: string;
    link: string;
    role: "organiser" | "expert" | "stakeholder";
    anonymity: "quasi" | "strict";
  },
) {
  const { t } = i18n;
  return build(
    t("mail.invite.subject", { forum: p.forum }),
    [
      t("mail.greeting", { name: p.name }),
      t("mail.invite.body", { forum: p.forum, inviter: p.inviter }),
      t(`invite.role.${p.role}`),
      ...(p.role === "expert" ? [t(`invite.anonymity.${p.anonymity}`)] : []),
      t("mail.invite.expiry"),
    ],
    p.link,
    t("mail.invite.action"),
  );
}

export function signInMail(i18n: I18n, p: { name: string; link: string }) {
  const { t } = i18n;
  return build(
    t("mail.signin.subject"),
    [t("mail.greeting", { name: p.name }), t("mail.signin.body"), t("mail.signin.expiry")],
    p.link,
    t("mail.signin.action"),
  );
}

/** A round has opened (sent by the organiser's button or by the schedule), with its deadline if any. */
export function roundOpenedMail(
  i18n: I18n,
  p: { forum: string; number: number; name: string; link: string; closesAt: string | null },
) {
  const { t } = i18n;
  return build(
    t("org.mail.roundOpen.subject", { forum: p.forum, number: p.number }),
    [
      t("mail.greeting", { name: p.name }),
      t("org.mail.roundOpen.body", { forum: p.forum, number: p.number }),
      ...(p.closesAt ? [deadlineLine(i18n, p.closesAt)] : []),
    ],
    p.link,
    t("org.mail.roundOpen.action", { number: p.number }),
  );
}

/** A reminder before a round closes, to an expert who has not answered every question. */
export function reminderMail(
  i18n: I18n,
  p: {
    forum: string;
    number: number;
    name: string;
    link: string;
    /** null: a round without a closing time (a reminder an organiser sends by hand). */
    closesAt: string | null;
    answered: number;
    total: number;
    unsubscribe: string;
  },
) {
  const { t } = i18n;
  return build(
    t("ops.mail.reminder.subject", { forum: p.forum, number: p.number }),
    [
      t("mail.greeting", { name: p.name }),
      t("ops.mail.reminder.body", { number: p.number, answered: p.answered, total: p.total }),
      ...(p.closesAt ? [deadlineLine(i18n, p.closesAt)] : []),
    ],
    p.link,
    t("org.mail.roundOpen.action", { number: p.number }),
    { text: t("ops.mail.reminder.why"), link: p.unsubscribe, label: t("ops.mail.reminder.unsubscribe") },
  );
}

/** "Closes on <local time> (<UTC>)" in the recipient's time zone; the UTC time once for a recipient in UTC. */
function deadlineLine(i18n: I18n, closesAt: string) {
  if (i18n.timeZone === "UTC") return i18n.t("ops.mail.closesUtc", { utc: i18n.formatDateTimeUtc(closesAt) });
  return i18n.t("ops.mail.closes", {
    local: i18n.formatDateTime(closesAt),
    zone: i18n.timeZone,
    utc: i18n.formatDateTimeUtc(closesAt),
  });
}
