/** Ideas-round items as pages read them, and what an item can become. */

/** What the organiser can promote an item to; a prompt names the one its items usually become. */
export const PROMOTE_KINDS = ["trend", "scenario", "proposal"] as const;
export type PromoteAs = (typeof PROMOTE_KINDS)[number];

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

/** An ideas-round item a question or scenario came from (provenance back from what it became). No author. */
export type SourceIdea = { id: number; title: string; roundNumber: number; merged: boolean };

/** One item of a published ideas round as readers see it: what was proposed and what became of it. */
export type IdeaOutcome = {
  id: number;
  roundNumber: number;
  prompt: string;
  title: string;
  status: "submitted" | "merged" | "rejected" | "promoted";
  /** The question it (or the item it was merged into) became; the item it was merged into. */
  promotedTitle: string | null;
  mergedIntoTitle: string | null;
};

/** Another expert's undecided item as an expert reads and rates it: never its author. */
export type PeerIdea = {
  id: number;
  questionId: number;
  title: string;
  explanation: string;
  myRating: number | null;
};
