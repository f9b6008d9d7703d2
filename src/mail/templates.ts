import { html } from "hono/html";
import type { I18n } from "../i18n/index.js";

type Built = { subject: string; text: string; html: string };

function build(subject: string, lines: string[], link: string, linkLabel: string): Built {
  const text = `${lines.join("\n\n")}\n\n${link}\n`;
  const body = html`<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:36rem">
${lines.map((l) => html`<p>${l}</p>`)}<p><a href="${link}">${linkLabel}</a></p></body></html>`;
  return { subject, text, html: body.toString() };
}

export function invitationMail(
  i18n: I18n,
  p: { forum: string; inviter: string; name: string; link: string },
) {
  const { t } = i18n;
  return build(
    t("mail.invite.subject", { forum: p.forum }),
    [
      t("mail.greeting", { name: p.name }),
      t("mail.invite.body", { forum: p.forum, inviter: p.inviter }),
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
