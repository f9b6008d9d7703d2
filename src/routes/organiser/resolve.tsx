import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ResolutionsPage } from "../../../views/pages/scores/Resolutions.js";
import { ResolvePage, type ResolveValues } from "../../../views/pages/scores/Resolve.js";
import { loadForumCooke } from "../../db/queries/cooke.js";
import {
  closeForum,
  findForumQuestion,
  listResolutionHistory,
  type Outcome,
  RESOLVABLE_KINDS,
  type ResolvableQuestion,
  resolveQuestion,
  setSeed,
} from "../../db/queries/resolutions.js";
import { loadForumScoring } from "../../db/queries/scores.js";
import { writeExcalibur } from "../../domain/cooke/index.js";
import { QUANTITY_LIMIT } from "../../domain/finite.js";
import { AppError } from "../../errors.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { type FieldErrors, readForm } from "../../validation/forms.js";
import { isConfirmed, renderConfirm } from "../confirm.js";
import { renderForumPage } from "../crumbs.js";
import { withNotice } from "../notice.js";
import { idParam } from "../params.js";

/** Resolution of questions, seed questions, closing the forum and the EXCALIBUR export (organisers). */
export const resolveRoutes = new Hono<ForumEnv>();

resolveRoutes.get("/resolutions", forumAccess("organiser"), async (c) => {
  const { db, forum, i18n } = c.var;
  const { questions, resolutions } = await loadForumScoring(db, forum.id);
  const hasQuantities = questions.some((q) => q.kind === "quantity");
  return renderForumPage(
    c,
    i18n.t("res.index.title"),
    <ResolutionsPage forum={forum} {...{ questions, resolutions, hasQuantities }} />,
  );
});

async function resolvable(c: Context<ForumEnv>): Promise<ResolvableQuestion> {
  const { db, forum } = c.var;
  const question = await findForumQuestion(db, forum.id, idParam(c, "qid", "question"));
  if (!question || !RESOLVABLE_KINDS.includes(question.kind))
    throw new AppError("not_found", "no resolvable question with this id");
  return question;
}

async function renderResolve(
  c: Context<ForumEnv>,
  question: ResolvableQuestion,
  values: ResolveValues,
  errors: FieldErrors,
  status: ContentfulStatusCode = 200,
) {
  const { db, forum, i18n } = c.var;
  const history = await listResolutionHistory(db, question.id);
  return renderForumPage(
    c,
    i18n.t("res.title", { title: question.title }),
    <ResolvePage forumId={forum.id} {...{ question, history, values, errors }} />,
    status,
  );
}

resolveRoutes.get("/questions/:qid/resolve", forumAccess("organiser"), async (c) =>
  renderResolve(c, await resolvable(c), {}, {}),
);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the resolve form: the outcome for the question's kind, a real date and a source note. */
export function validateResolution(
  question: ResolvableQuestion,
  body: Record<string, unknown>,
):
  | { ok: true; output: { outcome: Outcome; resolvedOn: string; sourceNote: string } }
  | { ok: false; errors: FieldErrors } {
  const str = (k: string) => (typeof body[k] === "string" ? (body[k] as string).trim() : "");
  const errors: FieldErrors = {};
  const choice = str("outcome");
  let outcome: Outcome | null = null;
  const config = question.config;
  if (choice === "annulled") outcome = { annulled: true };
  else if (config.kind === "binary" && (choice === "yes" || choice === "no"))
    outcome = { outcome: choice === "yes" ? 1 : 0 };
  else if (config.kind === "allocation" && /^s\d+$/.test(choice)) {
    const i = Number(choice.slice(1));
    if (i < config.scenarios.length) outcome = { scenarioIndex: i };
  } else if (config.kind === "quantity" && (choice === "value" || choice === "")) {
    const raw = str("value").replace(",", ".");
    const v = raw === "" ? Number.NaN : Number(raw);
    if (Number.isFinite(v) && Math.abs(v) > QUANTITY_LIMIT) errors.value = "error.quantityRange";
    else if (Number.isFinite(v)) outcome = { value: v };
    else errors.value = "res.error.value";
  }
  if (!outcome && !errors.value) errors.outcome = "res.error.outcome";
  const resolvedOn = str("resolvedOn");
  const parsed = DATE.test(resolvedOn) ? new Date(`${resolvedOn}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== resolvedOn)
    errors.resolvedOn = "res.error.date";
  const sourceNote = str("sourceNote");
  if (sourceNote === "" || sourceNote.length > 2000) errors.sourceNote = "res.error.note";
  if (Object.keys(errors).length > 0 || !outcome) return { ok: false, errors };
  return { ok: true, output: { outcome, resolvedOn, sourceNote } };
}

resolveRoutes.post("/questions/:qid/resolve", forumAccess("organiser"), async (c) => {
  const question = await resolvable(c);
  const body = await readForm(c.req);
  const form = validateResolution(question, body);
  if (!form.ok) {
    const values = Object.fromEntries(
      Object.entries(body).filter(([, v]) => typeof v === "string"),
    ) as ResolveValues;
    return renderResolve(c, question, values, form.errors, 422);
  }
  const { db, forum, user } = c.var;
  await resolveQuestion(db, { forumId: forum.id, questionId: question.id }, form.output, user!);
  return c.redirect(
    withNotice(`/forums/${forum.id}/questions/${question.id}/resolve`, "resolution-saved"),
    303,
  );
});

resolveRoutes.post("/questions/:qid/seed", forumAccess("organiser"), async (c) => {
  const question = await resolvable(c);
  if (question.kind !== "quantity") throw new AppError("not_found", "only quantity questions can be seeds");
  const body = await readForm(c.req);
  const { db, forum, user } = c.var;
  await setSeed(db, forum.id, question.id, body.isSeed === "1", user!);
  return c.redirect(withNotice(`/forums/${forum.id}/questions/${question.id}/resolve`, "seed-saved"), 303);
});

resolveRoutes.post("/close", forumAccess("organiser"), async (c) => {
  const { db, forum, i18n, user } = c.var;
  if (!forum.closedAt && !(await isConfirmed(c))) {
    const { t } = i18n;
    return renderConfirm(c, {
      id: "confirm-close-forum",
      title: t("confirm.closeForum.title", { forum: forum.title }),
      happens: [t("confirm.closeForum.readOnly"), t("confirm.closeForum.seeds")],
      irreversible: t("confirm.closeForum.irreversible"),
      action: `/forums/${forum.id}/close`,
      button: t("confirm.closeForum.button"),
      cancel: `/forums/${forum.id}/resolutions`,
    });
  }
  await closeForum(db, forum.id, user!);
  return c.redirect(withNotice(`/forums/${forum.id}/resolutions`, "forum-closed"), 303);
});

resolveRoutes.get("/export/:file{excalibur\\.(dtt|rls)}", forumAccess("organiser"), async (c) => {
  const { db, forum } = c.var;
  const study = await loadForumCooke(db, forum.id);
  if (!study) throw new AppError("not_found", "no quantity question has answers");
  const ext = c.req.param("file").endsWith("dtt") ? "dtt" : "rls";
  let files: { dtt: string; rls: string };
  try {
    files = writeExcalibur(study.input);
  } catch (error) {
    if (error instanceof RangeError) throw new AppError("invalid", error.message);
    throw error;
  }
  c.header("Content-Type", "text/plain; charset=utf-8");
  c.header("Content-Disposition", `attachment; filename="forum-${forum.id}.${ext}"`);
  return c.body(files[ext]);
});
