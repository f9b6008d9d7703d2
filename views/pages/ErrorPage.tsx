import { MessagePage } from "../components/MessagePage.js";
import { useI18n } from "../context.js";

export function ErrorPage({ status }: { status: number }) {
  const { t } = useI18n();
  const body =
    status === 404
      ? t("error.notFound")
      : status === 403
        ? t("error.forbidden")
        : status === 401
          ? t("error.unauthorized")
          : status === 409
            ? t("error.conflict")
            : status < 500
              ? t("error.badRequest")
              : t("error.internal");
  return (
    <MessagePage title={status === 404 ? t("error.notFoundTitle") : t("error.title")} body={body}>
      <p>
        <a href="/">{t("error.home")}</a>
      </p>
    </MessagePage>
  );
}
