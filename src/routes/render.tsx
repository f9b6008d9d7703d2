import type { Context } from "hono";
import { html } from "hono/html";
import type { Child } from "hono/jsx";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { I18nContext } from "../../views/context.js";
import { type Crumb, Page } from "../../views/layouts/Page.js";
import type { AppEnv } from "../env.js";
import { noticeKey } from "./notice.js";

/** Renders a full page in the reader's language. */
export function renderPage<E extends AppEnv>(
  c: Context<E>,
  page: { title: string; crumbs?: Crumb[]; body: Child; social?: { description: string } },
  status: ContentfulStatusCode = 200,
) {
  const i18n = c.get("i18n");
  // An action's confirmation after its redirect (?notice=…, src/routes/notice.ts); not on refusals.
  const notice = status === 200 ? noticeKey(c.req.query("notice")) : null;
  return c.html(
    html`<!doctype html>${(
      <I18nContext.Provider value={i18n}>
        <Page
          title={page.title}
          crumbs={page.crumbs}
          user={c.get("user")}
          nonce={c.get("nonce")}
          path={pathOf(c.req.url)}
          notice={notice ? i18n.t(notice) : undefined}
          social={page.social}
        >
          {page.body}
        </Page>
      </I18nContext.Provider>
    )}`,
    status,
  );
}

/**
 * A refusal in a sentence, with its status: a page with the title and the sentence or, to an htmx request
 * when `htmxTarget` is given, an alert that takes the place of that element (HX-Retarget).
 */
export function renderRefusal<E extends AppEnv>(
  c: Context<E>,
  status: ContentfulStatusCode,
  refusal: { title: string; sentence: string; htmxTarget?: string },
) {
  const { title, sentence, htmxTarget } = refusal;
  if (htmxTarget && isHtmx(c)) {
    c.header("HX-Retarget", `#${htmxTarget}`);
    return renderPartial(
      c,
      <p class="notice error" id={htmxTarget} role="alert">
        {sentence}
      </p>,
      status,
    );
  }
  return renderPage(
    c,
    {
      title,
      body: (
        <section class="narrow">
          <h1>{title}</h1>
          <p>{sentence}</p>
        </section>
      ),
    },
    status,
  );
}

/** The path and query of a URL (where the language switcher returns to). */
function pathOf(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

/** Renders a fragment (an htmx swap target) in the reader's language. */
export function renderPartial<E extends AppEnv>(
  c: Context<E>,
  body: Child,
  status: ContentfulStatusCode = 200,
) {
  return c.html(<I18nContext.Provider value={c.get("i18n")}>{body}</I18nContext.Provider>, status);
}

/** True when htmx asked for a fragment rather than a whole page. */
export function isHtmx<E extends AppEnv>(c: Context<E>): boolean {
  return c.req.header("HX-Request") === "true" && c.req.header("HX-Boosted") !== "true";
}
