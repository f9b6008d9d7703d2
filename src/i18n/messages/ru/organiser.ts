import type { organiser as en } from "../en/organiser.js";

/** Russian: the organiser's pages (overview, scenarios, questions, panel, rounds, results, outbox). */
export const organiser = {
  "org.nav.label": "Управление форумом",
  "org.nav.overview": "Обзор",
  "org.nav.questions": "Вопросы",
  "org.nav.scenarios": "Сценарии",
  "org.nav.panel": "Эксперты",
  "org.nav.results": "Результаты тура {number}",
  "org.nav.outbox": "Исходящие",

  "org.overview.anonymity.quasi":
    "«{title}» — квазианонимный форум: организаторы видят, кто что ответил; эксперты и заинтересованные стороны — никогда.",
  "org.overview.anonymity.strict":
    "«{title}» — строго анонимный форум: никто, включая организаторов, не видит, кому принадлежат ответы.",
  "org.overview.next": "Далее:",
  "org.overview.rounds": "Туры",
  "org.overview.noRounds": "Туров пока нет.",
  "org.next.addQuestions": "Добавьте вопросы",
  "org.next.inviteExperts": "Пригласите экспертов",
  "org.next.open": "Откройте тур {number}",
  "org.next.close": "Закройте тур {number}, когда будете готовы",
  "org.next.publish": "Опубликуйте тур {number}",
  "org.next.create": "Подготовьте тур {number}",
  "org.next.forumClosed":
    "Проводить больше нечего: форум закрыт. Опубликованные результаты остаются на панели",
  "org.newRound.draftExists":
    "Тур {number} подготовлен как черновик: откройте его (выше), прежде чем готовить следующий.",

  "org.round.name": "Тур {number}",
  "org.round.state.draft": "черновик",
  "org.round.state.open": "открыт",
  "org.round.state.closed": "закрыт",
  "org.round.state.published": "опубликован",
  "org.round.openedAt": "открыт {at}",
  "org.round.closedAt": "закрыт {at}",
  "org.round.action.open": "Открыть тур {number}",
  "org.round.action.close": "Закрыть тур {number}",
  "org.round.action.publish": "Опубликовать тур {number}",
  "org.round.results": "Результаты",
  // Confirmations of irreversible actions: views/components/ConfirmAction.tsx, src/routes/confirm.tsx.
  "confirm.cannotUndo": "Это нельзя отменить:",
  "confirm.cancel": "Отмена, ничего не менять",
  "confirm.open.title": "Открыть раунд {number}?",
  "confirm.open.answer": "С этого момента эксперты могут отвечать в раунде {number}.",
  "confirm.open.mail":
    "{count, plural, one {# эксперт получит} few {# эксперта получат} many {# экспертов получат} other {# эксперта получат}} письмо о том, что раунд открыт.",
  "confirm.open.closes": "Раунд закроется {date}.",
  "confirm.open.noClose": "Время закрытия не назначено: раунд открыт, пока вы его не закроете.",
  "confirm.open.irreversible":
    "письма нельзя отозвать, а открытый раунд нельзя вернуть в черновик: его вопросы зафиксированы.",
  "confirm.open.button": "Да, открыть раунд {number}",
  "confirm.close.title": "Закрыть раунд {number}?",
  "confirm.close.early":
    "До назначенного закрытия раунда {number} ({date}) остаётся {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}: вы закрываете его досрочно.",
  "confirm.close.earlyHours":
    "До назначенного закрытия раунда {number} ({date}) остаётся {hours, plural, one {# час} few {# часа} many {# часов} other {# часа}}.",
  "confirm.close.due": "Назначенное время закрытия раунда {number} ({date}) уже прошло.",
  "confirm.close.noSchedule": "Время закрытия раунда {number} не назначено.",
  "confirm.close.experts": "Эксперты больше не смогут отвечать или менять свои ответы.",
  "confirm.close.snapshot": "Результаты будут рассчитаны сейчас по отправленным ответам и зафиксированы.",
  "confirm.close.irreversible": "закрытый раунд нельзя открыть снова, а его результаты больше не изменятся.",
  "confirm.close.button": "Да, закрыть раунд {number}",
  "confirm.publish.title": "Опубликовать раунд {number}?",
  "confirm.publish.readers":
    "Заинтересованные стороны (читатели) увидят результаты и обобщение раунда {number} на панели и в отчёте.",
  "confirm.publish.synthesis": "Ваше обобщение будет опубликовано вместе с результатами.",
  "confirm.publish.noSynthesis": "Вы ещё не написали обобщение для этого раунда.",
  "confirm.publish.irreversible": "публикацию раунда нельзя отменить.",
  "confirm.publish.button": "Да, опубликовать раунд {number}",
  "confirm.remove.title": "Исключить {name} из форума?",
  "confirm.remove.access":
    "{name} ({email}) сразу теряет доступ к форуму: больше не сможет открыть его, отвечать или читать результаты.",
  "confirm.remove.kept": "Уже данные ответы остаются в результатах под псевдонимом.",
  "confirm.remove.irreversible":
    "исключённого участника нельзя восстановить, и тот же адрес нельзя снова пригласить в этот форум.",
  "confirm.remove.button": "Да, исключить {name}",
  "confirm.closeForum.title": "Закрыть форум «{forum}»?",
  "confirm.closeForum.readOnly":
    "Форум завершается и становится доступен только для чтения: новые раунды в нём не откроются.",
  "confirm.closeForum.seeds": "Эксперты увидят истинные значения калибровочных вопросов.",
  "confirm.closeForum.irreversible": "закрытый форум нельзя открыть снова.",
  "confirm.closeForum.button": "Да, закрыть форум",
  "confirm.revoke.title": "Отозвать токен «{label}»?",
  "confirm.revoke.unlabelled": "без названия",
  "confirm.revoke.access": "Программы, использующие этот токен, сразу теряют доступ к данным форума.",
  "confirm.revoke.irreversible": "отозванный токен нельзя восстановить; при необходимости создайте новый.",
  "confirm.revoke.button": "Да, отозвать токен",
  // End of the confirmations.
  // What an organiser's action did, shown after its redirect (src/routes/notice.ts).
  "notice.forum-created": "Форум создан. Дальше: добавьте сценарии и вопросы, затем пригласите участников.",
  "notice.forum-cloned": "Форум скопирован как шаблон: вопросы и настройки, без участников и ответов.",
  "notice.forum-closed": "Форум закрыт. Теперь он доступен только для чтения.",
  "notice.settings-saved": "Настройки сохранены.",
  "notice.discussion-saved": "Настройки обсуждения сохранены.",
  "notice.scenarios-added": "Набор сценариев добавлен.",
  "notice.question-added": "Вопрос добавлен.",
  "notice.question-moved": "Вопрос перемещён.",
  "notice.question-deleted": "Вопрос удалён.",
  "notice.invited": "Приглашение отправлено. Оно в очереди писем, пока не будет доставлено.",
  "notice.resent": "Отправлена новая ссылка-приглашение; старая больше не действует.",
  "notice.removed": "Участник исключён. У него больше нет доступа к форуму.",
  "notice.round-created": "Черновик раунда создан. Откройте его, когда он будет готов.",
  "notice.ideas-round-created": "Раунд идей создан как черновик. Откройте его, когда он будет готов.",
  "notice.round-opened": "Раунд открыт. Экспертам отправляются письма.",
  "notice.round-closed": "Раунд закрыт. Его результаты зафиксированы; напишите обобщение, затем опубликуйте.",
  "notice.round-published": "Раунд опубликован. Заинтересованные стороны теперь видят его результаты.",
  "notice.schedule-saved": "Расписание сохранено.",
  "notice.synthesis-saved": "Обобщение сохранено.",
  "notice.resolution-saved": "Исход вопроса сохранён.",
  "notice.seed-saved": "Настройка калибровочного вопроса сохранена.",
  "notice.proposal-added": "Предложение добавлено.",
  "notice.proposal-revised": "Предложение переработано.",
  "notice.token-revoked": "Токен отозван.",
  "notice.post-hidden": "Сообщение скрыто от экспертов; причина записана в журнал аудита.",
  "notice.post-shown": "Сообщение снова показано.",
  "notice.idea-merged": "Пункт объединён.",
  "notice.idea-edited": "Пункт отредактирован.",
  "notice.idea-rejected": "Пункт отклонён с вашей причиной.",
  "notice.idea-promoted": "Пункт добавлен в следующий черновик раунда.",
  // End of the action notices.

  "org.rate.titleOpen": "Доля ответивших, тур {number} (открыт)",
  "org.rate.title": "Доля ответивших, тур {number}",
  "org.rate.overall":
    "{complete} из {experts, plural, one {# эксперта} few {# экспертов} many {# экспертов} other {# эксперта}} ответили на все вопросы ({questions, plural, one {# вопрос} few {# вопроса} many {# вопросов} other {# вопроса}}).",
  "org.rate.complete": "Ответили на все",
  "org.rate.experts": "Эксперты",
  "org.rate.incomplete": "Ответили ещё не на все вопросы",
  "org.rate.allDone": "Все эксперты ответили на все вопросы.",
  "org.rate.noExperts": "Ни один эксперт ещё не присоединился: пригласите экспертов на странице «Эксперты».",

  // Strict anonymity: who has not answered is not shown by name; small institutions counted together.
  // The synthesis experts read does not change mid-round.
  "org.refused.synthesisOpen":
    "Тур {next} открыт, и его эксперты читают обобщение тура {number} рядом с каждым вопросом: его нельзя изменить, пока тур {next} не закроется.",
  "org.rate.namesHidden":
    "{count, plural, one {# эксперт ещё не ответил} few {# эксперта ещё не ответили} many {# экспертов ещё не ответили} other {# эксперта ещё не ответили}} на все вопросы. При строгой анонимности никто, включая организаторов, не видит, кто именно: рядом с псевдонимами ответов это раскрыло бы их авторов. Кнопка «Напомнить тем, кто не ответил» дойдёт до них, не называя имён.",
  "org.rate.otherInstitutions": "Другие организации (вместе)",
  "org.outbox.hiddenReminder":
    "эксперту панели (строгая анонимность: кому отправлено напоминание и сколько он успел ответить, не показывается)",

  "org.newRound.title": "Новый тур (черновик)",
  "org.newRound.questions": "Вопросы этого тура",
  "org.newRound.instructions": "Инструкции для экспертов",
  "org.newRound.create": "Создать черновик тура",

  "org.consensus.met": "консенсус достигнут (тур {round})",
  "org.consensus.notMet": "нет консенсуса в туре {round}",
  "org.consensus.none": "ещё не задавался",

  "org.rule.iqr": "Консенсус, если межквартильный размах не больше {max}",
  "org.rule.iqrPerScenario": "Консенсус, если межквартильный размах каждого сценария не больше {max}",
  "org.rule.band": "Консенсус, если не менее {share} ответов лежат между {low} и {high}",
  "org.rule.points": "{value} процентных пунктов",

  "org.kind.binary": "Вероятность (да/нет)",
  "org.kind.allocation": "Распределение по сценариям",
  "org.kind.quantity": "Величина",
  "org.kind.rating": "Оценка",

  "org.scenarios.title": "Сценарии",
  "org.scenarios.none": "Наборов сценариев пока нет.",
  "org.scenarios.new": "Новый набор сценариев",
  "org.scenarios.setTitle": "Название набора",
  "org.scenarios.hint":
    "Сценарии одного набора взаимоисключающие и вместе охватывают все исходы. Заполните не менее двух; пустые строки не учитываются.",
  "org.scenarios.row": "Сценарий {number}",
  "org.scenarios.scenarioTitle": "Название",
  "org.scenarios.narrative": "Описание",
  "org.scenarios.drivers": "Движущие факторы:",
  "org.scenarios.driversHint":
    "Что привело бы к этому будущему, например «цены на энергию, новое торговое соглашение»; эксперты видят это рядом с описанием.",
  "org.scenarios.addRow": "Добавить ещё сценарий",
  "org.scenarios.create": "Создать набор сценариев",

  "org.questions.title": "Вопросы",
  "org.questions.none": "Вопросов пока нет.",
  "org.questions.new": "Новый вопрос",
  "org.questions.kind": "Тип",
  "org.questions.questionTitle": "Вопрос",
  "org.questions.body": "Контекст",
  "org.questions.resolution": "Критерии разрешения",
  "org.questions.resolutionHint":
    "Как и по какому источнику определяется исход вопроса, с датой. Обязательно, кроме оценок.",
  "org.questions.consensus": "Последний консенсус",
  "org.questions.allocationSettings": "Для распределения по сценариям",
  "org.questions.scenarioSet": "Набор сценариев",
  "org.questions.chooseSet": "Выберите набор",
  "org.questions.quantitySettings": "Для величины",
  "org.questions.unit": "Единица измерения",
  "org.questions.ratingSettings": "Для оценки",
  "org.questions.ratingMin": "Наименьшая оценка",
  "org.questions.ratingMax": "Наибольшая оценка",
  "org.questions.minLabel": "Подпись наименьшей оценки",
  "org.questions.maxLabel": "Подпись наибольшей оценки",
  "org.questions.rule": "Правило консенсуса (заранее зарегистрированное)",
  "org.questions.ruleHint":
    "Значения задаются в шкале вопроса: проценты для вероятностей и распределений, шкала оценок для оценок, единица измерения для величин.",
  "org.questions.ruleIqr": "Межквартильный размах не больше",
  "org.questions.iqrMax": "Наибольший межквартильный размах",
  "org.questions.iqrHint":
    "Оставьте пустым для значения по умолчанию: 15 процентных пунктов для вероятностей и распределений (по каждому сценарию), 1 для оценок. Для величин значение обязательно.",
  "org.questions.ruleBand": "Доля ответов внутри интервала",
  "org.questions.bandLow": "Интервал от",
  "org.questions.bandHigh": "Интервал до",
  "org.questions.minShare": "Доля ответов в интервале (%), по умолчанию 70",
  "org.questions.create": "Добавить вопрос",
  // The question builder: kind first, its settings, preview.
  "org.qb.kindHint": "Сначала выберите тип: настройки ниже зависят от него.",
  "org.qb.chooseKind": "Выберите тип",
  "org.qb.showSettings": "Показать настройки",
  "org.qb.kindFirst": "Выберите тип вопроса выше, чтобы увидеть его настройки.",
  "org.qb.setFirst":
    "В распределении по сценариям эксперты распределяют 100% между сценариями набора, а в этом форуме ещё нет набора сценариев.",
  "org.qb.createSet": "Сначала создайте набор сценариев",
  "org.qb.about.binary":
    "Эксперты указывают вероятность того, что событие произойдёт (0–100%). Сформулируйте критерии разрешения так, чтобы было ясно, когда событие считается произошедшим.",
  "org.qb.about.allocation":
    "Эксперты распределяют 100% между сценариями набора: насколько вероятно каждое будущее.",
  "org.qb.about.quantity":
    "Эксперты указывают число: низкую (5%), среднюю (50%) и высокую (95%) оценку. Укажите единицу.",
  "org.qb.about.rating":
    "Эксперты оценивают по шкале, например 1–9 для уместности или правдоподобия. Подпишите оба конца.",
  "org.qb.about.ranking":
    "Эксперты упорядочивают варианты. Согласие измеряется коэффициентом Кендалла W (0 — нет, 1 — полное).",
  "org.qb.preview": "Предпросмотр глазами эксперта",
  "org.qb.previewTitle": "Предпросмотр: что увидит эксперт",
  "org.qb.previewHint":
    "Ничего ещё не сохранено. Измените форму выше и посмотрите снова или добавьте вопрос.",
  "org.qb.moveUp": "↑ Выше",
  "org.qb.moveDown": "↓ Ниже",
  "org.qb.moveUpLabel": "Переместить вопрос {number} выше",
  "org.qb.moveDownLabel": "Переместить вопрос {number} ниже",
  "org.qb.delete": "Удалить",
  "org.qb.deleteLabel": "Удалить вопрос {number}",
  "org.qb.deleteTitle": "Удалить вопрос «{title}»?",
  "org.qb.deleteHappens":
    "Вопрос, его переводы и прежние формулировки удаляются, и он исключается из черновиков туров. Ни в одном туре его ещё не задавали.",
  "org.qb.deleteIrreversible": "Вопрос нельзя восстановить; при необходимости напишите его заново.",
  "org.qb.deleteButton": "Да, удалить вопрос",
  "org.qb.deleteAsked":
    "Этот вопрос уже задавали в туре, поэтому он входит в протокол форума и не может быть удалён. Просто не включайте его в следующий тур.",

  "org.panel.title": "Эксперты",
  "org.panel.name": "Имя",
  "org.panel.role": "Роль",
  "org.panel.status": "Статус",
  "org.panel.pseudonym": "Псевдоним",
  "org.panel.actions": "Действия",
  "org.panel.status.invited": "приглашён",
  "org.panel.status.active": "активен",
  "org.panel.status.declined": "отказался",
  "org.panel.status.removed": "исключён",
  "org.panel.resend": "Новая ссылка (старая перестанет действовать)",
  "org.panel.remove": "Исключить",
  "org.panel.invite": "Пригласить участника",
  "org.panel.institution": "Организация",
  "org.panel.institutionHint":
    "Выберите существующую организацию или введите новую вместе со страной. Для экспертов обязательно.",
  "org.panel.existingInstitution": "Существующая организация",
  "org.panel.noneChosen": "Не выбрана",
  "org.panel.newInstitution": "Или новая организация",
  "org.panel.country": "Страна новой организации",
  "org.panel.noInstitution": "Без организации",
  "org.panel.sendInvite": "Отправить приглашение",

  "org.results.title": "Результаты тура {number}",
  "org.results.publishHint":
    "После публикации эти результаты увидят заинтересованные стороны, а с началом следующего тура — и эксперты.",
  "org.results.noSnapshot": "Для этого вопроса статистика не сохранена.",
  "org.results.responses": "Ответили {n} из {eligible} экспертов",
  "org.results.scenario": "Сценарий",
  "org.results.median": "Медиана",
  "org.results.q1": "Нижний квартиль",
  "org.results.q3": "Верхний квартиль",
  "org.results.iqr": "Межквартильный размах",
  "org.results.mean": "Среднее",
  "org.results.pooled": "Агрегированные значения по методам",
  "org.results.synthesis": "Обобщение",
  "org.results.synthesisLabel": "Что сказала группа — для следующего тура экспертов",
  "org.results.saveSynthesis": "Сохранить обобщение",
  // Plain names of pooling methods and consensus measures (views/components/MethodName.tsx), technical name and formula behind
  "method.plain.median": "Типичное мнение экспертов (медиана)",
  "method.plain.mean": "Среднее ответов",
  "method.plain.geo-odds": "Среднее по шкале шансов",
  "method.plain.geo-pool": "Сбалансированное среднее долей сценариев",
  "method.plain.recency-median": "Типичное мнение, поздние ответы весомее",
  "method.plain.quantile-average": "Среднее диапазонов экспертов",
  "method.plain.mean-rank": "Среднее место",
  "method.plain.other": "Другой метод",
  "method.name.geo-pool": "Нормированный геометрический пул",
  "method.name.quantile-average": "Усреднение квантилей (винсентизация)",
  "method.name.mean-rank": "Средний ранг",
  "method.formula.median": "среднее значение ряда p₁ … pₙ (при чётном n — среднее двух средних значений)",
  "method.formula.mean": "(1/n) Σ pᵢ, линейный пул мнений (Stone 1961)",
  "method.formula.geo-odds":
    "σ((1/n) Σ logit pᵢ), logit p = ln(p / (1 − p)), p ограничено [0,001; 0,999] (Satopää и др. 2014)",
  "method.formula.geo-pool": "gₖ / Σⱼ gⱼ, где gₖ = (Πᵢ fᵢₖ)^(1/n), каждая доля не меньше 0,001",
  "method.formula.recency-median":
    "взвешенная медиана с весами exp(√i − √n), i — место ответа во времени (прогноз сообщества Metaculus)",
  "method.formula.quantile-average":
    "j-й объединённый квантиль равен (1/n) Σ qᵢⱼ для 5-го, 50-го и 95-го процентилей",
  // Quantity snapshots: the linear pool beside the quantile average
  "method.plain.linear-pool": "Диапазон всех мнений экспертов вместе",
  "method.name.linear-pool": "Линейный пул мнений (смесь распределений)",
  "method.formula.linear-pool":
    "F(x) = (1/n) Σ Fᵢ(x), где каждая Fᵢ линейна через 5-й, 50-й и 95-й процентили эксперта с хвостами по 10%; её 5-й, 50-й и 95-й процентили",
  "method.formula.mean-rank": "(1/n) Σ rᵢₖ, среднее мест, отданных варианту k (1 — первое)",
  "method.plain.iqr": "Разброс средней половины",
  "method.plain.band": "Доля ответов внутри полосы",
  "method.plain.kendall": "Согласие о порядке",
  "method.name.iqr": "Межквартильный размах (IQR)",
  "method.name.band": "Процент согласия",
  "method.name.kendall": "Коэффициент конкордации Кендалла W",
  "method.formula.iqr": "Q3 − Q1 (квартили типа 7); для сценариев и вариантов — наибольший из них",
  "method.formula.band": "доля ответов x, для которых low ≤ x ≤ high",
  "method.formula.kendall":
    "W = 12 S / (m² (n³ − n)), S — сумма квадратов отклонений сумм рангов, m экспертов, n вариантов",
  "method.plain.cv": "Относительный разброс",
  "method.name.cv": "Коэффициент вариации (КВ)",
  "method.formula.cv": "s / |среднее|: стандартное отклонение как доля среднего",
  "org.results.option": "Вариант",
  // Results: what the experts said (answers with reasons, sorted, filtered, searched)
  "org.answers.title": "Что сказали эксперты",
  "org.answers.sort": "Порядок",
  "org.answers.sortNone": "Как отправлены",
  "org.answers.sortAsc": "Ответ, сначала наименьший",
  "org.answers.sortDesc": "Ответ, сначала наибольший",
  "org.answers.byScenario": "по сценарию",
  "org.answers.byOption": "по варианту",
  "org.answers.outside": "Только ответы вне средней половины",
  "org.answers.search": "Поиск по обоснованиям",
  "org.answers.apply": "Показать",
  "org.answers.clear": "Показать все",
  "org.answers.count": "Ответов: {total}, у каждого — обоснование.",
  "org.answers.shown": "Показано {shown} из {total} ответов.",
  "org.answers.none": "В этом раунде ответов нет.",
  "org.answers.noneMatch": "Ни один ответ не подходит.",
  "org.answers.outsideBadge": "вне средней половины",
  "org.answers.noReason": "Обоснование не указано.",
  "org.answers.synthesisHint": "Эксперты прочтут это рядом с каждым вопросом в следующем раунде.",

  "org.refused.title": "Сейчас это невозможно",
  "org.refused.back": "Назад",
  "org.refused.forumClosed":
    "Форум закрыт и доступен только для чтения: в нём нельзя создать или открыть новый тур.",
  "org.overview.closedReadOnly": "Форум закрыт: он доступен только для чтения, новый тур создать нельзя.",
  "org.refused.open":
    "Тур {number} в состоянии «{state}»; открыть можно только тур в состоянии «{required}».",
  "org.refused.close":
    "Тур {number} в состоянии «{state}»; закрыть можно только тур в состоянии «{required}».",
  "org.refused.publish":
    "Тур {number} в состоянии «{state}»; опубликовать можно только тур в состоянии «{required}».",
  "org.refused.otherOpen":
    "Тур {number} нельзя открыть, пока открыт тур {other}. Сначала закройте тур {other}.",
  "org.refused.synthesis": "Тур {number} в состоянии «{state}»; обобщение пишется после закрытия тура.",
  "org.refused.notInvited": "Повторно отправить можно только ожидающее приглашение.",
  "org.refused.removeSelf": "Вы не можете исключить себя; это может сделать другой организатор.",
  "org.refused.alreadyRemoved": "Этот участник уже исключён.",

  "org.error.twoScenarios": "Опишите не менее двух сценариев.",
  "org.error.chooseQuestions": "Выберите хотя бы один вопрос.",
  "org.error.institutionRequired": "Экспертам нужна организация: выберите существующую или введите новую.",
  "org.error.alreadyMember": "Этот адрес уже есть в составе форума.",
  "org.error.integer": "Введите целое число.",
  "org.error.minBelowMax": "Наибольшая оценка должна быть больше наименьшей.",
  "org.error.ratingSpan": "Шкала оценок содержит не более 21 значения.",
  "org.error.iqrRequired":
    "Укажите наибольший межквартильный размах, при котором консенсус считается достигнутым.",
  "org.error.outOfScale": "Это значение лежит вне шкалы вопроса.",
  "org.error.lowAboveHigh": "Конец интервала должен быть больше его начала.",
  "org.error.noScenarioSets": "Сначала создайте набор сценариев.",

  "org.outbox.title": "Исходящие",
  "org.outbox.intro":
    "Журнал доставки форумов, которые вы организуете, сначала новые: каждое сообщение и его состояние. Ссылки, по которым входят в систему, скрыты. Сообщения со ссылкой для входа участников показываются только для квазианонимных форумов.",
  "org.outbox.none": "Сообщений пока нет.",
  "org.outbox.to": "кому: {to}",
  "org.outbox.body": "Текст сообщения",
  // E-mail delivery: the delivery log, failed invitations on the Panel, the sending budget.
  "org.outbox.redacted": "[ссылка скрыта: по ней входит получатель]",
  "org.outbox.notSending":
    "Почта сейчас не отправляется (MAIL_MODE не «send» или нет привязки SEND_EMAIL либо адреса MAIL_FROM): сообщения остаются здесь в очереди.",
  "org.outbox.filter.forum": "Форум",
  "org.outbox.filter.kind": "Вид",
  "org.outbox.filter.all": "Все",
  "org.outbox.filter.apply": "Показать",
  "org.outbox.kind.signin": "Ссылка для входа",
  "org.outbox.kind.invite": "Приглашение",
  "org.outbox.kind.invite-declined": "Отказ от приглашения",
  "org.outbox.kind.round-open": "Раунд открыт",
  "org.outbox.kind.reminder": "Напоминание",
  "org.outbox.state.queued": "в очереди",
  "org.outbox.state.sent": "отправлено",
  "org.outbox.state.retrying": "ошибка, будет повтор",
  "org.outbox.state.failed": "не доставлено",
  "org.outbox.sentAt": "отправлено {at}",
  "org.outbox.attempts":
    "{count, plural, one {# попытка} few {# попытки} many {# попыток} other {# попытки}}",
  "org.outbox.retried":
    "{count, plural, one {повторено # раз} few {повторено # раза} many {повторено # раз} other {повторено # раза}}",
  "org.outbox.nextAttempt": "следующая попытка {at}",
  "org.outbox.error": "Ответ почтовой службы: {error}",
  "org.outbox.capped":
    "{kind} ({forum}): отправка остановлена на суточном лимите в {cap} сообщений, отложено: {held}.",
  "org.panel.undelivered": "Приглашение не доставлено: {error}",
  "org.panel.sendAgain": "Отправить снова (новая ссылка)",
  "mail.budget.held":
    "{count, plural, one {# эксперту не отправлено напоминание} few {# экспертам не отправлено напоминание} many {# экспертам не отправлено напоминание} other {# эксперта не получили напоминание}}: достигнут суточный лимит в {cap} сообщений. Напомните им, когда лимит освободится (каждое сообщение учитывается 24 часа).",
  "mail.budget.importHeld":
    "{count, plural, one {# строка не приглашена} few {# строки не приглашены} many {# строк не приглашены} other {# строки не приглашены}}: достигнут суточный лимит в {cap} сообщений. Загрузите тот же файл завтра: уже приглашённые будут пропущены.",
  // End of e-mail delivery.

  "org.mail.roundOpen.subject": "{forum}: открыт тур {number}",
  "org.mail.roundOpen.body":
    "Открыт тур {number} экспертного форума «{forum}». Другие эксперты видят ваши ответы только под вашим псевдонимом.",
  "org.mail.roundOpen.action": "Перейти к туру {number}",
} satisfies Record<keyof typeof en, string>;
