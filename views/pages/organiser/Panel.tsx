import type { Institution, PanelMember } from "../../../src/domain/panel.js";
import { ROLES } from "../../../src/validation/organiser-panel.js";
import { describedBy, Field, FormErrors, textFields } from "../../components/Field.js";
import { useI18n } from "../../context.js";
import { ForumNav } from "./ForumNav.js";

export type PanelProps = {
  forumId: number;
  selfMemberId: number;
  /** Quasi-anonymity only: under strict anonymity no organiser page pairs a name with a pseudonym (F2). */
  showPseudonyms?: boolean;
  members: PanelMember[];
  institutions: Institution[];
  values: Record<string, string>;
  errors: Record<string, string>;
  /** Invitation state per member id (pending, accepted, declined, expired). */
  states?: Map<number, "pending" | "accepted" | "declined" | "expired">;
  /** Members whose newest invitation failed to be delivered, with the provider's error. */
  undelivered?: Map<number, string>;
  /** The forum has no consent text yet: prompt for it before invitations go out. */
  needsConsent?: boolean;
};

export function PanelPage({
  forumId,
  selfMemberId,
  showPseudonyms = true,
  members,
  institutions,
  values,
  errors,
  states,
  undelivered,
  needsConsent = false,
}: PanelProps) {
  const { t } = useI18n();
  const groups = new Map<string, { label: string; members: PanelMember[] }>();
  for (const m of members) {
    const key = m.institution ? String(m.institution.id) : "";
    const label = m.institution
      ? `${m.institution.name} (${m.institution.country})`
      : t("org.panel.noInstitution");
    const g = groups.get(key) ?? { label, members: [] };
    g.members.push(m);
    groups.set(key, g);
  }
  const base = `/forums/${forumId}/panel`;
  return (
    <section id="panel">
      <h1>{t("org.panel.title")}</h1>
      <ForumNav forumId={forumId} />
      {needsConsent && (
        <p class="notice" id="consent-first">
          {t("org.panel.consentFirst")}{" "}
          <a href={`/forums/${forumId}/settings#f-consentText`}>{t("org.panel.consentLink")}</a>
        </p>
      )}
      <p>
        <a href={`${base}/import`}>{t("ops.nav.import")}</a>
      </p>
      {[...groups.values()].map((g) => (
        <section class="institution">
          <h2>{g.label}</h2>
          <table class="panel-table">
            <thead>
              <tr>
                <th scope="col">{t("org.panel.name")}</th>
                <th scope="col">{t("org.panel.role")}</th>
                <th scope="col">{t("org.panel.status")}</th>
                {showPseudonyms && <th scope="col">{t("org.panel.pseudonym")}</th>}
                <th scope="col">{t("org.panel.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {g.members.map((m) => (
                <tr id={`member-${m.id}`}>
                  <td>
                    {m.name} <span class="meta">&lt;{m.email}&gt;</span>
                  </td>
                  <td>{t(`role.${m.role}`)}</td>
                  <td>
                    {t(`org.panel.status.${m.status}`)}
                    {states?.get(m.id) && states.get(m.id) !== "accepted" && m.status !== "declined" && (
                      <span class={`invite-state invite-${states.get(m.id)}`}>
                        {" "}
                        ({t(`ops.invite.state.${states.get(m.id)!}`)})
                      </span>
                    )}
                  </td>
                  {showPseudonyms && <td>{m.pseudonym}</td>}
                  <td>
                    {undelivered?.has(m.id) && (
                      <p class="notice error undelivered">
                        {t("org.panel.undelivered", { error: undelivered.get(m.id)! })}
                      </p>
                    )}
                    {(m.status === "invited" || m.status === "declined") && (
                      <form method="post" action={`${base}/${m.id}/resend`} class="inline">
                        <button type="submit">
                          {undelivered?.has(m.id) ? t("org.panel.sendAgain") : t("org.panel.resend")}
                        </button>
                      </form>
                    )}
                    {m.status !== "removed" && m.id !== selfMemberId && (
                      <form method="post" action={`${base}/${m.id}/remove`} class="inline">
                        <button type="submit">{t("org.panel.remove")}</button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <InviteForm forumId={forumId} institutions={institutions} values={values} errors={errors} />
    </section>
  );
}

export function InviteForm({
  forumId,
  institutions,
  values,
  errors,
}: {
  forumId: number;
  institutions: Institution[];
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const field = textFields(values, errors);
  const v = (k: string) => values[k] ?? "";
  const role = v("role") || "expert";
  return (
    <form method="post" action={`/forums/${forumId}/panel/invite`} id="invite-form" novalidate>
      <h2>{t("org.panel.invite")}</h2>
      <FormErrors errors={errors} />
      {field("name", t("org.panel.name"))}
      {field("email", t("signin.email"), undefined, { type: "email" })}
      <Field name="role" label={t("org.panel.role")} error={errors.role}>
        <select name="role" {...describedBy("role", errors.role)}>
          {ROLES.map((r) => (
            <option value={r} selected={role === r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend>{t("org.panel.institution")}</legend>
        <p class="hint">{t("org.panel.institutionHint")}</p>
        <Field name="institutionId" label={t("org.panel.existingInstitution")} error={errors.institutionId}>
          <select name="institutionId" {...describedBy("institutionId", errors.institutionId)}>
            <option value="">{t("org.panel.noneChosen")}</option>
            {institutions.map((i) => (
              <option value={String(i.id)} selected={v("institutionId") === String(i.id)}>
                {`${i.name} (${i.country})`}
              </option>
            ))}
          </select>
        </Field>
        {field("institutionName", t("org.panel.newInstitution"))}
        {field("institutionCountry", t("org.panel.country"))}
      </fieldset>
      {field("stage", t("org.panel.stage"), t("org.panel.stageHint"), { inputmode: "numeric" })}
      <button type="submit" class="primary">
        {t("org.panel.sendInvite")}
      </button>
    </form>
  );
}
