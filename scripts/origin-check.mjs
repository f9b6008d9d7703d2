// The production origin check of `npm run deploy:check`: APP_ORIGIN (wrangler.toml [vars]) is the origin
// of every link the app e-mails (sign-in, invitations, reminders). It must be an https origin of a real
// host: a loopback or localhost origin shipped to production would send every recipient to their own
// machine. Pure, so tests can call it on any wrangler.toml text.

/** APP_ORIGIN from the [vars] table of a wrangler.toml text, or null when it is not set there. */
export function appOriginOf(toml) {
  const vars = /^\[vars\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(toml);
  if (!vars) return null;
  const line = /^\s*APP_ORIGIN\s*=\s*"([^"]*)"\s*$/m.exec(vars[1]);
  return line ? line[1] : null;
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
