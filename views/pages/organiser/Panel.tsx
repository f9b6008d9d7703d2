import type { Institution, PanelMember } from "../../../src/domain/panel.js";
import { ROLES } from "../../../src/validation/organiser-panel.js";
import { ColumnHeads } from "../../components/ColumnHeads.js";
import {
  describedBy,
  Field,
  FormErrors,
  type FormState,
  SelectField,
  textFields,
} from "../../components/Field.js";
import { useI18n } from "../../context.js";
import { ForumNav } from "./ForumNav.js";

export type PanelProps = FormState & {
  forumId: number;
  selfMemberId: number;
  /** Quasi-anonymity only: under strict anonymity no organiser page pairs a name with a pseudonym (F2). */
  showPseudonyms?: boolean;
  members: PanelMember[];
  institutions: Institution[];
  /** Invitation state per member id (pending, accepted, declined, expired). */
  states?: Map<number, "pending" | "accepted" | "declined" | "expired">;
  /** Members whose newest invitation failed to be delivered, with the provider's error. */
  undelivered?: Map<number, string>;
  /** The forum has no consent text yet: prompt for it before invitations go out. */
  needsConsent?: boolean;
  /** Which page of the panel `members` is (newest first), and the text found; absent: the whole panel. */
  paging?: PanelPaging;
};

export type PanelPaging = {
  /** `from` of the older page, null on the last. */
  next: number | null;
  /** `from` of the newer page (null: the first page); undefined on the first page itself. */
  previous?: number | null;
  /** The text searched for ("" for none). */
  find: string;
  /** Members per page. */
  size: number;
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
  paging,
}: PanelProps) {
  const { t } = useI18n();
  const groups = new Map<string, { label: string; members: PanelMember[] }>();
  // A page holds the newest members; each page shows them by institution (members of none first, as
  // before paging), then name.
  const byName = (a: string, b: string) => a.localeCompare(b);
  const ordered = [...members].sort(
    (a, b) =>
      (a.institution === null ? 0 : 1) - (b.institution === null ? 0 : 1) ||
      byName(a.institution?.name ?? "", b.institution?.name ?? "") ||
      byName(a.name, b.name),
  );
  for (const m of ordered) {
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
      {paging && (members.length > 0 || paging.find) && (
        <FindMember base={base} paging={paging} found={members.length} />
      )}
      {[...groups.values()].map((g) => (
        <section class="institution">
          <h2>{g.label}</h2>
          <table class="panel-table">
            <ColumnHeads
              cols={[
                t("org.panel.name"),
                t("org.panel.role"),
                t("org.panel.status"),
                showPseudonyms && t("org.panel.pseudonym"),
                t("org.panel.actions"),
              ]}
            />
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
      {paging && <PanelPager base={base} paging={paging} />}
      <InviteForm forumId={forumId} institutions={institutions} values={values} errors={errors} />
    </section>
  );
}

/** The panel page's search: by name, e-mail or institution. */
function FindMember({ base, paging, found }: { base: string; paging: PanelPaging; found: number }) {
  const { t } = useI18n();
  return (
    <>
      <search>
        <form method="get" action={base} class="answer-filter" id="panel-find">
          <label for="panel-find-text">
            {t("org.panel.find")}{" "}
            <input type="search" name="find" id="panel-find-text" value={paging.find} maxlength={200} />
          </label>
          <button type="submit">{t("org.panel.findButton")}</button>
          {paging.find && (
            <a href={base} class="clear">
              {t("org.panel.showAll")}
            </a>
          )}
        </form>
      </search>
      {paging.find && (
        <p role="status" id="panel-found">
          {found === 0
            ? t("org.panel.noMatch", { find: paging.find })
            : t("org.panel.matching", { find: paging.find })}
        </p>
      )}
    </>
  );
}

/** Newer and older pages of the panel (none when it fits on one page). */
function PanelPager({ base, paging }: { base: string; paging: PanelPaging }) {
  const { t } = useI18n();
  if (paging.next === null && paging.previous === undefined) return null;
  const href = (from: number | null) => {
    const q = new URLSearchParams();
    if (paging.find) q.set("find", paging.find);
    if (from !== null) q.set("from", String(from));
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  return (
    <nav class="pager" aria-label={t("org.panel.pages")} id="panel-pages">
      <span class="meta">{t("org.panel.pageNote", { size: paging.size })}</span>
      {paging.previous !== undefined && (
        <a href={href(paging.previous)} rel="prev">
          {t("org.panel.newer")}
        </a>
      )}
      {paging.next !== null && (
        <a href={href(paging.next)} rel="next">
          {t("org.panel.older")}
        </a>
      )}
    </nav>
  );
}

export function InviteForm({
  forumId,
  institutions,
  values,
  errors,
}: FormState & {
  forumId: number;
  institutions: Institution[];
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
      <SelectField
        name="role"
        label={t("org.panel.role")}
        error={errors.role}
        value={role}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
      />
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
