import { common } from "./en/common.js";
import { deliberation } from "./en/deliberation.js";
import { expert } from "./en/expert.js";
import { organiser } from "./en/organiser.js";

/** The reference catalogue: every other language has exactly these keys. */
export const en = { ...common, ...organiser, ...expert, ...deliberation } as const;
export type MessageKey = keyof typeof en;
