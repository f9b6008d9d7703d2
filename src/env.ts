import type { Db } from "./db/client.js";
import type { ForumMembership } from "./db/queries/auth.js";
import type { I18n } from "./i18n/index.js";

export type Bindings = {
  DB: D1Database;
  ASSETS?: Fetcher;
  /** Public origin used in e-mailed links, e.g. https://forum.example.org */
  APP_ORIGIN: string;
  /** "send" sends through the SEND_EMAIL binding (the outbox stays the record); "outbox" keeps mail in D1 only. */
  MAIL_MODE?: string;
  /** Cloudflare Email Service binding (wrangler.toml [[send_email]]); used only when MAIL_MODE = "send". */
  SEND_EMAIL?: SendEmail;
  /** The sender address of outgoing mail (on a domain onboarded to Email Sending), e.g. forum@example.org */
  MAIL_FROM?: string;
  /** Messages one cron run sends (default 40: within the free plan's 50 subrequests per invocation). */
  MAIL_BATCH?: string;
  /** Reminders and bulk invitations queued per forum in 24 hours at most (default 200). */
  MAIL_FORUM_DAILY_CAP?: string;
  /** Messages queued by the whole app in 24 hours at most, the account's sending limit (default 1000). */
  MAIL_ACCOUNT_DAILY_LIMIT?: string;
  /** Enables /dev/* helpers (seeding, fresh sign-in links). Set only by `npm start`, never in production. */
  DEV_TOOLS?: string;
  DEV_TOOLS_SECRET?: string;
};

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  canCreateForums: boolean;
  timeZone: string;
};

export type Variables = {
  db: Db;
  user: SessionUser | null;
  sessionId: string | null;
  /**
   * The session's membership of the forum in the URL, read with the session in one round trip
   * (session.ts) for forum-access.ts; undefined on other pages.
   */
  membership?: { forumId: number; row: ForumMembership | null };
  i18n: I18n;
  nonce: string;
};

export type AppEnv = { Bindings: Bindings; Variables: Variables };
