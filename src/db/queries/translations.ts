import { and, asc, eq, inArray } from "drizzle-orm";
import type { Locale } from "../../i18n/index.js";
import { audit } from "../audit.js";
import { runBatch, type Statement } from "../batch.js";
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

export type QuestionText = { title: string; body: string; resolutionCriteria: string };
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

function pick<T extends { locale: string }>(rows: T[], wanted: string[]): T | undefined {
  for (const l of wanted) {
    const hit = rows.find((r) => r.locale === l);
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
  // The original texts are in the forum's default language (the last one wanted).
  const original = wanted[wanted.length - 1] ?? "en";
  if (list.length === 0) return [];
  const rows = await db
    .select(questionTranslationColumns)
    .from(questionTranslations)
    .innerJoin(roundQuestions, eq(roundQuestions.questionId, questionTranslations.questionId))
    .where(and(eq(roundQuestions.roundId, roundId), inArray(questionTranslations.locale, wanted)));
  return list.map((q) => {
    const t = pick(
      rows.filter((r) => r.questionId === q.id),
      wanted,
    );
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

/** A scenario set's texts in order, translated like questions (one query with the translations). */
export async function listScenarioTextsIn(db: Db, setId: number, wanted: string[]): Promise<ScenarioText[]> {
  const base = await db
    .select(scenarioTextColumns)
    .from(scenarios)
    .where(eq(scenarios.setId, setId))
    .orderBy(asc(scenarios.position));
  if (base.length === 0) return [];
  const rows = await db
    .select(scenarioTranslationColumns)
    .from(scenarioTranslations)
    .innerJoin(scenarios, eq(scenarios.id, scenarioTranslations.scenarioId))
    .where(and(eq(scenarios.setId, setId), inArray(scenarioTranslations.locale, wanted)));
  return base.map((s) => {
    const t = pick(
      rows.filter((r) => r.scenarioId === s.id),
      wanted,
    );
    return t
      ? { title: t.title, narrative: t.narrative || s.narrative, drivers: t.drivers || s.drivers }
      : { title: s.title, narrative: s.narrative, drivers: s.drivers };
  });
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
  const statements: Statement[] = [];
  for (const { locale, text } of entries) {
    statements.push(
      text
        ? db
            .insert(questionTranslations)
            .values({ questionId, locale, ...text })
            .onConflictDoUpdate({
              target: [questionTranslations.questionId, questionTranslations.locale],
              set: { title: text.title, body: text.body, resolutionCriteria: text.resolutionCriteria },
            })
        : db
            .delete(questionTranslations)
            .where(
              and(eq(questionTranslations.questionId, questionId), eq(questionTranslations.locale, locale)),
            ),
    );
  }
  statements.push(
    audit({
      forumId: actor.forumId,
      actor: actor.userId,
      action: "question.translations",
      targetType: "question",
      targetId: questionId,
      detail: { locales: entries.filter((e) => e.text).map((e) => e.locale) },
    }),
  );
  await runBatch(db, statements);
}

/** Replaces the translations of a set's scenarios (one batch, audited). */
export async function saveScenarioTranslations(
  db: Db,
  actor: Actor,
  setId: number,
  entries: { scenarioId: number; locale: Locale; text: ScenarioText | null }[],
): Promise<void> {
  const statements: Statement[] = [];
  for (const { scenarioId, locale, text } of entries) {
    statements.push(
      text
        ? db
            .insert(scenarioTranslations)
            .values({ scenarioId, locale, ...text })
            .onConflictDoUpdate({
              target: [scenarioTranslations.scenarioId, scenarioTranslations.locale],
              set: { title: text.title, narrative: text.narrative, drivers: text.drivers },
            })
        : db
            .delete(scenarioTranslations)
            .where(
              and(eq(scenarioTranslations.scenarioId, scenarioId), eq(scenarioTranslations.locale, locale)),
            ),
    );
  }
  statements.push(
    audit({
      forumId: actor.forumId,
      actor: actor.userId,
      action: "scenarios.translations",
      targetType: "scenario_set",
      targetId: setId,
      detail: { count: entries.filter((e) => e.text).length },
    }),
  );
  await runBatch(db, statements);
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
