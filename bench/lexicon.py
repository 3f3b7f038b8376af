"""Words and sentence templates the corpus generator builds articles from, per language.

Sentences are templates whose slots are filled from word lists. The lists are large
enough that two articles share few four-word runs (different stories on real news
sites share <= 5% of their shingles), and topical enough that the unrest articles
read as unrest articles to keyword scoring while the others do not.

Slots: {conn} connective, {adj} adjective, {noun}/{noun2} noun phrases of the
article's topic, {verb} past-tense verb phrase, {place} city, {time} time phrase,
{person}/{person2} people and {org}/{org2} organisations of the story's cast, {official}
who speaks, {num} a small number, {amount} a sum or share.
"""

from __future__ import annotations

from typing import Final

LANGUAGES: Final = ("en", "ru", "kk")
TOPICS: Final = ("unrest", "economy", "sport", "culture", "tech", "weather", "health", "transport")

PLACES: Final = {
    "en": ["Almaty", "Astana", "Nur-Sultan", "Shymkent", "Karaganda", "Aktobe", "Atyrau", "Aktau",
           "Zhanaozen", "Taldykorgan", "Taraz", "Pavlodar", "Oskemen", "Semey", "Kyzylorda", "Uralsk",
           "Kostanay", "Petropavl", "Turkistan", "Bishkek", "Tashkent", "Moscow", "Novosibirsk", "Omsk"],
    "ru": ["Алматы", "Астане", "Нур-Султане", "Шымкенте", "Караганде", "Актобе", "Атырау", "Актау",
           "Жанаозене", "Талдыкоргане", "Таразе", "Павлодаре", "Усть-Каменогорске", "Семее", "Кызылорде",
           "Уральске", "Костанае", "Петропавловске", "Туркестане", "Бишкеке", "Ташкенте", "Москве",
           "Новосибирске", "Омске"],
    "kk": ["Алматыда", "Астанада", "Нұр-Сұлтанда", "Шымкентте", "Қарағандыда", "Ақтөбеде", "Атырауда",
           "Ақтауда", "Жаңаөзенде", "Талдықорғанда", "Таразда", "Павлодарда", "Өскеменде", "Семейде",
           "Қызылордада", "Оралда", "Қостанайда", "Петропавлда", "Түркістанда", "Бішкекте", "Ташкентте",
           "Мәскеуде"],
}  # fmt: skip

FIRST_NAMES: Final = {
    "en": ["Aidos", "Aigerim", "Nurlan", "Dana", "Yerlan", "Saule", "Timur", "Asel", "Marat", "Gulnara",
           "Daniyar", "Madina", "Askar", "Zhanna", "Ruslan", "Aliya", "Sergei", "Olga", "John", "Sarah",
           "Michael", "Emma", "David", "Laura"],
    "ru": ["Айдос", "Айгерим", "Нурлан", "Дана", "Ерлан", "Сауле", "Тимур", "Асель", "Марат", "Гульнара",
           "Данияр", "Мадина", "Аскар", "Жанна", "Руслан", "Алия", "Сергей", "Ольга", "Андрей", "Наталья",
           "Михаил", "Елена", "Дмитрий", "Ирина"],
    "kk": ["Айдос", "Әйгерім", "Нұрлан", "Дана", "Ерлан", "Сәуле", "Тимур", "Әсел", "Марат", "Гүлнар",
           "Данияр", "Мадина", "Асқар", "Жанна", "Руслан", "Әлия", "Бауыржан", "Динара", "Қайрат", "Ләззат",
           "Ғалым", "Жұлдыз", "Серік", "Мөлдір"],
}  # fmt: skip

LAST_NAMES: Final = {
    "en": ["Abenov", "Seitkali", "Nurpeisov", "Omarova", "Zhakupov", "Iskakova", "Bekov", "Tulegenova",
           "Akhmetov", "Sultanova", "Karimov", "Yessimova", "Ivanov", "Petrova", "Smith", "Brown",
           "Baimukhanov", "Dzhaksybekova", "Ospanov", "Kaliyeva"],
    "ru": ["Абенов", "Сейткали", "Нурпеисов", "Омарова", "Жакупов", "Искакова", "Беков", "Тулегенова",
           "Ахметов", "Султанова", "Каримов", "Есимова", "Иванов", "Петрова", "Смирнов", "Кузнецова",
           "Баймуханов", "Джаксыбекова", "Оспанов", "Калиева"],
    "kk": ["Әбенов", "Сейтқали", "Нұрпейісов", "Омарова", "Жақыпов", "Ысқақова", "Беков", "Төлегенова",
           "Ахметов", "Сұлтанова", "Кәрімов", "Есімова", "Баймұханов", "Жақсыбекова", "Оспанов", "Қалиева",
           "Мұқанов", "Тәжібаева", "Жұмабеков", "Құлымбетова"],
}  # fmt: skip

TIMES: Final = {
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
           "on Sunday", "this week", "last month", "earlier this year", "in the morning", "late at night",
           "over the weekend", "in January", "since December", "two days ago"],
    "ru": ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу",
           "в воскресенье", "на этой неделе", "в прошлом месяце", "в начале года", "утром", "поздно вечером",
           "в выходные", "в январе", "с декабря", "два дня назад"],
    "kk": ["дүйсенбі күні", "сейсенбі күні", "сәрсенбі күні", "бейсенбі күні", "жұма күні", "сенбі күні",
           "жексенбі күні", "осы аптада", "өткен айда", "жыл басында", "таңертең", "кеш батқанда",
           "демалыс күндері", "қаңтар айында", "желтоқсаннан бері", "екі күн бұрын"],
}  # fmt: skip

CONNECTIVES: Final = {
    "en": ["Meanwhile,", "However,", "In addition,", "According to officials,", "At the same time,",
           "Earlier,", "As a result,", "Later,", "By contrast,", "For now,"],
    "ru": ["Между тем", "Однако", "Кроме того,", "По данным властей,", "В то же время", "Ранее",
           "В результате", "Позже", "При этом", "Пока что"],
    "kk": ["Сонымен қатар", "Алайда", "Бұдан бөлек", "Билік мәліметінше,", "Осы уақытта", "Бұған дейін",
           "Нәтижесінде", "Кейінірек", "Айта кетейік,", "Әзірге"],
}  # fmt: skip

OFFICIALS: Final = {
    "en": ["the interior ministry", "the health ministry", "the city administration", "the government",
           "the presidential press service", "local authorities", "the prosecutor general's office",
           "a spokesman for the company", "the national bank", "regional officials", "the organisers",
           "independent analysts"],
    "ru": ["МВД", "министерство здравоохранения", "акимат города", "правительство", "пресс-служба президента",
           "местные власти", "генеральная прокуратура", "представитель компании", "Национальный банк",
           "региональные чиновники", "организаторы", "независимые аналитики"],
    "kk": ["Ішкі істер министрлігі", "Денсаулық сақтау министрлігі", "қала әкімдігі", "Үкімет",
           "Президенттің баспасөз қызметі", "жергілікті билік", "Бас прокуратура", "компания өкілі",
           "Ұлттық банк", "өңірлік шенеуніктер", "ұйымдастырушылар", "тәуелсіз сарапшылар"],
}  # fmt: skip

# Per language and topic: nouns, verb phrases, adjectives.
WORDS: Final = {
    "en": {
        "unrest": (
            ["protesters", "security forces", "riot police", "demonstrators", "troops", "the curfew",
             "fuel prices", "the state of emergency", "peacekeepers", "detainees", "the city hall",
             "the airport", "the crowd", "gas prices", "the unrest", "checkpoints", "armoured vehicles",
             "the internet shutdown", "the CSTO mission", "looters", "the rally", "the square"],
            ["gathered near", "clashed with", "blocked", "stormed", "dispersed", "detained", "surrounded",
             "withdrew from", "returned to", "guarded", "set fire to", "marched towards", "occupied",
             "reported shooting near"],
            ["violent", "peaceful", "armed", "angry", "mass", "unprecedented", "tense", "deadly", "chaotic",
             "heavy", "overnight", "sporadic"],
        ),
        "economy": (
            ["the tenge", "inflation", "oil exports", "the budget", "small businesses", "interest rates",
             "the stock exchange", "grain harvest", "foreign investors", "the banking sector", "wages",
             "mortgage loans", "retail sales", "the uranium market", "copper output", "tax revenue"],
            ["raised", "cut", "approved", "forecast", "reported growth in", "invested in", "revised",
             "reduced spending on", "announced support for", "restructured", "doubled"],
            ["quarterly", "annual", "record", "modest", "sharp", "stable", "weak", "strong", "new",
             "domestic", "regional", "long-term"],
        ),
        "sport": (
            ["the national team", "the boxing champion", "the football club", "the hockey league",
             "the coach", "young athletes", "the cycling team", "the stadium", "the final match",
             "the wrestling federation", "the marathon", "the title fight", "fans", "the striker"],
            ["won", "lost", "signed", "trained for", "qualified for", "hosted", "defended", "drew with",
             "beat", "prepared for", "withdrew from"],
            ["decisive", "dramatic", "historic", "home", "away", "opening", "final", "junior", "Olympic",
             "continental", "unbeaten", "promising"],
        ),
        "culture": (
            ["the theatre", "the film festival", "the orchestra", "the museum", "young artists",
             "the exhibition", "the novel", "the opera house", "folk musicians", "the library",
             "the director", "the concert hall", "the poetry evening", "the gallery"],
            ["opened", "presented", "premiered", "restored", "celebrated", "hosted", "published",
             "toured", "awarded", "rehearsed", "curated"],
            ["classical", "modern", "national", "contemporary", "acclaimed", "experimental", "traditional",
             "sold-out", "annual", "rare", "touring", "restored"],
        ),
        "tech": (
            ["the startup", "mobile operators", "the data centre", "software engineers", "the app",
             "the satellite", "internet providers", "the tech park", "online payments", "the fintech firm",
             "broadband coverage", "the cloud platform", "digital services", "the chip supplier"],
            ["launched", "tested", "upgraded", "released", "acquired", "connected", "expanded",
             "secured funding for", "rolled out", "partnered with", "patented"],
            ["digital", "mobile", "wireless", "open-source", "secure", "automated", "cloud-based",
             "high-speed", "innovative", "local", "scalable", "experimental"],
        ),
        "weather": (
            ["heavy snow", "the cold snap", "strong winds", "the forecast", "temperatures", "ice on roads",
             "the blizzard", "spring floods", "the heat wave", "road crews", "mountain passes",
             "the weather service", "rainfall", "fog"],
            ["hit", "closed", "warned about", "cleared", "delayed", "affected", "covered", "brought",
             "eased", "disrupted", "swept through"],
            ["freezing", "mild", "severe", "unusual", "seasonal", "record", "icy", "dense", "dry", "wet",
             "gusty", "sudden"],
        ),
        "health": (
            ["the vaccination campaign", "hospitals", "doctors", "new infections", "the clinic",
             "the health insurance fund", "nurses", "patients", "the ambulance service", "the flu season",
             "medical students", "pharmacies", "the laboratory", "the booster dose"],
            ["treated", "vaccinated", "registered", "opened", "equipped", "reported", "expanded",
             "trained", "screened", "recommended", "tested"],
            ["free", "rural", "public", "private", "seasonal", "daily", "mobile", "specialised",
             "preventive", "urgent", "paediatric", "regional"],
        ),
        "transport": (
            ["the new metro line", "the railway", "airlines", "bus routes", "the highway", "taxi drivers",
             "the ring road", "cargo trains", "the bridge", "ticket prices", "electric buses",
             "the airport terminal", "freight traffic", "the tram network"],
            ["opened", "extended", "suspended", "resumed", "rebuilt", "modernised", "closed", "repaired",
             "connected", "rerouted", "added"],
            ["international", "suburban", "direct", "overnight", "electric", "new", "busy", "long-awaited",
             "regional", "scheduled", "express", "delayed"],
        ),
    },
    "ru": {
        "unrest": (
            ["протестующие", "силовики", "полиция", "митингующие", "войска", "комендантский час",
             "цены на топливо", "режим чрезвычайного положения", "миротворцы", "задержанные", "акимат",
             "аэропорт", "толпа", "цены на газ", "беспорядки", "блокпосты", "бронетехника",
             "отключение интернета", "миссия ОДКБ", "мародеры", "митинг", "площадь"],
            ["собрались у", "столкнулись с", "перекрыли", "штурмовали", "разогнали", "задержали",
             "окружили", "покинули", "вернулись к", "охраняли", "подожгли", "двинулись к", "заняли",
             "сообщили о стрельбе у"],
            ["жестокие", "мирные", "вооруженные", "массовые", "беспрецедентные", "напряженные",
             "кровавые", "хаотичные", "ночные", "стихийные", "масштабные", "тревожные"],
        ),
        "economy": (
            ["тенге", "инфляция", "экспорт нефти", "бюджет", "малый бизнес", "базовая ставка",
             "фондовая биржа", "урожай зерна", "иностранные инвесторы", "банковский сектор", "зарплаты",
             "ипотечные кредиты", "розничные продажи", "рынок урана", "добыча меди", "налоговые поступления"],
            ["повысили", "снизили", "одобрили", "спрогнозировали", "увеличили", "инвестировали в",
             "пересмотрели", "сократили расходы на", "объявили о поддержке", "реструктурировали",
             "удвоили"],
            ["квартальный", "годовой", "рекордный", "скромный", "резкий", "стабильный", "слабый",
             "сильный", "новый", "внутренний", "региональный", "долгосрочный"],
        ),
        "sport": (
            ["сборная", "чемпион по боксу", "футбольный клуб", "хоккейная лига", "тренер",
             "юные спортсмены", "велокоманда", "стадион", "финальный матч", "федерация борьбы", "марафон",
             "титульный бой", "болельщики", "нападающий"],
            ["выиграли", "проиграли", "подписали", "готовились к", "вышли в", "приняли", "защитили",
             "сыграли вничью с", "обыграли", "начали подготовку к", "снялись с"],
            ["решающий", "драматичный", "исторический", "домашний", "выездной", "стартовый",
             "финальный", "юниорский", "олимпийский", "континентальный", "непобедимый", "перспективный"],
        ),
        "culture": (
            ["театр", "кинофестиваль", "оркестр", "музей", "молодые художники", "выставка", "роман",
             "оперный театр", "народные музыканты", "библиотека", "режиссер", "концертный зал",
             "поэтический вечер", "галерея"],
            ["открыли", "представили", "показали впервые", "отреставрировали", "отметили", "приняли",
             "опубликовали", "гастролировали с", "наградили", "репетировали", "подготовили"],
            ["классический", "современный", "национальный", "признанный", "экспериментальный",
             "традиционный", "аншлаговый", "ежегодный", "редкий", "гастрольный", "новый", "камерный"],
        ),
        "tech": (
            ["стартап", "мобильные операторы", "дата-центр", "программисты", "приложение", "спутник",
             "интернет-провайдеры", "технопарк", "онлайн-платежи", "финтех-компания", "широкополосный доступ",
             "облачная платформа", "цифровые услуги", "поставщик чипов"],
            ["запустили", "протестировали", "обновили", "выпустили", "приобрели", "подключили",
             "расширили", "привлекли инвестиции в", "внедрили", "заключили партнерство с", "запатентовали"],
            ["цифровой", "мобильный", "беспроводной", "открытый", "защищенный", "автоматизированный",
             "облачный", "скоростной", "инновационный", "местный", "масштабируемый", "экспериментальный"],
        ),
        "weather": (
            ["снегопад", "похолодание", "сильный ветер", "прогноз", "температура", "гололед", "буран",
             "весенний паводок", "жара", "дорожные службы", "горные перевалы", "Казгидромет", "осадки",
             "туман"],
            ["обрушился на", "закрыл", "предупредил о", "расчистили", "задержал", "затронул", "накрыл",
             "принес", "ослаб", "нарушил", "прошел через"],
            ["морозный", "мягкий", "сильный", "необычный", "сезонный", "рекордный", "ледяной", "густой",
             "сухой", "влажный", "порывистый", "внезапный"],
        ),
        "health": (
            ["вакцинация", "больницы", "врачи", "новые случаи заражения", "поликлиника", "фонд медстрахования",
             "медсестры", "пациенты", "скорая помощь", "сезон гриппа", "студенты-медики", "аптеки",
             "лаборатория", "бустерная доза"],
            ["вылечили", "привили", "зарегистрировали", "открыли", "оснастили", "сообщили о", "расширили",
             "обучили", "обследовали", "рекомендовали", "протестировали"],
            ["бесплатный", "сельский", "государственный", "частный", "сезонный", "ежедневный", "мобильный",
             "специализированный", "профилактический", "срочный", "детский", "областной"],
        ),
        "transport": (
            ["новая ветка метро", "железная дорога", "авиакомпании", "автобусные маршруты", "трасса",
             "таксисты", "кольцевая дорога", "грузовые поезда", "мост", "цены на билеты", "электробусы",
             "терминал аэропорта", "грузоперевозки", "трамвайная сеть"],
            ["открыли", "продлили", "приостановили", "возобновили", "перестроили", "модернизировали",
             "закрыли", "отремонтировали", "соединили", "изменили маршрут", "добавили"],
            ["международный", "пригородный", "прямой", "ночной", "электрический", "новый", "загруженный",
             "долгожданный", "региональный", "плановый", "скоростной", "задержанный"],
        ),
    },
    "kk": {
        "unrest": (
            ["наразылық білдірушілер", "құқық қорғау органдары", "полиция", "шеруге шыққандар", "әскер",
             "коменданттық сағат", "жанармай бағасы", "төтенше жағдай", "бітімгерлер", "ұсталғандар",
             "әкімдік ғимараты", "әуежай", "жиналған халық", "газ бағасы", "тәртіпсіздік", "бақылау бекеттері",
             "әскери техника", "интернеттің өшірілуі", "ҰҚШҰ миссиясы", "тонаушылар", "митинг", "алаң"],
            ["маңына жиналды", "қақтығысқа түсті", "жолды жапты", "басып алды", "таратып жіберді",
             "ұстады", "қоршап алды", "кетіп қалды", "қайта оралды", "күзетті", "өртеп жіберді",
             "бағыт алды", "орналасты", "атыс болғанын хабарлады"],
            ["қатыгез", "бейбіт", "қарулы", "жаппай", "бұрын-соңды болмаған", "шиеленіскен", "қанды",
             "бейберекет", "түнгі", "кездейсоқ", "ауқымды", "алаңдатарлық"],
        ),
        "economy": (
            ["теңге", "инфляция", "мұнай экспорты", "бюджет", "шағын бизнес", "базалық мөлшерлеме",
             "қор биржасы", "астық өнімі", "шетелдік инвесторлар", "банк секторы", "жалақы", "ипотека",
             "бөлшек сауда", "уран нарығы", "мыс өндірісі", "салық түсімдері"],
            ["көтерді", "төмендетті", "мақұлдады", "болжады", "ұлғайтты", "инвестиция салды", "қайта қарады",
             "шығынды қысқартты", "қолдау жариялады", "қайта құрылымдады", "екі есеге арттырды"],
            ["тоқсандық", "жылдық", "рекордтық", "қарапайым", "күрт", "тұрақты", "әлсіз", "күшті", "жаңа",
             "ішкі", "өңірлік", "ұзақ мерзімді"],
        ),
        "sport": (
            ["құрама", "бокс чемпионы", "футбол клубы", "хоккей лигасы", "бапкер", "жас спортшылар",
             "велокоманда", "стадион", "финалдық матч", "күрес федерациясы", "марафон", "титулдық жекпе-жек",
             "жанкүйерлер", "шабуылшы"],
            ["жеңді", "жеңілді", "келісімшартқа қол қойды", "дайындалды", "іріктеуден өтті", "қабылдады",
             "қорғады", "тең түсті", "ұтты", "дайындықты бастады", "жарыстан шықты"],
            ["шешуші", "қызықты", "тарихи", "үй", "қонақтағы", "алғашқы", "финалдық", "жасөспірімдер",
             "олимпиадалық", "құрлықтық", "жеңілмеген", "үміт күттіретін"],
        ),
        "culture": (
            ["театр", "кинофестиваль", "оркестр", "мұражай", "жас суретшілер", "көрме", "роман",
             "опера театры", "халық әншілері", "кітапхана", "режиссер", "концерт залы", "поэзия кеші",
             "галерея"],
            ["ашты", "таныстырды", "тұсаукесерін өткізді", "қалпына келтірді", "атап өтті", "қабылдады",
             "жариялады", "гастрольге шықты", "марапаттады", "дайындады", "ұйымдастырды"],
            ["классикалық", "заманауи", "ұлттық", "танымал", "тәжірибелік", "дәстүрлі", "аншлагты",
             "жыл сайынғы", "сирек", "гастрольдік", "жаңа", "камералық"],
        ),
        "tech": (
            ["стартап", "ұялы байланыс операторлары", "дата-орталық", "бағдарламашылар", "қосымша",
             "жер серігі", "интернет провайдерлер", "технопарк", "онлайн төлемдер", "финтех компания",
             "кең жолақты байланыс", "бұлтты платформа", "цифрлық қызметтер", "чип жеткізуші"],
            ["іске қосты", "сынақтан өткізді", "жаңартты", "шығарды", "сатып алды", "қосты", "кеңейтті",
             "инвестиция тартты", "енгізді", "серіктестік орнатты", "патенттеді"],
            ["цифрлық", "мобильді", "сымсыз", "ашық", "қорғалған", "автоматтандырылған", "бұлтты",
             "жоғары жылдамдықты", "инновациялық", "жергілікті", "икемді", "тәжірибелік"],
        ),
        "weather": (
            ["қалың қар", "суық", "қатты жел", "ауа райы болжамы", "температура", "көктайғақ", "боран",
             "көктемгі су тасқыны", "аптап ыстық", "жол қызметтері", "тау асулары", "Қазгидромет",
             "жауын-шашын", "тұман"],
            ["соқты", "жапты", "ескертті", "тазартты", "кешіктірді", "әсер етті", "басып қалды", "әкелді",
             "бәсеңдеді", "бұзды", "өтті"],
            ["аязды", "жұмсақ", "қатты", "ерекше", "маусымдық", "рекордтық", "мұзды", "қою", "құрғақ",
             "ылғалды", "екпінді", "кенеттен"],
        ),
        "health": (
            ["вакцинация", "ауруханалар", "дәрігерлер", "жаңа жұқтыру жағдайлары", "емхана",
             "медициналық сақтандыру қоры", "мейірбикелер", "науқастар", "жедел жәрдем", "тұмау маусымы",
             "медицина студенттері", "дәріханалар", "зертхана", "қосымша доза"],
            ["емдеді", "екпе салды", "тіркеді", "ашты", "жабдықтады", "хабарлады", "кеңейтті", "оқытты",
             "тексерді", "ұсынды", "сынақтан өткізді"],
            ["тегін", "ауылдық", "мемлекеттік", "жеке", "маусымдық", "күнделікті", "жылжымалы", "мамандандырылған",
             "алдын алу", "шұғыл", "балалар", "облыстық"],
        ),
        "transport": (
            ["метроның жаңа желісі", "темір жол", "әуе компаниялары", "автобус бағыттары", "тас жол",
             "такси жүргізушілері", "айналма жол", "жүк пойыздары", "көпір", "билет бағасы", "электробустар",
             "әуежай терминалы", "жүк тасымалы", "трамвай желісі"],
            ["ашты", "ұзартты", "тоқтатты", "қайта бастады", "қайта салды", "жаңғыртты", "жапты",
             "жөндеді", "байланыстырды", "бағытын өзгертті", "қосты"],
            ["халықаралық", "қала маңындағы", "тікелей", "түнгі", "электр", "жаңа", "жүктелген", "көптен күткен",
             "өңірлік", "жоспарлы", "жедел", "кешіккен"],
        ),
    },
}  # fmt: skip

SENTENCES: Final = {
    "en": [
        "{conn} {adj} {noun} {verb} {noun2} in {place} {time}.",
        "{official} said {time} that {org} {verb} {noun2} worth {amount}.",
        "According to {person} of {org}, {num} {adj} {noun} {verb} {noun2} near {place}.",
        "\"{adj} {noun} in {place} is our priority,\" {person} said.",
        "{person} told reporters that {org} {verb} {noun2} {time}.",
        "In {place}, {org} {verb} {adj} {noun2}, {official} confirmed.",
        "{conn} {org} expects {adj} {noun} to reach {amount} {time}.",
        "{person} criticised {org} over {noun} in {place} {time}.",
        "Residents of {place} said {noun} {verb} {noun2} {num} times {time}.",
        "{person}, who heads {org}, put the cost of {noun} at {amount}.",
        "{org} and {org2} {verb} {noun2} in {place}.",
        "{person} and {person2} {verb} {adj} {noun2} {time}.",
    ],
    "ru": [
        "{conn} {adj} {noun} {verb} {noun2} в {place} {time}.",
        "{official} {time} сообщили, что {org} {verb} {noun2} на {amount}.",
        "По словам {person} из {org}, {num} раз {noun} {verb} {noun2} в {place}.",
        "«{adj} {noun} в {place} — наш приоритет», — сказал {person}.",
        "{person} рассказал журналистам, что {org} {verb} {noun2} {time}.",
        "В {place} {org} {verb} {noun2}, подтвердили в ведомстве «{official}».",
        "{conn} в {org} ожидают, что {adj} {noun} достигнет {amount} {time}.",
        "{person} раскритиковал {org} за {noun} в {place} {time}.",
        "Жители говорят, что в {place} {noun} {verb} {noun2} {num} раз {time}.",
        "{person}, глава {org}, оценил {noun} в {amount}.",
        "{org} и {org2} {verb} {noun2} в {place}.",
        "{person} и {person2} {verb} {adj} {noun2} {time}.",
    ],
    "kk": [
        "{conn} {adj} {noun} {place} {noun2} {verb} {time}.",
        "{official} {time} {org} {noun2} {amount} {verb} деп хабарлады.",
        "{org} өкілі {person} айтуынша, {place} {num} рет {noun} {verb}.",
        "«{place} {adj} {noun} – басты міндет», – деді {person}.",
        "{person} журналистерге {org} {time} {noun2} {verb} деп айтты.",
        "{place} {org} {adj} {noun2} {verb}, деп растады {official}.",
        "{conn} {org} {adj} {noun} {time} {amount} жетеді деп күтуде.",
        "{person} {place} {noun} үшін {org} сынға алды {time}.",
        "Тұрғындардың айтуынша, {place} {noun} {num} рет {verb} {time}.",
        "{org} басшысы {person} {noun} құнын {amount} деп бағалады.",
        "{org} пен {org2} {place} {noun2} {verb}.",
        "{person} мен {person2} {time} {adj} {noun2} {verb}.",
    ],
}  # fmt: skip

# Each story has its own cast: people, organisations and villages named from syllables,
# as real stories name people and companies no other story names.
SYLLABLES: Final = {
    "en": ["ka", "ra", "zhan", "bek", "nur", "as", "tan", "sul", "ai", "dar", "er", "lan", "mu", "rat", "ba",
           "kyt", "zhol", "sa", "ken", "tai", "or", "al", "ty", "shy", "gys", "te", "mir", "bo", "lat", "ga"],
    "ru": ["ка", "ра", "жан", "бек", "нур", "ас", "тан", "сул", "ай", "дар", "ер", "лан", "му", "рат", "ба",
           "кыт", "жол", "са", "кен", "тай", "ор", "ал", "ты", "шы", "гыс", "те", "мир", "бо", "лат", "га"],
    "kk": ["қа", "ра", "жан", "бек", "нұр", "ас", "тан", "сұл", "ай", "дәр", "ер", "лан", "мұ", "рат", "ба",
           "қыт", "жол", "са", "кен", "тай", "ор", "әл", "ты", "шы", "ғыс", "те", "мір", "бө", "лат", "ға"],
}  # fmt: skip

SURNAME_ENDINGS: Final = {"en": ["ov", "ova", "uly", "kyzy", "in"], "ru": ["ов", "ова", "ин", "ина", "ев"],
                          "kk": ["ов", "ова", "ұлы", "қызы", "ев"]}  # fmt: skip

ORGANISATIONS: Final = {
    "en": ["{x} Invest", "{x} Group", "the {x} foundation", "{x} Holding", "the {x} association", "{x} LLP"],
    "ru": ["ТОО «{x}»", "АО «{x}»", "фонд «{x}»", "холдинг «{x}»", "ассоциация «{x}»", "компания «{x}»"],
    "kk": ["«{x}» ЖШС", "«{x}» АҚ", "«{x}» қоры", "«{x}» холдингі", "«{x}» қауымдастығы", "«{x}» компаниясы"],
}  # fmt: skip

VILLAGES: Final = {"en": "the village of {x}", "ru": "селе {x}", "kk": "{x} ауылында"}

AMOUNTS: Final = {
    "en": ["{n} million tenge", "{n} billion tenge", "{n} percent", "${n} million", "{n} thousand tonnes"],
    "ru": ["{n} млн тенге", "{n} млрд тенге", "{n} процента", "{n} млн долларов", "{n} тыс. тонн"],
    "kk": ["{n} млн теңге", "{n} млрд теңге", "{n} пайыз", "{n} млн доллар", "{n} мың тонна"],
}  # fmt: skip

TITLES: Final = {
    "en": ["{adj} {noun} in {place}: what we know", "{noun} {verb} {noun2} in {place}",
           "{person}: {adj} {noun} will change {place}", "Why {noun} {verb} {noun2} {time}",
           "{place} braces for {adj} {noun}"],
    "ru": ["{adj} {noun} в {place}: что известно", "{noun} {verb} {noun2} в {place}",
           "{person}: {adj} {noun} изменит город", "Почему {noun} {verb} {noun2} {time}",
           "{noun}: в {place} ждут перемен"],
    "kk": ["{place} {adj} {noun}: не белгілі", "{place} {noun} {noun2} {verb}",
           "{person}: {adj} {noun} қаланы өзгертеді", "{noun} {time} неге {verb}",
           "{place} {adj} {noun} күтілуде"],
}  # fmt: skip

# Unrest articles carry figure claims; {n} is a count formatted for the language.
FIGURES: Final = {
    "en": [
        "More than {n} people were detained across the country, the interior ministry said.",
        "At least {n} people were killed during the unrest in Kazakhstan, officials said.",
        "{n} people were injured in the clashes, the health ministry reported.",
        "About {n} troops of the CSTO arrived in Kazakhstan to guard strategic sites.",
        "Police said {n} criminal cases had been opened over the riots.",
        "{n} people were taken to hospital in Almaty after the protests.",
    ],
    "ru": [
        "Более {n} человек задержаны по всей стране, сообщили в МВД Казахстана.",
        "В ходе беспорядков в Казахстане погибли по меньшей мере {n} человек.",
        "Ранения в столкновениях получили {n} человек, сообщил минздрав.",
        "Около {n} военных ОДКБ прибыли в Казахстан для охраны стратегических объектов.",
        "Полиция возбудила {n} уголовных дел по фактам массовых беспорядков.",
        "{n} человек госпитализированы в Алматы после протестов.",
    ],
    "kk": [
        "Ел бойынша {n} адамнан астам ұсталды, деп хабарлады Ішкі істер министрлігі.",
        "Қазақстандағы тәртіпсіздік кезінде кемінде {n} адам қаза тапты.",
        "Қақтығыстарда {n} адам жарақат алды, деп хабарлады Денсаулық сақтау министрлігі.",
        "ҰҚШҰ-ның {n}-ға жуық әскері Қазақстанға келді.",
        "Полиция жаппай тәртіпсіздіктер бойынша {n} қылмыстық іс қозғады.",
        "Наразылықтардан кейін Алматыда {n} адам ауруханаға түсті.",
    ],
}  # fmt: skip

# Counts reported during January 2022 (and a few others), so figures look like the real ones.
FIGURE_VALUES: Final = (4266, 5800, 7939, 9900, 10000, 225, 164, 227, 4353, 2000, 3000, 547, 1300, 2265)

# Lines reposting sites wrap a story in; part of the body, so extraction keeps them.
REPOST_LINES: Final = {
    "en": ["Source: {site}. Republished with permission.", "Photo: {site} / archive",
           "Subscribe to our Telegram channel to be the first to know the news.",
           "If you find a typo, select it and press Ctrl+Enter.", "Read also: {title}",
           "Follow {site} on social media for live updates."],
    "ru": ["Источник: {site}. Перепечатано с разрешения.", "Фото: {site} / архив",
           "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости.",
           "Если вы нашли ошибку, выделите ее и нажмите Ctrl+Enter.", "Читайте также: {title}",
           "Следите за новостями {site} в социальных сетях."],
    "kk": ["Дереккөз: {site}. Рұқсатпен жарияланды.", "Фото: {site} / мұрағат",
           "Жаңалықтарды бірінші білу үшін Telegram-арнамызға жазылыңыз.",
           "Қате тапсаңыз, оны белгілеп, Ctrl+Enter басыңыз.", "Оқи отырыңыз: {title}",
           "{site} жаңалықтарын әлеуметтік желілерде бақылаңыз."],
}  # fmt: skip

CUT_LINE: Final = {
    "en": "Continue reading on {site}.",
    "ru": "Продолжение читайте на {site}.",
    "kk": "Жалғасын {site} сайтынан оқыңыз.",
}

# Site chrome: navigation sections and footer labels, in the page's language.
SECTIONS: Final = {
    "en": ["News", "World", "Politics", "Business", "Markets", "Tech", "Science", "Health", "Sport",
           "Culture", "Opinion", "Video", "Podcasts", "Weather", "Travel", "Lifestyle"],
    "ru": ["Новости", "Мир", "Политика", "Бизнес", "Рынки", "Технологии", "Наука", "Здоровье", "Спорт",
           "Культура", "Мнения", "Видео", "Подкасты", "Погода", "Путешествия", "Стиль жизни"],
    "kk": ["Жаңалықтар", "Әлем", "Саясат", "Бизнес", "Нарық", "Технология", "Ғылым", "Денсаулық",
           "Спорт", "Мәдениет", "Пікір", "Бейне", "Подкаст", "Ауа райы", "Саяхат", "Өмір салты"],
}  # fmt: skip

FOOTER: Final = {
    "en": ["About us", "Contacts", "Advertising", "Privacy policy", "Terms of use", "Careers",
           "Editorial policy", "Corrections", "Newsletters", "RSS", "Archive", "Cookie settings"],
    "ru": ["О нас", "Контакты", "Реклама", "Политика конфиденциальности", "Условия использования",
           "Вакансии", "Редакционная политика", "Исправления", "Рассылки", "RSS", "Архив", "Настройки cookie"],
    "kk": ["Біз туралы", "Байланыс", "Жарнама", "Құпиялылық саясаты", "Пайдалану шарттары", "Бос орындар",
           "Редакциялық саясат", "Түзетулер", "Жазылу", "RSS", "Мұрағат", "Cookie баптаулары"],
}  # fmt: skip

COMMENTS: Final = {
    "en": ["Totally agree with the author.", "Who is going to pay for all this?", "Great article, thanks!",
           "This is exactly what happened in our town too.", "I don't believe a word of it.",
           "Finally someone is writing about it.", "The numbers do not add up.", "Waiting for updates."],
    "ru": ["Полностью согласен с автором.", "А кто за все это заплатит?", "Отличная статья, спасибо!",
           "У нас в городе было то же самое.", "Не верю ни одному слову.", "Наконец-то кто-то об этом пишет.",
           "Цифры не сходятся.", "Ждем продолжения."],
    "kk": ["Авторға толық келісемін.", "Мұның бәріне кім төлейді?", "Керемет мақала, рахмет!",
           "Біздің қалада да дәл осылай болды.", "Бір сөзіне де сенбеймін.", "Ақыры біреу бұл туралы жазды.",
           "Сандар сәйкес келмейді.", "Жалғасын күтеміз."],
}  # fmt: skip

SITE_NAMES: Final = ("Steppe Daily", "Kazinform Wire", "Almaty Courier", "Caspian Herald", "Orda Times",
                     "Tengri Post", "Eurasia Monitor", "Altai Bulletin")  # fmt: skip
