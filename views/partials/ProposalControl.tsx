import type { ProposalConfig } from "../../src/domain/proposals.js";
import type { MessageKey } from "../../src/i18n/index.js";
import { useI18n } from "../context.js";

/** One row of labelled radio buttons per dimension of a proposal (fields d0, d1, …). */
export function ProposalControl({
  config,
  values,
  errors,
}: {
  config: ProposalConfig;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <div class="proposal-control">
      {config.dimensions.map((d, i) => {
        const name = `d${i}`;
        const options = Array.from({ length: d.max - d.min + 1 }, (_, k) => d.min + k);
        return (
          <fieldset
            class={errors[name] ? "rating has-error" : "rating"}
            aria-describedby={errors[name] ? `f-${name}-error` : undefined}
            id={`dimension-${d.key}`}
          >
            <legend>
              {t("answer.proposalLegend", {
                label: d.label,
                min: d.min,
                max: d.max,
                minLabel: d.minLabel,
                maxLabel: d.maxLabel,
              })}
            </legend>
            <div class="rating-options">
              {options.map((o) => (
                <label class="rating-option">
                  <input type="radio" name={name} value={String(o)} checked={values[name] === String(o)} />
                  <span>{o}</span>
                  {o === d.min && <small>{d.minLabel}</small>}
                  {o === d.max && <small>{d.maxLabel}</small>}
                </label>
              ))}
            </div>
            {errors[name] && (
              <p class="error" id={`f-${name}-error`} role="alert">
                {t(errors[name] as MessageKey)}
              </p>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
