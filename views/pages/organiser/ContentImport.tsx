import type { ImportItem } from "../../../src/domain/content-import.js";
import type { MessageKey } from "../../../src/i18n/index.js";
import { describedBy, Field, FormErrors } from "../../components/Field.js";
import { ImportConfirm } from "../../components/ImportConfirm.js";
import { useI18n } from "../../context.js";
import { ForumNav } from "./ForumNav.js";

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
  return (
    <section id="content-import">
      <h1>{t("ops.questions.importTitle")}</h1>
      <ForumNav forumId={forumId} />
      {done !== undefined && (
        <p class="notice" role="status" id="import-done">
          {t("ops.questions.importDone", { count: done })}
        </p>
      )}
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
      <form method="post" action={action} enctype="multipart/form-data" novalidate id="import-form">
        <FormErrors errors={error ? { text: error } : {}} />
        <Field name="text" label={t("ops.cimport.paste")} error={error}>
          <textarea name="text" rows={10} spellcheck={false} dir="ltr" {...describedBy("text", error)}>
            {text}
          </textarea>
        </Field>
        <Field name="file" label={t("ops.cimport.file")}>
          <input type="file" name="file" accept=".csv,.json,text/csv,application/json" id="f-file" />
        </Field>
        <button type="submit" name="step" value="preview">
          {t("ops.import.preview")}
        </button>
      </form>
      {items && (
        <section id="import-preview">
          <h2>{t("ops.cimport.previewTitle", { valid, total: items.length })}</h2>
          <div class="table-scroll">
            <table class="stats">
              <thead>
                <tr>
                  <th scope="col">{t("ops.cimport.item")}</th>
                  <th scope="col">{t("ops.cimport.type")}</th>
                  <th scope="col">{t("org.questions.questionTitle")}</th>
                  <th scope="col">{t("ops.import.status")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r, i) => (
                  <tr class={r.errors.length ? "row-error" : "row-ok"} id={`import-item-${i}`}>
                    <td>
                      <code>{r.line}</code>
                    </td>
                    <td>{r.type === "set" ? t("ops.cimport.typeSet") : r.kind}</td>
                    <td>{r.title}</td>
                    <td>
                      {r.errors.length === 0 ? (
                        <span class="ok">✓ {t("ops.import.ok")}</span>
                      ) : (
                        <span class="error">
                          ✗{" "}
                          {r.errors
                            .map((e) =>
                              e.field
                                ? t("ops.questions.error.field", {
                                    field: e.field,
                                    message: t(e.key as MessageKey),
                                  })
                                : t(e.key as MessageKey),
                            )
                            .join("; ")}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ImportConfirm
            action={action}
            field="text"
            text={text}
            valid={valid}
            confirmLabel={t("ops.questions.importConfirm", { count: valid })}
            nothingLabel={t("ops.cimport.nothing")}
          />
        </section>
      )}
    </section>
  );
}
