import type { CookeInput } from "./types.js";

/**
 * Checks the shape and the numbers of a CookeInput, throwing TypeError (wrong type) or RangeError
 * (bad value) whose message starts with `fn` and names the expert and item at fault.
 * Checks: levels strictly increasing in (0, 1); unique item ids; scale `uni`/`log`; finite
 * realisations (positive on `log` items); one row per expert and one cell per item; each answer
 * either null or K finite, strictly increasing values (positive on `log` items).
 */
export function validateCookeInput(input: CookeInput, fn: string): void {
  if (typeof input !== "object" || input === null) throw new TypeError(`${fn}: input must be an object`);
  const { quantileLevels: levels, experts, items, assessments } = input;
  if (
    !Array.isArray(levels) ||
    !Array.isArray(experts) ||
    !Array.isArray(items) ||
    !Array.isArray(assessments)
  )
    throw new TypeError(`${fn}: quantileLevels, experts, items and assessments must be arrays`);
  if (levels.length === 0) throw new RangeError(`${fn}: quantileLevels is empty`);
  levels.forEach((level, i) => {
    if (typeof level !== "number" || !(level > 0 && level < 1))
      throw new RangeError(`${fn}: quantile level ${level} is not in (0, 1)`);
    if (i > 0 && !(level > (levels[i - 1] as number)))
      throw new RangeError(`${fn}: quantile levels must be strictly increasing`);
  });
  if (experts.length === 0) throw new RangeError(`${fn}: no experts`);
  if (items.length === 0) throw new RangeError(`${fn}: no items`);
  experts.forEach((expert, e) => {
    if (typeof expert?.id !== "string") throw new TypeError(`${fn}: expert ${e + 1} has no string id`);
  });
  const ids = new Set<string>();
  for (const item of items) {
    if (typeof item?.id !== "string") throw new TypeError(`${fn}: every item needs a string id`);
    if (ids.has(item.id)) throw new RangeError(`${fn}: duplicate item id "${item.id}"`);
    ids.add(item.id);
    if (item.scale !== "uni" && item.scale !== "log")
      throw new RangeError(`${fn}: item "${item.id}" has unknown scale "${String(item.scale)}"`);
    const r = item.realisation;
    if (r !== null && (typeof r !== "number" || !Number.isFinite(r)))
      throw new RangeError(`${fn}: item "${item.id}" has a non-finite realisation`);
    if (r !== null && item.scale === "log" && !(r > 0))
      throw new RangeError(`${fn}: LOG item "${item.id}" has a realisation <= 0`);
  }
  if (assessments.length !== experts.length)
    throw new RangeError(`${fn}: ${assessments.length} assessment rows for ${experts.length} experts`);
  assessments.forEach((row, e) => {
    const expert = experts[e]?.id;
    if (!Array.isArray(row) || row.length !== items.length)
      throw new RangeError(`${fn}: expert "${expert}" must have one entry per item (${items.length})`);
    for (let j = 0; j < row.length; j++) checkAnswer(row[j], levels.length, items[j]!, expert ?? "", fn);
  });
}

function checkAnswer(
  values: readonly number[] | null,
  k: number,
  item: CookeInput["items"][number],
  expert: string,
  fn: string,
): void {
  if (values === null) return;
  if (!Array.isArray(values) || values.length !== k)
    throw answerError(fn, expert, item, `expected ${k} quantiles`);
  for (let i = 0; i < k; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v))
      throw answerError(fn, expert, item, `quantile ${i + 1} is not a finite number`);
    if (i > 0 && !(v > (values[i - 1] as number)))
      throw answerError(fn, expert, item, "quantiles must be strictly increasing");
  }
  if (item.scale === "log" && !((values[0] as number) > 0))
    throw answerError(fn, expert, item, "LOG item needs quantiles > 0");
}

/** The error for one expert's answer to one item, built only when thrown: every cell of a study is checked. */
function answerError(fn: string, expert: string, item: CookeInput["items"][number], problem: string) {
  return new RangeError(`${fn}: expert "${expert}", item "${item.id}": ${problem}`);
}
