import { useI18n } from "../context.js";

/**
 * A question as an expert reads it: title, explanation and resolution criteria. The expert's question
 * page and the organiser's preview of a question not yet saved show it through this one component.
 */
export function QuestionText({
  title,
  body,
  resolutionCriteria,
  contentLocale,
  preview = false,
}: {
  title: string;
  body: string;
  resolutionCriteria: string;
  contentLocale?: string;
  /** Inside the organiser's page: the title is a sub-heading, not the page's h1. */
  preview?: boolean;
}) {
  const { t } = useI18n();
  const Title = preview ? "h3" : "h1";
  const Criteria = preview ? "h4" : "h2";
  return (
    <>
      <Title hx-disable lang={contentLocale}>
        {title}
      </Title>
      {body && (
        <p class="question-body" hx-disable lang={contentLocale}>
          {body}
        </p>
      )}
      {resolutionCriteria && (
        <div class="criteria">
          <Criteria>{t("question.criteria")}</Criteria>
          <p hx-disable lang={contentLocale}>
            {resolutionCriteria}
          </p>
        </div>
      )}
    </>
  );
}
