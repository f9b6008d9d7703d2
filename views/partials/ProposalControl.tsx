import type { ProposalConfig } from "../../src/domain/proposals.js";
import type { FormState } from "../components/Field.js";
import { RatingScale } from "../components/RatingScale.js";
import { useI18n } from "../context.js";

/** One row of labelled radio buttons per dimension of a proposal (fields d0, d1, …). */
export function ProposalControl({
  config,
  values,
  errors,
}: FormState & {
  config: ProposalConfig;
}) {
  const { t } = useI18n();
  return (
    <div class="proposal-control">
      {config.dimensions.map((d, i) => (
        <RatingScale
          name={`d${i}`}
          legend={t("answer.proposalLegend", d)}
          scale={d}
          value={values[`d${i}`]}
          error={errors[`d${i}`]}
          id={`dimension-${d.key}`}
        />
      ))}
    </div>
  );
}
