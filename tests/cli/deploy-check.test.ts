import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without types
import { appOriginOf, mailProblem, originProblem } from "../../scripts/origin-check.mjs";

describe("deploy:check's production origin (F12)", () => {
  it("reads APP_ORIGIN from [vars] only", () => {
    expect(appOriginOf('[vars]\nAPP_ORIGIN = "https://forum.example.org"\nMAIL_MODE = "outbox"\n')).toBe(
      "https://forum.example.org",
    );
    expect(
      appOriginOf('[env.staging.vars]\nAPP_ORIGIN = "https://x.org"\n[vars]\nMAIL_MODE = "outbox"\n'),
    ).toBeNull();
    expect(appOriginOf('[vars]\n# APP_ORIGIN = "https://forum.example.org"\n')).toBeNull();
  });

  it("flags a missing, local, plain-http or path-carrying origin, and passes a real https one", () => {
    expect(originProblem(null)).toMatch(/not set/);
    expect(originProblem("http://127.0.0.1:8787")).toMatch(/this machine/);
    expect(originProblem("http://localhost:8787")).toMatch(/this machine/);
    expect(originProblem("https://[::1]")).toMatch(/this machine/);
    expect(originProblem("http://forum.example.org")).toMatch(/https/);
    expect(originProblem("https://forum.example.org/")).toMatch(/origin only/);
    expect(originProblem("not a url")).toMatch(/not a URL/);
    expect(originProblem("https://forum.example.org")).toBeNull();
  });

  it("production mail: MAIL_MODE send needs the SEND_EMAIL binding and a MAIL_FROM address", () => {
    const bound = '[[send_email]]\nname = "SEND_EMAIL"\n\n';
    expect(mailProblem('[vars]\nMAIL_MODE = "outbox"\n')).toBeNull();
    expect(mailProblem('[vars]\nMAIL_MODE = "send"\nMAIL_FROM = "forum@example.org"\n')).toMatch(
      /no \[\[send_email\]\]/,
    );
    expect(mailProblem(`${bound}[vars]\nMAIL_MODE = "send"\n`)).toMatch(/MAIL_FROM is not set/);
    expect(mailProblem(`${bound}[vars]\nMAIL_MODE = "send"\nMAIL_FROM = "forum"\n`)).toMatch(/not an e-mail/);
    expect(mailProblem(`${bound}[vars]\nMAIL_MODE = "send"\nMAIL_FROM = "forum@example.org"\n`)).toBeNull();
    expect(mailProblem('[vars]\nMAIL_MODE = "smtp"\n')).toMatch(/neither/);
    // The shipped file sends through the binding and leaves MAIL_FROM to the deployer: --strict says so.
    expect(mailProblem(readFileSync("wrangler.toml", "utf8"))).toMatch(/MAIL_FROM is not set/);
  });

  it("the shipped wrangler.toml carries no local origin for production", () => {
    const origin = appOriginOf(readFileSync("wrangler.toml", "utf8"));
    expect(origin === null || !/127\.0\.0\.1|localhost/.test(origin)).toBe(true);
  });

  it("npm start passes the dev secret in a private file, never on a command line", () => {
    const start = readFileSync("scripts/start.mjs", "utf8");
    expect(start).not.toMatch(/DEV_TOOLS_SECRET:\$\{/);
    expect(start).toContain('"--env-file"');
  });
});
