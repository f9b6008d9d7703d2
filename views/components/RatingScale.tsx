import type { Child } from "hono/jsx";
import { FieldError } from "./Field.js";

export type RatingScaleProps = {
  /** The radio buttons' name; the error's id is `f-${name}-error`. */
  name: string;
  legend: string;
  /** The scale: its ends and their labels. */
  scale: { min: number; max: number; minLabel: string; maxLabel: string };
  /** The chosen option, as the form sent it. */
  value: string | undefined;
  error: string | undefined;
  /** How an option's number is written (plain digits if not given). */
  option?: (o: number) => Child;
  id?: string;
};

/** A rating as a row of radio buttons from `min` to `max`, the ends labelled, with its error. */
export function RatingScale(p: RatingScaleProps) {
  const { min, max, minLabel, maxLabel } = p.scale;
  const options = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset
      class={p.error ? "rating has-error" : "rating"}
      aria-describedby={p.error ? `f-${p.name}-error` : undefined}
      id={p.id}
    >
      <legend>{p.legend}</legend>
      <div class="rating-options">
        {options.map((o) => (
          <label class="rating-option">
            <input type="radio" name={p.name} value={String(o)} checked={p.value === String(o)} />
            <span>{p.option ? p.option(o) : o}</span>
            {o === min && <small>{minLabel}</small>}
            {o === max && <small>{maxLabel}</small>}
          </label>
        ))}
      </div>
      <FieldError name={p.name} error={p.error} />
    </fieldset>
  );
}
