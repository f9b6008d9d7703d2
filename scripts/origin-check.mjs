// The production origin check of `npm run deploy:check`: APP_ORIGIN (wrangler.toml [vars]) is the origin
// of every link the app e-mails (sign-in, invitations, reminders). It must be an https origin of a real
// host: a loopback or localhost origin shipped to production would send every recipient to their own
// machine. Pure, so tests can call it on any wrangler.toml text.

/** A string variable from the [vars] table of a wrangler.toml text, or null when it is not set there. */
export function varOf(toml, name) {
  const vars = /^\[vars\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(toml);
  if (!vars) return null;
  const line = new RegExp(`^\\s*${name}\\s*=\\s*"([^"]*)"\\s*$`, "m").exec(vars[1]);
  return line ? line[1] : null;
}

/** APP_ORIGIN from the [vars] table of a wrangler.toml text, or null when it is not set there. */
export function appOriginOf(toml) {
  return varOf(toml, "APP_ORIGIN");
}

/**
 * null when production mail can leave, else what is missing: with MAIL_MODE = "send" the Worker needs the
 * [[send_email]] binding named SEND_EMAIL and a MAIL_FROM address (on a domain onboarded to Email
 * Sending); without them every invitation and sign-in link would wait in the outbox.
 */
export function mailProblem(toml) {
  const mode = varOf(toml, "MAIL_MODE") ?? "outbox";
  if (mode === "outbox") return null;
  if (mode !== "send") return `MAIL_MODE "${mode}" is neither "send" nor "outbox"`;
  if (!/^\[\[send_email\]\]\s*$\s*^name\s*=\s*"SEND_EMAIL"/m.test(toml))
    return 'MAIL_MODE is "send" but wrangler.toml binds no [[send_email]] named SEND_EMAIL';
  const from = varOf(toml, "MAIL_FROM");
  if (!from) return 'MAIL_MODE is "send" but MAIL_FROM is not set under [vars]: no message could leave';
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(from)) return `MAIL_FROM "${from}" is not an e-mail address`;
  return null;
}

/** null when APP_ORIGIN is fit for production, else what is wrong with it. */
export function originProblem(origin) {
  if (!origin)
    return "APP_ORIGIN is not set under [vars]: e-mailed links would use whatever host a request names";
  let url;
  try {
    url = new URL(origin);
  } catch {
    return `APP_ORIGIN "${origin}" is not a URL`;
  }
  if (url.origin !== origin)
    return `APP_ORIGIN "${origin}" must be an origin only (no path or trailing slash)`;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^127\./.test(host) ||
    host === "::1" ||
    host === "0.0.0.0"
  )
    return `APP_ORIGIN "${origin}" is this machine: every e-mailed link would point at the recipient's own computer`;
  if (url.protocol !== "https:") return `APP_ORIGIN "${origin}" must use https`;
  return null;
}
