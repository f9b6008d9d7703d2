import type { MessageKey } from "../../../src/i18n/index.js";
import type { PanelRow } from "../../../src/validation/csv.js";
import { ImportForm, ImportPreview, ImportStatus } from "../../components/ImportConfirm.js";
import { useI18n } from "../../context.js";
import { ImportHead } from "./ImportHead.js";

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
  // The form and its confirmation post the same text to the same place.
  const posted = { action, field: "csv", text: csv };
  return (
    <section id="panel-import">
      <ImportHead
        forumId={forumId}
        title={t("ops.import.title")}
        done={done === undefined ? undefined : t("ops.import.done", { count: done })}
      />
      {held && (
        <p class="notice error" role="status" id="import-held">
          {t("mail.budget.importHeld", { count: held.count, cap: held.cap })}
        </p>
      )}
      <p>{t("ops.import.intro")}</p>
      <ImportForm
        {...posted}
        error={error}
        label={t("ops.import.paste")}
        rows={8}
        fileLabel={t("ops.import.file")}
        accept=".csv,text/csv"
      />
      {rows && (
        <ImportPreview
          title={t("ops.import.previewTitle", { valid, total: rows.length })}
          headers={[
            t("ops.import.row"),
            t("org.panel.name"),
            t("signin.email"),
            t("org.panel.institution"),
            t("org.panel.role"),
            t("ops.import.status"),
          ]}
          confirm={{
            ...posted,
            valid,
            confirmLabel: t("ops.import.confirm", { count: valid }),
            nothingLabel: t("ops.import.nothing"),
          }}
        >
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
                <ImportStatus errors={r.errors.map((e) => t(e as MessageKey))} />
              </td>
            </tr>
          ))}
        </ImportPreview>
      )}
    </section>
  );
}
