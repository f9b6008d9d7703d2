import type { security as en } from "../en/security.js";

/** Turkish: refusals from the abuse limits. */
export const security = {
  "limit.title": "Çok fazla deneme",
  "limit.signin":
    "Buradan çok fazla oturum açma isteği geldi. {minutes, plural, one {# dakika} other {# dakika}} bekleyip yeniden deneyin.",
  // Davet bağlantıları ve reddetme: bir bağlantının yapabilecekleri, reddetme onayı.
  "invite.join": "Foruma katıl",
  "invite.joinBody":
    "{name} olarak oturum açtınız. Katılmak bu forumu hesabınıza ekler; başka hiçbir şey değişmez.",
  "invite.signInFirst":
    "Bu adresin zaten bir hesabı var. Hesabı korumak için bir davet bağlantısı mevcut bir hesapta asla oturum açmaz. Kendi adresinize gönderilen bir bağlantıyla oturum açın, ardından katılmak için bu daveti yeniden açın.",
  "invite.signInFirstAction": "Bana oturum açma bağlantısı gönder",
  "invite.wrongAccount":
    "{current} olarak oturum açtınız, ancak bu davet başka bir hesap için. Hiçbir foruma katılmadınız. Oturumu kapatın, ardından bu daveti yeniden açın.",
  "invite.signOut": "Oturumu kapat",
  "invite.decline.title": "Bu davet reddedilsin mi?",
  "invite.decline.body":
    "Reddetmek bu bağlantıyı ve {forum} için size gönderilen diğer tüm davet bağlantılarını geçersiz kılar; düzenleyicilere e-postayla bildirilir. Bunu kendiniz geri alamazsınız: daha sonra katılmak için düzenleyicilerden sizi yeniden davet etmelerini isteyin.",
  "invite.decline.confirm": "Evet, daveti reddet",
  "invite.decline.cancel": "Davete geri dön",
  "invite.declinedMail.subject": "{name}, {forum} davetini reddetti",
  "invite.declinedMail.body":
    "{name}, {forum} davetini reddetti. Davet bağlantıları artık çalışmıyor. Katılımcılar sayfasından yeniden davet edebilirsiniz.",
  "invite.declinedMail.action": "Katılımcıları aç",
  "limit.link":
    "Buradan çalışmayan çok fazla oturum açma bağlantısı denendi. {minutes, plural, one {# dakika} other {# dakika}} bekleyip yeniden deneyin.",
} satisfies Record<keyof typeof en, string>;
