import type { Db } from "./db/client.js";
import type { I18n } from "./i18n/index.js";

export type Bindings = {
  DB: D1Database;
  ASSETS?: Fetcher;
  /** Public origin used in e-mailed links, e.g. https://forum.example.org */
  APP_ORIGIN: string;
  /** "outbox" keeps every message in D1 only; "send" also sends through the SEND_EMAIL binding. */
  MAIL_MODE?: string;
  /** Cloudflare Email Workers binding (wrangler.toml [[send_email]]); used only when MAIL_MODE = "send". */
  SEND_EMAIL?: SendEmail;
  /** The sender address of outgoing mail (a verified address on the zone), e.g. forum@example.org */
  MAIL_FROM?: string;
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
  i18n: I18n;
  nonce: string;
};

export type AppEnv = { Bindings: Bindings; Variables: Variables };
