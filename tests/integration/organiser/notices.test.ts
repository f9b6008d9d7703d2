import { describe, expect, it } from "vitest";
import { get, post, textOf } from "../../helpers/app.js";
import { makeForum } from "../../helpers/forum.js";
import { seedForum } from "../../helpers/organiser.js";

/**
 * Every organiser action says what it did. The redirect names the action (?notice=…) and the
 * page it lands on shows one short confirmation (role="status"); an unknown name shows nothing.
 */
const noticeOf = (html: string) =>
  html.match(/<p class="notice done-notice" role="status" id="done-notice">([^<]*)</)?.[1];

async function follow(res: Response, cookie: string) {
  expect(res.status).toBe(303);
  const page = await get(res.headers.get("Location")!, cookie);
  expect(page.status).toBe(200);
  return noticeOf(await textOf(page));
}

describe("an organiser's action says what it did", () => {
  it("invite, remove, settings", async () => {
    const s = await seedForum();
    const o = s.organiser.cookie;
    const invite = await post(
      `${s.base}/panel/invite`,
      { name: "Nia Notice", email: `nia-${crypto.randomUUID()}@example.org`, role: "stakeholder" },
      o,
    );
    expect(await follow(invite, o)).toBe("Invitation sent. It is in the outbox until it is delivered.");
    const remove = await post(`${s.base}/panel/${s.expert.member.id}/remove`, { confirm: "1" }, o);
    expect(await follow(remove, o)).toBe("Member removed. They no longer have access to this forum.");
    const settings = await post(
      `${s.base}/settings`,
      {
        senderName: "",
        consentText: "",
        reminderDays: "3",
        retentionDays: "",
        minRespondents: "5",
        minResponseRate: "70",
      },
      o,
    );
    expect(await follow(settings, o)).toBe("Settings saved.");
  });

  it("close, synthesis, publish", async () => {
    const f = await makeForum();
    const base = `/forums/${f.forum.id}`;
    const o = f.organiser.cookie;
    expect(await follow(await post(`${base}/rounds/1/close`, { confirm: "1" }, o), o)).toBe(
      "Round closed. Its results are frozen; write the synthesis, then publish.",
    );
    expect(await follow(await post(`${base}/rounds/1/synthesis`, { synthesis: "We agree." }, o), o)).toBe(
      "Synthesis saved.",
    );
    expect(await follow(await post(`${base}/rounds/1/publish`, { confirm: "1" }, o), o)).toBe(
      "Round published. Stakeholders can now see its results.",
    );
  });

  it("translations saved (the same mechanism replaced the page's own ?saved=1)", async () => {
    const f = await makeForum();
    await f.close(); // an open round's wording is fixed, its translations too
    const o = f.organiser.cookie;
    const path = `/forums/${f.forum.id}/questions/${f.questions.binary.id}/translations`;
    const saved = await post(path, { title_ru: "Вопрос", body_ru: "", resolution_ru: "" }, o);
    expect(saved.headers.get("Location")).toBe(`${path}?notice=translations-saved`);
    expect(await follow(saved, o)).toBe("Translations saved.");
  });

  it("hiding and showing a discussion post", async () => {
    const f = await makeForum();
    const o = f.organiser.cookie;
    const base = f.path(f.questions.quantity);
    await post(`${base}/posts`, { body: "Offensive remark", tag: "", parentId: "" }, f.experts[0]!.cookie);
    const html = await textOf(await get(`${base}/discussion`, o));
    const pid = html.match(/\/posts\/(\d+)\/hide/)![1];
    const hide = await post(`${base}/posts/${pid}/hide`, { reason: "Personal attack" }, o);
    expect(hide.headers.get("Location")).toBe(`${base}/discussion?notice=post-hidden#post-${pid}`);
    expect(await follow(hide, o)).toBe("Post hidden from experts; the reason is in the audit log.");
    expect(await follow(await post(`${base}/posts/${pid}/unhide`, {}, o), o)).toBe("Post shown again.");
  });

  it("shows nothing for an unknown name, and is translated", async () => {
    const f = await makeForum();
    const base = `/forums/${f.forum.id}`;
    const o = f.organiser.cookie;
    expect(noticeOf(await textOf(await get(`${base}?notice=%3Cscript%3E`, o)))).toBeUndefined();
    expect(noticeOf(await textOf(await get(base, o)))).toBeUndefined();
    const ru = await get(`${base}?notice=round-opened`, o, { "Accept-Language": "ru" });
    expect(noticeOf(await textOf(ru))).toBe("Раунд открыт. Экспертам отправляются письма.");
  });
});
