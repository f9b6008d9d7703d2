import type { language as en } from "../en/language.js";

/** Azerbaijani: the language switcher and the organiser's translations. Language names stay in their own language. */
export const language = {
  "lang.label": "Dil",
  "lang.change": "Dili dəyişin",
  "lang.name.en": "English",
  "lang.name.ru": "Русский",
  "lang.name.az": "Azərbaycanca",
  "lang.name.tr": "Türkçe",
  "lang.name.fa": "فارسی",
  "tr.error.openRound":
    "Bunu soruşan raund açıqdır: ekspertlər bu mətnləri indi oxuyur. Hamı eyni suala cavab versin deyə, onları raund bağlandıqdan sonra dəyişin.",
  "tr.link": "Tərcümələr",
  "tr.title": "“{title}” tərcümələri",
  "tr.setTitle": "“{title}” ssenari dəstinin tərcümələri",
  "tr.intro":
    "Tərcümə varsa, ekspertlər sualı öz dillərində, yoxdursa forumun əsas dilində ({language}) oxuyurlar. Tərcüməni silmək üçün həmin dili boş saxlayın.",
  "tr.original": "Orijinal",
  "tr.questionTitle": "Sual",
  "tr.body": "Kontekst",
  "tr.resolution": "Həll meyarları",
  "tr.scenarioTitle": "Başlıq",
  "tr.narrative": "Təsvir",
  "tr.drivers": "Hərəkətverici amillər",
  "tr.scenario": "Ssenari {number}",
  "tr.save": "Tərcümələri saxlayın",
  "tr.saved": "Tərcümələr saxlanıldı.",
  "tr.titleRequired": "Tərcümənin başlığı olmalıdır; digər sahələr boş qala bilər.",
} satisfies Record<keyof typeof en, string>;
