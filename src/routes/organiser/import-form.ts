import type { HonoRequest } from "hono";
import { readForm } from "../../validation/forms.js";

/**
 * What an organiser sent to an import form: the uploaded file's text (field `file`) when there is one,
 * else the text area's (field `field`), cut at `max` characters; and whether this is the step that
 * writes (step=confirm) rather than the preview.
 */
export async function readImportForm(
  req: HonoRequest,
  field: string,
  max: number,
): Promise<{ text: string; confirm: boolean }> {
  const body = await readForm(req);
  const file = body.file;
  const uploaded = file instanceof File && file.size > 0 ? await file.text() : "";
  return { text: (uploaded || String(body[field] ?? "")).slice(0, max), confirm: body.step === "confirm" };
}
