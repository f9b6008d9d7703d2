import { MessagePage } from "../components/MessagePage.js";
import { useI18n } from "../context.js";

export function HomePage() {
  const { t } = useI18n();
  return (
    <MessagePage title={t("home.title")} body={t("home.intro")}>
      <p>
        <a class="button primary" href="/signin">
          {t("nav.signIn")}
        </a>
      </p>
    </MessagePage>
  );
}
