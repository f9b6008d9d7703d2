import type { security as en } from "../en/security.js";

/** Persian: refusals from the abuse limits. */
export const security = {
  "limit.title": "تلاش‌های بیش از حد",
  "limit.signin":
    "درخواست‌های ورود بیش از حد از اینجا رسیده است. {minutes, plural, one {# دقیقه} other {# دقیقه}} صبر کنید و دوباره تلاش کنید.",
  // پیوندهای دعوت و رد دعوت (issue 13 F1، issue 17): آنچه یک پیوند می‌تواند بکند و تأیید رد دعوت.
  "invite.join": "پیوستن به انجمن",
  "invite.joinBody":
    "شما با نام {name} وارد شده‌اید. پیوستن این انجمن را به حساب شما می‌افزاید؛ چیز دیگری تغییر نمی‌کند.",
  "invite.signInFirst":
    "این نشانی از پیش حساب دارد. برای محافظت از آن، پیوند دعوت هرگز کسی را به یک حساب موجود وارد نمی‌کند. با پیوندی که به نشانی خودتان فرستاده می‌شود وارد شوید، سپس برای پیوستن دوباره این دعوت را باز کنید.",
  "invite.signInFirstAction": "ورود با پیوند خودم",
  "invite.wrongAccount":
    "شما با نام {current} وارد شده‌اید، اما این دعوت برای حساب دیگری است. به هیچ انجمنی نپیوستید. خارج شوید، سپس دوباره این دعوت را باز کنید.",
  "invite.signOut": "خروج",
  "invite.decline.title": "این دعوت رد شود؟",
  "invite.decline.body":
    "رد دعوت این پیوند و همهٔ پیوندهای دعوت دیگری را که برای {forum} به شما فرستاده شده باطل می‌کند و برگزارکنندگان با ایمیل باخبر می‌شوند. خودتان نمی‌توانید آن را برگردانید: برای پیوستن در آینده، از برگزارکنندگان بخواهید دوباره دعوتتان کنند.",
  "invite.decline.confirm": "بله، دعوت را رد کن",
  "invite.decline.cancel": "بازگشت به دعوت",
  "invite.declinedMail.subject": "{name} دعوت به {forum} را رد کرد",
  "invite.declinedMail.body":
    "{name} دعوت به {forum} را رد کرد. پیوندهای دعوت او دیگر کار نمی‌کنند. می‌توانید از صفحهٔ اعضا دوباره دعوتش کنید.",
  "invite.declinedMail.action": "باز کردن صفحهٔ اعضا",
  "limit.link":
    "پیوندهای ورود نامعتبر بیش از حد از اینجا امتحان شده است. {minutes, plural, one {# دقیقه} other {# دقیقه}} صبر کنید و دوباره تلاش کنید.",
} satisfies Record<keyof typeof en, string>;
