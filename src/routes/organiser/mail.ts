import { html } from "hono/html";
import type { I18n } from "../../i18n/index.js";

/** The message telling an expert that a round is open, with the link to it. */
export function roundOpenMail(i18n: I18n, p: { forum: string; number: number; name: string; link: string }) {
  const { t } = i18n;
  const subject = t("org.mail.roundOpen.subject", { forum: p.forum, number: p.number });
  const lines = [
    t("mail.greeting", { name: p.name }),
    t("org.mail.roundOpen.body", { forum: p.forum, number: p.number }),
  ];
  const text = `${lines.join("\n\n")}\n\n${p.link}\n`;
  const body = html`<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:36rem">
${lines.map((l) => html`<p>${l}</p>`)}<p><a href="${p.link}">${t("org.mail.roundOpen.action", { number: p.number })}</a></p></body></html>`;
  return { subject, text, html: body.toString() };
}
