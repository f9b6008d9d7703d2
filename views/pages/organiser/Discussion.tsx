import { useI18n } from "../../context.js";
import { Thread, type ThreadProps } from "../../partials/Thread.js";

/** The organisers' moderation view of one question's discussion in one round. */
export function DiscussionModerationPage(
  p: ThreadProps & { questionTitle: string; roundNumber: number; anonymity: "quasi" | "strict" },
) {
  const { t } = useI18n();
  return (
    <section class="moderation" id="moderation">
      <h1>{t("discussion.orgTitle", { question: p.questionTitle, round: p.roundNumber })}</h1>
      <p class="hint">{t(`discussion.orgIntro.${p.anonymity}`)}</p>
      <Thread {...p} />
    </section>
  );
}
