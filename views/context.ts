import { createContext, useContext } from "hono/jsx";
import { createI18n, type I18n } from "../src/i18n/index.js";

/** The reader's translator and formatters, provided once per response by `render` in src/routes/render.tsx. */
export const I18nContext = createContext<I18n>(createI18n("en"));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
