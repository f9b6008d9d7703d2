import type { Context } from "hono";
import { Hono } from "hono";
import { csvRow } from "../csv.js";
import { buildForumExport, findRoundResults } from "../db/queries/export.js";
import type { AnswerValue } from "../domain/questions.js";
import type { ForumExport, RoundResults } from "../domain/results.js";
import { CLOSED_STATES, isClosed } from "../domain/rounds.js";
import { pooledValue, shownValues } from "../domain/snapshot.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";

/**
 * Organiser downloads: GET /forums/:forumId/export.json (the API export), /export/answers.csv
 * (anonymised answers: pseudonyms only) and /export/results.csv (every closed or published round's
 * frozen statistics, one row per question, or per scenario of an allocation).
 */
export const exportRoutes = new Hono<ForumEnv>();

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "forum";

function download(c: Context<ForumEnv>, body: string, type: string, name: string) {
  c.header("Content-Type", type);
  c.header("Content-Disposition", `attachment; filename="${name}"`);
  c.header("Cache-Control", "no-store");
  return c.body(body);
}

type Cell = string | number | null;

/**
 * The answers CSV's value columns. Scalar answers (binary, rating) are in `value`; the others get a
 * column per component, headed by its label, so a spreadsheet reads them without splitting text:
 * one `P(<scenario>)` column per scenario of every allocation question (a scenario shared by several
 * questions is one column; equal titles of different scenarios carry the scenario's id), `q05`,
 * `q50`, `q95` for quantities, and one `rank: <option>` column per ranking option.
 */
function answerColumns(questions: ForumExport["questions"]) {
  const headers: string[] = [];
  const index = new Map<string, number>();
  const add = (key: string, header: string) => {
    if (index.has(key)) return;
    index.set(key, headers.length);
    headers.push(header);
  };
  const scenarioIds = new Map<string, Set<number>>();
  for (const q of questions)
    if (q.config.kind === "allocation")
      for (const sc of q.config.scenarios) {
        const ids = scenarioIds.get(sc.title) ?? new Set<number>();
        ids.add(sc.id);
        scenarioIds.set(sc.title, ids);
      }
  for (const q of questions) {
    const config = q.config;
    if (config.kind === "allocation")
      for (const sc of config.scenarios)
        add(
          `s${sc.id}`,
          (scenarioIds.get(sc.title)?.size ?? 1) > 1 ? `P(${sc.title}) [#${sc.id}]` : `P(${sc.title})`,
        );
    if (config.kind === "quantity") for (const level of ["q05", "q50", "q95"]) add(level, level);
    if (config.kind === "ranking") for (const o of config.options) add(`r:${o}`, `rank: ${o}`);
  }
  const configs = new Map(questions.map((q) => [q.id, q.config]));
  /** The `value` cell and the component cells of one answer. */
  const cells = (questionId: number, v: AnswerValue): { value: Cell; parts: Cell[] } => {
    const parts: Cell[] = headers.map(() => null);
    const put = (key: string, x: number) => {
      const i = index.get(key);
      if (i !== undefined) parts[i] = x;
    };
    const config = configs.get(questionId);
    switch (v.kind) {
      case "binary":
        return { value: v.p, parts };
      case "rating":
        return { value: v.r, parts };
      case "allocation":
        if (config?.kind === "allocation")
          for (const [i, sc] of config.scenarios.entries()) put(`s${sc.id}`, v.p[i]!);
        return { value: null, parts };
      case "quantity":
        for (const [i, key] of ["q05", "q50", "q95"].entries()) put(key, v.q[i]!);
        return { value: null, parts };
      case "ranking":
        if (config?.kind === "ranking")
          for (const [i, o] of config.options.entries()) put(`r:${o}`, v.ranks[i]!);
        return { value: null, parts };
      default:
        return { value: JSON.stringify(v), parts };
    }
  };
  return { headers, cells };
}

exportRoutes.get("/export.json", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const data = await buildForumExport(c.get("db"), forum);
  return download(
    c,
    JSON.stringify(data, null, 2),
    "application/json; charset=utf-8",
    `${slug(forum.title)}-export.json`,
  );
});

exportRoutes.get("/export/answers.csv", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const data = await buildForumExport(c.get("db"), forum);
  const titles = new Map(data.questions.map((q) => [q.id, q]));
  const columns = answerColumns(data.questions);
  const lines = [
    csvRow([
      "round",
      "question_id",
      "question",
      "kind",
      "pseudonym",
      "institution",
      "country",
      "submitted_at",
      "value",
      ...columns.headers,
      "rationale",
    ]),
  ];
  for (const r of data.rounds)
    for (const a of r.answers) {
      const q = titles.get(a.questionId);
      const { value, parts } = columns.cells(a.questionId, a.value);
      lines.push(
        csvRow([
          r.number,
          a.questionId,
          q?.title ?? "",
          q?.kind ?? "",
          a.pseudonym,
          a.institution,
          a.country,
          a.time,
          value,
          ...parts,
          a.rationale,
        ]),
      );
    }
  return download(
    c,
    `${lines.join("\r\n")}\r\n`,
    "text/csv; charset=utf-8",
    `${slug(forum.title)}-answers.csv`,
  );
});

exportRoutes.get("/export/results.csv", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const db = c.get("db");
  const data = await buildForumExport(db, forum);
  const all: RoundResults[] = [];
  for (const r of data.rounds) {
    if (!isClosed(r.state)) continue;
    const res = await findRoundResults(db, forum, r.number, {
      states: CLOSED_STATES,
      view: { responses: false, subgroups: true },
    });
    if (res) all.push(res);
  }
  const methods = ["median", "geo-odds", "mean", "recency-median"] as const;
  const lines = [
    csvRow([
      "round",
      "state",
      "question_id",
      "question",
      "kind",
      "option",
      "n",
      "eligible",
      "response_rate",
      "median",
      "q1",
      "q3",
      "iqr",
      "mean",
      "consensus_met",
      ...methods.map((m) => `pooled_${m}`),
    ]),
  ];
  for (const res of all)
    for (const q of res.questions) {
      const s = q.snapshot;
      const base = [res.round.number, res.round.state, q.id, q.title, q.kind];
      const tail = (sum: typeof s.summary) => [sum?.median, sum?.q1, sum?.q3, sum?.iqr, sum?.mean];
      if (s.perOption) {
        s.perOption.forEach((o, i) => {
          // Scenario shares as readers see them: each method's pooled allocation adds up to 1.
          const pooled = methods.map((m) => shownValues(s, m)?.[i]);
          lines.push(
            csvRow([
              ...base,
              o.label,
              s.n,
              s.eligible,
              s.responseRate,
              ...tail(o.summary),
              s.consensus.met,
              ...pooled,
            ]),
          );
        });
      } else {
        const pooled = methods.map((m) => pooledValue(s, m)?.[0]);
        lines.push(
          csvRow([
            ...base,
            "",
            s.n,
            s.eligible,
            s.responseRate,
            ...tail(s.summary),
            s.consensus.met,
            ...pooled,
          ]),
        );
      }
    }
  return download(
    c,
    `${lines.join("\r\n")}\r\n`,
    "text/csv; charset=utf-8",
    `${slug(forum.title)}-results.csv`,
  );
});
