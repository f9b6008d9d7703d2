import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * The application's closed set of error codes and the HTTP status each answers with. HTML pages and
 * JSON answers (`{ error: { code, message } }`) use the same codes; nothing else reaches a caller.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  invalid: 422,
  internal: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * The one error type routes and middleware throw: a code from the closed set and a message for the
 * caller (never a stack trace). It is an HTTPException, so Hono treats it as an answer, not a crash.
 */
export class AppError extends HTTPException {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(ERROR_STATUS[code], { message });
    this.code = code;
  }
}

/** The code for a status raised by something other than AppError (Hono's CSRF check, body limits). */
export function codeForStatus(status: number): ErrorCode {
  for (const [code, s] of Object.entries(ERROR_STATUS)) if (s === status) return code as ErrorCode;
  return status >= 500 ? "internal" : "bad_request";
}

/** The JSON body of an error answer. */
export function errorBody(code: ErrorCode, message: string) {
  return { error: { code, message } };
}
