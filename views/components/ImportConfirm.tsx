import type { Child } from "hono/jsx";
import { useI18n } from "../context.js";
import { ColumnHeads } from "./ColumnHeads.js";
import { Field, FormErrors, TextField } from "./Field.js";

/**
 * The confirm step shared by the import previews: the checked text travels back in a hidden field and
 * one button writes the valid rows; with no valid row, a sentence says there is nothing to import.
 */
export function ImportConfirm(p: {
  action: string;
  field: string;
  text: string;
  valid: number;
  confirmLabel: string;
  nothingLabel: string;
}) {
  if (p.valid === 0) return <p>{p.nothingLabel}</p>;
  return (
    <form method="post" action={p.action} id="import-confirm">
      <textarea name={p.field} hidden>
        {p.text}
      </textarea>
      <button type="submit" name="step" value="confirm" class="primary">
        {p.confirmLabel}
      </button>
    </form>
  );
}

/**
 * The paste-or-upload form shared by the imports: the text to check in `field` (its error said above
 * and beside it), a file instead, and the button that previews without writing anything.
 */
export function ImportForm(p: {
  action: string;
  field: string;
  text: string;
  error: string | undefined;
  label: string;
  rows: number;
  /** Text direction of the pasted text ("ltr" for JSON and CSV whatever the page's language). */
  dir?: "ltr";
  fileLabel: string;
  accept: string;
}) {
  const { t } = useI18n();
  return (
    <form method="post" action={p.action} enctype="multipart/form-data" novalidate id="import-form">
      <FormErrors errors={p.error ? { [p.field]: p.error } : {}} />
      <TextField
        name={p.field}
        label={p.label}
        error={p.error}
        rows={p.rows}
        spellcheck={false}
        dir={p.dir}
        value={p.text}
      />
      <Field name="file" label={p.fileLabel}>
        <input type="file" name="file" accept={p.accept} id="f-file" />
      </Field>
      <button type="submit" name="step" value="preview">
        {t("ops.import.preview")}
      </button>
    </form>
  );
}

/**
 * An import's preview (#import-preview): a table with `headers` and one row per checked line or item
 * (`children`), then the confirm step.
 */
export function ImportPreview(p: {
  title: string;
  headers: string[];
  children: Child;
  confirm: Parameters<typeof ImportConfirm>[0];
}) {
  return (
    <section id="import-preview">
      <h2>{p.title}</h2>
      <div class="table-scroll">
        <table class="stats">
          <ColumnHeads cols={p.headers} />
          <tbody>{p.children}</tbody>
        </table>
      </div>
      <ImportConfirm {...p.confirm} />
    </section>
  );
}

/** A preview row's status cell content: ready, or what is wrong with it. */
export function ImportStatus({ errors }: { errors: string[] }) {
  const { t } = useI18n();
  return errors.length === 0 ? (
    <span class="ok">✓ {t("ops.import.ok")}</span>
  ) : (
    <span class="error">✗ {errors.join("; ")}</span>
  );
}
