import * as v from "valibot";
import { requiredText, text } from "./forms.js";

export const newForumForm = v.object({
  title: requiredText(200),
  description: text(4000),
  anonymity: v.optional(v.picklist(["quasi", "strict"], "error.choice"), "quasi"),
  mode: v.optional(v.picklist(["rounds", "realtime"], "error.choice"), "rounds"),
  requireReasonOutsideIqr: v.pipe(
    v.optional(v.string(), ""),
    v.transform((s) => s === "on"),
  ),
});
