// Letters and digits that cannot be confused with each other (no I, O, 0, 1).
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A random per-forum pseudonym code such as "K7QZ2" (views show it as "Expert K7QZ2"). Random rather
 * than sequential so that the order in which experts joined cannot be read from it; 32^5 codes make a
 * clash in a 300-member forum about 1 in 700, and the unique index refuses one rather than merging two.
 */
export function newPseudonym(): string {
  const bytes = new Uint8Array(5);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
}
