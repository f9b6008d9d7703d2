/** A form body's strings as typed (capped in length), to re-render a refused form with the input kept. */
export function formStrings(body: Record<string, unknown>, max = 20_000): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === "string") out[k] = v.slice(0, max);
  return out;
}
