import { useI18n } from "../../context.js";

/** The forum's feedback option on the organiser's overview: require a reason outside last round's IQR. */
export function FeedbackSettingsForm({
  forumId,
  requireReasonOutsideIqr,
  saved,
}: {
  forumId: number;
  requireReasonOutsideIqr: boolean;
  saved?: boolean;
}) {
  const { t } = useI18n();
  return (
    <form method="post" action={`/forums/${forumId}/settings/feedback`} id="feedback-settings">
      <h2>{t("org.settings.title")}</h2>
      {saved && (
        <p class="notice" role="status">
          {t("org.settings.saved")}
        </p>
      )}
      <input type="hidden" name="present" value="1" />
      <label class="choice">
        <input type="checkbox" name="requireReasonOutsideIqr" value="1" checked={requireReasonOutsideIqr} />{" "}
        {t("org.settings.requireReason")}
      </label>
      <button type="submit">{t("org.settings.save")}</button>
    </form>
  );
}
