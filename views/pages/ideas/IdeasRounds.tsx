import { PROMOTE_KINDS } from "../../../src/domain/ideas.js";
import type { MessageKey } from "../../../src/i18n/index.js";
import { FormErrors, type FormState, RadioChoices, textFields } from "../../components/Field.js";
import { useI18n } from "../../context.js";
import { ForumNav } from "../organiser/ForumNav.js";

export type IdeasRoundsProps = FormState & {
  forumId: number;
  rounds: { number: number; state: string }[];
};

/** The organiser's ideas rounds (links to their review) and the form to create a new one. */
export function IdeasRoundsPage({ forumId, rounds, values, errors }: IdeasRoundsProps) {
  const { t } = useI18n();
  const field = textFields(values, errors);
  const base = `/forums/${forumId}`;
  return (
    <section id="ideas-rounds">
      <h1>{t("org.ideas.newTitle")}</h1>
      <ForumNav forumId={forumId} />
      {rounds.length > 0 && (
        <ul>
          {rounds.map((r) => (
            <li>
              <a href={`${base}/rounds/${r.number}/ideas`}>
                {t("org.ideas.reviewLink", { number: r.number })}
              </a>{" "}
              · {t(`roundState.${r.state}` as MessageKey)}
            </li>
          ))}
        </ul>
      )}
      <p>{t("org.ideas.newIntro")}</p>
      <form method="post" action={`${base}/ideas`} id="new-ideas-round" novalidate>
        <FormErrors errors={errors} />
        {field("prompts", t("org.ideas.prompts"), t("org.ideas.promptsHint"), { rows: 4 })}
        {field("instructions", t("org.ideas.instructions"), undefined, { rows: 2 })}
        <fieldset id="ideas-becomes">
          <legend>{t("org.ideas.becomes")}</legend>
          <p class="hint">{t("org.ideas.becomesHint")}</p>
          <RadioChoices
            name="becomes"
            choices={PROMOTE_KINDS.map((k) => ({ value: k, label: t(`org.review.as.${k}`) }))}
            chosen={values.becomes ?? "proposal"}
          />
        </fieldset>
        <button type="submit" class="primary">
          {t("org.ideas.create")}
        </button>
      </form>
    </section>
  );
}
