/** Refusals from the abuse limits (sign-in requests, link guessing). */
export const security = {
  "limit.title": "Too many attempts",
  "limit.signin":
    "Too many sign-in requests came from here or for this address. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.",
  "limit.link":
    "Too many sign-in links that did not work were tried from here. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.",
} as const;
