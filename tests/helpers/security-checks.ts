import { expect } from "vitest";

/** A stack frame or an error name leaking into a response body. */
export const STACK_TRACE =
  /\n\s+at \S|\bat [\w.<>]+ \([^)]*:\d+:\d+\)|\b(?:Type|Range|Reference|Syntax)?Error: |D1_ERROR|SQLITE_/;

/**
 * The checks every response must pass, whoever asked: no 5xx, no stack trace, the browser-defence headers,
 * `Cache-Control: no-store` for a signed-in caller (published results may instead be kept privately and
 * revalidated: `private, no-cache` with an ETag, on the dashboard's routes only), and in HTML no inline script, no script without the
 * response's nonce, no inline style attribute and no inline event handler (the CSP would block them).
 */
export async function expectSafeResponse(res: Response, opts: { signedIn: boolean; path: string }) {
  const where = `${opts.path} (${res.status})`;
  expect(res.status, where).toBeLessThan(500);
  const csp = res.headers.get("Content-Security-Policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, `CSP nonce on ${where}`).toBeTruthy();
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("style-src 'self'");
  expect(csp, where).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(res.headers.get("X-Content-Type-Options"), where).toBe("nosniff");
  expect(res.headers.get("Referrer-Policy"), where).toMatch(/^(same-origin|no-referrer)$/);
  expect(res.headers.get("Permissions-Policy"), where).toContain("camera=()");
  const revalidated =
    /^\/forums\/\d+\/dashboard(\/|\?|$)/.test(opts.path) &&
    res.headers.get("Cache-Control") === "private, no-cache" &&
    /^W\/"[0-9a-f]{32}"$/.test(res.headers.get("ETag") ?? "");
  if (opts.signedIn && !revalidated)
    expect(res.headers.get("Cache-Control"), `no-store on ${where}`).toContain("no-store");
  const body = await res.clone().text();
  expect(body, `stack trace in ${where}`).not.toMatch(STACK_TRACE);
  if (!(res.headers.get("Content-Type") ?? "").includes("text/html")) return body;
  for (const tag of body.match(/<script\b[^>]*>/g) ?? []) {
    expect(tag, `script without the nonce on ${where}`).toContain(`nonce="${nonce}"`);
    expect(tag, `inline script on ${where}`).toMatch(/\ssrc="\//);
  }
  expect(body, `inline script body on ${where}`).not.toMatch(/<script\b[^>]*>[^<\s]/);
  expect(body, `inline style attribute on ${where}`).not.toMatch(/<[a-z][^>]*\sstyle=/i);
  expect(body, `<style> element on ${where}`).not.toMatch(/<style\b/i);
  expect(body, `inline event handler on ${where}`).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
  return body;
}
