"""The cues a careful reader takes as the unrest besides protests: foreign troops sent in or
going home, foreigners flown out, national mourning at the case's height, the trials of those
prosecuted over the events, the events named the other way round. Short texts in the style of
real reports, written for these tests (stories in each language: test_other_languages)."""

from __future__ import annotations

from pipeline.stages.topics import score_topics

CASE_START = "2022-01-01"
PEAK_DAYS = 31


def at(title: str, text: str, language: str, published: str) -> bool:
    return score_topics(
        title, text, language, threshold=2.0, published=published, case_start=CASE_START, peak_days=PEAK_DAYS
    ).relevant


def test_foreign_troops_sent_in_or_going_home_are_the_cstos():
    assert at("Военные Армении вылетели в Казахстан", "", "ru", "2022-01-07")
    assert at("Kyrgyz soldiers return home from Kazakhstan", "", "en", "2022-01-14")
    assert not at("Военные Армении вылетели на учения в Сирию", "", "ru", "2022-01-07")


def test_foreigners_flown_out_are_out_of_an_emergency_but_flood_evacuees_are_not():
    assert at("Самолёты вывезли из Алматы 300 россиян", "", "ru", "2022-01-10")
    assert at("Russia evacuated 1,000 citizens from Kazakhstan", "", "en", "2022-01-10")
    assert not at("В Казахстане из-за паводка эвакуированы 500 жителей", "", "ru", "2024-04-05")
    assert not at("Rescuers evacuated 200 tourists from the Almaty ski resort", "", "en", "2022-01-10")
    # whose citizens, not where from: Kazakhstan flying its own out of a war abroad
    assert not at("Kazakhstan evacuated 300 of its citizens from Ukraine", "", "en", "2022-03-01")
    assert not at("Казахстан эвакуировал 300 граждан из Украины", "", "ru", "2022-03-01")


def test_national_mourning_is_the_cases_only_at_its_height():
    # a day of mourning is declared for a mine's or a plane's dead too
    title = "В Казахстане объявлен день общенационального траура"
    assert at(title, "", "ru", "2022-01-09")
    assert not at(title, "", "ru", "2023-10-28")
    assert at("Kazakhstan declares a day of national mourning", "", "en", "2022-01-08")
    # Tokayev condoles with every country's disasters: condolences name no event
    assert not at("Tokayev sends condolences to Erdogan over the deaths in a mine blast", "", "en", "2022-01-12")


def test_the_officials_words_for_the_rioters_and_what_they_attacked():
    assert at("Kazakhstan says 26 armed criminals killed", "", "en", "2022-01-07")
    assert at("Боевики напали на здание акимата в Алматы", "", "ru", "2022-01-06")
    assert at("", "Protesters demand to see the akim. Протестующие требуют, чтобы к ним вышел аким области.",
              "ru", "2022-01-04")  # fmt: skip
    # an action film is no fighters
    assert not at("В Казахстане сняли два новых боевика", "", "ru", "2022-01-06")


def test_a_place_abroad_after_a_clause_does_not_place_the_unrest():
    assert at("Detained in Kazakhstan during the riots, Kyrgyz musician is home", "", "en", "2022-01-10")
    assert not at("Kazakhstan watches Kyrgyz riots", "", "en", "2022-01-10")


def test_the_trial_of_one_prosecuted_over_the_events_is_the_case_a_year_on():
    assert at("Former security chief Massimov gets 18 years", "A court in Astana sentenced him behind closed doors.",
              "en", "2023-04-25")  # fmt: skip
    assert at("", "Суд над бывшим министром обороны Бектановым начался в Астане.", "ru", "2022-11-10")
    assert at("Жанболат Мамайға үкім шықты", "", "kk", "2023-04-20")
    assert at("Masimov osuđen na 18 godina zatvora", "", "sr", "2023-04-25")
    # a court's words beside anyone else's name are any trial's
    assert not at("Almaty court sentences drug dealer to 10 years", "", "en", "2023-04-25")
    assert not at("Судьба Масимова неизвестна", "", "ru", "2023-04-25")


def test_the_events_named_the_other_way_round():
    assert at("", "Tokayev's nephew was arrested, the first since the violent events in early January.", "en",
              "2022-03-14")  # fmt: skip
    assert at("", "Семьи погибших в ходе трагических событий января 2022 года ждут ответа.", "ru", "2023-01-05")
    assert at("Қаңтар қырғынында қаза болғандар еске алынды", "", "kk", "2023-01-05")
    assert at("Ёдоварӣ аз қурбониёни ҳодисаҳои моҳи январ дар Қазоқистон", "", "tg", "2023-01-05")
    assert not at("Kazakhstan's embassy on the events of January 6 in Washington", "", "en", "2022-01-20")


def test_a_tense_situation_counts_little_and_only_with_more():
    assert at("400 detained in Kazakhstan", "The situation in Shymkent remains tense.", "en", "2022-01-06")
    assert not at("The situation in Shymkent remains tense", "", "en", "2022-01-06")
    assert not at("Situation on the Kyrgyz border remains tense, Kazakhstan says", "", "en", "2022-09-16")


def test_a_floods_or_a_mines_emergency_and_mourning_are_their_own():
    assert not at("Ақмола облысында төтенше жағдай жарияланды", "Су тасқынына байланысты 3000 адам көшірілді.",
                  "kk", "2024-04-05")  # fmt: skip
    assert not at("ТЖМ: Батыс Қазақстан облысында жағдай тұрақты", "", "kk", "2024-04-10")
    assert not at("Kazakhstan declares national mourning for miners killed in Karaganda region", "", "en",
                  "2022-01-20")  # fmt: skip
    assert at("Алматыда ТЖ режимі енгізілді", "Қалада тәртіпсіздіктер болды.", "kk", "2022-01-05")


def test_shoot_to_kill_and_armed_criminals_in_more_words():
    assert at("Kazakh leader orders troops to shoot to kill", "", "en", "2022-01-07")
    assert at("Ղազախստանում ոչնչացվել է 12 զինված հանցագործ", "", "hy", "2022-01-07")
    assert at("В Алматы задержаны участники террористических акций", "", "ru", "2022-01-07")
