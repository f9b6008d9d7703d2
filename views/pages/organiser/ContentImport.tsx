import type { ImportItem } from "../../../src/domain/content-import.js";
import type { MessageKey } from "../../../src/i18n/index.js";
import { ImportForm, ImportPreview, ImportStatus } from "../../components/ImportConfirm.js";
import { useI18n } from "../../context.js";
import { ImportHead } from "./ImportHead.js";

export type ContentImportProps = {
  forumId: number;
  text: string;
  items: ImportItem[] | null;
  error?: string | undefined;
  done?: number | undefined;
};

/** Format examples: field names and placeholders only (the prose is in the catalogue). */
const JSON_EXAMPLE = `{
  "scenarioSets": [
    { "title": "…", "scenarios": [
      { "title": "…", "narrative": "…", "drivers": "…" },
      { "title": "…", "narrative": "…", "drivers": "…" } ] }
  ],
  "questions": [
    { "kind": "binary", "title": "…", "body": "…", "resolutionCriteria": "…",
      "consensusRule": { "kind": "iqr-at-most", "max": 15 } },
    { "kind": "allocation", "title": "…", "resolutionCriteria": "…", "config": { "scenarioSet": "…" } },
    { "kind": "rating", "title": "…", "config": { "min": 1, "max": 5, "minLabel": "…", "maxLabel": "…" } },
    { "kind": "ranking", "title": "…", "config": { "options": ["…", "…", "…"] },
      "consensusRule": { "kind": "kendall-at-least", "min": 0.7 } }
  ]
}`;
const CSV_EXAMPLE = `kind,title,body,resolution_criteria,unit,min,max,min_label,max_label,options,scenario_set,iqr_max
binary,…,…,…,,,,,,,,15
quantity,…,…,…,…,,,,,,,
rating,…,…,,,1,5,…,…,,,1
ranking,…,…,,,,,,,…|…|…,,`;

/** /forums/:id/questions/import: the formats, paste or upload, preview with per-row errors, confirm. */
export function ContentImportPage({ forumId, text, items, error, done }: ContentImportProps) {
  const { t } = useI18n();
  const action = `/forums/${forumId}/questions/import`;
  const valid = items?.filter((r) => r.errors.length === 0).length ?? 0;
  // The form and its confirmation post the same text to the same place.
  const posted = { action, field: "text", text };
  return (
    <section id="content-import">
      <ImportHead
        forumId={forumId}
        title={t("ops.questions.importTitle")}
        done={done === undefined ? undefined : t("ops.questions.importDone", { count: done })}
      />
      <p>{t("ops.cimport.intro")}</p>
      <details id="import-formats">
        <summary>{t("ops.cimport.formats")}</summary>
        <p>{t("ops.cimport.jsonHelp")}</p>
        <p>{t("ops.cimport.configHelp")}</p>
        <p>{t("ops.cimport.ruleHelp")}</p>
        <p>{t("ops.cimport.example")}</p>
        <pre dir="ltr">
          <code>{JSON_EXAMPLE}</code>
        </pre>
        <p>{t("ops.cimport.csvHelp")}</p>
        <p>{t("ops.cimport.example")}</p>
        <pre dir="ltr">
          <code>{CSV_EXAMPLE}</code>
        </pre>
      </details>
      <ImportForm
        {...posted}
        error={error}
        label={t("ops.cimport.paste")}
        rows={10}
        dir="ltr"
        fileLabel={t("ops.cimport.file")}
        accept=".csv,.json,text/csv,application/json"
      />
      {items && (
        <ImportPreview
          title={t("ops.cimport.previewTitle", { valid, total: items.length })}
          headers={[
            t("ops.cimport.item"),
            t("ops.cimport.type"),
            t("org.questions.questionTitle"),
            t("ops.import.status"),
          ]}
          confirm={{
            ...posted,
            valid,
            confirmLabel: t("ops.questions.importConfirm", { count: valid }),
            nothingLabel: t("ops.cimport.nothing"),
          }}
        >
          {items.map((r, i) => (
            <tr class={r.errors.length ? "row-error" : "row-ok"} id={`import-item-${i}`}>
              <td>
                <code>{r.line}</code>
              </td>
              <td>{r.type === "set" ? t("ops.cimport.typeSet") : r.kind}</td>
              <td>{r.title}</td>
              <td>
                <ImportStatus
                  errors={r.errors.map((e) =>
                    e.field
                      ? t("ops.questions.error.field", { field: e.field, message: t(e.key as MessageKey) })
                      : t(e.key as MessageKey),
                  )}
                />
              </td>
            </tr>
          ))}
        </ImportPreview>
      )}
    </section>
  );
}
