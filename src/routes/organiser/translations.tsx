import { type Context, Hono } from "hono";
import {
  QuestionTranslationsPage,
  ScenarioTranslationsPage,
  translationLocales,
} from "../../../views/pages/organiser/Translations.js";
import { openRoundOfQuestion, openRoundOfScenarioSet } from "../../db/queries/question-versions.js";
import {
  getQuestionWithTranslations,
  getScenarioSetWithTranslations,
  saveQuestionTranslations,
  saveScenarioTranslations,
} from "../../db/queries/translations.js";
import { AppError } from "../../errors.js";
import { isLocale, type Locale } from "../../i18n/index.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { forumPage } from "../crumbs.js";
import { withNotice } from "../notice.js";
import { idParam } from "../params.js";
import { renderPage } from "../render.js";

/** Organisers give question and scenario texts in several languages (experts read their own, else the default). */
export const translationRoutes = new Hono<ForumEnv>();

const LIMITS: Record<string, number> = {
  title: 500,
  body: 10_000,
  resolution: 10_000,
  narrative: 10_000,
  drivers: 1_000,
};

const id = (c: Context<ForumEnv>, name: string): number => idParam(c, name, "translation target");

function str(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  return typeof v === "string" ? v.replace(/\r\n/g, "\n").trim() : "";
}

/** Checks one language's fields: all empty = remove; otherwise a title and lengths within the limits. */
function readGroup(
  body: Record<string, unknown>,
  fields: string[],
  key: (field: string) => string,
  values: Record<string, string>,
  errors: Record<string, string>,
): Record<string, string> | null {
  const got: Record<string, string> = {};
  for (const f of fields) {
    got[f] = str(body, key(f));
    values[key(f)] = got[f];
    if (got[f].length > (LIMITS[f] ?? 1000)) errors[key(f)] = "error.tooLong";
  }
  if (fields.every((f) => got[f] === "")) return null;
  if (got.title === "") errors[key("title")] = "tr.titleRequired";
  return got;
}

/** The form's fields for stored translations: `<field>_<key of the row>` for each field. */
function storedValues<R>(
  rows: R[],
  keyOf: (row: R) => string,
  fields: Record<string, (row: R) => string>,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const row of rows)
    for (const [field, text] of Object.entries(fields)) values[`${field}_${keyOf(row)}`] = text(row);
  return values;
}

/** What the organiser sent back, with the errors found in it. */
type SentForm = { values: Record<string, string>; errors: Record<string, string> };

function defaultLocaleOf(c: Context<ForumEnv>): string {
  return c.get("forum").defaultLocale ?? "en";
}

async function questionPage(c: Context<ForumEnv>, form?: SentForm) {
  const found = await getQuestionWithTranslations(c.get("db"), c.get("forum").id, id(c, "qid"));
  if (!found) throw new AppError("not_found", "no such question");
  const values = storedValues(found.translations, (tr) => tr.locale, {
    title: (tr) => tr.title,
    body: (tr) => tr.body,
    resolution: (tr) => tr.resolutionCriteria,
  });
  const { t } = c.get("i18n");
  const title = t("tr.title", { title: found.question.title });
  return forumPage(
    c,
    title,
    <QuestionTranslationsPage
      forumId={c.get("forum").id}
      defaultLocale={defaultLocaleOf(c)}
      question={found.question}
      values={form?.values ?? values}
      errors={form?.errors ?? {}}
    />,
  );
}

translationRoutes.get("/questions/:qid/translations", forumAccess("organiser"), async (c) =>
  renderPage(c, await questionPage(c)),
);

translationRoutes.post("/questions/:qid/translations", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const qid = id(c, "qid");
  const found = await getQuestionWithTranslations(c.get("db"), forum.id, qid);
  if (!found) throw new AppError("not_found", "no such question");
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  const entries: {
    locale: Locale;
    text: { title: string; body: string; resolutionCriteria: string } | null;
  }[] = [];
  for (const l of translationLocales(defaultLocaleOf(c))) {
    const g = readGroup(body, ["title", "body", "resolution"], (f) => `${f}_${l}`, values, errors);
    entries.push({
      locale: l,
      text: g ? { title: g.title ?? "", body: g.body ?? "", resolutionCriteria: g.resolution ?? "" } : null,
    });
  }
  // F7: what experts read may not change mid-round, in any language (as the default wording: 409).
  if ((await openRoundOfQuestion(c.get("db"), qid)) !== null)
    return renderPage(c, await questionPage(c, { values, errors: { form: "tr.error.openRound" } }), 409);
  if (Object.keys(errors).length > 0) return renderPage(c, await questionPage(c, { values, errors }), 422);
  await saveQuestionTranslations(c.get("db"), { forumId: forum.id, userId: c.get("user")!.id }, qid, entries);
  return c.redirect(
    withNotice(`/forums/${forum.id}/questions/${qid}/translations`, "translations-saved"),
    303,
  );
});

async function setPage(c: Context<ForumEnv>, form?: SentForm) {
  const found = await getScenarioSetWithTranslations(c.get("db"), c.get("forum").id, id(c, "setId"));
  if (!found) throw new AppError("not_found", "no such scenario set");
  const values = storedValues(found.translations, (tr) => `${tr.scenarioId}_${tr.locale}`, {
    title: (tr) => tr.title,
    narrative: (tr) => tr.narrative,
    drivers: (tr) => tr.drivers,
  });
  const { t } = c.get("i18n");
  const title = t("tr.setTitle", { title: found.set.title });
  return {
    found,
    page: forumPage(
      c,
      title,
      <ScenarioTranslationsPage
        forumId={c.get("forum").id}
        defaultLocale={defaultLocaleOf(c)}
        set={found.set}
        scenarios={found.scenarios}
        values={form?.values ?? values}
        errors={form?.errors ?? {}}
      />,
    ),
  };
}

translationRoutes.get("/scenarios/:setId/translations", forumAccess("organiser"), async (c) =>
  renderPage(c, (await setPage(c)).page),
);

translationRoutes.post("/scenarios/:setId/translations", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const { found } = await setPage(c);
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  const entries: {
    scenarioId: number;
    locale: Locale;
    text: { title: string; narrative: string; drivers: string } | null;
  }[] = [];
  for (const s of found.scenarios) {
    for (const l of translationLocales(defaultLocaleOf(c))) {
      if (!isLocale(l)) continue;
      const g = readGroup(
        body,
        ["title", "narrative", "drivers"],
        (f) => `${f}_${s.id}_${l}`,
        values,
        errors,
      );
      entries.push({
        scenarioId: s.id,
        locale: l,
        text: g ? { title: g.title ?? "", narrative: g.narrative ?? "", drivers: g.drivers ?? "" } : null,
      });
    }
  }
  if ((await openRoundOfScenarioSet(c.get("db"), forum.id, found.set.id)) !== null)
    return renderPage(c, (await setPage(c, { values, errors: { form: "tr.error.openRound" } })).page, 409);
  if (Object.keys(errors).length > 0) return renderPage(c, (await setPage(c, { values, errors })).page, 422);
  await saveScenarioTranslations(
    c.get("db"),
    { forumId: forum.id, userId: c.get("user")!.id },
    found.set.id,
    entries,
  );
  return c.redirect(
    withNotice(`/forums/${forum.id}/scenarios/${found.set.id}/translations`, "translations-saved"),
    303,
  );
});
