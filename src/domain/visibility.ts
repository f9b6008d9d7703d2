/**
 * Who may see what of the panel: the one rule, used by every page, export and API (F2, F3).
 *
 * | role        | names beside pseudonyms       | pseudonymous responses | subgroup statistics |
 * |-------------|-------------------------------|------------------------|---------------------|
 * | organiser   | quasi-anonymous forums only   | yes                    | yes                 |
 * | token       | never (its data leaves us)    | yes                    | yes                 |
 * | expert      | never                         | yes                    | never               |
 * | stakeholder | never                         | never                  | yes                 |
 *
 * Identity means a name, an e-mail address, or an institution (with its country) that narrows a
 * pseudonym to one person: in files that leave the platform (exports, token reads) an answer carries
 * its institution and country only when that group has at least the group threshold of experts.
 *
 * Subgroup statistics (per-institution or per-country medians, founding-against-all stages, the
 * institutions a panel splits along) and per-pseudonym values for the same question must never reach
 * the same person below the organiser: with three members an institution's median is one member's
 * answer, and matching it against the pseudonymous answers re-identifies them (differencing). Experts,
 * who need the pseudonymous reasons, therefore never receive subgroups; stakeholders, who get subgroups
 * at the threshold, never receive per-pseudonym values. Organisers see both: they invited the panel.
 */
export type Anonymity = "quasi" | "strict";
export type ViewerRole = "organiser" | "expert" | "stakeholder" | "token";

export type SnapshotView = { responses: boolean; subgroups: boolean };

/** What of a frozen snapshot a role may receive. */
export function snapshotView(role: ViewerRole): SnapshotView {
  switch (role) {
    case "organiser":
    case "token":
      return { responses: true, subgroups: true };
    case "expert":
      return { responses: true, subgroups: false };
    case "stakeholder":
      return { responses: false, subgroups: true };
  }
}

/** Whether names (and e-mail addresses) may stand beside pseudonyms for this role in this forum. */
export function mayPairNamesWithPseudonyms(role: ViewerRole, anonymity: Anonymity): boolean {
  return role === "organiser" && anonymity === "quasi";
}

/** The Panel page lists pseudonyms beside names only where organisers may pair them (quasi-anonymity). */
export const panelShowsPseudonyms = (anonymity: Anonymity): boolean =>
  mayPairNamesWithPseudonyms("organiser", anonymity);

/**
 * An answer's institution or country as an export writes it beside a pseudonym: the label when the
 * group has at least `threshold` experts in the panel, else null (it would narrow the pseudonym to
 * fewer people than any statistic is ever shown for).
 */
export function exportGroupLabel(label: string | null, groupSize: number, threshold: number): string | null {
  return label !== null && groupSize >= threshold ? label : null;
}

type SnapshotLike = {
  responses?: unknown;
  groups?: unknown;
  stages?: unknown;
  dimensions?: readonly { polarisation?: { groups?: unknown } & Record<string, unknown> }[] | null;
};

/** The JSON paths a view removes from a stored snapshot (for the SQL read; viewSnapshot does the rest). */
export function hiddenSnapshotPaths(view: SnapshotView): string[] {
  return [...(view.responses ? [] : ["$.responses"]), ...(view.subgroups ? [] : ["$.groups", "$.stages"])];
}

/**
 * A snapshot as `view` allows: without `responses`, or with empty subgroups (`groups`), no `stages` and
 * no group splits in proposal dimensions. Pure; returns a new object.
 */
export function viewSnapshot<S extends SnapshotLike>(snapshot: S, view: SnapshotView): S {
  const out: Record<string, unknown> = { ...snapshot };
  if (!view.responses) delete out.responses;
  if (!view.subgroups) {
    out.groups = { institution: [], country: [] };
    delete out.stages;
    if (Array.isArray(snapshot.dimensions))
      out.dimensions = snapshot.dimensions.map((d) =>
        d.polarisation ? { ...d, polarisation: { ...d.polarisation, groups: [] } } : d,
      );
  }
  return out as S;
}
