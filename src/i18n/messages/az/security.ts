import type { security as en } from "../en/security.js";

/** Azerbaijani: refusals from the abuse limits. */
export const security = {
  "limit.title": "Həddən artıq cəhd",
  "limit.signin":
    "Buradan və ya bu ünvan üçün həddən artıq giriş sorğusu göndərilib. {minutes, plural, one {# dəqiqə} other {# dəqiqə}} gözləyin və yenidən cəhd edin.",
  "limit.link":
    "Buradan həddən artıq işləməyən giriş keçidi sınanıb. {minutes, plural, one {# dəqiqə} other {# dəqiqə}} gözləyin və yenidən cəhd edin.",
} satisfies Record<keyof typeof en, string>;
