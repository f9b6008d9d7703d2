import type { AuditEntry } from "../../../src/domain/audit-log.js";
import { DataTable } from "../../components/DataTable.js";
import { useI18n } from "../../context.js";
import { ForumNav } from "./ForumNav.js";

export type AuditProps = {
  forumId: number;
  entries: AuditEntry[];
  /** The `before` of the next (older) page, or null at the end. */
  older: number | null;
  newer: boolean;
};

/** /forums/:id/audit: the audit log, newest first, paged by entry id. */
export function AuditPage({ forumId, entries, older, newer }: AuditProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const base = `/forums/${forumId}/audit`;
  return (
    <section id="audit">
      <h1>{t("ops.audit.title")}</h1>
      <ForumNav forumId={forumId} />
      <p>
        <a href={`/api/v1/forums/${forumId}/audit?format=csv`}>{t("ops.audit.csv")}</a> ·{" "}
        <a href={`/api/v1/forums/${forumId}/audit`}>{t("ops.audit.json")}</a>
      </p>
      {entries.length === 0 ? (
        <p>{t("ops.audit.empty")}</p>
      ) : (
        <DataTable
          scroll
          class="stats"
          id="audit-table"
          rows={entries}
          row={(e) => ({ id: `audit-${e.id}` })}
          columns={[
            {
              head: t("ops.audit.at"),
              cell: (e) => (
                <time datetime={e.at} title={i18n.formatDateTimeUtc(e.at)}>
                  {i18n.formatDateTime(e.at)}
                </time>
              ),
            },
            { head: t("ops.audit.actor"), cell: (e) => e.actor ?? t("ops.schedule.actor") },
            { head: t("ops.audit.action"), cell: (e) => <code>{e.action}</code> },
            {
              head: t("ops.audit.target"),
              cell: (e) => (
                <>
                  {e.target.type}
                  {e.target.id ? ` ${e.target.id}` : ""}
                </>
              ),
            },
            {
              head: t("ops.audit.detail"),
              cell: (e) => (e.detail == null ? "" : <code class="detail">{JSON.stringify(e.detail)}</code>),
            },
          ]}
        />
      )}
      <nav class="pager" aria-label={t("ops.audit.title")}>
        {newer && <a href={base}>{t("ops.audit.newer")}</a>}{" "}
        {older !== null && <a href={`${base}?before=${older}`}>{t("ops.audit.older")}</a>}
      </nav>
    </section>
  );
}
