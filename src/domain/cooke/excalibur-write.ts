import { isMissing } from "./excalibur-tokens.js";
import type { CookeInput } from "./types.js";
import { validateCookeInput } from "./validate.js";

/** EXCALIBUR's marker for a missing value. */
const MISSING = -999.5;

/**
 * Writes a study as EXCALIBUR "CLASS ASCII" `.dtt` and `.rls` text, the inverse of parseExcalibur:
 * fixed-width columns as EXCALIBUR writes them, numbers as `3.10000E+0000` (more digits when five
 * would lose precision, so parseExcalibur(writeExcalibur(x)) gives x back), and an unanswered
 * question or a target's realisation as `-9.99500E+0002`.
 *
 * @throws RangeError when an id is empty, has leading or trailing spaces or a line break, or a value
 *   falls in the range [−1000, −990] that EXCALIBUR reserves for "missing"; TypeError/RangeError
 *   for an invalid input (see validateCookeInput).
 */
export function writeExcalibur(input: CookeInput): { dtt: string; rls: string } {
  validateCookeInput(input, "writeExcalibur");
  for (const { id } of [...input.experts, ...input.items]) {
    if (id === "" || id.trim() !== id || /[\r\n]/.test(id))
      throw new RangeError(
        `writeExcalibur: id "${id}" must be non-empty, without edge spaces or line breaks`,
      );
  }
  const scales = input.items.map((item) => item.scale.toUpperCase());
  const header = `* CLASS ASCII OUTPUT FILE. NQ=${pad(input.quantileLevels.length, 4)}   QU=${input.quantileLevels
    .map((level) => pad(percent(level), 4))
    .join("")}`;
  const dtt = [header];
  input.experts.forEach((expert, e) => {
    input.items.forEach((item, j) => {
      const values = input.assessments[e]?.[j] ?? input.quantileLevels.map(() => MISSING);
      const cells = values.map((v) => ` ${pad(formatValue(v, input.assessments[e]?.[j] != null), 14)}`);
      dtt.push(
        `${pad(e + 1, 5)} ${pad(expert.id, 8)} ${pad(j + 1, 4)} ${pad(item.id, 14)} ${scales[j]}${cells.join("")}`,
      );
    });
  });
  const rls = input.items.map((item, j) => {
    const value = formatValue(item.realisation ?? MISSING, item.realisation !== null);
    return `${pad(j + 1, 5)} ${pad(item.id, 14)} ${pad(value, 14)} ${scales[j]}`;
  });
  return { dtt: `${dtt.join("\n")}\n`, rls: `${rls.join("\n")}\n` };
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

/** A level as a percentage that divides back to exactly the same level. */
function percent(level: number): string {
  for (let digits = 1; digits <= 17; digits++) {
    const text = String(Number((level * 100).toPrecision(digits)));
    if (Number(text) / 100 === level) return text;
  }
  return String(level * 100);
}

/** `3.10000E+0000`, or the shortest exact mantissa when five decimals would round the value. */
function formatValue(value: number, real: boolean): string {
  if (real && isMissing(value))
    throw new RangeError(`writeExcalibur: ${value} lies in [-1000, -990], which EXCALIBUR reads as missing`);
  const five = value.toExponential(5);
  const text = Number(five) === value ? five : value.toExponential();
  const [mantissa, exponent] = text.split("e") as [string, string];
  const sign = exponent.startsWith("-") ? "-" : "+";
  return `${mantissa}E${sign}${exponent.replace(/^[+-]/, "").padStart(4, "0")}`;
}
