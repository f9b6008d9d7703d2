import type { Context } from "hono";
import { ConfirmAction, type ConfirmActionProps } from "../../views/components/ConfirmAction.js";
import type { AppEnv } from "../env.js";
import { AppError } from "../errors.js";
import type { ForumEnv } from "../middleware/forum-access.js";
import { readForm } from "../validation/forms.js";
import { type Notice, withNotice } from "./notice.js";
import { renderPage } from "./render.js";

/**
 * Irreversible actions: the POST acts only with confirm=1. Without it, it changes nothing and
 * answers 200 with a page that says what will happen and what cannot be undone, whose button repeats the
 * POST with confirm=1 (no JavaScript needed).
 */
export async function isConfirmed<E extends AppEnv>(c: Context<E>): Promise<boolean> {
  const body = await readForm(c.req);
  return body.confirm === "1";
}

export function renderConfirm<E extends AppEnv>(c: Context<E>, props: ConfirmActionProps) {
  return renderPage(c, { title: props.title, body: <ConfirmAction {...props} /> });
}

/**
 * Revoking what an organiser handed out (a read token, a shared link) at `${list}/${id}/revoke`:
 * before confirm=1 an unknown one is 404 and a live one is confirmed first (Cancel returns to `list`);
 * then `revoke` (one already revoked stays as it is) and a 303 back to `list` with `notice`.
 */
export async function revokeConfirmed<T extends { revokedAt: string | null }>(
  c: Context<ForumEnv>,
  what: {
    list: string;
    id: number;
    find: () => Promise<T | undefined>;
    missing: string;
    confirm: (item: T) => Omit<ConfirmActionProps, "action" | "cancel">;
    revoke: () => Promise<unknown>;
    notice: Notice;
  },
) {
  if (!(await isConfirmed(c))) {
    const item = await what.find();
    if (!item) throw new AppError("not_found", what.missing);
    if (item.revokedAt === null)
      return renderConfirm(c, {
        ...what.confirm(item),
        action: `${what.list}/${what.id}/revoke`,
        cancel: what.list,
      });
  }
  await what.revoke();
  return c.redirect(withNotice(what.list, what.notice), 303);
}
