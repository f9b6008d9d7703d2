import type { language as en } from "../en/language.js";

/** Persian: the language switcher and the organiser's translations. Language names stay in their own language. */
export const language = {
  "lang.label": "زبان",
  "lang.change": "تغییر زبان",
  "lang.name.en": "English",
  "lang.name.ru": "Русский",
  "lang.name.az": "Azərbaycanca",
  "lang.name.tr": "Türkçe",
  "lang.name.fa": "فارسی",
  "tr.error.openRound":
    "دوری که این را می‌پرسد باز است: کارشناسان اکنون این متن‌ها را می‌خوانند. پس از بسته شدن دور تغییرشان دهید تا همه به یک پرسش پاسخ دهند.",
  "tr.link": "ترجمه‌ها",
  "tr.title": "ترجمه‌های «{title}»",
  "tr.setTitle": "ترجمه‌های مجموعهٔ سناریوی «{title}»",
  "tr.intro":
    "اگر ترجمه‌ای وجود داشته باشد، کارشناسان پرسش را به زبان خود می‌خوانند و در غیر این صورت به زبان پیش‌فرض انجمن ({language}). برای حذف ترجمهٔ یک زبان، آن را خالی بگذارید.",
  "tr.original": "متن اصلی",
  "tr.questionTitle": "پرسش",
  "tr.body": "زمینه",
  "tr.resolution": "معیارهای تعیین نتیجه",
  "tr.scenarioTitle": "عنوان",
  "tr.narrative": "روایت",
  "tr.drivers": "پیشران‌ها",
  "tr.scenario": "سناریوی {number}",
  "tr.save": "ذخیرهٔ ترجمه‌ها",
  "tr.saved": "ترجمه‌ها ذخیره شد.",
  "tr.titleRequired": "ترجمه باید عنوان داشته باشد؛ بخش‌های دیگر می‌توانند خالی بمانند.",
} satisfies Record<keyof typeof en, string>;
