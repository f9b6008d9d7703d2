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
 * pseudonym to fewer than the group threshold of people: in files that leave the platform (exports,
 * token reads) an answer carries its institution and country only as `disclosableLabels` allows.
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
 * Whether organisers may see by name who has or has not answered (progress lists, attrition by person,
 * reminders' recipients in the outbox): only where names may stand beside pseudonyms. In a strict forum
 * the live monitor and every closed round show which pseudonym answered which question, so "Ana has
 * answered 5 of 7" (or "Ana was reminded at 10:00") pairs her name with the one pseudonym that did.
 */
export const participationByName = (anonymity: Anonymity): boolean =>
  mayPairNamesWithPseudonyms("organiser", anonymity);

/** The smallest subgroup size for which group statistics are ever shown (DESIGN.md: never below 3). */
export const MIN_GROUP_SIZE = 3;

/** The smallest group a forum ever shows statistics for: its own minimum, never below MIN_GROUP_SIZE. */
export const groupThreshold = (forum: { minGroupSize: number }): number =>
  Math.max(MIN_GROUP_SIZE, forum.minGroupSize);

/**
 * The institutions that may have their own row in counts over people (who answered every question, per
 * institution and round) where names are withheld: counts add up, so besides each row reaching the
 * threshold, the people in no row ("other institutions", shown together) must be none or reach it too,
 * or the overall count minus the rows gives them away. The smallest rows fold into the others first
 * (ties by name). `sizes` counts people per institution (null: no institution). Pure.
 */
export function countableGroups(sizes: ReadonlyMap<string | null, number>, threshold: number): Set<string> {
  const k = Math.max(1, threshold);
  const rows = [...sizes]
    .filter((e): e is [string, number] => e[0] !== null && e[1] >= k)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  let rest = [...sizes.values()].reduce((a, b) => a + b, 0) - rows.reduce((a, [, n]) => a + n, 0);
  while (rest > 0 && rest < k && rows.length > 0) rest += rows.shift()![1];
  return new Set(rows.map(([name]) => name));
}

/**
 * The delivery log lists a member's sign-in messages to the forum's organisers (to help someone whose
 * link did not arrive) only where names may stand beside pseudonyms: under strict anonymity the time a
 * person signed in, set against the time a pseudonym answered, would pair them.
 */
export const deliveryLogShowsSignIns = (anonymity: Anonymity): boolean =>
  mayPairNamesWithPseudonyms("organiser", anonymity);

/** What may group a person: their institution and its country (null when they have none). */
export type GroupKeys = { readonly institution: string | null; readonly country: string | null };
export type GroupLabels = { institutions: ReadonlySet<string>; countries: ReadonlySet<string> };

/**
 * The institution and country labels an export may write beside pseudonyms: k-anonymity over the pair
 * (institution, country) with k = `threshold`, over the people who could be behind a pseudonym
 * (`people`: in an export, every expert with an answer in it).
 *
 * Formula: start from the labels of groups with at least k people. While some combination of shown
 * labels is held by 1 … k−1 people, withhold labels: a country shown for people whose institution is
 * withheld loses its label; when the people with no label at all are too few, the smallest labelled
 * combination loses both of its labels (ties by name), so they join the unlabelled. An organiser who
 * knows the panel can then narrow any pseudonym to no fewer than k people, not even "the one expert
 * outside every labelled group" (whose null label would otherwise single them out). Pure, deterministic.
 */
export function disclosableLabels(people: readonly GroupKeys[], threshold: number): GroupLabels {
  const k = Math.max(1, threshold);
  const count = <T>(xs: readonly T[]) => {
    const m = new Map<T, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const atLeastK = (m: Map<string | null, number>) =>
    new Set([...m].filter(([key, n]) => key !== null && n >= k).map(([key]) => key as string));
  const institutions = atLeastK(count(people.map((p) => p.institution)));
  const countries = atLeastK(count(people.map((p) => p.country)));
  const shown = (p: GroupKeys) => labelGroups(p, { institutions, countries });
  for (;;) {
    const classes = [...count(people.map((p) => JSON.stringify(shown(p))))]
      .map(([key, n]) => ({ ...(JSON.parse(key) as GroupKeys), n }))
      .sort((a, b) => a.n - b.n || JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const small = classes.find((c) => c.n < k);
    if (!small) break;
    if (small.institution !== null) institutions.delete(small.institution);
    else if (small.country !== null) countries.delete(small.country);
    else {
      // The unlabelled are too few: the smallest labelled combination joins them.
      const join = classes.find((c) => c.institution !== null || c.country !== null);
      if (!join) break; // nobody is labelled: one class of everyone, nothing left to withhold
      if (join.institution !== null) institutions.delete(join.institution);
      if (join.country !== null) countries.delete(join.country);
    }
  }
  return { institutions, countries };
}

/** A person's institution and country as `labels` allow them to be written (else null). */
export function labelGroups(p: GroupKeys, labels: GroupLabels): GroupKeys {
  return {
    institution: p.institution !== null && labels.institutions.has(p.institution) ? p.institution : null,
    country: p.country !== null && labels.countries.has(p.country) ? p.country : null,
  };
}

/**
 * Which subgroup statistics of one question may be published (complementary suppression, F3), given
 * the groups that reach the threshold, how many answered, and each institution's country:
 *
 * - a group's complement (the other respondents) must be empty or reach the threshold too: with 4
 *   respondents, a median of 3 beside the overall distribution narrows the fourth person's answer to
 *   two values (their value is the one the group's median excludes);
 * - a country must not differ from an institution inside it by 1 … threshold−1 respondents: the
 *   country's median then moves by what those few answered (with the institution's median m and
 *   the country's median c of 3 + 1 respondents, the fourth answered 2c − m whenever it lies between).
 *
 * The suppressed group is the country (institutions are what the forum compares). Medians of two or
 * more disjoint groups are not additive, so a residue below the threshold after removing several
 * groups does not pin any answer; that case is left open by design (docs/SECURITY.md). Pure.
 */
export function disclosableGroups<G extends { name: string; n: number }>(
  groups: { institution: readonly G[]; country: readonly G[] },
  respondents: number,
  threshold: number,
  countryOf: ReadonlyMap<string, string | null>,
): { institution: G[]; country: G[] } {
  const k = Math.max(1, threshold);
  const apart = (d: number) => d === 0 || d >= k;
  const fits = (g: G) => g.n >= k && apart(respondents - g.n);
  const institution = groups.institution.filter(fits);
  const country = groups.country
    .filter(fits)
    .filter((c) => institution.every((i) => countryOf.get(i.name) !== c.name || apart(c.n - i.n)));
  return { institution, country };
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
