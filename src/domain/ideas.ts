/** Ideas-round items as pages read them. Types only. */

export type MyIdea = {
  id: number;
  questionId: number;
  prompt: string;
  title: string;
  explanation: string;
  status: "submitted" | "merged" | "rejected" | "promoted";
  editedTitle: string | null;
  rejectReason: string | null;
  mergedIntoTitle: string | null;
  promotedTitle: string | null;
  promotedRound: number | null;
  roundNumber: number;
};

export type ReviewIdea = {
  id: number;
  questionId: number;
  title: string;
  explanation: string;
  editedTitle: string | null;
  editedExplanation: string | null;
  status: MyIdea["status"];
  mergedInto: number | null;
  rejectReason: string | null;
  promotedQuestionId: number | null;
  pseudonym: string;
  /** Only under quasi-anonymity; null under strict (not even selected). */
  name: string | null;
};
