/**
 * The text an organiser sent to an import form: the uploaded file's (field `file`) when there is one,
 * else the text area's (field `field`), cut at `max` characters.
 */
export async function sentText(body: Record<string, unknown>, field: string, max: number): Promise<string> {
  const file = body.file;
  const uploaded = file instanceof File && file.size > 0 ? await file.text() : "";
  return (uploaded || String(body[field] ?? "")).slice(0, max);
}
