import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type * as v from "valibot";
import { ExpertIdeasPage } from "../../views/pages/ideas/ExpertIdeas.js";
import { MyIdeasPage } from "../../views/pages/ideas/MyIdeas.js";
import {
  listMyIdeas,
  listPeerIdeas,
  listPrompts,
  rateIdea,
  submitIdea,
  updateMyIdea,
} from "../db/queries/ideas.js";
import type { RoundRow } from "../db/queries/rounds.js";
import type { MessageKey } from "../i18n/index.js";
import { type ForumEnv, forumAccess } from "../middleware/forum-access.js";
import { readForm, validateForm } from "../validation/forms.js";
import { ideaEditForm, ideaForm, rateForm } from "../validation/ideas.js";
import { renderForumPage } from "./crumbs.js";
import { ideasRoundParam, organiserIdeasRoutes, renderReview } from "./organiser/ideas.js";
import { proposalRoutes } from "./organiser/ideas-proposals.js";
import { idParam } from "./params.js";

/**
 * Ideas rounds (round 0) for experts, and the organiser's ideas and proposal pages. Mounted before the
 * answering routes: /rounds/:n/ideas serves organisers (review) and experts (their items) alike.
 */
export const ideasRoutes = new Hono<ForumEnv>();

ideasRoutes.route("/", organiserIdeasRoutes);
ideasRoutes.route("/", proposalRoutes);

async function renderExpertIdeas(
  c: Context<ForumEnv>,
  round: RoundRow,
  extra: {
    failed?: Parameters<typeof ExpertIdeasPage>[0]["failed"];
    saved?: boolean;
    rated?: boolean;
    rateError?: { ideaId: number; message: MessageKey };
  } = {},
  status: ContentfulStatusCode = 200,
) {
  const db = c.get("db");
  const forum = c.get("forum");
  const [prompts, mine, peers] = await Promise.all([
    listPrompts(db, round.id),
    listMyIdeas(db, forum.id, c.get("member").id, round.id),
    listPeerIdeas(db, round.id, c.get("member").id),
  ]);
  const { t } = c.get("i18n");
  return renderForumPage(
    c,
    t("ideas.title", { number: round.number }),
    <ExpertIdeasPage
      forumId={forum.id}
      anonymity={forum.anonymity}
      round={round}
      prompts={prompts}
      mine={mine}
      failed={extra.failed ?? null}
      saved={extra.saved ?? false}
      peers={round.state === "open" || round.state === "closed" ? peers : []}
      rated={extra.rated ?? false}
      rateError={extra.rateError ?? null}
    />,
    status,
  );
}

ideasRoutes.get("/rounds/:n/ideas", forumAccess("organiser", "expert"), async (c) => {
  const round = await ideasRoundParam(c);
  if (c.get("member").role === "organiser") return renderReview(c, round);
  if (round.state === "draft") return c.notFound();
  return renderExpertIdeas(c, round, {
    saved: c.req.query("saved") === "1",
    rated: c.req.query("rated") === "1",
  });
});

/** An expert rates another expert's undecided item (1–5); 422 with the page for a bad value, 409 if no longer rateable. */
ideasRoutes.post("/rounds/:n/ideas/:ideaId/rate", forumAccess("expert"), async (c) => {
  const round = await ideasRoundParam(c);
  const ideaId = idParam(c, "ideaId", "item");
  const form = validateForm(rateForm, await readForm(c.req));
  if (!form.ok)
    return renderExpertIdeas(c, round, { rateError: { ideaId, message: "ideas.rate.error" } }, 422);
  const done = await rateIdea(c.get("db"), {
    roundId: round.id,
    ideaId,
    memberId: c.get("member").id,
    value: form.output.value,
  });
  if (!done)
    return renderExpertIdeas(c, round, { rateError: { ideaId, message: "ideas.rate.refused" } }, 409);
  return c.redirect(
    `/forums/${c.get("forum").id}/rounds/${round.number}/ideas?rated=1#peer-idea-${ideaId}`,
    303,
  );
});

/**
 * An expert's idea, new or edited: the form is checked (422 with the item's fields kept and a message
 * per field), then `write` stores it; false means the round no longer takes items (409).
 */
async function saveIdea<S extends typeof ideaForm | typeof ideaEditForm>(
  c: Context<ForumEnv>,
  schema: S,
  write: (round: RoundRow, output: v.InferOutput<S>) => Promise<boolean>,
  anchor: (output: v.InferOutput<S>) => string,
) {
  const round = await ideasRoundParam(c);
  const body = await readForm(c.req);
  const form = validateForm(schema, body);
  const values = { title: String(body.title ?? ""), explanation: String(body.explanation ?? "") };
  if (!form.ok)
    return renderExpertIdeas(
      c,
      round,
      { failed: { questionId: Number(body.questionId), values, errors: form.errors } },
      422,
    );
  if (!(await write(round, form.output))) return renderExpertIdeas(c, round, {}, 409);
  return c.redirect(
    `/forums/${c.get("forum").id}/rounds/${round.number}/ideas?saved=1${anchor(form.output)}`,
    303,
  );
}

ideasRoutes.post("/rounds/:n/ideas", forumAccess("expert"), (c) =>
  saveIdea(
    c,
    ideaForm,
    (round, output) =>
      submitIdea(c.get("db"), {
        forumId: c.get("forum").id,
        roundId: round.id,
        memberId: c.get("member").id,
        ...output,
      }),
    (output) => `#prompt-${output.questionId}`,
  ),
);

ideasRoutes.post("/rounds/:n/ideas/:ideaId", forumAccess("expert"), (c) =>
  saveIdea(
    c,
    ideaEditForm,
    (round, output) =>
      updateMyIdea(c.get("db"), {
        ideaId: idParam(c, "ideaId", "item"),
        roundId: round.id,
        memberId: c.get("member").id,
        ...output,
      }),
    () => "",
  ),
);

ideasRoutes.get("/my-ideas", forumAccess("expert"), async (c) => {
  const forum = c.get("forum");
  const items = await listMyIdeas(c.get("db"), forum.id, c.get("member").id);
  const { t } = c.get("i18n");
  return renderForumPage(c, t("myIdeas.title"), <MyIdeasPage items={items} />);
});
