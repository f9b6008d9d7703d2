import { Hono } from "hono";
import { importExcalibur } from "../../db/queries/excalibur.js";
import { parseExcalibur, validateCookeInput } from "../../domain/cooke/index.js";
import { type ApiEnv, apiError } from "./auth.js";

/**
 * POST /api/v1/forums/import/excalibur (multipart: `dtt`, `rls` files, `title`): creates a read-only
 * forum from an EXCALIBUR study (importExcalibur) and answers 201 { id }. Only signed-in users who may
 * create forums; a bad file answers 422 with the parser's message naming the file and line.
 */
export const excaliburEndpoint = new Hono<ApiEnv>();

async function bytesOf(v: unknown): Promise<Uint8Array | null> {
  if (v instanceof File || v instanceof Blob) return new Uint8Array(await v.arrayBuffer());
  if (typeof v === "string" && v !== "") return new TextEncoder().encode(v);
  return null;
}

excaliburEndpoint.post("/forums/import/excalibur", async (c) => {
  const caller = c.get("caller");
  const user = c.get("user");
  if (caller.kind !== "session" || !user?.canCreateForums)
    return apiError(c, "forbidden", "only users who may create forums can import");
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody();
  } catch {
    return apiError(c, "invalid", "send multipart/form-data with dtt, rls and title");
  }
  const title = typeof body.title === "string" ? body.title.trim() : "";
  if (title === "" || title.length > 200)
    return apiError(c, "invalid", "title is required (at most 200 characters)");
  const [dtt, rls] = await Promise.all([bytesOf(body.dtt), bytesOf(body.rls)]);
  if (!dtt || !rls) return apiError(c, "invalid", "both files dtt and rls are required");
  let input: ReturnType<typeof parseExcalibur>;
  try {
    input = parseExcalibur(dtt, rls);
    validateCookeInput(input, "excalibur import");
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError)
      return apiError(c, "invalid", error.message);
    throw error;
  }
  if (input.quantileLevels.length !== 3)
    return apiError(
      c,
      "invalid",
      `parseExcalibur: dtt line 1: the forum keeps three quantiles per answer, the file has ${input.quantileLevels.length}`,
    );
  const id = await importExcalibur(c.get("db"), input, title, user);
  return c.json({ id }, 201);
});
