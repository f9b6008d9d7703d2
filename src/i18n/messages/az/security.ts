import type { security as en } from "../en/security.js";

/** Azerbaijani: refusals from the abuse limits. */
export const security = {
  "limit.title": "Həddən artıq cəhd",
  "limit.signin":
    "Buradan həddən artıq giriş sorğusu göndərilib. {minutes, plural, one {# dəqiqə} other {# dəqiqə}} gözləyin və yenidən cəhd edin.",
  // Dəvət keçidləri və imtina: keçidin nə edə biləcəyi, imtinanın təsdiqi.
  "invite.join": "Foruma qoşulun",
  "invite.joinBody":
    "Siz {name} kimi daxil olmusunuz. Qoşulmaq bu forumu hesabınıza əlavə edir; başqa heç nə dəyişmir.",
  "invite.signInFirst":
    "Bu ünvanın artıq hesabı var. Onu qorumaq üçün dəvət keçidi heç vaxt mövcud hesaba giriş etmir. Öz ünvanınıza göndərilən keçidlə daxil olun, sonra qoşulmaq üçün bu dəvəti yenidən açın.",
  "invite.signInFirstAction": "Mənə giriş keçidi göndərin",
  "invite.wrongAccount":
    "Siz {current} kimi daxil olmusunuz, lakin bu dəvət başqa hesab üçündür. Heç nəyə qoşulmadınız. Çıxış edin, sonra bu dəvəti yenidən açın.",
  "invite.signOut": "Çıxış",
  "invite.decline.title": "Bu dəvətdən imtina edilsin?",
  "invite.decline.body":
    "İmtina bu keçidi və {forum} üçün sizə göndərilən bütün digər dəvət keçidlərini ləğv edir, təşkilatçılara isə e-poçtla bildirilir. Bunu özünüz geri qaytara bilməzsiniz: sonra qoşulmaq üçün təşkilatçılardan sizi yenidən dəvət etmələrini xahiş edin.",
  "invite.decline.confirm": "Bəli, dəvətdən imtina edirəm",
  "invite.decline.cancel": "Dəvətə qayıt",
  "invite.declinedMail.subject": "{name} {forum} dəvətindən imtina etdi",
  "invite.declinedMail.body":
    "{name} {forum} dəvətindən imtina etdi. Onun dəvət keçidləri artıq işləmir. Onu İştirakçılar səhifəsindən yenidən dəvət edə bilərsiniz.",
  "invite.declinedMail.action": "İştirakçıları açın",
  "limit.link":
    "Buradan həddən artıq işləməyən giriş keçidi sınanıb. {minutes, plural, one {# dəqiqə} other {# dəqiqə}} gözləyin və yenidən cəhd edin.",
} satisfies Record<keyof typeof en, string>;
