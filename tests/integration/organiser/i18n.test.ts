import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, forums, users } from "../../../src/db/schema.js";
import { createI18n, LOCALES } from "../../../src/i18n/index.js";
import { createUser, db, get, post, sessionCookie } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";

const dirOf = (l: string) => (l === "fa" ? "rtl" : "ltr");
const htmlTag = (body: string) => /<html[^>]*>/.exec(body)?.[0] ?? "";

describe("public pages answer in the reader's language and direction", () => {
  for (const l of LOCALES) {
    it(`${l}: /, /signin and a link page by Accept-Language and by the sf_locale cookie`, async () => {
      const paths = ["/", "/signin", `/auth/${"x".repeat(43)}`];
      for (const path of paths) {
        const ip = { "CF-Connecting-IP": `10.9.${LOCALES.indexOf(l)}.${paths.indexOf(path)}` };
        const byHeader = await get(path, undefined, {
          "Accept-Language": `${l}-XX,${l};q=0.9,en;q=0.5`,
          ...ip,
        });
        expect(htmlTag(await byHeader.text()), `${path} via Accept-Language`).toBe(
          `<html lang="${l}" dir="${dirOf(l)}">`,
        );
        // The cookie wins over the header.
        const byCookie = await get(path, `sf_locale=${l}`, { "Accept-Language": "de,en;q=0.1", ...ip });
        expect(htmlTag(await byCookie.text()), `${path} via cookie`).toBe(
          `<html lang="${l}" dir="${dirOf(l)}">`,
        );
      }
    });
  }

  it("an unsupported language falls back to English; quality order is respected", async () => {
    expect(htmlTag(await (await get("/signin", undefined, { "Accept-Language": "de-DE" })).text())).toBe(
      '<html lang="en" dir="ltr">',
    );
    const res = await get("/signin", undefined, { "Accept-Language": "en;q=0.4, fa;q=0.8, ru;q=0.6" });
    expect(htmlTag(await res.text())).toBe('<html lang="fa" dir="rtl">');
  });

  it("the page carries the translated interface, not English", async () => {
    const res = await get("/signin", "sf_locale=ru");
    const body = await res.text();
    expect(body).toContain("Адрес электронной почты");
    expect(body).not.toContain("E-mail address");
  });
});

describe("dates in the reader's language and time zone (workerd's Intl)", () => {
  it("every language formats a date without root-locale placeholders; Baku time is UTC+4", () => {
    for (const l of LOCALES) {
      const text = createI18n(l, "Asia/Baku").formatDateTime("2026-12-09T05:04:00Z");
      expect(text, l).not.toMatch(/\bM\d{2}\b/);
      expect(text.length, l).toBeGreaterThan(8);
    }
    expect(createI18n("az", "Asia/Baku").formatDateTime("2026-12-09T05:04:00Z")).toBe("09.12.2026 09:04");
    expect(createI18n("az").formatDateTimeUtc("2026-12-09T05:04:00Z")).toBe("09.12.2026 05:04 UTC");
    expect(createI18n("ru", "Europe/Moscow").formatDateTime("2026-12-09T05:04:00Z")).toContain("08:04");
    expect(createI18n("fa", "Asia/Tehran").formatDateTime("2026-12-09T05:04:00Z")).toContain("۸:۳۴");
  });
});

describe("POST /locale", () => {
  it("sets the cookie and returns to a same-origin path only", async () => {
    const ok = await post("/locale", { locale: "tr", next: "/signin?next=%2Fforums" });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("Location")).toBe("/signin?next=%2Fforums");
    expect(ok.headers.get("Set-Cookie")).toMatch(/sf_locale=tr;.*HttpOnly/i);
    for (const bad of [
      "//evil.example/",
      "https://evil.example/",
      "/\\evil.example",
      "javascript:alert(1)",
    ]) {
      const res = await post("/locale", { locale: "tr", next: bad });
      expect(res.headers.get("Location"), bad).toBe("/");
    }
  });

  it("ignores an unknown language (no cookie)", async () => {
    const res = await post("/locale", { locale: "xx", next: "/signin" });
    expect(res.status).toBe(303);
    expect(res.headers.get("Set-Cookie")).toBeNull();
  });

  it("remembers a signed-in user's choice on the account (used when the cookie is gone)", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const res = await post("/locale", { locale: "az", next: "/forums" }, cookie);
    expect(res.status).toBe(303);
    const row = await db().select().from(users).where(eq(users.id, user.id)).get();
    expect(row?.locale).toBe("az");
    const page = await get("/forums", cookie, { "Accept-Language": "en" });
    expect(htmlTag(await page.text())).toBe('<html lang="az" dir="ltr">');
  });

  it("refuses a cross-site post (CSRF)", async () => {
    const res = await post("/locale", { locale: "ru", next: "/" }, undefined, {
      Origin: "https://evil.example",
    });
    expect(res.status).toBe(403);
  });

  it("the header shows the switcher with the five languages in their own names", async () => {
    const body = await (await get("/signin")).text();
    expect(body).toContain('action="/locale"');
    for (const name of ["English", "Русский", "Azərbaycanca", "Türkçe", "فارسی"])
      expect(body).toContain(name);
    expect(body).toContain('name="next" value="/signin"');
  });
});

describe("translated questions and scenarios", () => {
  it("F7: no translation changes while a round asking the question (or using the scenario set) is open", async () => {
    const f = await makeForum();
    const q = f.questions.binary;
    const path = `/forums/${f.forum.id}/questions/${q.id}/translations`;
    const refused = await post(path, { title_ru: "Вопрос посреди тура" }, f.organiser.cookie);
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(html).toContain("experts are reading these texts now");
    expect(html).toContain("Вопрос посреди тура");
    const setId = (f.questions.allocation.config as { scenarioSetId: number }).scenarioSetId;
    const setPath = `/forums/${f.forum.id}/scenarios/${setId}/translations`;
    const ids = [
      ...(await (await get(setPath, f.organiser.cookie)).text()).matchAll(/name="title_(\d+)_ru"/g),
    ];
    expect((await post(setPath, { [`title_${ids[0]![1]}_ru`]: "Альфа" }, f.organiser.cookie)).status).toBe(
      409,
    );
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.forumId, f.forum.id), eq(auditLog.action, "question.translations"))),
    ).toHaveLength(0);
    const ru = await (await get(f.path(q), `${f.experts[0]!.cookie}; sf_locale=ru`)).text();
    expect(ru).not.toContain("Вопрос посреди тура");
    // Once the round closes, the same save goes through.
    await f.close();
    expect((await post(path, { title_ru: "Вопрос между турами" }, f.organiser.cookie)).status).toBe(303);
  });

  it("an organiser saves translations (audited); experts read their language, else the forum default", async () => {
    const f = await makeForum();
    await f.close();
    const q = f.questions.binary;
    const path = `/forums/${f.forum.id}/questions/${q.id}/translations`;
    const page = await get(path, f.organiser.cookie);
    expect(page.status).toBe(200);
    const saved = await post(
      path,
      {
        title_ru: "Вопрос на русском",
        body_ru: "Контекст",
        resolution_ru: "",
        title_fa: "پرسش به فارسی",
        title_tr: "",
        body_tr: "",
      },
      f.organiser.cookie,
    );
    expect(saved.status).toBe(303);
    const audits = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.forumId, f.forum.id), eq(auditLog.action, "question.translations")))
      .all();
    expect(audits).toHaveLength(1);

    const expert = f.experts[0]!;
    const ru = await (await get(f.path(q), `${expert.cookie}; sf_locale=ru`)).text();
    expect(ru).toContain("Вопрос на русском");
    expect(ru).toMatch(
      /<h1 hx-disable="" lang="ru">Вопрос на русском<\/h1>|<h1[^>]*lang="ru"[^>]*>Вопрос на русском/,
    );
    expect(ru).toContain("Criteria"); // an empty translated field keeps the original text
    const fa = await (await get(f.path(q), `${expert.cookie}; sf_locale=fa`)).text();
    expect(fa).toContain("پرسش به فارسی");
    // Turkish has no translation: the original (the forum's default language) is shown.
    const tr = await (await get(f.path(q), `${expert.cookie}; sf_locale=tr`)).text();
    expect(tr).toContain(q.title);
    // WCAG 3.1.2: the English original inside a Turkish page is marked as English.
    expect(tr).toMatch(new RegExp(`<h1[^>]*lang="en"[^>]*>${q.title}</h1>`));
    // The round page lists the translated title too.
    const round = await (
      await get(`/forums/${f.forum.id}/rounds/1`, `${expert.cookie}; sf_locale=ru`)
    ).text();
    expect(round).toContain("Вопрос на русском");

    // With the forum's default set to Russian, a Turkish reader falls back to the Russian text.
    await db().update(forums).set({ defaultLocale: "ru" }).where(eq(forums.id, f.forum.id));
    const fallback = await (await get(f.path(q), `${expert.cookie}; sf_locale=tr`)).text();
    expect(fallback).toContain("Вопрос на русском");
  });

  it("a translation without a title is refused with 422 and the values kept; clearing removes it", async () => {
    const f = await makeForum();
    await f.close();
    const q = f.questions.binary;
    const path = `/forums/${f.forum.id}/questions/${q.id}/translations`;
    const bad = await post(path, { title_az: "", body_az: "Yalnız mətn" }, f.organiser.cookie);
    expect(bad.status).toBe(422);
    const body = await bad.text();
    expect(body).toContain("Yalnız mətn");
    expect(body).toContain('aria-invalid="true"');
    await post(path, { title_az: "Azərbaycan dilində sual" }, f.organiser.cookie);
    const expert = f.experts[0]!;
    expect(await (await get(f.path(q), `${expert.cookie}; sf_locale=az`)).text()).toContain(
      "Azərbaycan dilində sual",
    );
    await post(path, { title_az: "" }, f.organiser.cookie);
    expect(await (await get(f.path(q), `${expert.cookie}; sf_locale=az`)).text()).not.toContain(
      "Azərbaycan dilində sual",
    );
  });

  it("scenario sets: translated scenario titles beside the allocation question", async () => {
    const f = await makeForum();
    await f.close();
    const setId = (f.questions.allocation.config as { scenarioSetId: number }).scenarioSetId;
    const path = `/forums/${f.forum.id}/scenarios/${setId}/translations`;
    const form = await (await get(path, f.organiser.cookie)).text();
    const ids = [...form.matchAll(/name="title_(\d+)_ru"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    const res = await post(
      path,
      { [`title_${ids[0]}_ru`]: "Альфа", [`narrative_${ids[0]}_ru`]: "Описание альфы" },
      f.organiser.cookie,
    );
    expect(res.status).toBe(303);
    const page = await (
      await get(f.path(f.questions.allocation), `${f.experts[0]!.cookie}; sf_locale=ru`)
    ).text();
    expect(page).toContain("Описание альфы");
    expect(page).toContain("Beta narrative");
  });

  it("the organiser export keeps every language version of questions and scenarios", async () => {
    const f = await makeForum();
    await f.close();
    const q = f.questions.binary;
    await post(
      `/forums/${f.forum.id}/questions/${q.id}/translations`,
      { title_ru: "Вопрос", title_fa: "پرسش" },
      f.organiser.cookie,
    );
    const setId = (f.questions.allocation.config as { scenarioSetId: number }).scenarioSetId;
    const form = await (
      await get(`/forums/${f.forum.id}/scenarios/${setId}/translations`, f.organiser.cookie)
    ).text();
    const sid = /name="title_(\d+)_tr"/.exec(form)?.[1];
    await post(
      `/forums/${f.forum.id}/scenarios/${setId}/translations`,
      { [`title_${sid}_tr`]: "Alfa" },
      f.organiser.cookie,
    );
    const exp = (await (await get(`/api/v1/forums/${f.forum.id}/export`, f.organiser.cookie)).json()) as {
      questions: { id: number; title: string; translations?: { locale: string; title: string }[] }[];
      scenarioSets: { scenarios: { id: number; translations?: { locale: string; title: string }[] }[] }[];
    };
    const exported = exp.questions.find((x) => x.id === q.id)!;
    expect(exported.title).toBe(q.title);
    expect(exported.translations?.map((t) => [t.locale, t.title])).toEqual([
      ["fa", "پرسش"],
      ["ru", "Вопрос"],
    ]);
    expect(exp.questions.find((x) => x.id === f.questions.rating.id)?.translations).toBeUndefined();
    const scen = exp.scenarioSets.flatMap((s) => s.scenarios).find((s) => s.id === Number(sid));
    expect(scen?.translations).toEqual([{ locale: "tr", title: "Alfa", narrative: "", drivers: "" }]);
  });

  it("experts and stakeholders cannot reach the translation forms; another forum's question is 404", async () => {
    const f = await makeForum();
    const other = await makeForum();
    const path = `/forums/${f.forum.id}/questions/${f.questions.binary.id}/translations`;
    expect((await get(path, f.experts[0]!.cookie)).status).toBe(403);
    expect((await post(path, { title_ru: "x" }, f.stakeholder.cookie)).status).toBe(403);
    expect(
      (
        await get(
          `/forums/${f.forum.id}/questions/${other.questions.binary.id}/translations`,
          f.organiser.cookie,
        )
      ).status,
    ).toBe(404);
  });
});
