import type { security as en } from "../en/security.js";

/** Turkish: refusals from the abuse limits. */
export const security = {
  "limit.title": "Çok fazla deneme",
  "limit.signin":
    "Buradan veya bu adres için çok fazla oturum açma isteği geldi. {minutes, plural, one {# dakika} other {# dakika}} bekleyip yeniden deneyin.",
  "limit.link":
    "Buradan çalışmayan çok fazla oturum açma bağlantısı denendi. {minutes, plural, one {# dakika} other {# dakika}} bekleyip yeniden deneyin.",
} satisfies Record<keyof typeof en, string>;
