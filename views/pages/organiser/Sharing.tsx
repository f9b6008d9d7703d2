import { DataTable } from "../../components/DataTable.js";
import { FormErrors, SelectField } from "../../components/Field.js";
import { RevokeStatus } from "../../components/RevokeStatus.js";
import { useI18n } from "../../context.js";
import { ForumNav } from "./ForumNav.js";

export type ShareLinkRow = {
  id: number;
  roundNumber: number;
  subgroups: boolean;
  createdAt: string;
  revokedAt: string | null;
  accessCount: number;
  lastAccessAt: string | null;
};

export type SharingProps = {
  forumId: number;
  anonymity: "strict" | "quasi";
  threshold: number;
  rounds: { number: number; publishedAt: string | null }[];
  links: ShareLinkRow[];
  /** A link just made: its address (shown once) and the questions a partner may embed. */
  created?: { url: string; roundNumber: number; questions: { id: number; title: string }[] } | undefined;
  values: { round?: string; subgroups?: boolean };
  errors: Record<string, string>;
};

/**
 * /forums/:id/sharing: organisers make read-only links to a published round's dashboard and report for
 * readers without an account, see how often each was opened, and revoke them.
 */
export function SharingPage(p: SharingProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const latest = p.rounds.at(-1)?.number;
  const chosen = p.values.round ?? (latest === undefined ? "" : String(latest));
  return (
    <section id="sharing">
      <ForumNav forumId={p.forumId} />
      <h1>{t("share.title")}</h1>
      <p>{t("share.intro")}</p>
      <p class="meta">
        {p.anonymity === "strict" ? t("share.strict") : t("share.quasi", { k: p.threshold })}
      </p>
      {p.created && (
        <div class="notice" role="status" id="share-created">
          <p>{t("share.created", { number: p.created.roundNumber })}</p>
          <p>
            <code class="token">{p.created.url}</code>
          </p>
          {p.created.questions.length > 0 && (
            <details>
              <summary>{t("share.embed")}</summary>
              <ul class="embed-codes">
                {p.created.questions.map((q) => (
                  <li>
                    {q.title}
                    <br />
                    <code>{`<iframe src="${p.created!.url}/embed/${q.id}" title="${q.title.replaceAll('"', "'")}" width="600" height="420" style="border:0"></iframe>`}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      <FormErrors errors={p.errors} />
      {p.rounds.length === 0 ? (
        <p>{t("share.noRounds")}</p>
      ) : (
        <form method="post" action={`/forums/${p.forumId}/sharing`} novalidate>
          <SelectField
            name="round"
            label={t("share.round")}
            error={p.errors.round}
            value={chosen}
            options={p.rounds.map((r) => ({
              value: String(r.number),
              label: t("share.roundOption", {
                number: r.number,
                date: r.publishedAt ? i18n.formatDateTime(r.publishedAt) : "",
              }),
            }))}
          />
          {p.anonymity !== "strict" && (
            <p>
              <label>
                <input type="checkbox" name="subgroups" value="1" checked={!!p.values.subgroups} />{" "}
                {t("share.groups", { k: p.threshold })}
              </label>
            </p>
          )}
          <button type="submit" class="primary">
            {t("share.create")}
          </button>
        </form>
      )}
      {p.links.length === 0 ? (
        <p>{t("share.none")}</p>
      ) : (
        <DataTable
          scroll
          id="share-links"
          rows={p.links}
          columns={[
            { head: t("share.roundCol"), cell: (l) => l.roundNumber },
            { head: t("share.createdAt"), cell: (l) => i18n.formatDateTime(l.createdAt) },
            { head: t("share.breakdowns"), cell: (l) => (l.subgroups ? t("share.yes") : t("share.no")) },
            {
              head: t("share.opened"),
              cell: (l) => (
                <>
                  {t("share.openedCount", { count: l.accessCount })}
                  {l.lastAccessAt && (
                    <> ({t("share.lastOpened", { date: i18n.formatDateTime(l.lastAccessAt) })})</>
                  )}
                </>
              ),
            },
            {
              head: t("share.status"),
              cell: (l) => (
                <RevokeStatus
                  action={`/forums/${p.forumId}/sharing/${l.id}/revoke`}
                  ended={
                    l.revokedAt ? t("share.revokedAt", { date: i18n.formatDateTime(l.revokedAt) }) : null
                  }
                  active={t("share.active")}
                  revoke={t("share.revoke")}
                />
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
