import type { common as en } from "../en/common.js";

/** Azerbaijani: shared chrome, sign-in, errors, mail. */
export const common = {
  "app.name": "Scenario Forum",
  "nav.skip": "Məzmuna keçin",
  "nav.label": "Əsas menyu",
  "nav.breadcrumbs": "Siz buradasınız",
  "nav.myForums": "Forumlarım",
  "nav.signIn": "Daxil olun",
  "nav.signOut": "Çıxış",
  "home.title": "Strukturlaşdırılmış ekspert forumları",
  "home.intro":
    "Dəvət olunmuş ekspertlər bir neçə tur ərzində mümkün gələcəkləri proqnozlaşdırır, qrupun anonim cavablarını və əsaslandırmalarını görür və öz cavablarını yenidən nəzərdən keçirirlər. Sizə göndərilmiş keçidlə daxil olun və ya yeni keçid istəyin.",
  "signin.title": "Daxil olun",
  "signin.intro": "E-poçt ünvanınızı daxil edin, sizə 15 dəqiqə etibarlı olan giriş keçidi göndərək.",
  "signin.email": "E-poçt ünvanı",
  "signin.send": "Mənə giriş keçidi göndərin",
  "signin.sentTitle": "E-poçtunuzu yoxlayın",
  "signin.sentBody":
    "Bu ünvan forum üzvünə məxsusdursa, giriş keçidi artıq göndərilib. O, 15 dəqiqə etibarlıdır və yalnız bir dəfə işləyir.",
  "link.invited": "{name}, siz bu foruma dəvət olunmusunuz.",
  "link.invitedBy": "{name}, {inviter} sizi bu foruma dəvət edib.",
  "link.signinTitle": "Daxil olun",
  "link.signinBody": "{name}, bu cihazda daxil olmağı təsdiqləyin.",
  "link.confirm": "Daxil olun",
  "link.invalidTitle": "Bu keçid artıq etibarlı deyil",
  "link.invalidBody":
    "Giriş keçidləri yalnız bir dəfə işləyir və müddəti bitir (15 dəqiqə; dəvətlər üçün 7 gün). Aşağıda yeni keçid istəyin.",
  "link.requestNew": "Yeni giriş keçidi istəyin",
  "mail.greeting": "Hörmətli {name},",
  "mail.invite.subject": "Dəvət: {forum}",
  "mail.invite.body": "{inviter} sizi “{forum}” forumunda iştirak etməyə dəvət edir.",
  "mail.invite.expiry": "Aşağıdakı keçid şəxsidir, yalnız bir dəfə işləyir və 7 gündən sonra etibarsız olur.",
  "mail.invite.action": "Dəvəti qəbul edin",
  // Onboarding: the invitation says the role, the anonymity, the schedule and the consent.
  "invite.role.expert":
    "Siz ekspert kimi dəvət olunursunuz: suallara cavab verir, səbəblərinizi yazır, turlar arasında qrupun anonim cavablarını görüb öz cavablarınızı yenidən nəzərdən keçirirsiniz.",
  "invite.role.stakeholder":
    "Siz oxucu kimi dəvət olunursunuz: dərc olunmuş nəticələri görürsünüz və cavablarda iştirak etmirsiniz.",
  "invite.role.organiser":
    "Siz təşkilatçı kimi dəvət olunursunuz: forumu digər təşkilatçılarla birlikdə aparırsınız.",
  "invite.anonymity.quasi":
    "Digər ekspertlər cavablarınızı və səbəblərinizi yalnız təxəllüslə görür; təşkilatçılar kimin nə yazdığını bilir.",
  "invite.anonymity.strict":
    "Heç kim, təşkilatçılar da daxil olmaqla, cavablarınızın və səbəblərinizin yanında adınızı görmür.",
  "invite.schedule.open": "{number} nömrəli tur indi açıqdır; {date} tarixində bağlanır.",
  "invite.schedule.openNoClose": "{number} nömrəli tur indi açıqdır.",
  "invite.schedule.none": "Hələ heç bir tur açıq deyil: biri açılanda e-poçt alacaqsınız.",
  "invite.consentTitle": "Nəyə razılıq verirsiniz",
  "invite.accept.expert": "Qəbul et və suallara keç",
  "invite.accept.stakeholder": "Qəbul et və nəticələrə bax",
  "invite.accept.organiser": "Qəbul et və forumu aç",
  "org.panel.consentFirst":
    "İlk dəvət göndərilməzdən əvvəl ekspertlərin qoşularkən nəyə razılıq verdiyini yazın (cavablar necə istifadə olunur, saxlanılır və dərc edilir).",
  "org.panel.consentLink": "Razılıq mətnini Ayarlarda yazın",
  "mail.signin.subject": "Giriş keçidiniz",
  "mail.signin.body": "Scenario Forum-a daxil olmaq üçün aşağıdakı keçiddən istifadə edin.",
  "mail.signin.expiry":
    "Keçid yalnız bir dəfə işləyir və 15 dəqiqədən sonra etibarsız olur. Onu siz istəməmisinizsə, bu məktuba məhəl qoymayın.",
  "mail.signin.action": "Daxil olun",
  "error.title": "Xəta baş verdi",
  "error.notFoundTitle": "Səhifə tapılmadı",
  "error.notFound": "Burada heç nə yoxdur və ya sizin buraya girişiniz yoxdur.",
  "error.forbidden": "Bu forumdakı rolunuz buna icazə vermir.",
  "error.unauthorized": "Zəhmət olmasa, əvvəlcə daxil olun.",
  "error.quantityRange":
    "−10¹⁵ ilə 10¹⁵ (kvadrilyon) arasında ədəd yazın; daha böyük kəmiyyətlər üçün sualın daha böyük vahidi olmalıdır.",
  "error.conflict": "Bu vaxt ərzində məlumat dəyişib. Səhifəni yeniləyin və yenidən cəhd edin.",
  "error.badRequest": "Sorğu başa düşülmədi.",
  "error.internal":
    "Gözlənilməz xəta baş verdi. Heç nə yarımçıq saxlanmayıb; zəhmət olmasa, yenidən cəhd edin.",
  "error.home": "Başlanğıc səhifəyə qayıdın",
  "error.required": "Bu sahə mütləqdir.",
  "error.tooLong": "Bu mətn çox uzundur.",
  "error.email": "Düzgün e-poçt ünvanı daxil edin.",
  "error.choice": "Variantlardan birini seçin.",
  "error.number": "Rəqəm daxil edin.",
  "error.probabilityRange": "0 ilə 100 arasında faiz daxil edin.",
  "error.allocationSum": "Ehtimalların cəmi 100% olmalıdır.",
  "error.quantileOrder": "Hər dəyər əvvəlkindən böyük olmalıdır (5-ci < 50-ci < 95-ci).",
  "error.ratingRequired": "Qiymət seçin.",
  "error.ratingRange": "Göstərilən qiymətlərdən birini seçin.",
  "form.fixErrors":
    "{count, plural, one {Zəhmət olmasa, aşağıdakı # problemi düzəldin.} other {Zəhmət olmasa, aşağıdakı # problemi düzəldin.}}",
  // Dates: what a date is (closes on, opens on) and a plain countdown (views/components/Deadline.tsx)
  "time.closesOn": "{date} tarixində bağlanır",
  "time.closedOn": "{date} tarixində bağlanıb",
  "time.opensOn": "{date} tarixində açılır",
  "time.inDays": "{count, plural, one {# gündən sonra} other {# gündən sonra}}",
  "time.inHours": "{count, plural, one {# saatdan sonra} other {# saatdan sonra}}",
  "time.openingOverdue": "açılış gecikir: cədvəl onu növbəti işə düşməsində açacaq, ya da indi açın",
  "progress.answered": "{total} sualdan {answered} cavablandırılıb",
  "role.organiser": "Təşkilatçı",
  "role.expert": "Ekspert",
  "role.stakeholder": "Maraqlı tərəf",
  "anonymity.quasi":
    "Qismən anonim: təşkilatçılar kimin nə cavab verdiyini görür; ekspertlər və maraqlı tərəflər heç vaxt görmür.",
  "anonymity.strict":
    "Tam anonim: təşkilatçılar da daxil olmaqla heç kim cavabların yanında şəxsiyyətləri görmür.",
  "mode.rounds": "Turlar (klassik Delfi)",
  "mode.realtime": "Tursuz (real vaxt rejimində Delfi)",
  "forums.title": "Forumlarım",
  "forums.new": "Yeni forum",
  "forums.none": "Siz hələ heç bir forumun üzvü deyilsiniz.",
  "forums.openRound": "{number} nömrəli tur açıqdır",
  "forums.noOpenRound": "Açıq tur yoxdur.",
  "forums.continue": "Davam edin",
  "forum.titleLabel": "Başlıq",
  "forum.descriptionLabel": "Təsvir",
  "forum.anonymityLabel": "Anonimlik (sonradan yalnız sərtləşdirilə bilər)",
  "forum.modeLabel": "Format",
  "forum.requireReason":
    "Cavab əvvəlki turun kvartillərarası intervalından kənara çıxdıqda əsaslandırma tələb edin",
  "forum.create": "Forum yaradın",
} satisfies Record<keyof typeof en, string>;
