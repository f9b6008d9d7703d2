/** English: the language switcher and the organiser's translations of questions and scenarios. */
export const language = {
  "lang.label": "Language",
  "lang.change": "Change language",
  "lang.name.en": "English",
  "lang.name.ru": "Русский",
  "lang.name.az": "Azərbaycanca",
  "lang.name.tr": "Türkçe",
  "lang.name.fa": "فارسی",
  "tr.error.openRound":
    "A round asking this is open: experts are reading these texts now. Change them after the round closes, so everyone answers the same question.",
  "tr.link": "Translations",
  "tr.title": "Translations of “{title}”",
  "tr.setTitle": "Translations of the scenario set “{title}”",
  "tr.intro":
    "Experts read the question in their language when a translation exists, otherwise in the forum's default language ({language}). Leave a language empty to remove its translation.",
  "tr.original": "Original",
  "tr.questionTitle": "Question",
  "tr.body": "Background",
  "tr.resolution": "Resolution criteria",
  "tr.scenarioTitle": "Title",
  "tr.narrative": "Narrative",
  "tr.drivers": "Drivers",
  "tr.scenario": "Scenario {number}",
  "tr.save": "Save translations",
  "tr.saved": "Translations saved.",
  "tr.titleRequired": "A translation needs a title; the other fields may stay empty.",
} as const;
