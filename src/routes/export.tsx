import type { Context } from "hono";
import { Hono } from "hono";
import { buildForumExport, findRoundResults } from "../db/queries/export.js";
import type { AnswerValue } from "../domain/questions.js";
import type { RoundResults } from "../domain/results.js";
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

/** One CSV cell: quoted, quotes doubled; text that a spreadsheet would run as a formula is defused. */
export function csvCell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "string") return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}
export const csvRow = (cells: (string | number | boolean | null | undefined)[]) =>
  cells.map(csvCell).join(",");

function answerText(v: AnswerValue): string {
  switch (v.kind) {
    case "binary":
      return String(v.p);
    case "allocation":
      return v.p.join(";");
    case "quantity":
      return v.q.join(";");
    case "rating":
      return String(v.r);
    case "ranking":
      return v.ranks.join(";");
    default:
      return JSON.stringify(v);
  }
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
      "rationale",
    ]),
  ];
  for (const r of data.rounds)
    for (const a of r.answers) {
      const q = titles.get(a.questionId);
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
          answerText(a.value),
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
    if (r.state !== "closed" && r.state !== "published") continue;
    const res = await findRoundResults(db, forum, r.number, {
      states: ["closed", "published"],
      withResponses: false,
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
          const pooled = methods.map((m) => {
            if (m === "median") return o.summary?.median;
            const v = s.pooled[m === "geo-odds" ? "geo-pool" : m];
            return Array.isArray(v) ? v[i] : undefined;
          });
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
        const pooled = methods.map((m) => {
          const v = s.pooled[m];
          return typeof v === "number" ? v : undefined;
        });
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
