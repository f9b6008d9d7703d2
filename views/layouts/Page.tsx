import type { Child } from "hono/jsx";
import { LanguageSwitcher } from "../components/LanguageSwitcher.js";
import { useI18n } from "../context.js";

export type Crumb = { label: string; href?: string };

export type PageProps = {
  title: string;
  crumbs?: Crumb[];
  user?: { name: string } | null;
  nonce: string;
  /** The current path and query, for the language switcher to return to. */
  path?: string;
  /** What the action before the redirect did (src/routes/notice.ts), shown first in main. */
  notice?: string | undefined;
  /** A page meant to be shared (a shared link's results): its social preview, kept out of search engines. */
  social?: { description: string } | undefined;
  children?: Child;
};

const HTMX_CONFIG = JSON.stringify({
  allowEval: false,
  allowScriptTags: false,
  selfRequestsOnly: true,
  includeIndicatorStyles: false,
  historyCacheSize: 0,
  // Refused forms (422) and refused saves after close (409) carry the re-rendered form: swap them too.
  responseHandling: [
    { code: "204", swap: false },
    { code: "[23]..", swap: true },
    { code: "422", swap: true },
    { code: "409", swap: true },
    { code: "[45]..", swap: false, error: true },
  ],
});

/** The one page shell: language and direction, navigation, breadcrumbs, main column. */
export function Page({ title, crumbs = [], user, nonce, path = "/", notice, social, children }: PageProps) {
  const { t, locale, dir } = useI18n();
  return (
    <html lang={locale} dir={dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content={HTMX_CONFIG} />
        <title>{`${title} · ${t("app.name")}`}</title>
        {social && (
          <>
            <meta name="description" content={social.description} />
            <meta name="robots" content="noindex" />
            <meta property="og:type" content="article" />
            <meta property="og:site_name" content={t("app.name")} />
            <meta property="og:title" content={title} />
            <meta property="og:description" content={social.description} />
            <meta name="twitter:card" content="summary" />
          </>
        )}
        <link rel="stylesheet" href="/styles.css" />
        <script src="/htmx.min.js" nonce={nonce} defer />
        <script src="/app.js" nonce={nonce} defer />
      </head>
      <body hx-boost="false">
        <a class="skip-link" href="#main">
          {t("nav.skip")}
        </a>
        <header class="site-header">
          <a class="brand" href="/">
            {t("app.name")}
          </a>
          <nav aria-label={t("nav.label")}>
            {user ? (
              <>
                <a href="/forums">{t("nav.myForums")}</a>
                <a class="who" href="/me/settings">
                  {user.name}
                </a>
                <form method="post" action="/signout" class="inline">
                  <button type="submit" class="link-button">
                    {t("nav.signOut")}
                  </button>
                </form>
              </>
            ) : (
              <a href="/signin">{t("nav.signIn")}</a>
            )}
          </nav>
          <LanguageSwitcher next={path} />
        </header>
        {crumbs.length > 0 && (
          <nav class="crumbs" aria-label={t("nav.breadcrumbs")}>
            <ol>
              {crumbs.map((c) => (
                <li>
                  {c.href ? <a href={c.href}>{c.label}</a> : <span aria-current="page">{c.label}</span>}
                </li>
              ))}
            </ol>
          </nav>
        )}
        <main id="main" tabindex={-1}>
          {notice && (
            <p class="notice done-notice" role="status" id="done-notice">
              {notice}
            </p>
          )}
          {children}
        </main>
      </body>
    </html>
  );
}
