"""Topic scoring on the seed articles and on texts written here for the purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.settings import Settings
from pipeline.topics import TOPIC, score_topics

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
THRESHOLD = Settings().topic_threshold

# (title, text) pairs. English negatives are full-length stories that name Kazakhstan
# or share the unrest's vocabulary without being about the January 2022 unrest.
ECONOMY = (
    "Kazakhstan's oil output climbs as Tengiz expansion nears completion",
    """\
Kazakhstan pumped 1.75 million barrels of crude and condensate a day in March, the energy ministry said on Friday, the highest level since the country joined the OPEC+ output deal and above its quota for a third month.

Most of the growth came from the Kashagan field in the Caspian Sea, which returned to full capacity after maintenance, and from Tengiz, where Chevron-led Tengizchevroil is finishing a $45 billion expansion expected to add 260,000 barrels a day next year. Production briefly dipped in early January, when unrest disrupted work at some fields in western Kazakhstan, but recovered within weeks.

Higher output and prices above $100 a barrel are feeding through to the wider economy. The statistics bureau estimated GDP growth at 4.4% in the first quarter, led by mining, construction and trade. The National Bank kept its base rate at 13.5% on Monday, saying inflation, which reached 12% in March, was driven by food prices and the weaker tenge.

The tenge has lost about 8% against the dollar since February, when sanctions on Russia, Kazakhstan's largest trading partner, hit regional currencies. The central bank sold $1.2 billion from the National Fund to support the currency last month and said it would keep intervening to smooth volatility.

Analysts at Halyk Finance expect growth to slow to about 3% this year as exports through the Caspian Pipeline Consortium, which carries most Kazakh crude to the Black Sea port of Novorossiysk, face disruption risks. The government has said it is studying alternative routes across the Caspian to Azerbaijan and Turkey.

Finance Minister Yerulan Zhamaubayev told parliament the budget would be revised to account for higher oil revenue and increased social spending, including a rise in pensions and public sector wages from July.""",
)

SHOOTING_2016 = (
    "Gunman kills police officers in Almaty",
    """\
A gunman killed three police officers and a civilian in Kazakhstan's largest city, Almaty, on Monday, in what President Nursultan Nazarbayev called a terrorist act.

The attacker opened fire on a district police station in the morning before driving to the nearby headquarters of the National Security Committee, where he exchanged fire with guards, the Interior Ministry said. A second police officer died later in hospital. Several people, including a passer-by, were wounded.

The suspect, identified by officials as 26-year-old Ruslan Kulekbayev, was wounded and detained after a shootout lasting several hours. Police initially said an accomplice might be at large and closed streets in the city centre, but later said he had acted alone. Investigators said he had previously served a prison sentence and had links to radical Islamists.

Almaty authorities raised the terrorism threat level in the city to red, the highest, and asked residents to stay at home. Shopping centres and markets closed early, and armed patrols were posted at metro stations and government buildings.

The attack came about a month after gunmen raided two gun shops and a National Guard base in the western city of Aktobe in June 2016, killing several soldiers and civilians. Dozens of suspects were detained after that attack, which the authorities also blamed on radical Islamists.

Nazarbayev cut short a trip abroad and called a meeting of the Security Council, ordering the police to tighten control over the sale of weapons. "The criminals will be found and punished," he said in a statement on Monday evening.""",
)

COVID = (
    "Central Asia COVID-19 bulletin: Omicron cases climb",
    """\
Kazakhstan reported 2,113 new coronavirus infections on Tuesday, the highest daily figure since September, as the Omicron variant spread across Central Asia, health officials said.

The Health Ministry said 14 people with COVID-19 had died in the past 24 hours and 1,254 were being treated in hospital, 98 of them in intensive care. Almaty and Nur-Sultan were moved into the "red zone", where cafes must close at 11 p.m. and mass events are limited.

Chief sanitary doctor Yerlan Kiyasov said about 8.9 million people in Kazakhstan, roughly 80% of adults, had received two vaccine doses, and urged the elderly to get a booster shot. Schools in the largest cities will switch to distance learning for two weeks from Monday.

In Uzbekistan, the health ministry recorded 780 new cases and two deaths, and reintroduced mandatory masks on public transport. Kyrgyzstan reported 412 new infections and said it would require a negative PCR test from travellers arriving from abroad.

The World Health Organization's Europe office said the region should prepare for a sharp rise in hospital admissions over the next month, even though Omicron appears to cause milder illness than the Delta variant.""",
)

BELARUS = (
    "Thousands detained as protests sweep Belarus after disputed vote",
    """\
Belarusian riot police detained about 3,000 people on Monday night as protests against the official result of Sunday's presidential election spread from Minsk to other cities, the interior ministry said.

Police used stun grenades, rubber bullets and water cannon against crowds chanting "Go away!" at President Alexander Lukashenko, who was declared the winner with 80% of the vote. One protester died in Minsk after what officials said was an explosive device went off in his hand. Dozens of people, including police officers, were injured.

Opposition candidate Svetlana Tikhanovskaya, who says she won, left for Lithuania on Tuesday after spending hours at the election commission. In a video message she urged supporters to stop the street protests and avoid clashes with the police.

The European Union said the vote was neither free nor fair and threatened sanctions against officials responsible for the violence. Russia's President Vladimir Putin and Kazakhstan's President Kassym-Jomart Tokayev congratulated Lukashenko, and the Kremlin said Putin and Lukashenko would meet soon.

Internet access was disrupted across Belarus for a third day, and independent journalists said several reporters had been beaten and detained while covering the demonstrations.""",
)

# Short wire copy in the style of TASS, Tengrinews and Kazinform.
RU_RELEVANT = (
    "В Алматы задержаны более 2 тыс. участников беспорядков",
    """\
АЛМАТЫ, 7 января. /ТАСС/. Более 2 тыс. человек задержаны в Алматы в ходе массовых беспорядков, сообщили в пятницу в департаменте полиции города. По данным МВД Казахстана, в результате столкновений погибли 18 сотрудников силовых структур, ранены более 700. В стране действует режим чрезвычайного положения, введенный президентом Касым-Жомартом Токаевым до 19 января. Протесты начались 2 января в Жанаозене после повышения цен на сжиженный газ.""",
)

RU_CSTO = (
    "Миротворцы ОДКБ взяли под охрану стратегические объекты Казахстана",
    """\
МОСКВА, 8 января. /ТАСС/. Российские миротворцы в составе коллективных сил Организации Договора о коллективной безопасности взяли под охрану аэропорт Алматы и ряд других объектов, сообщили в Минобороны России. Контингент ОДКБ был направлен в республику по просьбе Токаева после беспорядков.""",
)

RU_ECONOMY = (
    "Нацбанк Казахстана сохранил базовую ставку на уровне 10,25%",
    """\
Национальный банк Казахстана сохранил базовую ставку на уровне 10,25% годовых, сообщает Tengrinews.kz. Годовая инфляция в декабре составила 8,4%, курс тенге к доллару за год ослаб на 3%. По оценке Минэкономики, рост ВВП Казахстана в 2021 году составил 4%, добыча нефти выросла до 85,7 млн тонн.""",
)

RU_COVID_EMERGENCY = (
    "В Казахстане ввели режим ЧП из-за коронавируса",
    """\
НУР-СУЛТАН, 15 марта. /ТАСС/. Президент Казахстана Касым-Жомарт Токаев подписал указ о введении режима чрезвычайного положения в стране с 16 марта по 15 апреля в связи с пандемией коронавируса. В Казахстане выявлено 9 случаев заражения COVID-19, погибших нет.""",
)

KK_RELEVANT = (
    "Алматыда тәртіпсіздікке қатысқан 2 мыңнан астам адам ұсталды",
    """\
Алматы. ҚазАқпарат - Алматыда жаппай тәртіпсіздіктер кезінде 2 мыңнан астам адам ұсталды. Бұл туралы ҚР Ішкі істер министрлігі хабарлады. Қақтығыстар салдарынан құқық қорғау органдарының 18 қызметкері қаза тапты, 700-ден астамы жараланды. Елде 19 қаңтарға дейін төтенше жағдай режимі енгізілді. Наразылық 2 қаңтарда Жаңаөзенде сұйытылған газ бағасының өсуіне байланысты басталды.""",
)

KK_CSTO = (
    "ҰҚШҰ бітімгерлері Қазақстанға келді",
    """\
Нұр-Сұлтан. ҚазАқпарат - Ұжымдық қауіпсіздік туралы шарт ұйымының бітімгерлік күштері Қазақстанға келді. Мемлекет басшысы Қасым-Жомарт Тоқаев ҰҚШҰ-ға елдегі тәртіпсіздіктерге байланысты көмек сұрап жүгінген болатын.""",
)

KK_ECONOMY = (
    "Қазақстанда мұнай өндіру көлемі артты",
    """\
Нұр-Сұлтан. ҚазАқпарат - 2021 жылы Қазақстанда 85,7 млн тонна мұнай өндірілді. Бұл туралы Энергетика министрлігі хабарлады. Ұлттық банк базалық мөлшерлемені 10,25 пайыз деңгейінде сақтады, теңге бағамы доллармен салыстырғанда 3 пайызға әлсіреді. Елдің ішкі жалпы өнімі 4 пайызға өсті.""",
)

KK_COVID = (
    "Қазақстанда тәулік ішінде 2 113 адамнан коронавирус анықталды",
    """\
Нұр-Сұлтан. ҚазАқпарат - Өткен тәулікте Қазақстанда 2 113 адамнан коронавирус инфекциясы анықталды. Денсаулық сақтау министрлігінің мәліметінше, 14 науқас қайтыс болды. Алматы мен Нұр-Сұлтан «қызыл аймаққа» өтті.""",
)

# Kazinform style, with Kazakh suffixes on every cue: -дегі, -ққа, -ның, -тың, -ға.
KK_INFLECTED = (
    "Жаңаөзендегі наразылыққа қатысушылар газ бағасының төмендеуін талап етті",
    """\
Маңғыстау облысы. ҚазАқпарат - Жаңаөзен қаласында наразылық акциясына қатысушылар сұйытылған газ бағасын төмендетуді талап етті. Тоқаевтың тапсырмасымен облыс әкімдігі газ бағасын 50 теңгеге дейін төмендетті.""",
)


def read_seed(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def score(title: str, text: str, language: str | None):
    return score_topics(title, text, language, threshold=THRESHOLD)


def test_there_are_five_seeds():
    assert len(SEEDS) == 5


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_every_seed_is_relevant(path):
    result = score("", read_seed(path), "en")
    assert result.relevant
    assert result.score >= THRESHOLD
    assert result.topics[0] == TOPIC
    # Every seed has "CSTO" and "protests" or "riots" in a sentence naming Kazakhstan or Tokayev.
    assert {"protests", "csto_troops"} <= set(result.topics)
    assert "CSTO" in result.evidence


def test_seed_with_every_aspect_gets_every_tag():
    text = read_seed(next(p for p in SEEDS if p.stem.startswith("002")))
    result = score("", text, "en")
    assert result.topics == [
        TOPIC, "protests", "csto_troops", "state_of_emergency", "fuel_prices", "detentions", "casualties",
    ]
    for phrase in ("KAZAKHSTAN", "state of emergency", "liquefied petroleum gas", "Zhanaozen"):
        assert phrase in result.evidence


@pytest.mark.parametrize(
    "story",
    [ECONOMY, SHOOTING_2016, COVID, BELARUS],
    ids=["economy", "almaty-shooting-2016", "covid-bulletin", "belarus-2020"],
)
def test_stories_that_only_touch_the_topic_are_not_relevant(story):
    title, text = story
    result = score(title, text, "en")
    assert not result.relevant
    assert result.score < THRESHOLD
    assert result.topics == []


def test_passing_mention_of_the_unrest_shows_as_evidence_but_stays_below_threshold():
    title, text = ECONOMY
    result = score(title, text, "en")
    assert 0 < result.score < THRESHOLD
    assert "unrest" in result.evidence


@pytest.mark.parametrize(
    ("story", "language", "tags", "phrases"),
    [
        (RU_RELEVANT, "ru", {"protests", "detentions", "casualties", "state_of_emergency", "fuel_prices"},
         ["Алматы", "беспорядков", "задержаны", "чрезвычайного положения", "Жанаозене"]),
        (RU_CSTO, "ru", {"csto_troops"}, ["ОДКБ", "Миротворцы"]),
        (KK_RELEVANT, "kk", {"protests", "detentions", "state_of_emergency", "fuel_prices"},
         ["Алматыда", "тәртіпсіздікке", "ұсталды", "төтенше жағдай", "Жаңаөзенде"]),
        (KK_CSTO, "kk", {"csto_troops"}, ["ҰҚШҰ", "бітімгерлері"]),
        (KK_INFLECTED, "kk", {"protests", "fuel_prices"}, ["Жаңаөзендегі", "наразылыққа", "газ бағасының"]),
    ],
    ids=["ru-detentions", "ru-csto", "kk-detentions", "kk-csto", "kk-inflected"],
)  # fmt: skip
def test_russian_and_kazakh_reports_on_the_unrest_are_relevant(story, language, tags, phrases):
    title, text = story
    result = score(title, text, language)
    assert result.relevant
    assert tags <= set(result.topics)
    for phrase in phrases:
        assert phrase in result.evidence


@pytest.mark.parametrize(
    ("story", "language"),
    [(RU_ECONOMY, "ru"), (RU_COVID_EMERGENCY, "ru"), (KK_ECONOMY, "kk"), (KK_COVID, "kk")],
    ids=["ru-economy", "ru-covid-emergency", "kk-economy", "kk-covid"],
)
def test_russian_and_kazakh_reports_on_other_matters_are_not_relevant(story, language):
    title, text = story
    result = score(title, text, language)
    assert not result.relevant
    assert result.topics == []


def test_arrests_and_deaths_alone_never_make_a_story_relevant():
    title = "Almaty gunman who killed police officers detained"
    text = (
        "The man suspected of killing three police officers in Almaty on Monday was detained "
        "after a shootout, Kazakhstan's Interior Ministry said. A civilian also died in the attack."
    )
    result = score(title, text, "en")
    assert (result.relevant, result.score, result.topics, result.evidence) == (False, 0.0, [], [])


def test_the_title_weighs_more_than_the_body():
    headline = score("Protests in Kazakhstan", "", "en")
    in_body = score("", "Protests in Kazakhstan.", "en")
    assert headline.relevant and not in_body.relevant
    assert headline.score > in_body.score > 0


def test_protests_abroad_count_only_where_a_sentence_names_kazakhstan():
    title = "Thousands protest in Bishkek"
    text = (
        "Thousands of protesters stormed government buildings in Bishkek. "
        "Riot police detained dozens of demonstrators and one protester was killed. "
        "Neighbouring Kazakhstan closed its border crossings."
    )
    assert score(title, text, "en").score == 0
    in_almaty = score(title.replace("Bishkek", "Almaty"), text.replace("Bishkek", "Almaty"), "en")
    assert in_almaty.relevant
    assert in_almaty.evidence[:2] == ["Almaty", "protest"]


def test_the_country_stands_for_kazakhstan_only_in_a_story_led_by_kazakhstan():
    title = "Protests spread across Belarus"
    lede = (
        "Protests spread across the country on Monday as riot police detained hundreds of "
        "demonstrators in Minsk, Brest and Grodno. Opposition leaders called for a general strike "
        "and said they would not recognise the official result of Sunday's presidential vote, "
        "which gave Alexander Lukashenko a sixth term. European governments demanded the release "
        "of those detained and said they were preparing sanctions against officials. "
    )
    ending = "Leaders of Russia, China and Kazakhstan congratulated Lukashenko on his victory."
    assert len(lede) > 400
    assert not score(title, lede + ending, "en").relevant
    assert score("Protests spread across Kazakhstan", lede + ending, "en").relevant


def test_unknown_language_reads_every_lexicon():
    for title, text in (RU_RELEVANT, KK_RELEVANT):
        assert score(title, text, None).relevant
    assert score(*RU_RELEVANT, "de").relevant


def test_abbreviations_match_only_in_capitals():
    text = "В Казахстане ввели режим ЧП."
    assert "ЧП" in score("", text, "ru").evidence
    assert score("", text.replace("ЧП", "чп"), "ru").evidence == []


@pytest.mark.parametrize(
    ("title", "language", "place"),
    [
        ("Protests in Karaganda", "en", "Karaganda"), ("Riots in Oskemen", "en", "Oskemen"),
        ("Unrest in Turkistan", "en", "Turkistan"),
        ("Беспорядки в Таразе", "ru", "Таразе"), ("Митинг в Семее", "ru", "Семее"),
        ("Протесты в Костанае", "ru", "Костанае"), ("Беспорядки в Усть-Каменогорске", "ru", "Усть-Каменогорске"),
        ("Таразда наразылық", "kk", "Таразда"), ("Оралда тәртіпсіздік", "kk", "Оралда"),
        ("Семейде шеру", "kk", "Семейде"),
    ],
    ids=["karaganda", "oskemen", "turkistan", "taraz-ru", "semey-ru", "kostanay-ru", "oskemen-ru",
         "taraz-kk", "uralsk-kk", "semey-kk"],
)  # fmt: skip
def test_every_city_figures_knows_anchors_the_unrest(title, language, place):
    result = score(title, "", language)
    assert result.relevant
    assert result.evidence[0] == place


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Uyghur exiles protest for East Turkestan", "en"),
        ("Протесты в поддержку Восточного Туркестана", "ru"),
        ("Protests in Petropavlovsk-Kamchatsky", "en"),
        ("Протесты семей шахтёров продолжаются", "ru"),  # "of families", not Semey
        ("Protestant churches in Almaty hold Christmas services", "en"),
        ("В Павлодаре протестировали новые автобусы", "ru"),  # "tested"
    ],
    ids=["east-turkestan", "east-turkestan-ru", "kamchatka", "families-ru", "protestant", "tested-ru"],
)
def test_names_and_words_that_only_look_like_the_case_count_for_nothing(title, language):
    result = score(title, "", language)
    assert (result.relevant, result.score, result.evidence) == (False, 0.0, [])


def test_an_abbreviation_does_not_end_the_sentence_naming_the_place():
    result = score("", "В Казахстан прибудут до 3 тыс. миротворцев ОДКБ.", "ru")
    assert result.score == 1.5
    assert result.evidence == ["Казахстан", "миротворцев", "ОДКБ"]
