import type { MessageKey } from "../../../src/i18n/index.js";
import { useI18n } from "../../context.js";

/** Why a round transition or panel action was refused (409), and the way back. */
export function RefusedPage({
  reason,
  params,
  back,
}: {
  reason: MessageKey;
  params?: Record<string, string | number>;
  back: string;
}) {
  const { t } = useI18n();
  return (
    <section class="narrow" id="refused">
      <h1>{t("org.refused.title")}</h1>
      <p class="reason">{t(reason, params)}</p>
      <p>
        <a href={back}>{t("org.refused.back")}</a>
      </p>
    </section>
  );
}
