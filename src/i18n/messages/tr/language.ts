import type { language as en } from "../en/language.js";

/** Turkish: the language switcher and the organiser's translations. Language names stay in their own language. */
export const language = {
  "lang.label": "Dil",
  "lang.change": "Dili değiştir",
  "lang.name.en": "English",
  "lang.name.ru": "Русский",
  "lang.name.az": "Azərbaycanca",
  "lang.name.tr": "Türkçe",
  "lang.name.fa": "فارسی",
  "tr.error.openRound":
    "Bunu soran bir tur açık: uzmanlar bu metinleri şu anda okuyor. Herkes aynı soruyu yanıtlasın diye onları tur kapandıktan sonra değiştirin.",
  "tr.link": "Çeviriler",
  "tr.title": "“{title}” çevirileri",
  "tr.setTitle": "“{title}” senaryo kümesinin çevirileri",
  "tr.intro":
    "Uzmanlar, çeviri varsa soruyu kendi dillerinde, yoksa forumun varsayılan dilinde ({language}) okur. Bir dilin çevirisini kaldırmak için o dili boş bırakın.",
  "tr.original": "Özgün metin",
  "tr.questionTitle": "Soru",
  "tr.body": "Arka plan",
  "tr.resolution": "Çözüm ölçütleri",
  "tr.scenarioTitle": "Başlık",
  "tr.narrative": "Anlatı",
  "tr.drivers": "Etkenler",
  "tr.scenario": "Senaryo {number}",
  "tr.save": "Çevirileri kaydet",
  "tr.saved": "Çeviriler kaydedildi.",
  "tr.titleRequired": "Bir çevirinin başlığı olmalıdır; diğer alanlar boş kalabilir.",
} satisfies Record<keyof typeof en, string>;
