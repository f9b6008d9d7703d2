import { useI18n } from "../context.js";

export function HomePage() {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("home.title")}</h1>
      <p>{t("home.intro")}</p>
      <p>
        <a class="button primary" href="/signin">
          {t("nav.signIn")}
        </a>
      </p>
    </section>
  );
}
