import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.js";
import { errorBody } from "../errors.js";

/** Form bodies: a 20,000-character text percent-encoded at 12 bytes per code point stays under this. */
export const FORM_BODY_LIMIT = 256 * 1024;
/** Uploads (CSV panels, EXCALIBUR files, imports) get more room; D1 keeps a row under 2 MB anyway. */
export const UPLOAD_BODY_LIMIT = 4 * 1024 * 1024;

/** Routes that receive files: any path segment that names an import or an upload. */
const UPLOAD_PATH = /\/(import|imports|upload|uploads|excalibur|csv)(\/|$)/;
/** Routes that expect JSON bodies: the JSON API only. */
const JSON_PATH = /^\/api\//;

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The media type of a Content-Type header, lower-cased and without parameters ("" when absent). */
export function mediaType(header: string | undefined): string {
  return (header ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * State-changing requests must carry a body type the route can read: an HTML form everywhere, JSON only
 * under /api/. Anything else (text/plain, XML, JSON sent to a form route, a body without a type) is 415
 * before any handler runs, so no handler ever parses a body it did not expect. A request without a body
 * (an empty POST such as a button with no fields sent by a script) passes: it carries nothing to parse,
 * and Hono's csrf() still checks its origin.
 */
export const contentTypeGuard = createMiddleware<AppEnv>(async (c, next) => {
  if (!STATE_CHANGING.has(c.req.method)) return next();
  const header = c.req.header("Content-Type");
  if (header === undefined && c.req.raw.body === null) return next();
  const type = mediaType(header);
  if (FORM_TYPES.includes(type)) {
    // A body that claims to be a form but does not parse as one (a multipart body without its boundary,
    // truncated parts) is refused here with 400, before a handler's parseBody would throw a 500. The
    // check reads a copy with the same parser Hono's parseBody uses.
    try {
      await c.req.raw.clone().formData();
    } catch {
      return JSON_PATH.test(c.req.path)
        ? c.json(errorBody("bad_request", "the form body could not be read"), 400)
        : c.text("the form body could not be read", 400);
    }
    return next();
  }
  if (type === "application/json" && JSON_PATH.test(c.req.path)) return next();
  if (JSON_PATH.test(c.req.path)) {
    return c.json(
      { error: { code: "unsupported_media_type", message: "send application/json or a form body" } },
      415,
    );
  }
  return c.text("unsupported content type: send an HTML form", 415);
});

const formLimit = bodyLimit({
  maxSize: FORM_BODY_LIMIT,
  onError: (c) => c.text("request body too large", 413),
});
const uploadLimit = bodyLimit({
  maxSize: UPLOAD_BODY_LIMIT,
  onError: (c) => c.text("request body too large", 413),
});

/** 256 KiB for every body, 4 MiB on upload routes (413 above either). */
export const bodyLimits = createMiddleware<AppEnv>(async (c, next) =>
  UPLOAD_PATH.test(c.req.path) ? uploadLimit(c, next) : formLimit(c, next),
);
