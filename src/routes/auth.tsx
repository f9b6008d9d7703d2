import { type Context, Hono } from "hono";
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
import {
  clientAddress,
  hit,
  isExhausted,
  SIGNIN_PER_CLIENT,
  SIGNIN_PER_EMAIL,
  TOKEN_FAILURES_PER_CLIENT,
  type Verdict,
} from "../security/rate-limit.js";
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

/** 429 with Retry-After: the same page whoever asked and whatever address they typed. */
function refuseLimited(c: Context<AppEnv>, verdict: Verdict, message: "limit.signin" | "limit.link") {
  const { t } = c.get("i18n");
  c.header("Retry-After", String(verdict.retryAfterSeconds));
  const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
  return renderPage(
    c,
    {
      title: t("limit.title"),
      body: (
        <section class="narrow">
          <h1>{t("limit.title")}</h1>
          <p>{t(message, { minutes })}</p>
        </section>
      ),
    },
    429,
  );
}

auth.post("/signin", async (c) => {
  const { t } = c.get("i18n");
  const db = c.get("db");
  const perClient = await hit(db, SIGNIN_PER_CLIENT, clientAddress(c));
  if (!perClient.allowed) return refuseLimited(c, perClient, "limit.signin");
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
  // Counted for every address typed, known or not, so a refusal says nothing about the address.
  const perEmail = await hit(db, SIGNIN_PER_EMAIL, form.output.email);
  if (!perEmail.allowed) return refuseLimited(c, perEmail, "limit.signin");
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
  if (ctx?.state !== "valid") {
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
  const db = c.get("db");
  // Token guessing: after too many failed uses from one address, even a good token waits.
  const client = clientAddress(c);
  const guessing = await isExhausted(db, TOKEN_FAILURES_PER_CLIENT, client);
  if (!guessing.allowed) return refuseLimited(c, guessing, "limit.link");
  const spent = v.is(tokenParam, token) ? await spendToken(db, token) : null;
  if (!spent) {
    await hit(db, TOKEN_FAILURES_PER_CLIENT, client);
    return renderPage(c, { title: t("link.invalidTitle"), body: <LinkInvalidPage /> }, 410);
  }
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
