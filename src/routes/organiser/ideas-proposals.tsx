import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ProposalsPage } from "../../../views/pages/ideas/Proposals.js";
import {
  createProposal,
  listProposalResults,
  listProposals,
  reviseQuestionText,
} from "../../db/queries/proposals.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { readForm, validateForm } from "../../validation/forms.js";
import { formStrings } from "../../validation/organiser-forms.js";
import { newProposalForm, parseDimensions, reviseProposalForm } from "../../validation/proposals.js";
import { forumPage } from "../crumbs.js";
import { withNotice } from "../notice.js";
import { idParam } from "../params.js";
import { renderPage } from "../render.js";

/** The organiser's proposals (Policy Delphi) and trends: results, creation and revisions. */
export const proposalRoutes = new Hono<ForumEnv>();

async function renderProposals(
  c: Context<ForumEnv>,
  form: { values: Record<string, string>; errors: Record<string, string> },
  refused: { id: number; message: string } | null = null,
  status: ContentfulStatusCode = 200,
) {
  const db = c.get("db");
  const forum = c.get("forum");
  const [proposals, results] = await Promise.all([
    listProposals(db, forum.id),
    listProposalResults(db, forum.id, { includeClosed: true }),
  ]);
  const title = c.get("i18n").t("org.proposals.title");
  return renderPage(
    c,
    forumPage(
      c,
      title,
      <ProposalsPage
        forumId={forum.id}
        proposals={proposals}
        results={results}
        refused={refused}
        {...form}
      />,
    ),
    status,
  );
}

proposalRoutes.get("/proposals", forumAccess("organiser"), (c) =>
  renderProposals(c, { values: {}, errors: {} }),
);

proposalRoutes.post("/proposals", forumAccess("organiser"), async (c) => {
  const body = await readForm(c.req);
  const form = validateForm(newProposalForm, body);
  const errors = form.ok ? {} : { ...form.errors };
  const dimensions = form.ok ? parseDimensions(form.output.dimensions) : null;
  if (form.ok && !dimensions) errors.dimensions = "org.error.dimensions";
  if (!form.ok || !dimensions) return renderProposals(c, { values: formStrings(body), errors }, null, 422);
  await createProposal(
    c.get("db"),
    c.get("forum").id,
    { title: form.output.title, body: form.output.body, config: { kind: "proposal", dimensions } },
    c.get("user")!,
  );
  return c.redirect(withNotice(`/forums/${c.get("forum").id}/proposals`, "proposal-added"), 303);
});

proposalRoutes.post("/proposals/:qid/revise", forumAccess("organiser"), async (c) => {
  const id = idParam(c, "qid", "proposal");
  const body = await readForm(c.req);
  const form = validateForm(reviseProposalForm, body);
  if (!form.ok)
    return renderProposals(
      c,
      { values: {}, errors: {} },
      { id, message: form.errors.title ?? "error.required" },
      422,
    );
  const ok = await reviseQuestionText(c.get("db"), c.get("forum").id, id, form.output, c.get("user")!);
  if (!ok)
    return renderProposals(c, { values: {}, errors: {} }, { id, message: "org.refused.reviseOpen" }, 409);
  return c.redirect(
    withNotice(`/forums/${c.get("forum").id}/proposals#proposal-${id}`, "proposal-revised"),
    303,
  );
});
