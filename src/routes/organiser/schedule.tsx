import { Hono } from "hono";
import { RefusedPage } from "../../../views/pages/organiser/Refused.js";
import { setRoundSchedule } from "../../db/queries/schedule.js";
import { type ForumEnv, forumAccess } from "../../middleware/forum-access.js";
import { readForm } from "../../validation/forms.js";
import { validateSchedule } from "../../validation/schedule.js";
import { withNotice } from "../notice.js";
import { roundParam } from "../params.js";
import { renderPage } from "../render.js";
import { renderOverview } from "./overview.js";

/**
 * POST /forums/:id/rounds/:n/schedule: opening and closing times typed in the organiser's time zone
 * (users.time_zone), stored in UTC. A draft round takes both; an open round only its closing time;
 * a closed round is refused (409). The Cron Trigger (src/scheduled.ts) acts on them.
 */
export const scheduleRoutes = new Hono<ForumEnv>();

scheduleRoutes.post("/rounds/:n/schedule", forumAccess("organiser"), async (c) => {
  const forum = c.get("forum");
  const round = await roundParam(c);
  const { t } = c.get("i18n");
  const refuse = () =>
    renderPage(
      c,
      {
        title: t("org.refused.title"),
        body: (
          <RefusedPage
            reason="ops.schedule.refused"
            params={{ number: round.number, state: t(`org.round.state.${round.state}`) }}
            back={`/forums/${forum.id}`}
          />
        ),
      },
      409,
    );
  if (round.state !== "draft" && round.state !== "open") return refuse();
  const body = await readForm(c.req);
  const form = validateSchedule(body, c.get("i18n").timeZone);
  if (!form.ok) {
    const values = { opensAt: String(body.opensAt ?? ""), closesAt: String(body.closesAt ?? "") };
    return renderOverview(
      c,
      { values: {}, errors: {}, schedule: { number: round.number, values, errors: form.errors } },
      422,
    );
  }
  if (!(await setRoundSchedule(c.get("db"), forum.id, round, form.output, c.get("user")!))) return refuse();
  return c.redirect(withNotice(`/forums/${forum.id}#round-${round.number}`, "schedule-saved"), 303);
});
