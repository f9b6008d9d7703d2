/** Deliberation posts as pages read them (pseudonyms only). Types only. */

/**
 * One post of a thread as the reader may see it. `author` is the writer's name and e-mail, filled only
 * for organisers of a quasi-anonymous forum; otherwise the query never selects a user field. No
 * timestamps: the id order is the only order shown.
 */
export type ThreadPost = {
  id: number;
  parentId: number | null;
  tag: PostTag | null;
  /** null when hidden and the reader is an expert (the text is withheld in the query). */
  body: string | null;
  hiddenReason: string | null;
  hidden: boolean;
  pseudonym: string;
  own: boolean;
  useful: number;
  votedByMe: boolean;
  author: { name: string; email: string } | null;
  /** Written by an organiser: a facilitator's note, shown as such instead of a pseudonym. */
  facilitator: boolean;
};

export type QueuePost = {
  id: number;
  roundNumber: number;
  questionId: number;
  questionTitle: string;
  tag: PostTag | null;
  body: string;
  hidden: boolean;
  hiddenReason: string | null;
  pseudonym: string;
  facilitator: boolean;
  reply: boolean;
  useful: number;
  /** Name and e-mail: only for organisers of a quasi-anonymous forum (`withAuthors`). */
  author: { name: string; email: string } | null;
};

export type PostTag = "pro" | "con" | "evidence";
