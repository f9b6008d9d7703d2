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
  perInstitution: { institution: string | null; complete: number; experts: number }[];
  /** Active experts with at least one question of the round not answered (submitted), for reminders. */
  incomplete: ExpertProgress[];
};
