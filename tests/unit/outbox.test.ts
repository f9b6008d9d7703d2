import { describe, expect, it } from "vitest";
import { deliveryState, REDACTED_LINK, redactSecretLinks } from "../../src/domain/outbox.js";

describe("delivery state", () => {
  const base = { sentAt: null, attempts: 0, lastError: null, nextAttemptAt: null };
  it("is sent, failed for good, retrying or queued", () => {
    expect(deliveryState({ ...base, sentAt: "2026-01-01T00:00:00Z", attempts: 1 })).toBe("sent");
    expect(deliveryState({ ...base, attempts: 10, lastError: "rejected" })).toBe("failed");
    expect(
      deliveryState({ ...base, attempts: 2, lastError: "timeout", nextAttemptAt: "2026-01-01T00:04:00Z" }),
    ).toBe("retrying");
    expect(deliveryState(base)).toBe("queued");
  });
});

describe("redactSecretLinks", () => {
  it("hides links that carry a token or key, keeps ordinary links", () => {
    const token = "A".repeat(43);
    const text = `Sign in: https://forum.example/auth/${token}\nDashboard: https://forum.example/forums/3/dashboard`;
    const out = redactSecretLinks(text);
    expect(out).not.toContain(token);
    expect(out).toContain(REDACTED_LINK);
    expect(out).toContain("https://forum.example/forums/3/dashboard");
    expect(redactSecretLinks(`https://x.example/reminders/unsubscribe/${"k".repeat(24)}`)).toBe(
      REDACTED_LINK,
    );
  });
});
