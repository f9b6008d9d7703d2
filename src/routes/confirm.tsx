import type { Context } from "hono";
import { ConfirmAction, type ConfirmActionProps } from "../../views/components/ConfirmAction.js";
import type { AppEnv } from "../env.js";
import { readForm } from "../validation/forms.js";
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
