import type { Child, JSX } from "hono/jsx";
import type { MessageKey } from "../../src/i18n/index.js";
import { useI18n } from "../context.js";

/** A form's values as sent and its errors by field name (message keys), for re-showing it. */
export type FormState = { values: Record<string, string>; errors: Record<string, string> };

export type FieldProps = {
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  children: Child;
  id?: string;
};

/** A labelled form control with its hint and its error message (announced and tied by aria-describedby). */
export function Field({ name, label, error, hint, children, id }: FieldProps) {
  const fieldId = id ?? `f-${name}`;
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for={fieldId}>{label}</label>
      {hint && (
        <p class="hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      )}
      {children}
      <FieldError name={name} error={error} id={id} />
    </div>
  );
}

/**
 * The error message of the control named `name` (its id `id`, else `f-${name}`), which describedBy ties
 * to the control; nothing without an error.
 */
export function FieldError({ name, error, id }: { name: string; error?: string | undefined; id?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p class="error" id={`${id ?? `f-${name}`}-error`} role="alert">
      {t(error as MessageKey)}
    </p>
  );
}

/** aria attributes for a control inside a Field. */
export function describedBy(name: string, error?: string, hint?: boolean, id?: string) {
  const fieldId = id ?? `f-${name}`;
  const ids = [hint ? `${fieldId}-hint` : "", error ? `${fieldId}-error` : ""].filter(Boolean).join(" ");
  return { id: fieldId, "aria-invalid": error ? "true" : undefined, "aria-describedby": ids || undefined };
}

/** A labelled drop-down list; the option whose value is `value` is selected. */
export function SelectField({
  name,
  label,
  error,
  hint,
  value,
  options,
}: Omit<FieldProps, "children" | "id"> & {
  value: string | undefined;
  options: { value: string; label: Child }[];
}) {
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      <select name={name} {...describedBy(name, error, hint !== undefined)}>
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export type TextFieldProps = Omit<FieldProps, "children"> &
  Omit<JSX.IntrinsicElements["input"], "name" | "value" | "id"> & {
    value?: string | undefined;
    /** A textarea of this many rows instead of a one-line input. */
    rows?: number;
  };

/**
 * A Field holding one text control named `name`: an input (`type`, `inputmode`, … passed on), or a
 * textarea when `rows` is given; tied to the field's hint and error.
 */
export function TextField({ name, label, error, hint, id, value, rows, type, ...attrs }: TextFieldProps) {
  const aria = describedBy(name, error, Boolean(hint), id);
  return (
    <Field name={name} label={label} error={error} hint={hint} id={id}>
      {rows === undefined ? (
        <input type={type} name={name} {...attrs} value={value} {...aria} />
      ) : (
        <textarea name={name} rows={rows} {...(attrs as JSX.IntrinsicElements["textarea"])} {...aria}>
          {value}
        </textarea>
      )}
    </Field>
  );
}

/** TextField's own attributes besides its name, label, hint, value and error (`type`, `rows`, …). */
export type TextFieldAttrs = Omit<TextFieldProps, "name" | "label" | "hint" | "value" | "error">;

/**
 * The text fields of one form, bound to its values and errors: `field(name, label, hint?, attrs?)` is a
 * TextField showing `values[name]` and `errors[name]`.
 */
export function textFields(values: Record<string, string>, errors: Record<string, string>) {
  return (name: string, label: string, hint?: string, attrs: TextFieldAttrs = {}) => (
    <TextField
      name={name}
      label={label}
      hint={hint}
      error={errors[name]}
      value={values[name] ?? ""}
      {...attrs}
    />
  );
}

/** Radio buttons named `name`, one labelled choice a line, `chosen` checked. */
export function RadioChoices(p: {
  name: string;
  choices: { value: string; label: string }[];
  chosen: string | undefined;
}) {
  return (
    <>
      {p.choices.map((c) => (
        <label class="choice">
          <input type="radio" name={p.name} value={c.value} checked={p.chosen === c.value} /> {c.label}
        </label>
      ))}
    </>
  );
}

export function FormErrors({ errors }: { errors: Record<string, string> }) {
  const { t } = useI18n();
  const keys = Object.keys(errors);
  if (keys.length === 0) return null;
  // `form` is an error of the whole form (no field of its own): its message is said here.
  return (
    <div class="form-errors" role="alert">
      {errors.form ? (
        <p>{t(errors.form as MessageKey)}</p>
      ) : (
        <p>{t("form.fixErrors", { count: keys.length })}</p>
      )}
    </div>
  );
}
