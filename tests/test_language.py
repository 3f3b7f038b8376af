"""Language detection on news sentences written for these tests, and on the seeds."""

from __future__ import annotations

import re

import pytest
from helpers import SEEDS

from pipeline.stages.language import detect_language, detect_language_and_script
from pipeline.stages.transliteration import spaced, to_cyrillic

SENTENCES = {
    "en": [
        "Kazakhstan's interior ministry said 4,266 people were detained after the unrest.",
        "Kazakh president says constitutional order restored",
        "Russian-led troops begin to withdraw from Kazakhstan",
        "Death toll in Kazakhstan unrest rises to 164",
    ],
    "ru": [
        "В Алматы задержаны более 4 тысяч человек, сообщили в МВД Казахстана.",
        "Токаев принял отставку правительства",
        "Число погибших в ходе беспорядков в Казахстане выросло до 164 человек, сообщает Минздрав республики.",
        "Миротворцы ОДКБ начали вывод войск из Казахстана",
        "Комендантский час в Алматы продлён до 19 января",
        "ОБЪЯВЛЕН РЕЖИМ ЧРЕЗВЫЧАЙНОГО ПОЛОЖЕНИЯ",
        # a Kazakh name in its own spelling does not make Russian text Kazakh
        "Партия «Нұр Отан» провела внеочередной съезд в столице",
    ],
    "kk": [
        "Алматыда коменданттық сағат 19 қаңтарға дейін ұзартылды",
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Үкіметтің отставкасын қабылдады.",
        "Ішкі істер министрлігінің мәліметінше, елдегі жаппай тәртіпсіздіктерге қатысты 4 266 адам ұсталды.",
        "ҰҚШҰ бітімгершілік күштері Қазақстаннан шығарыла бастады",
        "ТӨТЕНШЕ ЖАҒДАЙ РЕЖИМІ ЕНГІЗІЛДІ",
        # Russian loanwords: президент, телефон, террористік, акт, полиция, департамент
        "Президент Тоқаев Путинмен телефон арқылы сөйлесті",
        "Алматы қаласында террористік актілерге қатысы бар 1 678 адам ұсталды, деп хабарлады облыстық полиция "
        "департаменті.",
        # no ә ғ қ ұ һ at all: only і and ң, ү
        "Бүгін елімізде жаңа мектеп ашылды",
    ],
    "ky": [
        "Бишкекте Казакстандагы окуяларга байланыштуу митинг өттү",
        "Кыргызстандын тынчтык орнотуучу күчтөрү Казакстанга жөнөтүлдү",
        "Жогорку Кеңештин депутаттары аскер жиберүү маселесин талкуулашты",
        "Президент Садыр Жапаров Казакстандын президенти менен телефон аркылуу сүйлөштү",
        # a Kazakh name in Kazakh spelling inside Kyrgyz text
        "Жапаров Тоқаев менен телефон аркылуу сүйлөштү, деп билдирди басма сөз кызматы",
        # none of Kyrgyz's own letters, as in Kaktus's headlines of January 2022
        "Шымкент комендатурасы антитеррордук операция башталганын билдирди",
    ],
    "be": [
        "Беларускія міратворцы прыбылі ў Казахстан у складзе сіл АДКБ",
        "Лукашэнка абмеркаваў з Такаевым сітуацыю ў краіне",
        "У Мінску адбылася нарада па пытаннях бяспекі",
    ],
    "uk": [
        "Президент Казахстану заявив про відновлення конституційного порядку",
        "У Казахстані затримали понад чотири тисячі людей",
        "Росія направила війська до Казахстану в межах місії ОДКБ",
        "Протести у Казахстані: кількість загиблих зросла",
    ],
    "bg": [
        "Правителството на Казахстан подаде оставка след протестите",
        "Президентът на Казахстан обяви извънредно положение в страната",
        "Руски военни пристигнаха в Казахстан, съобщи министерството на отбраната",
        "Протестите в Казахстан: над 160 души са загинали",
    ],
    "mn": [
        "Казахстанд болж буй үйл явдлын талаар Гадаад харилцааны яам мэдэгдэл гаргалаа",
        "Өнөөдөр Улаанбаатар хотод цас орно",
        "Монгол Улсын Ерөнхийлөгч Казахстаны Ерөнхийлөгчтэй утсаар ярилаа",
    ],
    "az": [
        "Azərbaycan Prezidenti İlham Əliyev Qazaxıstan Prezidenti ilə telefonla danışıb",
        "Qazaxıstanda fövqəladə vəziyyət elan edilib",
        "Азәрбајҹан Республикасынын Президенти Газахыстан Президенти илә телефонла данышыб",
        "Газахыстанда фөвгәладә вәзијјәт елан едилиб",
    ],
}

CASES = [(lang, text) for lang, texts in SENTENCES.items() for text in texts]


@pytest.mark.parametrize(("expected", "text"), CASES, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(CASES)])
def test_news_sentences(expected, text):
    assert detect_language(text) == expected


def test_kazakh_news_paragraph_with_russian_loanwords():
    text = (
        "Қазақстан Республикасы Президентінің Әкімшілігінде ахуалды тұрақтандыру жөніндегі жедел штабтың "
        "кезекті отырысы өтті. Ішкі істер министрлігінің мәліметінше, террористік актілерге қатысы бар "
        "5 800-ден астам адам полиция бөлімшелеріне жеткізілді, 125 қылмыстық іс қозғалды. Алматы "
        "қаласында коменданттық сағат режимі сақталып отыр, әуежай жұмысы кезең-кезеңімен қалпына "
        "келтірілуде."
    )
    assert detect_language(text) == "kk"


def test_russian_news_paragraph_quoting_a_kazakh_phrase():
    text = (
        "Министр внутренних дел Казахстана Ерлан Тургумбаев сообщил, что в ходе антитеррористической "
        "операции задержаны 9 900 человек. По его словам, в Алматы и области возбуждено более 500 "
        "уголовных дел, большинство из них по статьям о массовых беспорядках и терроризме. На площади "
        "перед акиматом собравшиеся скандировали «Шал кет!», а затем разошлись. Глава государства "
        "поручил правительству в течение месяца представить программу мер по снижению цен на топливо "
        "и социально значимые продукты."
    )
    assert detect_language(text) == "ru"


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seeds_are_english(path):
    assert detect_language(path.read_text(encoding="utf-8")) == "en"


@pytest.mark.parametrize("text", ["", "   ", "4 266", "Тоқаев", "OK!", "https://tengrinews.kz/news/457"])
def test_too_little_text_has_no_language(text):
    assert detect_language(text) is None


# Kazakh is written in three scripts; py3langid and langdetect know only its Cyrillic.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qańtar oqıǵasy kezinde 230 adam qaza tapty. Almatyda tártipsizdikter kezinde 4 myńnan astam adam "
         "ustaldy.", ("kk", "Latn")),
        ("Memleket basshysy Qasym-Jomart Toqaev Úkimettiń otstavkasyn qabyldady jáne jańa premer-mınıstr "
         "taǵaıyndady.", ("kk", "Latn")),
        ("قازاقستان رەسپۋبليكاسى الماتى قالاسىندا 29 ادام قازا تاپتى. ءبىر ادام ۇستالدى", ("kk", "Arab")),
        ("Алматыда коменданттық сағат 19 қаңтарға дейін ұзартылды", ("kk", "Cyrl")),
        # the neighbours that share letters with Latin or Arabic Kazakh are not Kazakh
        ("Qazaxıstanda iğtişaşlar nəticəsində 230 nəfər ölüb, hüquq-mühafizə orqanlarının əməkdaşları "
         "yaralanıb.", ("az", "Latn")),
        ("Kazakistan'da protestolarda ölenlerin sayı 225'e yükseldi, 4 binden fazla kişi yaralandı.", ("tr", "Latn")),
        ("Qozog'istondagi tartibsizliklarda 225 kishi halok bo'ldi, deya xabar berdi bosh prokuratura.",
         ("uz", "Latn")),
        ("La cifra de muertos en las protestas de Kazajistán asciende a 225, según la fiscalía.", ("es", "Latn")),
        ("قازاقستاندا يۈز بەرگەن توپىلاڭدا 225 ئادەم ئۆلدى، 4500 دىن ئارتۇق ئادەم يارىلاندى.", ("ug", "Arab")),
        ("أفاد المدعي العام لجمهورية كازاخستان بأن عدد القتلى خلال أعمال الشغب بلغ 230 شخصا", ("ar", "Arab")),
    ],
)  # fmt: skip
def test_kazakh_in_each_script_and_its_neighbours(text, expected):
    assert detect_language_and_script(text) == expected


# Paraphrased from reports of the January events: an Arabic news site (topcor), Serbian
# (espreso, naslovi) and Croatian portals, Radio Svaboda in łacinka, the Qazaq Times.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic writes ى only at a word's end; Kazakh in the Arabic script writes it anywhere
        ("عثر على جثث مسؤولين أمنيين في كازاخستان بعد عملية مكافحة الإرهاب، وعادت السيطرة على الوضع في البلاد",
         ("ar", "Arab")),
        # Serbian is ekavian and says "januar", "bezbednost"; Croatian is ijekavian and says "siječanj"
        ("Bivši šef državne bezbednosti Kazahstana osuđen je na 18 godina zatvora zbog učešća u pokušaju puča u "
         "januaru 2022. godine.", ("sr", "Latn")),
        ("Bivši šef kazahstanske sigurnosne službe osuđen je na 18 godina zatvora zbog sudjelovanja u pokušaju puča "
         "u siječnju prije dvije godine.", ("hr", "Latn")),
        # łacinka's ŭ, which Polish never writes
        ("Ułady kažuć pra 18 zahinułych supracoŭnikaŭ milicyi i achviaraŭ siarod mitynhoŭcaŭ u Ałmaty.",
         ("be", "Latn")),
        # Kazakh in Turkish-style letters: w for ұ, ı for ы
        ("Qañtar ayındağı oqiğalar kezinde jüzdegen adam wstaldı jäne bwl turalı prokuratura xabarladı.",
         ("kk", "Latn")),
    ],
)  # fmt: skip
def test_languages_that_share_an_alphabet_told_apart_by_letters_and_words(text, expected):
    assert detect_language_and_script(text) == expected


def test_kazakh_latin_and_arabic_read_as_cyrillic_letter_for_letter():
    assert to_cyrillic("Qazaqstan Respýblıkasynyń Úkimeti shyǵardy", "Latn").text == "Қазақстан Республикасының Үкіметі шығарды"
    assert to_cyrillic("Qazaq tili - memlekettik til", "Latn").text == "Қазақ тілі - мемлекеттік тіл"
    # 2017's apostrophes and the umlaut draft
    assert to_cyrillic("Qazaqstan Respy'bli'kasy, Qan'tar", "Latn").text == "Қазақстан Республикасы, Қаңтар"
    assert to_cyrillic("Qañtar oqīğasy", "Latn").text == "Қаңтар оқиғасы"
    # the hamza, or a front letter, makes a word's vowels front
    assert to_cyrillic("ءبىر ادام", "Arab").text == "Бір адам"
    assert to_cyrillic("كەزىندە", "Arab").text == "Кезінде"


# Paraphrased from Adyrna's and Egemen's Latin-script editions (2018 acutes), Adyrna's 2021
# edition, the Qazaq Times (Turkish-style letters) and Abai.kz's Latin edition (digraphs).
@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        # 2018: ı is й after a vowel, and with a after it я
        ("Qańtar aıynda bolǵan qaıǵyly oqıǵadan keıin saıası partııalar", "Қаңтар айында болған қайғылы оқиғадан кейін саяси партиялар"),
        # 2021: ı is і, i is и or й, ū is ұ and u is у
        ("Almatyda jüzdegen adam ūstaldy, dep habarlaidy polisiia departamentı", "Алматыда жүздеген адам ұсталды, деп хабарлайды полисия департаменті"),
        # Turkish-style: ı is ы, y is й, w is ұ
        ("Qañtar ayındağı tärtipsizdikter kezinde jüzdegen adam wstaldı", "Қаңтар айындағы тәртіпсіздіктер кезінде жүздеген адам ұсталды"),
        # Abai.kz's converter: "ng" and "gh" are ң and ғ, ú is ұ, u is у, y after a vowel й
        ("Qantar kezinde qylmystyq ister boyynsha auruhanagha jetkizildi, Qazaqstannyng",
         "Қантар кезінде қылмыстық істер бойынша ауруханаға жеткізілді, Қазақстанның"),
        ("Bir bala kóz júmdy, tórteui jaralandy", "Бір бала көз жұмды, төртеуі жараланды"),
        # and ý for ү, i after a vowel for й, iya for ия
        ("Qazaqstannyng ontýstiginde aitty, jariyalady", "Қазақстанның онтүстігінде айтты, жариялады"),
    ],
)  # fmt: skip
def test_each_latin_version_is_read_by_its_own_letters(latin, cyrillic):
    assert to_cyrillic(latin, "Latn").text == cyrillic


def test_arabic_script_vowels_follow_the_consonant_beside_them_and_the_glide_is_й():
    # Abai.kz's Arabic-script edition: "қасірет" has back and front vowels; ي after a vowel is й
    assert to_cyrillic("قاڭتار قاسىرەتى", "Arab").text == "Қаңтар қасіреті"
    assert to_cyrillic("توقاەۆ بويىنشا", "Arab").text == "Тоқаев бойынша"
    assert to_cyrillic("ايازدى كۇندەرى", "Arab").text == "Аязды күндері"


def test_a_span_of_the_reading_maps_back_to_the_text_as_written():
    reading = to_cyrillic("Shymkentte 300 adam ustaldy", "Latn")
    assert reading.text == "Шымкентте 300 адам ұсталды"
    start = reading.text.index("300")
    assert reading.original[slice(*reading.source_span(start, len(reading.text)))] == "300 adam ustaldy"
    assert reading.original[slice(*reading.source_span(0, 9))] == "Shymkentte"


def test_a_word_marked_front_by_the_hamza_is_quoted_with_its_hamza():
    reading = to_cyrillic("ادام ءبىر ادام", "Arab")
    start = reading.text.index("бір")
    assert reading.original[slice(*reading.source_span(start, start + 3))] == "ءبىر"
    assert reading.original[slice(*reading.source_span(0, 4))] == "ادام"


def test_abkhaz_and_ossetian_are_told_by_their_own_letters():
    # no detector knows them; each writes letters no other language does
    assert detect_language_and_script("Аҧсны аҳҭнықалақь аҿы апротест мҩаҧысит, иҳәеит атәыла ахада.") == ("ab", "Cyrl")
    assert detect_language_and_script("Цхинвалы хицауад бæстæйы фæдисы уавæр рахатыдта, фехъусын кодта.") == ("os", "Cyrl")


def test_newsmon_leaves_langdetects_global_seed_alone():
    from langdetect import DetectorFactory

    detect_language_and_script("Ceci est un texte en français sur les manifestations au Kazakhstan.")
    assert DetectorFactory.seed is None


def test_a_text_without_spaces_is_read_with_its_numbers_and_words_set_apart_and_mapped_back():
    reading = spaced("共有225人死亡。目前约2千人住院", re.compile("死亡|住院|人|约"))
    assert reading.text == "共有 225 人 死亡.\n目前 约 2000 人 住院"
    at = reading.text.index("2000")
    assert reading.original[slice(*reading.source_span(at, at + 4))] == "2千"
    # Korean sets words apart but glues a number, its powers of ten written in Hangul, to its counter
    korean = spaced("7천989명이 체포됐다. 2천5백명이 도착했다.")
    assert korean.text == "7989 명이 체포됐다.\n2500 명이 도착했다."
    # numerals all in characters before a counter, and not "several tens" (a vague count)
    assert spaced("十余名军警和两名平民", re.compile("名")).text == "10 余 名 军警和 2 名 平民"
    assert spaced("有数十个暴民").text == "有数十个暴民"
