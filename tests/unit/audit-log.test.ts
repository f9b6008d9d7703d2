import { describe, expect, it } from "vitest";
import { type AuditEntry, auditEntryForToken } from "../../src/domain/audit-log.js";

describe("auditEntryForToken", () => {
  const entry: AuditEntry = {
    id: 7,
    at: "2026-03-01T10:00:00Z",
    action: "member.invite",
    actor: "Dana Organiser",
    actorRole: "organiser",
    target: { type: "member", id: "12" },
    detail: { email: "x@example.org", role: "expert", nested: [{ name: "Alex" }] },
  };

  it("replaces the actor by their role and redacts every identity field, at any depth", () => {
    const out = auditEntryForToken(entry);
    expect(out.actor).toBe("organiser");
    expect(out.detail).toEqual({ email: "[redacted]", role: "expert", nested: [{ name: "[redacted]" }] });
    expect(JSON.stringify(out)).not.toMatch(/Dana|x@example|Alex/);
    expect(entry.actor).toBe("Dana Organiser"); // the input is not changed
  });

  it("keeps a system change (no actor) without an actor", () => {
    expect(auditEntryForToken({ ...entry, actor: null, actorRole: null }).actor).toBeNull();
  });
});
