import type { security as en } from "../en/security.js";

/** Persian: refusals from the abuse limits. */
export const security = {
  "limit.title": "تلاش‌های بیش از حد",
  "limit.signin":
    "درخواست‌های ورود بیش از حد از اینجا یا برای این نشانی رسیده است. {minutes, plural, one {# دقیقه} other {# دقیقه}} صبر کنید و دوباره تلاش کنید.",
  "limit.link":
    "پیوندهای ورود نامعتبر بیش از حد از اینجا امتحان شده است. {minutes, plural, one {# دقیقه} other {# دقیقه}} صبر کنید و دوباره تلاش کنید.",
} satisfies Record<keyof typeof en, string>;
