/** Lifetimes an organiser may choose for an API read token, in days (F5: every token expires). */
export const TOKEN_LIFETIMES = [7, 30, 90, 365] as const;
/** The lifetime offered first, and the one tokens made before expiry existed are given. */
export const DEFAULT_TOKEN_DAYS = 90;
