import { Hono } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import * as v from "valibot";
import { LinkConfirmPage, LinkInvalidPage, SignInPage, SignInSentPage } from "../../views/pages/SignIn.js";
import {
  createToken,
  findTokenContext,
  findUserByEmail,
  revokeSession,
  SESSION_ABSOLUTE_MS,
  spendToken,
} from "../db/queries/auth.js";
import type { AppEnv } from "../env.js";
import { queueMessage } from "../mail/outbox.js";
import { signInMail } from "../mail/templates.js";
import { SESSION_COOKIE } from "../middleware/session.js";
import { signInForm, tokenParam } from "../validation/auth.js";
import { readForm, validateForm } from "../validation/forms.js";
import { appOrigin } from "./origin.js";
import { renderPage } from "./render.js";

export const auth = new Hono<AppEnv>();

auth.get("/signin", (c) => {
  const { t } = c.get("i18n");
  return renderPage(c, {
    title: t("signin.title"),
    body: <SignInPage values={{ next: c.req.query("next") ?? "" }} errors={{}} />,
  });
});

auth.post("/signin", async (c) => {
  const { t } = c.get("i18n");
  const body = await readForm(c.req);
  const form = validateForm(signInForm, body);
  if (!form.ok) {
    const values = { email: String(body.email ?? ""), next: String(body.next ?? "") };
    return renderPage(
      c,
      { title: t("signin.title"), body: <SignInPage values={values} errors={form.errors} /> },
      422,
    );
  }
  const db = c.get("db");
  const user = await findUserByEmail(db, form.output.email);
  // Known and unknown addresses get the same answer; only a known one gets a message.
  if (user) {
    const token = await createToken(db, { purpose: "signin", userId: user.id });
    const link = `${appOrigin(c)}/auth/${token}`;
    await queueMessage(db, {
      to: user.email,
      kind: "signin",
      ...signInMail(c.get("i18n"), { name: user.name, link }),
    });
    console.log(`[outbox] sign-in link for ${user.email}: ${link}`);
  }
  return renderPage(c, { title: t("signin.sentTitle"), body: <SignInSentPage /> });
});

auth.get("/auth/:token", async (c) => {
  const { t } = c.get("i18n");
  const token = c.req.param("token");
  const ctx = v.is(tokenParam, token) ? await findTokenContext(c.get("db"), token) : null;
  if (!ctx || ctx.state !== "valid") {
    return renderPage(c, { title: t("link.invalidTitle"), body: <LinkInvalidPage /> }, 410);
  }
  return renderPage(c, {
    title: ctx.forumTitle ?? t("link.signinTitle"),
    body: (
      <LinkConfirmPage
        token={token}
        purpose={ctx.purpose}
        forumTitle={ctx.forumTitle}
        inviterName={ctx.inviterName}
        userName={ctx.userName}
      />
    ),
  });
});

auth.post("/auth/:token", async (c) => {
  const { t } = c.get("i18n");
  const token = c.req.param("token");
  const spent = v.is(tokenParam, token) ? await spendToken(c.get("db"), token) : null;
  if (!spent) return renderPage(c, { title: t("link.invalidTitle"), body: <LinkInvalidPage /> }, 410);
  setCookie(c, SESSION_COOKIE, spent.sessionToken, {
    httpOnly: true,
    sameSite: "Lax",
    secure: new URL(c.req.url).protocol === "https:",
    path: "/",
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
  return c.redirect("/forums", 303);
});

auth.post("/signout", async (c) => {
  const sessionId = c.get("sessionId");
  if (sessionId) await revokeSession(c.get("db"), sessionId);
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
  return c.redirect("/", 303);
});
