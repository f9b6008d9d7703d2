import type { MessageKey } from "../../../src/i18n/index.js";
import type { PanelRow } from "../../../src/validation/csv.js";
import { describedBy, Field, FormErrors } from "../../components/Field.js";
import { ImportConfirm } from "../../components/ImportConfirm.js";
import { useI18n } from "../../context.js";
import { ForumNav } from "./ForumNav.js";

export type PanelImportProps = {
  forumId: number;
  csv: string;
  rows: PanelRow[] | null;
  error?: string | undefined;
  done?: number | undefined;
  /** Valid rows not invited because the daily sending limit was reached, and that limit. */
  held?: { count: number; cap: number } | undefined;
};

/** /forums/:id/panel/import: paste or upload, preview with per-row errors, confirm. */
export function PanelImportPage({ forumId, csv, rows, error, done, held }: PanelImportProps) {
  const { t } = useI18n();
  const action = `/forums/${forumId}/panel/import`;
  const valid = rows?.filter((r) => r.errors.length === 0).length ?? 0;
  return (
    <section id="panel-import">
      <h1>{t("ops.import.title")}</h1>
      <ForumNav forumId={forumId} />
      {done !== undefined && (
        <p class="notice" role="status" id="import-done">
          {t("ops.import.done", { count: done })}
        </p>
      )}
      {held && (
        <p class="notice error" role="status" id="import-held">
          {t("mail.budget.importHeld", { count: held.count, cap: held.cap })}
        </p>
      )}
      <p>{t("ops.import.intro")}</p>
      <form method="post" action={action} enctype="multipart/form-data" novalidate id="import-form">
        <FormErrors errors={error ? { csv: error } : {}} />
        <Field name="csv" label={t("ops.import.paste")} error={error}>
          <textarea name="csv" rows={8} spellcheck={false} {...describedBy("csv", error)}>
            {csv}
          </textarea>
        </Field>
        <Field name="file" label={t("ops.import.file")}>
          <input type="file" name="file" accept=".csv,text/csv" id="f-file" />
        </Field>
        <button type="submit" name="step" value="preview">
          {t("ops.import.preview")}
        </button>
      </form>
      {rows && (
        <section id="import-preview">
          <h2>{t("ops.import.previewTitle", { valid, total: rows.length })}</h2>
          <div class="table-scroll">
            <table class="stats">
              <thead>
                <tr>
                  <th scope="col">{t("ops.import.row")}</th>
                  <th scope="col">{t("org.panel.name")}</th>
                  <th scope="col">{t("signin.email")}</th>
                  <th scope="col">{t("org.panel.institution")}</th>
                  <th scope="col">{t("org.panel.role")}</th>
                  <th scope="col">{t("ops.import.status")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr class={r.errors.length ? "row-error" : "row-ok"} id={`import-line-${r.line}`}>
                    <td>{r.line}</td>
                    <td>{r.name}</td>
                    <td>{r.email}</td>
                    <td>
                      {r.institution}
                      {r.country ? ` (${r.country})` : ""}
                    </td>
                    <td>{r.role}</td>
                    <td>
                      {r.errors.length === 0 ? (
                        <span class="ok">✓ {t("ops.import.ok")}</span>
                      ) : (
                        <span class="error">✗ {r.errors.map((e) => t(e as MessageKey)).join("; ")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ImportConfirm
            action={action}
            field="csv"
            text={csv}
            valid={valid}
            confirmLabel={t("ops.import.confirm", { count: valid })}
            nothingLabel={t("ops.import.nothing")}
          />
        </section>
      )}
    </section>
  );
}
