import { LOCALES } from "../../src/i18n/index.js";
import { useI18n } from "../context.js";

/**
 * The header's language switcher: a plain form (works without JS) posting to /locale, which remembers the
 * choice in a cookie (and on the user) and returns to `next`. Each language is named in its own language.
 */
export function LanguageSwitcher({ next }: { next: string }) {
  const { t, locale } = useI18n();
  return (
    <form method="post" action="/locale" class="lang-switch">
      <input type="hidden" name="next" value={next} />
      <label for="lang-select" class="visually-hidden">
        {t("lang.label")}
      </label>
      <select id="lang-select" name="locale" autocomplete="off">
        {LOCALES.map((l) => (
          <option value={l} lang={l} selected={l === locale}>
            {t(`lang.name.${l}`)}
          </option>
        ))}
      </select>
      <button type="submit" class="secondary">
        {t("lang.change")}
      </button>
    </form>
  );
}
