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
import { type FormState, forumFormPage } from "../form-page.js";
import { withNotice } from "../notice.js";
import { idParam } from "../params.js";

/** The organiser's proposals (Policy Delphi) and trends: results, creation and revisions. */
export const proposalRoutes = new Hono<ForumEnv>();

/** The proposals with their results, the form for a new one, and a refused revision beside its proposal. */
const renderProposals = forumFormPage(
  "org.proposals.title",
  ({ db, forum }) =>
    Promise.all([listProposals(db, forum.id), listProposalResults(db, forum.id, { includeClosed: true })]),
  ([proposals, results], form: FormState & { refused?: { id: number; message: string } }, { forum }) => (
    <ProposalsPage
      forumId={forum.id}
      proposals={proposals}
      results={results}
      {...form}
      refused={form.refused ?? null}
    />
  ),
);

proposalRoutes.get("/proposals", forumAccess("organiser"), (c) =>
  renderProposals(c, { values: {}, errors: {} }),
);

proposalRoutes.post("/proposals", forumAccess("organiser"), async (c) => {
  const { db, forum, user } = c.var;
  const body = await readForm(c.req);
  const form = validateForm(newProposalForm, body);
  const errors = form.ok ? {} : { ...form.errors };
  const dimensions = form.ok ? parseDimensions(form.output.dimensions) : null;
  if (form.ok && !dimensions) errors.dimensions = "org.error.dimensions";
  if (!form.ok || !dimensions) return renderProposals(c, { values: formStrings(body), errors }, 422);
  const { title, body: text } = form.output;
  await createProposal(db, forum.id, { title, body: text, config: { kind: "proposal", dimensions } }, user!);
  return c.redirect(withNotice(`/forums/${forum.id}/proposals`, "proposal-added"), 303);
});

proposalRoutes.post("/proposals/:qid/revise", forumAccess("organiser"), async (c) => {
  const { db, forum, user } = c.var;
  const id = idParam(c, "qid", "proposal");
  const body = await readForm(c.req);
  const form = validateForm(reviseProposalForm, body);
  // A refusal is shown beside the proposal; the form for a new one stays empty.
  const refuse = (message: string, status: ContentfulStatusCode) =>
    renderProposals(c, { values: {}, errors: {}, refused: { id, message } }, status);
  if (!form.ok) return refuse(form.errors.title ?? "error.required", 422);
  if (!(await reviseQuestionText(db, forum.id, id, form.output, user!)))
    return refuse("org.refused.reviseOpen", 409);
  return c.redirect(withNotice(`/forums/${forum.id}/proposals#proposal-${id}`, "proposal-revised"), 303);
});
