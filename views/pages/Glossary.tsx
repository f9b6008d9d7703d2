import { useI18n } from "../context.js";

/** Every term a results page links here, in reading order (ids are the anchors pages link to). */
export const GLOSSARY_TERMS = [
  "median",
  "middle-half",
  "likely-range",
  "mean",
  "pooled",
  "geo-odds",
  "recency",
  "track-record",
  "extremized",
  "normalised",
  "range",
  "consensus",
  "brier",
  "log-score",
  "peer-score",
  "baseline",
  "calibration",
  "murphy",
  "cooke",
  "decision-maker",
  "calibration-score",
  "information",
  "alpha",
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/** The glossary: each technical term in plain words, one anchor per term. Public (shared pages link here). */
export function GlossaryPage() {
  const { t } = useI18n();
  return (
    <article class="glossary" id="glossary">
      <h1>{t("glossary.title")}</h1>
      <p>{t("glossary.intro")}</p>
      <dl>
        {GLOSSARY_TERMS.map((id) => (
          <>
            <dt id={id}>{t(`glossary.${id}.term`)}</dt>
            <dd>{t(`glossary.${id}.def`)}</dd>
          </>
        ))}
      </dl>
    </article>
  );
}
