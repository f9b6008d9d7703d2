import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { QuestionText } from "../../domain/questions.js";
import type { Locale } from "../../i18n/index.js";
import { audit } from "../audit.js";
import { type Bound, readBatch, runBatch, type Statement } from "../batch.js";
import type { Db } from "../client.js";
import {
  questions,
  questionTranslations,
  roundQuestions,
  scenarioSets,
  scenarios,
  scenarioTranslations,
  users,
} from "../schema.js";

/** Remembers a signed-in user's language (the switcher; the cookie wins while it lasts). */
export async function setUserLocale(db: Db, userId: number, locale: Locale): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export type ScenarioText = { title: string; narrative: string; drivers: string };

/** A question's translation as stored (one row per language). */
const questionTranslationColumns = {
  questionId: questionTranslations.questionId,
  locale: questionTranslations.locale,
  title: questionTranslations.title,
  body: questionTranslations.body,
  resolutionCriteria: questionTranslations.resolutionCriteria,
};

/** A scenario's translation as stored (one row per language). */
const scenarioTranslationColumns = {
  scenarioId: scenarioTranslations.scenarioId,
  locale: scenarioTranslations.locale,
  title: scenarioTranslations.title,
  narrative: scenarioTranslations.narrative,
  drivers: scenarioTranslations.drivers,
};

/** A scenario's original texts. */
const scenarioTextColumns = {
  id: scenarios.id,
  title: scenarios.title,
  narrative: scenarios.narrative,
  drivers: scenarios.drivers,
};

/** The order in which a reader's texts are looked for: their language, then the forum's default. */
export function contentLocales(reader: string, forumDefault: string): string[] {
  return reader === forumDefault ? [reader] : [reader, forumDefault];
}

function pick<T extends { locale: string }>(rows: T[], wanted: string[], of: (r: T) => boolean) {
  const mine = rows.filter(of);
  for (const l of wanted) {
    const hit = mine.find((r) => r.locale === l);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Puts the reader's translation (else the forum default's, else the original) in place of each question's
 * title, background and resolution criteria. ONE query for the whole round, whatever its size.
 */
export async function localiseRoundQuestions<Q extends { id: number } & QuestionText>(
  db: Db,
  roundId: number,
  list: Q[],
  wanted: string[],
): Promise<(Q & { contentLocale: string })[]> {
  if (list.length === 0) return [];
  return localised(list, await roundTranslations(db, roundId, wanted), wanted);
}

/**
 * The translations into the `wanted` languages of the questions of a round, given by its id or (as a
 * subquery, to run in one batch with the round's lookup) `roundIdByNumber`.
 */
export const roundTranslations = (db: Db, roundId: number | SQL<number>, wanted: Bound<string[]>) =>
  db
    .select(questionTranslationColumns)
    .from(questionTranslations)
    .innerJoin(roundQuestions, eq(roundQuestions.questionId, questionTranslations.questionId))
    .where(and(eq(roundQuestions.roundId, roundId), localeIn(questionTranslations.locale, wanted)));

/**
 * `column` is one of the `wanted` languages: a list, or in a reusable read the placeholder for that list
 * as JSON (a list's length would change the SQL).
 */
function localeIn(column: SQLiteColumn, wanted: Bound<string[]>): SQL {
  return Array.isArray(wanted)
    ? inArray(column, wanted)
    : sql`${column} IN (SELECT value FROM json_each(${wanted}))`;
}

/** Each question in the first `wanted` language it has a translation in (the original texts are in the last). */
export function localised<Q extends { id: number } & QuestionText>(
  list: Q[],
  rows: { questionId: number; locale: string; title: string; body: string; resolutionCriteria: string }[],
  wanted: string[],
): (Q & { contentLocale: string })[] {
  // The original texts are in the forum's default language (the last one wanted).
  const original = wanted[wanted.length - 1] ?? "en";
  return list.map((q) => {
    const t = pick(rows, wanted, (r) => r.questionId === q.id);
    return t
      ? {
          ...q,
          contentLocale: t.locale,
          title: t.title,
          body: t.body || q.body,
          resolutionCriteria: t.resolutionCriteria || q.resolutionCriteria,
        }
      : { ...q, contentLocale: original };
  });
}

/**
 * A scenario set's texts and their translations as two reads, for a batch with a page's other reads
 * (`setId` may be a subquery); `scenarioTextsOf` joins their rows.
 */
export function scenarioTextQueries(db: Db, setId: number | SQL, wanted: Bound<string[]>) {
  return [
    db
      .select(scenarioTextColumns)
      .from(scenarios)
      .where(eq(scenarios.setId, setId))
      .orderBy(asc(scenarios.position)),
    db
      .select(scenarioTranslationColumns)
      .from(scenarioTranslations)
      .innerJoin(scenarios, eq(scenarios.id, scenarioTranslations.scenarioId))
      .where(and(eq(scenarios.setId, setId), localeIn(scenarioTranslations.locale, wanted))),
  ] as const;
}

/** The scenario set of an allocation question, as a subquery (null for other kinds: no scenarios). */
export const scenarioSetOfQuestion = (questionId: Bound<number>) =>
  sql<number>`(SELECT json_extract(${questions.config}, '$.scenarioSetId') FROM ${questions}
    WHERE ${questions.id} = ${questionId} AND ${questions.kind} = 'allocation')`;

type ScenarioRows<I extends 0 | 1> = Awaited<ReturnType<typeof scenarioTextQueries>[I]>;

/** The texts in order, each in the first wanted language it has a translation in. */
export function scenarioTextsOf(
  base: ScenarioRows<0>,
  rows: ScenarioRows<1>,
  wanted: string[],
): ScenarioText[] {
  return base.map(({ id, ...s }) => {
    const t = pick(rows, wanted, (r) => r.scenarioId === id);
    return t ? { title: t.title, narrative: t.narrative || s.narrative, drivers: t.drivers || s.drivers } : s;
  });
}

/** A scenario set's texts in order, translated like questions (one round trip). */
export async function listScenarioTextsIn(db: Db, setId: number, wanted: string[]): Promise<ScenarioText[]> {
  const [base, rows] = await readBatch(db, [...scenarioTextQueries(db, setId, wanted)]);
  return scenarioTextsOf(base, rows, wanted);
}

/** A question of the forum with its translations (organiser form). Undefined when not in this forum. */
export async function getQuestionWithTranslations(db: Db, forumId: number, questionId: number) {
  const [q] = await db
    .select({
      id: questions.id,
      title: questions.title,
      body: questions.body,
      resolutionCriteria: questions.resolutionCriteria,
    })
    .from(questions)
    .where(and(eq(questions.id, questionId), eq(questions.forumId, forumId)));
  if (!q) return undefined;
  const translations = await db
    .select(questionTranslationColumns)
    .from(questionTranslations)
    .where(eq(questionTranslations.questionId, questionId));
  return { question: q, translations };
}

/** A scenario set of the forum, its scenarios and all their translations (organiser form). */
export async function getScenarioSetWithTranslations(db: Db, forumId: number, setId: number) {
  const [set] = await db
    .select({ id: scenarioSets.id, title: scenarioSets.title })
    .from(scenarioSets)
    .where(and(eq(scenarioSets.id, setId), eq(scenarioSets.forumId, forumId)));
  if (!set) return undefined;
  const list = await db
    .select(scenarioTextColumns)
    .from(scenarios)
    .where(eq(scenarios.setId, setId))
    .orderBy(asc(scenarios.position));
  const translations = await db
    .select(scenarioTranslationColumns)
    .from(scenarioTranslations)
    .innerJoin(scenarios, eq(scenarios.id, scenarioTranslations.scenarioId))
    .where(eq(scenarios.setId, setId));
  return { set, scenarios: list, translations };
}

type Actor = { forumId: number; userId: number };

/** Replaces a question's translations: a row per language given, none for a language left empty; audited. */
export async function saveQuestionTranslations(
  db: Db,
  actor: Actor,
  questionId: number,
  entries: { locale: Locale; text: QuestionText | null }[],
): Promise<void> {
  const writes = entries.map(({ locale, text }) =>
    text
      ? db
          .insert(questionTranslations)
          .values({ questionId, locale, ...text })
          .onConflictDoUpdate({
            target: [questionTranslations.questionId, questionTranslations.locale],
            set: text,
          })
      : db
          .delete(questionTranslations)
          .where(
            and(eq(questionTranslations.questionId, questionId), eq(questionTranslations.locale, locale)),
          ),
  );
  const locales = entries.filter((e) => e.text).map((e) => e.locale);
  await saveAudited(db, writes, actor, "question", questionId, { locales });
}

/** Replaces the translations of a set's scenarios (one batch, audited). */
export async function saveScenarioTranslations(
  db: Db,
  actor: Actor,
  setId: number,
  entries: { scenarioId: number; locale: Locale; text: ScenarioText | null }[],
): Promise<void> {
  const writes = entries.map(({ scenarioId, locale, text }) =>
    text
      ? db
          .insert(scenarioTranslations)
          .values({ scenarioId, locale, ...text })
          .onConflictDoUpdate({
            target: [scenarioTranslations.scenarioId, scenarioTranslations.locale],
            set: text,
          })
      : db
          .delete(scenarioTranslations)
          .where(
            and(eq(scenarioTranslations.scenarioId, scenarioId), eq(scenarioTranslations.locale, locale)),
          ),
  );
  const count = entries.filter((e) => e.text).length;
  await saveAudited(db, writes, actor, "scenario_set", setId, { count });
}

/** Translation writes and their audit row (`question.translations`, `scenarios.translations`) in one batch. */
async function saveAudited(
  db: Db,
  writes: Statement[],
  actor: Actor,
  targetType: "question" | "scenario_set",
  targetId: number,
  detail: object,
): Promise<void> {
  const action = targetType === "question" ? "question.translations" : "scenarios.translations";
  const entry = { forumId: actor.forumId, actor: actor.userId, action, targetType, targetId, detail };
  await runBatch(db, [...writes, audit(entry)]);
}

/** Every translation of a forum's questions and scenarios (for exports: all versions kept). */
export async function listForumTranslations(db: Db, forumId: number) {
  const q = await db
    .select(questionTranslationColumns)
    .from(questionTranslations)
    .innerJoin(questions, eq(questions.id, questionTranslations.questionId))
    .where(eq(questions.forumId, forumId))
    .orderBy(asc(questionTranslations.questionId), asc(questionTranslations.locale));
  const s = await db
    .select(scenarioTranslationColumns)
    .from(scenarioTranslations)
    .innerJoin(scenarios, eq(scenarios.id, scenarioTranslations.scenarioId))
    .innerJoin(scenarioSets, eq(scenarioSets.id, scenarios.setId))
    .where(eq(scenarioSets.forumId, forumId))
    .orderBy(asc(scenarioTranslations.scenarioId), asc(scenarioTranslations.locale));
  return { questions: q, scenarios: s };
}
