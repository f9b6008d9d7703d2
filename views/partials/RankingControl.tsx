import { describedBy, FieldError, type FormState } from "../components/Field.js";
import { useI18n } from "../context.js";

/**
 * The ranking answer control. Without JavaScript each option has a select of places (1..n); app.js turns
 * the list into one reordered with "move up / move down" buttons (keyboard-operable, focus kept on the
 * moved option, the new place announced) and keeps the selects in step. Options are listed in the
 * expert's current order when the form carries one. Without one, the list is in the organiser's order and
 * the places stay empty until the expert moves an option or says the order shown is theirs: an untouched
 * submit is not an answer (422).
 */
export function RankingControl({
  options,
  values,
  errors,
}: FormState & {
  options: string[];
}) {
  const { t } = useI18n();
  const n = options.length;
  const rankOf = (i: number) => Number(values[`rank${i}`]);
  const order = options
    .map((_o, i) => i)
    .sort((a, b) => {
      const ra = Number.isInteger(rankOf(a)) && rankOf(a) > 0 ? rankOf(a) : n + a + 1;
      const rb = Number.isInteger(rankOf(b)) && rankOf(b) > 0 ? rankOf(b) : n + b + 1;
      return ra - rb || a - b;
    });
  return (
    <fieldset
      class={errors.ranks ? "ranking has-error" : "ranking"}
      data-ranking
      aria-describedby={errors.ranks ? "f-ranks-error f-ranks-hint" : "f-ranks-hint"}
    >
      <legend>{t("answer.rankingLegend")}</legend>
      <p class="hint" id="f-ranks-hint">
        {t("answer.rankingHint")}
      </p>
      <p class="notice ranking-untouched" data-ranking-untouched hidden>
        {t("answer.rankingUntouched")}{" "}
        <button type="button" class="secondary" data-ranking-keep>
          {t("answer.rankingKeep")}
        </button>
      </p>
      <ol class="ranking-list">
        {order.map((i) => {
          const option = options[i] ?? "";
          const name = `rank${i}`;
          const error = errors[name];
          return (
            <li class={error ? "ranking-item has-error" : "ranking-item"} data-option={String(i)}>
              <span class="ranking-option" id={`f-${name}-label`}>
                {option}
              </span>
              <label class="ranking-place" for={`f-${name}`}>
                <span class="visually-hidden">{t("answer.rankOf", { option })}</span>
                <select name={name} {...describedBy(name, error)}>
                  <option value="">–</option>
                  {Array.from({ length: n }, (_x, k) => (
                    <option value={String(k + 1)} selected={values[name] === String(k + 1)}>
                      {t("answer.rankValue", { rank: k + 1 })}
                    </option>
                  ))}
                </select>
              </label>
              <span class="ranking-moves" hidden>
                <button type="button" data-move="up" aria-label={t("answer.moveUp", { option })}>
                  ↑
                </button>
                <button type="button" data-move="down" aria-label={t("answer.moveDown", { option })}>
                  ↓
                </button>
              </span>
              <FieldError name={name} error={error} />
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" aria-live="polite" data-ranking-status></p>
      <FieldError name="ranks" error={errors.ranks} />
    </fieldset>
  );
}
