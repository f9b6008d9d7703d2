/** A round's response rate as the organiser overview shows it. Types only. */

export type ExpertProgress = {
  memberId: number;
  name: string;
  email: string;
  institution: string | null;
  answered: number;
};

export type ResponseRate = {
  roundNumber: number;
  questionCount: number;
  /** Active experts who submitted a current answer to every question of the round, of all active experts. */
  overall: { complete: number; experts: number };
  /** `other`: institutions folded together where names are withheld (visibility.ts `countableGroups`). */
  perInstitution: { institution: string | null; other?: boolean; complete: number; experts: number }[];
  /** Active experts with at least one question of the round not answered (submitted), for reminders. */
  incomplete: ExpertProgress[];
  /** True where organisers may not see who has not answered (strict anonymity): `incomplete` is empty. */
  namesHidden?: boolean;
};
