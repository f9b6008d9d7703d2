import type { security as en } from "../en/security.js";

/** Russian: refusals from the abuse limits. */
export const security = {
  "limit.title": "Слишком много попыток",
  "limit.signin":
    "С этого устройства или для этого адреса поступило слишком много запросов на вход. Подождите {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}} и попробуйте ещё раз.",
  "limit.link":
    "С этого устройства было опробовано слишком много недействительных ссылок для входа. Подождите {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}} и попробуйте ещё раз.",
} satisfies Record<keyof typeof en, string>;
