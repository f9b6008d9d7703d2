import type { AuditEntry } from "../../../src/domain/audit-log.js";
import { ColumnHeads } from "../../components/ColumnHeads.js";
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
        <div class="table-scroll">
          <table class="stats" id="audit-table">
            <ColumnHeads
              cols={[
                t("ops.audit.at"),
                t("ops.audit.actor"),
                t("ops.audit.action"),
                t("ops.audit.target"),
                t("ops.audit.detail"),
              ]}
            />
            <tbody>
              {entries.map((e) => (
                <tr id={`audit-${e.id}`}>
                  <td>
                    <time datetime={e.at} title={i18n.formatDateTimeUtc(e.at)}>
                      {i18n.formatDateTime(e.at)}
                    </time>
                  </td>
                  <td>{e.actor ?? t("ops.schedule.actor")}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.target.type}
                    {e.target.id ? ` ${e.target.id}` : ""}
                  </td>
                  <td>{e.detail == null ? "" : <code class="detail">{JSON.stringify(e.detail)}</code>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav class="pager" aria-label={t("ops.audit.title")}>
        {newer && <a href={base}>{t("ops.audit.newer")}</a>}{" "}
        {older !== null && <a href={`${base}?before=${older}`}>{t("ops.audit.older")}</a>}
      </nav>
    </section>
  );
}
