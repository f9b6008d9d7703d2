// Issue 13, F6: sign-in and invitation links are credentials; outside local development (DEV_TOOLS=1,
// set only by `npm start`) they never reach the Workers log, whatever MAIL_MODE is.
import { afterEach, describe, expect, it, vi } from "vitest";
import { REDACTED_LINK, redactSecretLinks } from "../../../src/domain/outbox.js";
import { get, post } from "../../helpers/app.js";
import { seedForum } from "../../helpers/organiser.js";

afterEach(() => vi.restoreAllMocks());

function captureLogs() {
  const lines: string[] = [];
  for (const level of ["log", "info", "warn", "error", "debug"] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(" "));
    });
  return lines;
}

describe("log hygiene (F6)", () => {
  it("no sign-in or invitation link is written to the log by sign-in, invitation or re-send", async () => {
    const s = await seedForum();
    const lines = captureLogs();
    expect((await post("/signin", { email: s.organiser.user.email })).status).toBe(200);
    const email = `log-probe-${crypto.randomUUID()}@example.org`;
    const invited = await post(
      `${s.base}/panel/invite`,
      {
        name: "Log Probe",
        email,
        role: "expert",
        institutionName: "Log Institute",
        institutionCountry: "Country L",
      },
      s.organiser.cookie,
    );
    expect(invited.status).toBe(303);
    const leaked = lines.filter((l) => /\/auth\/[A-Za-z0-9_-]{20,}/.test(l));
    expect(leaked).toEqual([]);
  });
});

describe("the outbox shows no live link (F1)", () => {
  it("an invitation in /outbox reads with its link hidden; forum links stay", async () => {
    const s = await seedForum();
    const email = `outbox-probe-${crypto.randomUUID()}@example.org`;
    await post(
      `${s.base}/panel/invite`,
      {
        name: "Outbox Probe",
        email,
        role: "expert",
        institutionName: "Probe Institute",
        institutionCountry: "Country P",
      },
      s.organiser.cookie,
    );
    const html = await (await get("/outbox", s.organiser.cookie)).text();
    expect(html).toContain(email);
    expect(html).toContain("[link hidden: it signs its recipient in]");
    expect(html).not.toMatch(/\/auth\/[A-Za-z0-9_-]{20,}/);
  });
});

describe("redactSecretLinks", () => {
  it("hides token-bearing links and keeps ordinary ones", () => {
    const body = [
      "Join: http://127.0.0.1:8787/auth/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde",
      "Stop reminders: https://forum.example.org/reminders/off?key=AbCdEfGhIjKlMnOpQrStUv",
      "The forum: https://forum.example.org/forums/12/rounds/2",
    ].join("\n");
    const out = redactSecretLinks(body);
    expect(out).not.toContain("/auth/");
    expect(out).not.toContain("key=");
    expect(out).toContain("https://forum.example.org/forums/12/rounds/2");
    expect(out.split(REDACTED_LINK)).toHaveLength(3);
  });
});
