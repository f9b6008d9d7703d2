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

/**
 * A whole number typed in form field `name`, from `min` to `max`: the number, or which error it is
 * ("required" when the field is empty, "range" when it is not a whole number in range). Used by the
 * answer forms that take one whole number per part (a proposal's ratings, a ranking's ranks).
 */
export function wholeNumberField(
  form: Record<string, string>,
  name: string,
  min: number,
  max: number,
): number | "required" | "range" {
  const raw = (form[name] ?? "").trim();
  if (raw === "") return "required";
  const n = Number(raw);
  return /^-?\d+$/.test(raw) && n >= min && n <= max ? n : "range";
}

/**
 * Whole numbers from the fields `${prefix}0`, `${prefix}1`, … each in its own [min, max]. A missing or
 * out-of-range field gets its message (a catalogue key) in `errors`; `values` holds the valid ones.
 */
export function wholeNumberFields(
  form: Record<string, string>,
  prefix: string,
  ranges: readonly { min: number; max: number }[],
  messages: { required: string; range: string },
): { values: number[]; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const values: number[] = [];
  ranges.forEach(({ min, max }, i) => {
    const n = wholeNumberField(form, `${prefix}${i}`, min, max);
    if (typeof n === "number") values.push(n);
    else errors[`${prefix}${i}`] = messages[n];
  });
  return { values, errors };
}

const EASTERN_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/;

/**
 * A number typed with Persian (۰–۹) or Arabic-Indic (٠–٩) digits, as Persian pages show them, in ASCII
 * ("۱۲٫۵" → "12.5", "۳, ۶h" → "3, 6h"). Only a value made of digits, separators, signs, "%" and "h" (the
 * reminder syntax) is converted: free text such as a reason keeps its digits as the person typed them.
 */
export function asciiDigits(value: string): string {
  if (!EASTERN_DIGITS.test(value)) return value;
  const converted = value
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\u066B/g, ".")
    .replace(/\u066C/g, ",")
    .replace(/\u066A/g, "%");
  return /^[\s\d.,+\-\u2212%h]*$/.test(converted) ? converted : value;
}

/** Reads a urlencoded or multipart body into a plain object (repeated names become arrays). */
export async function readForm(req: { parseBody: (o: { all: true }) => Promise<Record<string, unknown>> }) {
  const body = await req.parseBody({ all: true });
  for (const [k, v] of Object.entries(body)) {
    if (typeof v === "string") body[k] = asciiDigits(v);
    else if (Array.isArray(v)) body[k] = v.map((x) => (typeof x === "string" ? asciiDigits(x) : x));
  }
  return body;
}
