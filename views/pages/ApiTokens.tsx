import { DEFAULT_TOKEN_DAYS, TOKEN_LIFETIMES } from "../../src/validation/api-tokens.js";
import { ColumnHeads } from "../components/ColumnHeads.js";
import { describedBy, Field, FormErrors, textFields } from "../components/Field.js";
import { RevokeStatus } from "../components/RevokeStatus.js";
import { useI18n } from "../context.js";

export type ApiTokensProps = {
  forumId: number;
  tokens: {
    id: number;
    label: string;
    createdAt: string;
    revokedAt: string | null;
    expiresAt: string;
    /** Unrevoked, unexpired, and its creator still an active organiser. */
    usable: number;
  }[];
  /** A token just created: shown once, never again. */
  created?: string | undefined;
  values: { label?: string; days?: string };
  errors: Record<string, string>;
};

/** Organisers issue and revoke read tokens for the JSON API, and find the forum's exports. */
export function ApiTokensPage({ forumId, tokens, created, values, errors }: ApiTokensProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const field = textFields(values, errors);
  return (
    <section id="api-tokens">
      <h1>{t("tokens.title")}</h1>
      <p>{t("tokens.intro")}</p>
      {created && (
        <div class="notice" role="status">
          <p>{t("tokens.created")}</p>
          <p>
            <code class="token">{created}</code>
          </p>
        </div>
      )}
      <FormErrors errors={errors} />
      <form method="post" action={`/forums/${forumId}/api-tokens`} novalidate>
        {field("label", t("tokens.label"), t("tokens.labelHint"), { type: "text", maxlength: 100 })}
        <Field name="days" label={t("tokens.lifetime")} error={errors.days}>
          <select name="days" {...describedBy("days", errors.days)}>
            {TOKEN_LIFETIMES.map((d) => (
              <option value={String(d)} selected={(values.days ?? String(DEFAULT_TOKEN_DAYS)) === String(d)}>
                {t("tokens.days", { count: d })}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" class="primary">
          {t("tokens.create")}
        </button>
      </form>
      {tokens.length === 0 ? (
        <p>{t("tokens.none")}</p>
      ) : (
        <table>
          <ColumnHeads
            cols={[t("tokens.label"), t("tokens.createdAt"), t("tokens.expiresAt"), t("tokens.status")]}
          />
          <tbody>
            {tokens.map((tk) => (
              <tr>
                <td>{tk.label}</td>
                <td>{i18n.formatDateTime(tk.createdAt)}</td>
                <td>{i18n.formatDateTime(tk.expiresAt)}</td>
                <td>
                  <RevokeStatus
                    action={`/forums/${forumId}/api-tokens/${tk.id}/revoke`}
                    ended={
                      tk.revokedAt
                        ? t("tokens.revoked", { date: i18n.formatDateTime(tk.revokedAt) })
                        : tk.usable
                          ? null
                          : t("tokens.ended")
                    }
                    active={t("tokens.live")}
                    revoke={t("tokens.revoke")}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("export.title")}</h2>
      <p>{t("export.anonymity")}</p>
      <ul>
        <li>
          <a href={`/forums/${forumId}/export.json`}>{t("export.json")}</a>
        </li>
        <li>
          <a href={`/forums/${forumId}/export/answers.csv`}>{t("export.answersCsv")}</a>
        </li>
        <li>
          <a href={`/forums/${forumId}/export/results.csv`}>{t("export.resultsCsv")}</a>
        </li>
      </ul>
    </section>
  );
}
