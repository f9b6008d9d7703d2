import { sql } from "drizzle-orm";
import type { SnapshotView } from "../../domain/visibility.js";
import { reusableReadsPer } from "../batch.js";
import { myRevisions, mySubmittedAnswer } from "./answers.js";
import { type ThreadRead, threadQuery } from "./posts.js";
import {
  previousRoundIdOf,
  previousSnapshotQuery,
  roundByNumber,
  roundIdByNumber,
  roundQuestionByNumber,
  roundQuestionsByNumber,
} from "./rounds.js";
import { roundTranslations, scenarioSetOfQuestion, scenarioTextQueries } from "./translations.js";

/** Who reads a question page: the snapshot's view, how the thread may be read, and whether it may be yet. */
export type QuestionPageReader = {
  view: SnapshotView;
  thread: Pick<ThreadRead, "organiser" | "withAuthors">;
  /** False in a Real-Time Delphi until the expert answers: the thread is then not read at all. */
  threadReadable: boolean;
};

/** The request's values for the question page's reads. */
export type QuestionPageValues = {
  forumId: number;
  number: number;
  qid: number;
  memberId: number;
  wanted: string[];
};

const p = {
  forumId: sql.placeholder("forumId"),
  number: sql.placeholder("number"),
  qid: sql.placeholder("qid"),
  memberId: sql.placeholder("memberId"),
  wanted: sql.placeholder("wanted"),
  none: sql.placeholder("none"),
};

/**
 * The expert's question page's first reads, in one round trip: the round (by its number), its questions
 * and their translations, the latest earlier snapshot of this question, the expert's revisions and their
 * answer in that earlier round, an allocation's scenario texts and the discussion. Their SQL is built once
 * per isolate for each kind of reader (reusableReads); a request binds its values.
 */
export function questionPageReads(reader: QuestionPageReader, v: QuestionPageValues) {
  // Question 0 matches no post: an unreadable thread is not read.
  return pageReads(reader, {
    ...v,
    wanted: JSON.stringify(v.wanted),
    none: reader.threadReadable ? v.qid : 0,
  });
}

const pageReads = reusableReadsPer((reader: QuestionPageReader, db) => {
  const roundId = roundIdByNumber(p.forumId, p.number);
  return [
    roundByNumber(db, p.forumId, p.number),
    roundQuestionsByNumber(db, p.forumId, p.number),
    roundTranslations(db, roundId, p.wanted),
    previousSnapshotQuery(db, p.forumId, p.qid, p.number, reader.view),
    myRevisions(db, roundId, p.qid, p.memberId),
    mySubmittedAnswer(db, previousRoundIdOf(db, p.forumId, p.qid, p.number), p.qid, p.memberId),
    ...scenarioTextQueries(db, scenarioSetOfQuestion(p.qid), p.wanted),
    threadQuery(db, { ...reader.thread, roundId, questionId: p.none, viewerMemberId: p.memberId }),
  ] as const;
});

/**
 * An htmx answer save's reads: the round and the question (one round trip), and the previous snapshot
 * only when the forum asks for a reason outside its IQR. Built once per isolate, like the page's.
 */
export function answerSaveReads(
  view: SnapshotView,
  v: Pick<QuestionPageValues, "forumId" | "number" | "qid">,
) {
  return saveReads(view, v);
}

const saveReads = reusableReadsPer(
  (view: SnapshotView, db) =>
    [
      roundByNumber(db, p.forumId, p.number),
      roundQuestionByNumber(db, p.forumId, p.number, p.qid),
      previousSnapshotQuery(db, p.forumId, p.qid, p.number, view),
    ] as const,
);
