import * as v from "valibot";

export type FieldErrors = Record<string, string>;
export type FormResult<T> = { ok: true; output: T } | { ok: false; errors: FieldErrors };

/**
 * Validates a form body with a valibot schema. Messages in schemas are catalogue keys; the first issue
 * per field wins, keyed by the dotted path ("p.2" for the third scenario of an allocation).
 */
export function validateForm<S extends v.GenericSchema>(
  schema: S,
  body: unknown,
): FormResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, body);
  if (result.success) return { ok: true, output: result.output };
  const errors: FieldErrors = {};
  for (const issue of result.issues) {
    const key = v.getDotPath(issue) ?? "_form";
    if (!(key in errors)) errors[key] = issue.message;
  }
  return { ok: false, errors };
}

/** Trims a text field; empty strings stay empty. */
export const text = (max: number, message = "error.tooLong") =>
  v.pipe(v.optional(v.string(), ""), v.trim(), v.maxLength(max, message));

export const requiredText = (max: number, message = "error.required") =>
  v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty(message), v.maxLength(max, "error.tooLong"));

export const email = v.pipe(
  v.optional(v.string(), ""),
  v.trim(),
  v.toLowerCase(),
  v.nonEmpty("error.required"),
  v.maxLength(254, "error.tooLong"),
  v.email("error.email"),
);

/** A decimal number typed into a form ("12.5", "12,5"), or the message key when it is not one. */
export const decimal = (message = "error.number") =>
  v.pipe(
    v.optional(v.string(), ""),
    v.trim(),
    v.nonEmpty("error.required"),
    v.transform((s) => Number(s.replace(",", "."))),
    v.number(message),
    v.finite(message),
  );

export const positiveId = v.pipe(
  v.union([v.string(), v.number()]),
  v.transform(Number),
  v.integer(),
  v.minValue(1),
);

/** Reads a urlencoded or multipart body into a plain object (repeated names become arrays). */
export async function readForm(req: { parseBody: (o: { all: true }) => Promise<Record<string, unknown>> }) {
  return req.parseBody({ all: true });
}
