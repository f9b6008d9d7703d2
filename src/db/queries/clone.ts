import { sql } from "drizzle-orm";
import { type Actor, audit } from "../audit.js";
import { runBatch, runOne } from "../batch.js";
import type { Db } from "../client.js";
import { newPseudonym } from "./pseudonyms.js";

const all = async (db: Db, q: ReturnType<typeof sql>) =>
  (await runOne(db, q)).results as Record<string, unknown>[];

/**
 * Clones a forum as a template: the forum's settings, scenario sets, scenarios, questions (current
 * wording, version 1; allocation questions pointed at the cloned scenarios) and their translations,
 * with the cloning organiser as the only member, no rounds, answers, resolutions or audit history;
 * `template_of` names the source. ONE batch: the new rows get explicit ids (one more than each table's
 * largest), so questions can name cloned scenario ids; a concurrent insert taking one of those ids
 * makes the batch fail whole, and it is retried with fresh ids. Audited in both forums.
 */
export async function cloneForum(db: Db, sourceId: number, newTitle: string, actor: Actor): Promise<number> {
  const [forum] = await all(db, sql`SELECT * FROM forums WHERE id = ${sourceId}`);
  if (!forum) throw new Error("no such forum");
  const sets = await all(
    db,
    sql`SELECT id, title FROM scenario_sets WHERE forum_id = ${sourceId} ORDER BY id`,
  );
  const scenarios = await all(
    db,
    sql`SELECT s.* FROM scenarios s JOIN scenario_sets ss ON ss.id = s.set_id WHERE ss.forum_id = ${sourceId} ORDER BY s.id`,
  );
  const scenarioTr = await all(
    db,
    sql`SELECT t.* FROM scenario_translations t JOIN scenarios s ON s.id = t.scenario_id
      JOIN scenario_sets ss ON ss.id = s.set_id WHERE ss.forum_id = ${sourceId}`,
  );
  const questions = await all(db, sql`SELECT * FROM questions WHERE forum_id = ${sourceId} ORDER BY id`);
  const questionTr = await all(
    db,
    sql`SELECT t.* FROM question_translations t JOIN questions q ON q.id = t.question_id WHERE q.forum_id = ${sourceId}`,
  );
  for (let attempt = 0; ; attempt++) {
    const [max] = await all(
      db,
      sql`SELECT (SELECT coalesce(max(id), 0) FROM forums) AS f, (SELECT coalesce(max(id), 0) FROM scenario_sets) AS ss,
        (SELECT coalesce(max(id), 0) FROM scenarios) AS s, (SELECT coalesce(max(id), 0) FROM questions) AS q`,
    );
    const forumId = Number(max!.f) + 1;
    const setIds = new Map(sets.map((s, i) => [Number(s.id), Number(max!.ss) + 1 + i]));
    const scenarioIds = new Map(scenarios.map((s, i) => [Number(s.id), Number(max!.s) + 1 + i]));
    const questionIds = new Map(questions.map((q, i) => [Number(q.id), Number(max!.q) + 1 + i]));
    const remap = (config: unknown): unknown => {
      const c = typeof config === "string" ? JSON.parse(config) : config;
      if (c && typeof c === "object" && "scenarioSetId" in c) {
        const a = c as { scenarioSetId: number; scenarios?: { id: number; title: string }[] };
        return {
          ...a,
          scenarioSetId: setIds.get(a.scenarioSetId) ?? a.scenarioSetId,
          scenarios: a.scenarios?.map((s) => ({ ...s, id: scenarioIds.get(s.id) ?? s.id })),
        };
      }
      return c;
    };
    const f = forum;
    try {
      await runBatch(db, [
        sql`INSERT INTO forums (id, title, description, anonymity, mode, default_locale, min_group_size,
            require_reason_outside_iqr, reminder_days, sender_name, consent_text, retention_days, min_respondents,
            min_response_rate, default_method, template_of, created_by)
          VALUES (${forumId}, ${newTitle}, ${f.description}, ${f.anonymity}, ${f.mode}, ${f.default_locale},
            ${f.min_group_size}, ${f.require_reason_outside_iqr}, ${f.reminder_days}, ${f.sender_name},
            ${f.consent_text}, ${f.retention_days}, ${f.min_respondents}, ${f.min_response_rate}, ${f.default_method},
            ${sourceId}, ${actor.id})`,
        sql`INSERT INTO members (forum_id, user_id, role, pseudonym, status, joined_at)
          VALUES (${forumId}, ${actor.id}, 'organiser', ${newPseudonym()}, 'active', ${new Date().toISOString()})`,
        ...sets.map(
          (s) =>
            sql`INSERT INTO scenario_sets (id, forum_id, title) VALUES (${setIds.get(Number(s.id))}, ${forumId}, ${s.title})`,
        ),
        ...scenarios.map(
          (s) => sql`INSERT INTO scenarios (id, set_id, position, title, narrative, drivers)
            VALUES (${scenarioIds.get(Number(s.id))}, ${setIds.get(Number(s.set_id))}, ${s.position}, ${s.title}, ${s.narrative}, ${s.drivers})`,
        ),
        ...scenarioTr.map(
          (t) => sql`INSERT INTO scenario_translations (scenario_id, locale, title, narrative, drivers)
            VALUES (${scenarioIds.get(Number(t.scenario_id))}, ${t.locale}, ${t.title}, ${t.narrative}, ${t.drivers})`,
        ),
        ...questions.map(
          (
            q,
          ) => sql`INSERT INTO questions (id, forum_id, kind, title, body, resolution_criteria, config, consensus_rule, position, is_seed)
            VALUES (${questionIds.get(Number(q.id))}, ${forumId}, ${q.kind}, ${q.title}, ${q.body}, ${q.resolution_criteria},
              ${JSON.stringify(remap(q.config))}, ${q.consensus_rule}, ${q.position}, ${q.is_seed})`,
        ),
        ...questionTr.map(
          (t) => sql`INSERT INTO question_translations (question_id, locale, title, body, resolution_criteria)
            VALUES (${questionIds.get(Number(t.question_id))}, ${t.locale}, ${t.title}, ${t.body}, ${t.resolution_criteria})`,
        ),
        audit({
          forumId: sourceId,
          actor: actor.id,
          action: "forum.clone",
          targetType: "forum",
          targetId: forumId,
          detail: { to: forumId },
        }),
        audit({
          forumId,
          actor: actor.id,
          action: "forum.create",
          targetType: "forum",
          targetId: forumId,
          detail: { templateOf: sourceId, questions: questions.length, scenarios: scenarios.length },
        }),
      ]);
      return forumId;
    } catch (err) {
      if (attempt < 3 && /UNIQUE|PRIMARY/i.test(String((err as Error)?.message ?? err))) continue;
      throw err;
    }
  }
}
