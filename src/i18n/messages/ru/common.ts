import type { common as en } from "../en/common.js";

/** Russian: shared chrome, sign-in, errors, mail. */
export const common = {
  "app.name": "Scenario Forum",
  "nav.skip": "Перейти к содержанию",
  "nav.label": "Главное меню",
  "nav.breadcrumbs": "Вы здесь",
  "nav.myForums": "Мои форумы",
  "nav.signIn": "Войти",
  "nav.signOut": "Выйти",
  "home.title": "Структурированные экспертные форумы",
  "home.intro":
    "Приглашённые эксперты в несколько туров оценивают возможные варианты будущего, видят анонимные ответы и аргументы группы и пересматривают свои оценки. Войдите по присланной вам ссылке или запросите новую.",
  "signin.title": "Вход",
  "signin.intro":
    "Введите адрес электронной почты, и мы отправим вам ссылку для входа, действительную 15 минут.",
  "signin.email": "Адрес электронной почты",
  "signin.send": "Отправить ссылку для входа",
  "signin.sentTitle": "Проверьте почту",
  "signin.sentBody":
    "Если этот адрес принадлежит участнику форума, ссылка для входа уже отправлена. Она действительна 15 минут и срабатывает один раз.",
  "link.invited": "{name}, вас пригласили на этот форум.",
  "link.invitedBy": "{name}, {inviter} приглашает вас на этот форум.",
  "link.signinTitle": "Вход",
  "link.signinBody": "{name}, подтвердите вход на этом устройстве.",
  "link.confirm": "Войти",
  "link.invalidTitle": "Эта ссылка больше не действительна",
  "link.invalidBody":
    "Ссылки для входа срабатывают один раз и истекают (через 15 минут; приглашения — через 7 дней). Запросите новую ссылку ниже.",
  "link.requestNew": "Запросить новую ссылку для входа",
  "mail.greeting": "Здравствуйте, {name}!",
  "mail.invite.subject": "Приглашение: {forum}",
  "mail.invite.body": "{inviter} приглашает вас принять участие в форуме «{forum}».",
  "mail.invite.expiry": "Ссылка ниже персональная, срабатывает один раз и истекает через 7 дней.",
  "mail.invite.action": "Принять приглашение",
  // Onboarding: the invitation says the role, the anonymity, the schedule and the consent.
  "invite.role.expert":
    "Вы приглашены как эксперт: вы отвечаете на вопросы, объясняете свои ответы, а между турами видите анонимные ответы группы и пересматриваете свои.",
  "invite.role.stakeholder":
    "Вы приглашены как читатель: вы видите опубликованные результаты и не участвуете в ответах.",
  "invite.role.organiser": "Вы приглашены как организатор: вы ведёте форум вместе с другими организаторами.",
  "invite.anonymity.quasi":
    "Другие эксперты видят ваши ответы и доводы только под псевдонимом; организаторы знают, кто что написал.",
  "invite.anonymity.strict":
    "Никто, включая организаторов, не видит вашего имени рядом с вашими ответами и доводами.",
  "invite.schedule.open": "Сейчас открыт тур {number}; он закрывается {date}.",
  "invite.schedule.openNoClose": "Сейчас открыт тур {number}.",
  "invite.schedule.none": "Пока ни один тур не открыт: вы получите письмо, когда он откроется.",
  "invite.consentTitle": "С чем вы соглашаетесь",
  "invite.accept.expert": "Принять и перейти к вопросам",
  "invite.accept.stakeholder": "Принять и посмотреть результаты",
  "invite.accept.organiser": "Принять и открыть форум",
  "org.panel.consentFirst":
    "Прежде чем отправить первое приглашение, напишите, с чем эксперты соглашаются, присоединяясь (как ответы используются, хранятся и публикуются).",
  "org.panel.consentLink": "Написать текст согласия в настройках",
  "mail.signin.subject": "Ваша ссылка для входа",
  "mail.signin.body": "Перейдите по ссылке ниже, чтобы войти в Scenario Forum.",
  "mail.signin.expiry":
    "Она срабатывает один раз и истекает через 15 минут. Если вы её не запрашивали, просто проигнорируйте это письмо.",
  "mail.signin.action": "Войти",
  "error.title": "Что-то пошло не так",
  "error.notFoundTitle": "Страница не найдена",
  "error.notFound": "Здесь ничего нет, или у вас нет доступа.",
  "error.forbidden": "Ваша роль в этом форуме не позволяет этого сделать.",
  "error.unauthorized": "Сначала войдите в систему.",
  "error.quantityRange":
    "Введите число от −10¹⁵ до 10¹⁵ (квадриллион); для больших величин вопросу нужна более крупная единица.",
  "error.conflict": "За это время данные изменились. Обновите страницу и попробуйте ещё раз.",
  "error.badRequest": "Не удалось обработать запрос.",
  "error.internal": "Произошла непредвиденная ошибка. Ничего не сохранено частично; попробуйте ещё раз.",
  "error.home": "Вернуться на главную страницу",
  "error.required": "Это поле обязательно.",
  "error.tooLong": "Этот текст слишком длинный.",
  "error.email": "Введите действительный адрес электронной почты.",
  "error.choice": "Выберите один из вариантов.",
  "error.number": "Введите число.",
  "error.probabilityRange": "Введите процент от 0 до 100.",
  "error.allocationSum": "Сумма вероятностей должна составлять 100%.",
  "error.quantileOrder": "Каждое значение должно быть больше предыдущего (5-й < 50-й < 95-й).",
  "error.ratingRequired": "Выберите оценку.",
  "error.ratingRange": "Выберите одну из показанных оценок.",
  "form.fixErrors":
    "{count, plural, one {Исправьте # ошибку ниже.} few {Исправьте # ошибки ниже.} many {Исправьте # ошибок ниже.} other {Исправьте # ошибки ниже.}}",
  // Dates: what a date is (closes on, opens on) and a plain countdown (views/components/Deadline.tsx)
  "time.closesOn": "закрывается {date}",
  "time.closedOn": "закрыт {date}",
  "time.opensOn": "откроется {date}",
  "time.inDays":
    "{count, plural, one {через # день} few {через # дня} many {через # дней} other {через # дня}}",
  "time.inHours":
    "{count, plural, one {через # час} few {через # часа} many {через # часов} other {через # часа}}",
  "time.openingOverdue":
    "открытие просрочено: расписание откроет раунд при следующем запуске, или откройте его сейчас",
  "progress.answered": "Отвечено: {answered} из {total}",
  "role.organiser": "Организатор",
  "role.expert": "Эксперт",
  "role.stakeholder": "Заинтересованная сторона",
  "anonymity.quasi":
    "Квазианонимность: организаторы видят, кто что ответил; эксперты и заинтересованные стороны — никогда.",
  "anonymity.strict": "Строгая анонимность: никто, включая организаторов, не видит, кому принадлежат ответы.",
  "mode.rounds": "Туры (классический метод Дельфи)",
  "mode.realtime": "Без туров (Дельфи в реальном времени)",
  "forums.title": "Мои форумы",
  "forums.new": "Новый форум",
  "forums.none": "Вы пока не участвуете ни в одном форуме.",
  "forums.openRound": "Открыт тур {number}",
  "forums.noOpenRound": "Открытых туров нет.",
  "forums.continue": "Продолжить",
  "forum.titleLabel": "Название",
  "forum.descriptionLabel": "Описание",
  "forum.anonymityLabel": "Анонимность (позже её можно только ужесточить)",
  "forum.modeLabel": "Формат",
  "forum.requireReason":
    "Требовать обоснование, если ответ выходит за межквартильный размах предыдущего тура",
  "forum.create": "Создать форум",
} satisfies Record<keyof typeof en, string>;
