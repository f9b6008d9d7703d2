import type { PostTag } from "../db/queries/posts.js";
import type { FieldErrors } from "./forms.js";

export const MAX_POST = 2000;
export const MAX_HIDE_REASON = 300;
const TAGS = ["pro", "con", "evidence"] as const;

export type PostForm = { body: string; tag: string; parentId: string };

/** The raw strings of a post form, to re-render after a refusal (trimmed to a sane length). */
export function postFormValues(body: Record<string, unknown>): PostForm {
  const s = (k: string) => (typeof body[k] === "string" ? (body[k] as string) : "");
  return { body: s("body").slice(0, MAX_POST + 100), tag: s("tag"), parentId: s("parentId") };
}

/** Validates a post or reply: a non-empty body of at most MAX_POST characters, an optional known tag. */
export function validatePost(
  form: PostForm,
):
  | { ok: true; body: string; tag: PostTag | null; parentId: number | null }
  | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const body = form.body.trim();
  if (!body) errors.body = "discussion.error.body";
  else if (body.length > MAX_POST) errors.body = "discussion.error.tooLong";
  const tag = form.tag === "" || form.tag === "none" ? null : form.tag;
  if (tag !== null && !(TAGS as readonly string[]).includes(tag)) errors.tag = "discussion.error.tag";
  const parentId = form.parentId === "" ? null : Number(form.parentId);
  if (parentId !== null && !(Number.isInteger(parentId) && parentId > 0))
    errors.body = "discussion.error.parent";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body, tag: tag as PostTag | null, parentId };
}

/** Validates a hide reason: required, at most MAX_HIDE_REASON characters. */
export function validateHideReason(
  raw: unknown,
): { ok: true; reason: string } | { ok: false; error: string } {
  const reason = typeof raw === "string" ? raw.trim() : "";
  if (!reason) return { ok: false, error: "discussion.error.reason" };
  if (reason.length > MAX_HIDE_REASON) return { ok: false, error: "error.tooLong" };
  return { ok: true, reason };
}
