import type { Context } from "hono";
import { Hono } from "hono";
import { ExcaliburImportPage } from "../../views/pages/ExcaliburImport.js";
import { importExcalibur } from "../db/queries/excalibur.js";
import { type CookeInput, parseExcalibur, validateCookeInput } from "../domain/cooke/index.js";
import type { AppEnv } from "../env.js";
import { AppError } from "../errors.js";
import { requireUser } from "../middleware/session.js";
import { renderPage } from "./render.js";

/**
 * EXCALIBUR import in the browser, for users who may create forums (the same as
 * POST /api/v1/forums/import/excalibur): GET /forums/new/excalibur (the upload form), POST
 * …/excalibur/preview (multipart: title, dtt, rls; answers the preview, or 422 with the form and a
 * message per field), POST /forums/new/excalibur (the confirmed files, base64 in hidden fields: creates
 * the read-only forum and opens its Cooke page). Nothing is stored before the confirmation.
 */
export const excaliburImport = new Hono<AppEnv>();

const MAX_TITLE = 200;

function mayCreate(c: Context<AppEnv>) {
  if (!c.get("user")!.canCreateForums) throw new AppError("forbidden", "cannot create forums");
}

const toBase64 = (bytes: Uint8Array) => {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
const fromBase64 = (text: string): Uint8Array | null => {
  try {
    return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
};

async function fileBytes(v: unknown): Promise<Uint8Array | null> {
  if (v instanceof File && v.size > 0) return new Uint8Array(await v.arrayBuffer());
  return null;
}

/** Reads and checks a study; the error names the file (dtt or rls) where the parser says which. */
function readStudy(
  dtt: Uint8Array,
  rls: Uint8Array,
): { ok: true; input: CookeInput } | { ok: false; field: "dtt" | "rls"; message: string } {
  try {
    const input = parseExcalibur(dtt, rls);
    validateCookeInput(input, "excalibur import");
    if (input.quantileLevels.length !== 3)
      return {
        ok: false,
        field: "dtt",
        message: `the forum keeps three quantiles per answer, the file has ${input.quantileLevels.length}`,
      };
    return { ok: true, input };
  } catch (error) {
    if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
    return { ok: false, field: /\brls\b/.test(error.message) ? "rls" : "dtt", message: error.message };
  }
}

function formPage(
  c: Context<AppEnv>,
  values: { title?: string },
  errors: Record<string, string>,
  status: 200 | 422,
  detail: { dtt?: string; rls?: string } = {},
) {
  const { t } = c.get("i18n");
  return renderPage(
    c,
    {
      title: t("excalibur.title"),
      crumbs: [{ label: t("forums.title"), href: "/forums" }, { label: t("excalibur.title") }],
      body: <ExcaliburImportPage step="form" values={values} errors={errors} detail={detail} />,
    },
    status,
  );
}

excaliburImport.get("/forums/new/excalibur", requireUser, (c) => {
  mayCreate(c);
  return formPage(c, {}, {}, 200);
});

excaliburImport.post("/forums/new/excalibur/preview", requireUser, async (c) => {
  mayCreate(c);
  const { t } = c.get("i18n");
  const body = await c.req.parseBody();
  const title = typeof body.title === "string" ? body.title.trim() : "";
  const errors: Record<string, string> = {};
  const detail: { dtt?: string; rls?: string } = {};
  if (title === "") errors.title = "excalibur.error.title";
  else if (title.length > MAX_TITLE) errors.title = "error.tooLong";
  const [dtt, rls] = await Promise.all([fileBytes(body.dtt), fileBytes(body.rls)]);
  if (!dtt) errors.dtt = "excalibur.error.missing";
  if (!rls) errors.rls = "excalibur.error.missing";
  if (dtt && rls) {
    const read = readStudy(dtt, rls);
    if (!read.ok) {
      errors[read.field] = "excalibur.error.file";
      detail[read.field] = read.message;
    } else if (Object.keys(errors).length === 0)
      return renderPage(c, {
        title: t("excalibur.previewTitle", { title }),
        crumbs: [{ label: t("forums.title"), href: "/forums" }, { label: t("excalibur.title") }],
        body: (
          <ExcaliburImportPage
            step="preview"
            title={title}
            input={read.input}
            dtt64={toBase64(dtt)}
            rls64={toBase64(rls)}
          />
        ),
      });
  }
  return formPage(c, { title }, errors, 422, detail);
});

excaliburImport.post("/forums/new/excalibur", requireUser, async (c) => {
  mayCreate(c);
  const body = await c.req.parseBody();
  const title = typeof body.title === "string" ? body.title.trim() : "";
  const dtt = typeof body.dtt64 === "string" ? fromBase64(body.dtt64) : null;
  const rls = typeof body.rls64 === "string" ? fromBase64(body.rls64) : null;
  const read = dtt && rls && title && title.length <= MAX_TITLE ? readStudy(dtt, rls) : null;
  if (!read?.ok) {
    // A tampered or truncated confirmation: start again from the form, saying why.
    return formPage(c, { title }, { dtt: "excalibur.error.confirm" }, 422);
  }
  const id = await importExcalibur(c.get("db"), read.input, title, c.get("user")!);
  return c.redirect(`/forums/${id}/cooke?imported=1`, 303);
});
