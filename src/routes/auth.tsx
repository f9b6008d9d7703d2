import { type Context, Hono } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import * as v from "valibot";
import {
  type InvitationMode,
  LinkConfirmPage,
  LinkInvalidPage,
  SignInPage,
  SignInSentPage,
} from "../../views/pages/SignIn.js";
import type { Db } from "../db/client.js";
import {
  createToken,
  findTokenContext,
  findUserByEmail,
  findUserEmail,
  joinWithToken,
  revokeSession,
  SESSION_ABSOLUTE_MS,
  spendToken,
  type TokenContext,
} from "../db/queries/auth.js";
import type { AppEnv } from "../env.js";
import type { I18n } from "../i18n/index.js";
import { deliverOutbox } from "../mail/deliver.js";
import { i18nFor, recipientSettings } from "../mail/language.js";
import { afterResponse, queueMessage } from "../mail/outbox.js";
import { signInMail } from "../mail/templates.js";
import { publicRoute } from "../middleware/guards.js";
import { SESSION_COOKIE } from "../middleware/session.js";
import {
  clientAddress,
  hit,
  isExhausted,
  SIGNIN_PER_CLIENT,
  signInMailAllowed,
  TOKEN_FAILURES_PER_CLIENT,
  type Verdict,
} from "../security/rate-limit.js";
import { signInForm, tokenParam } from "../validation/auth.js";
import { readForm, validateForm } from "../validation/forms.js";
import { appOrigin } from "./origin.js";
import { renderPage, renderRefusal } from "./render.js";

export const auth = new Hono<AppEnv>();

auth.get("/signin", publicRoute, (c) => {
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
  return renderRefusal(c, 429, { title: t("limit.title"), sentence: t(message, { minutes }) });
}

auth.post("/signin", publicRoute, async (c) => {
  const { t } = c.get("i18n");
  const db = c.get("db");
  const client = clientAddress(c);
  // The client's own limit: the only refusal, and it depends on nothing about the address typed.
  const perClient = await hit(db, SIGNIN_PER_CLIENT, client);
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
  // Counted for every address typed, known or not; over a limit nothing is sent, but the answer is the
  // same (F8: strangers cannot make the owner's own request fail).
  const send = await signInMailAllowed(db, form.output.email, client);
  // Whether the address has an account is looked up only after the answer, so known and unknown
  // addresses cost the request the same work (F9); the mail goes out from waitUntil.
  if (send) await afterResponse(c, mailSignInLink(db, c.get("i18n"), appOrigin(c), form.output.email, c.env));
  return renderPage(c, { title: t("signin.sentTitle"), body: <SignInSentPage /> });
});

/**
 * Queues a sign-in link for a known address and sends it at once (this runs after the response); an
 * unknown address gets nothing. The message is in the person's own language setting, else the one
 * they are reading the site in.
 */
async function mailSignInLink(db: Db, i18n: I18n, origin: string, email: string, env: AppEnv["Bindings"]) {
  const user = await findUserByEmail(db, email);
  if (!user) return;
  const token = await createToken(db, { purpose: "signin", userId: user.id });
  const link = `${origin}/auth/${token}`;
  const own = (await recipientSettings(db, [user.email])).get(user.email.toLowerCase());
  const lang = i18nFor(
    { locale: own?.locale ?? null, timeZone: own?.timeZone ?? i18n.timeZone },
    i18n.locale,
  );
  await queueMessage(db, { to: user.email, kind: "signin", ...signInMail(lang, { name: user.name, link }) });
  await deliverOutbox(env, db, Date.now(), { to: [user.email] });
}

/**
 * What an invitation link may do for the person who opened it (F1):
 * - accept: a new account, nobody signed in → accepting creates the account's session;
 * - join: signed in as exactly the invited account → accepting adds the membership, no new session;
 * - signInFirst: an existing account, nobody signed in → nothing until they sign in with their own link;
 * - wrongAccount: signed in as someone else → nothing; they may sign out.
 */
function invitationMode(c: Context<AppEnv>, ctx: TokenContext): InvitationMode {
  const user = c.get("user");
  if (user) return user.id === ctx.userId ? "join" : "wrongAccount";
  return ctx.accountInUse ? "signInFirst" : "accept";
}

function linkPage(c: Context<AppEnv>, token: string, ctx: TokenContext, status: 200 | 409 = 200) {
  const { t } = c.get("i18n");
  const mode = ctx.purpose === "invite" ? invitationMode(c, ctx) : null;
  return renderPage(
    c,
    {
      title: ctx.forumTitle ?? t("link.signinTitle"),
      body: (
        <LinkConfirmPage
          token={token}
          purpose={ctx.purpose}
          mode={mode}
          forumTitle={ctx.forumTitle}
          inviterName={ctx.inviterName}
          invitation={ctx.invitation ?? null}
          userName={ctx.userName}
          signedInAs={c.get("user")?.name ?? null}
        />
      ),
    },
    status,
  );
}

auth.get("/auth/:token", publicRoute, async (c) => {
  const { t } = c.get("i18n");
  const token = c.req.param("token");
  const ctx = v.is(tokenParam, token) ? await findTokenContext(c.get("db"), token) : null;
  if (ctx?.state !== "valid") {
    return renderPage(c, { title: t("link.invalidTitle"), body: <LinkInvalidPage /> }, 410);
  }
  return linkPage(c, token, ctx);
});

/**
 * From an invitation for an existing account ("sign in first"): mails a sign-in link to the invited
 * address itself, as /signin would (same limits, silently), so its owner need not type it. The holder of
 * the invitation gets nothing but the usual "check your e-mail" page.
 */
auth.post("/auth/:token/signin-link", publicRoute, async (c) => {
  const { t } = c.get("i18n");
  const token = c.req.param("token");
  const db = c.get("db");
  const client = clientAddress(c);
  const ctx = v.is(tokenParam, token) ? await findTokenContext(db, token) : null;
  if (ctx?.purpose !== "invite" || ctx.state !== "valid" || !ctx.accountInUse)
    return renderPage(c, { title: t("link.invalidTitle"), body: <LinkInvalidPage /> }, 410);
  const perClient = await hit(db, SIGNIN_PER_CLIENT, client);
  if (!perClient.allowed) return refuseLimited(c, perClient, "limit.signin");
  const email = await findUserEmail(db, ctx.userId);
  if (email && (await signInMailAllowed(db, email, client)))
    await afterResponse(c, mailSignInLink(db, c.get("i18n"), appOrigin(c), email, c.env));
  return renderPage(c, { title: t("signin.sentTitle"), body: <SignInSentPage /> });
});

auth.post("/auth/:token", publicRoute, async (c) => {
  const { t } = c.get("i18n");
  const token = c.req.param("token");
  const db = c.get("db");
  // Token guessing: after too many failed uses from one address, even a good token waits.
  const client = clientAddress(c);
  const guessing = await isExhausted(db, TOKEN_FAILURES_PER_CLIENT, client);
  if (!guessing.allowed) return refuseLimited(c, guessing, "limit.link");
  const ctx = v.is(tokenParam, token) ? await findTokenContext(db, token) : null;
  const invalid = async () => {
    await hit(db, TOKEN_FAILURES_PER_CLIENT, client);
    return renderPage(c, { title: t("link.invalidTitle"), body: <LinkInvalidPage /> }, 410);
  };
  if (ctx?.state !== "valid") return invalid();
  if (ctx.purpose === "invite") {
    const mode = invitationMode(c, ctx);
    // An existing account is never signed in by an invitation, and nobody joins as someone else:
    // the page says why and the link stays unspent for its owner.
    if (mode === "signInFirst" || mode === "wrongAccount") return linkPage(c, token, ctx, 409);
    if (mode === "join") {
      const joined = await joinWithToken(db, token, {
        id: c.get("user")!.id,
        sessionId: c.get("sessionId")!,
      });
      if (!joined) return invalid();
      return c.redirect(`/forums/${joined.forumId}`, 303);
    }
  }
  const spent = await spendToken(db, token);
  if (!spent) {
    // A race (the account came into use, or the link was spent) between the read and the spend.
    const now = await findTokenContext(db, token);
    return now?.state === "valid" ? linkPage(c, token, now, 409) : invalid();
  }
  setCookie(c, SESSION_COOKIE, spent.sessionToken, {
    httpOnly: true,
    sameSite: "Lax",
    secure: new URL(c.req.url).protocol === "https:",
    path: "/",
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
  // An accepted invitation leads into its forum: an expert to the open round, a reader to the dashboard.
  return c.redirect(
    ctx.purpose === "invite" && ctx.forumId !== null ? `/forums/${ctx.forumId}` : "/forums",
    303,
  );
});

auth.post("/signout", publicRoute, async (c) => {
  const sessionId = c.get("sessionId");
  if (sessionId) await revokeSession(c.get("db"), sessionId);
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
  // Published results may sit in the browser's cache (revalidated with an ETag): not after signing out.
  c.header("Clear-Site-Data", '"cache"');
  // Back to an invitation link after "signed in as someone else" (only such a local path is followed).
  const body = await readForm(c.req).catch(() => ({}) as Record<string, unknown>);
  const back = String((body as Record<string, unknown>).next ?? "");
  return c.redirect(/^\/auth\/[A-Za-z0-9_-]{43}$/.test(back) ? back : "/", 303);
});
