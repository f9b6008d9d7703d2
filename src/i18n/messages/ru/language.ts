import type { language as en } from "../en/language.js";

/** Russian: the language switcher and the organiser's translations. Language names stay in their own language. */
export const language = {
  "lang.label": "Язык",
  "lang.change": "Сменить язык",
  "lang.name.en": "English",
  "lang.name.ru": "Русский",
  "lang.name.az": "Azərbaycanca",
  "lang.name.tr": "Türkçe",
  "lang.name.fa": "فارسی",
  "tr.error.openRound":
    "Открыт тур с этим вопросом: эксперты читают эти тексты сейчас. Измените их после закрытия тура, чтобы все отвечали на один и тот же вопрос.",
  "tr.link": "Переводы",
  "tr.title": "Переводы вопроса «{title}»",
  "tr.setTitle": "Переводы набора сценариев «{title}»",
  "tr.intro":
    "Эксперты читают вопрос на своём языке, если перевод есть, иначе — на языке форума по умолчанию ({language}). Оставьте язык пустым, чтобы удалить его перевод.",
  "tr.original": "Оригинал",
  "tr.questionTitle": "Вопрос",
  "tr.body": "Контекст",
  "tr.resolution": "Критерии разрешения",
  "tr.scenarioTitle": "Название",
  "tr.narrative": "Описание",
  "tr.drivers": "Движущие факторы",
  "tr.scenario": "Сценарий {number}",
  "tr.save": "Сохранить переводы",
  "tr.saved": "Переводы сохранены.",
  "tr.titleRequired": "Для перевода нужно название; остальные поля можно оставить пустыми.",
} satisfies Record<keyof typeof en, string>;
