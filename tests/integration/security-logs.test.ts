// Issue 13, F6: sign-in and invitation links are credentials; outside local development (DEV_TOOLS=1,
// set only by `npm start`) they never reach the Workers log, whatever MAIL_MODE is.
import { afterEach, describe, expect, it, vi } from "vitest";
import { post } from "../helpers/app.js";
import { seedForum } from "../helpers/organiser.js";

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
