"""The extract stage on the five seed texts, on pages written here, and (optionally) on
the real article pages of ../shared/fixtures/html."""

from __future__ import annotations

import json
import pickle
import re
from collections import Counter

import pytest
from helpers import SEEDS, shared_path

from pipeline.stages import trafilatura_internals
from pipeline.stages.extract import ExtractError, extract_article
from pipeline.models import Article, Document


def seed(prefix: str) -> Article:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return extract_article(Document(url=path.resolve().as_uri(), body=path.read_bytes(), kind="text"))


def paragraphs(article: Article) -> list[str]:
    return article.text.split("\n\n")


# --- seeds ------------------------------------------------------------------------


def test_seed_000_date_prefix_teasers_and_tweet_furniture():
    article = seed("000")
    assert article.published == "2022-01-08"
    # no headline line: the title is the first sentence, shortened
    assert article.title.startswith("“Among those detained during the riots in Kazakhstan are foreigners,”")
    assert article.title.endswith("…") and len(article.title) <= 121
    text = article.text
    assert text.startswith("“Among those detained")  # the " date 2022-01-08 " prefix is gone
    assert "a total of 4,266 people were arrested." in paragraphs(article)[0]
    # the two "see more" teasers for other stories, whole
    for teaser in (
        "Constitutional order in Kazakhstan restored",
        "11,902",
        "COVID-19",
        "Russian ‘peacekeeping’ forces arrive",
        "A Military transport aviation",
        "see more",
    ):
        assert teaser not in text
    # the embedded tweet's furniture, but not its text
    assert "pic.twitter.com" not in text and "13/" not in text and "@TadeuszGiczan" not in text
    tweet_text = paragraphs(article)[5]
    assert tweet_text.endswith("dismissed by Tokayev on 5 January, has been detained on suspicion of treason.")
    assert [p.split()[:2] for p in paragraphs(article)] == [
        ["“Among", "those"],
        ["According", "to"],
        ["As", "recently"],
        ["Moscow", "also"],
        ["As", "a"],
        ["Former", "head"],
        ["The", "demonstrations"],
        ["According", "to"],
        ["Western", "leaders"],
    ]


def test_seed_001_date_line_headline_and_navigation_tail():
    article = seed("001")
    assert article.published == "2022-01-08"
    assert article.title == "Situation stabilising in Kazakhstan"
    assert paragraphs(article)[0] == "Situation stabilising in Kazakhstan"  # the headline's figures count
    assert paragraphs(article)[-1] == "A total of 4,404 people have been reportedly detained across the country."
    boilerplate = ["January 8, 2022", "2 mins read", "ALSO READ", "Previous Story", "Next Story", "Kriti", "Fallout",
                   "Latest from", "Hungary", "Greece", "Go toTop", "Don't Miss", "Taliban"]  # fmt: skip
    assert [line for line in boilerplate if line in article.text] == []
    assert "He was detained a day later on suspicion of high treason." in paragraphs(article)


def test_seed_002_upper_case_headline_byline_and_repeated_excerpt():
    article = seed("002")
    assert article.title == "OVER 3,800 DETAINED, 26 KILLED IN KAZAKHSTAN DURING UNREST"
    assert article.published == "2022-01-08T08:21:00"
    assert article.author == "Correspondent"
    assert "by Correspondent" not in article.text
    assert "[…]" not in article.text
    assert article.text.count("3,811") == 1  # the excerpt repeating the lede is gone
    assert paragraphs(article)[1].startswith("Kazakhstan’s police detained 3,811 individuals")
    assert paragraphs(article)[-1].endswith("until January 9, media reported.")


def test_seed_003_date_prefix_and_first_sentence_title():
    article = seed("003")
    assert article.published == "2022-01-09"
    assert article.title == (
        "More than 5 thousand people were detained, 125 criminal cases were initiated due to the riots in Kazakhstan"
    )
    assert article.text.startswith("More than 5 thousand people were detained")
    assert "5.8 thousand people have been brought to the police" in article.text
    assert paragraphs(article)[-1].endswith("social infrastructure, and airports.")
    assert len(paragraphs(article)) == 16


def test_seed_004_states_no_date_and_loses_views_and_comments():
    article = seed("004")
    assert article.published is None  # "on Friday" and "on January 1" (the price hike) are no publication date
    assert article.text.startswith("Kazakhstan government on Friday claimed")
    assert article.title.startswith("Kazakhstan government on Friday claimed that security forces killed 26")
    for furniture in ("views", "Read all the Latest News here", "Comments", "0 comment"):
        assert furniture not in article.text
    # one line per paragraph in the file; each becomes a paragraph of its own
    assert len(paragraphs(article)) == 13
    assert "- Kazakhstan’s interior ministry claimed" in paragraphs(article)[3]
    assert "more than 2,300 protesters were detained" in article.text
    assert paragraphs(article)[-1].endswith("watching its actions in Almaty closely.")


def test_seed_article_fields():
    (path,) = SEEDS.glob("002_*.txt")
    url = path.resolve().as_uri()
    doc = Document(url=url, body=path.read_text(encoding="utf-8"), kind="text", source="Seed corpus",
                   feed_url="file:///feeds/seeds.xml")  # fmt: skip
    article = extract_article(doc, fetched_at="2022-01-08T09:00:00+00:00")
    assert article.url == url and article.canonical_url == url  # file:// URIs stay as they are
    assert article.id == Article.make_id(url)
    assert article.source == "Seed corpus"
    assert article.feed_url == "file:///feeds/seeds.xml"
    assert article.fetched_at == "2022-01-08T09:00:00+00:00"


# --- other texts ----------------------------------------------------------------------


RUSSIAN_TEXT = """\
8 января 2022, 14:30
Поделиться

В Казахстане задержаны более 4 тысяч человек

Число задержанных в ходе беспорядков в Казахстане превысило 4266 человек, сообщили
в МВД республики в субботу.

Читайте также: Токаев заявил о восстановлении конституционного порядка

В Алматы продолжается контртеррористическая операция.

Похожие новости

Курс доллара вырос до 435 тенге
"""


def test_russian_text_furniture_and_date_line():
    article = extract_article(Document(url="https://example.kz/news/1", body=RUSSIAN_TEXT, kind="text"))
    assert article.published == "2022-01-08T14:30:00"
    assert article.title == "В Казахстане задержаны более 4 тысяч человек"
    assert paragraphs(article) == [
        "В Казахстане задержаны более 4 тысяч человек",
        # a line broken mid-sentence is joined again
        "Число задержанных в ходе беспорядков в Казахстане превысило 4266 человек, сообщили в МВД республики "
        "в субботу.",
        "В Алматы продолжается контртеррористическая операция.",
    ]


def test_text_bytes_in_a_legacy_encoding_are_decoded():
    body = RUSSIAN_TEXT.encode("cp1251")
    article = extract_article(Document(url="https://example.kz/news/1", body=body, kind="text"))
    assert article.title == "В Казахстане задержаны более 4 тысяч человек"


def test_hints_fill_what_a_text_does_not_state():
    body = "Police in Almaty said 1,678 people were detained overnight. The city remains under curfew."
    doc = Document(url="https://example.com/feed-item?id=7&utm_source=rss", body=body, kind="text",
                   title="Almaty police detain 1,678", published="2022-01-10")  # fmt: skip
    article = extract_article(doc)
    assert article.title == "Almaty police detain 1,678"
    assert article.published == "2022-01-10"
    assert article.url == "https://example.com/feed-item?id=7&utm_source=rss"
    assert article.canonical_url == "https://example.com/feed-item?id=7"


def test_a_teaser_at_the_very_start_is_the_text_itself():
    body = "Kazakh protests\n\nThousands of people rallied in Zhanaozen against fuel prices on Sunday…\n\nRead more"
    article = extract_article(Document(url="https://example.com/a", body=body, kind="text"))
    assert article.title == "Kazakh protests"
    assert paragraphs(article) == [
        "Kazakh protests",
        "Thousands of people rallied in Zhanaozen against fuel prices on Sunday…",
    ]


@pytest.mark.parametrize("body", ["", "   \n\n", b"", "views\n2 mins read\n0 comment\n"])
def test_no_text_is_an_error_naming_the_document(body):
    with pytest.raises(ExtractError, match=r"^https://example\.com/empty: "):
        extract_article(Document(url="https://example.com/empty", body=body, kind="text"))


def test_unknown_kind_and_relative_url_are_errors():
    with pytest.raises(ExtractError, match="unknown document kind 'pdf'"):
        doc = Document(url="https://example.com/a", body="Some text here.", kind="pdf")  # type: ignore[arg-type]
        extract_article(doc)
    with pytest.raises(ExtractError, match="^news/a.txt: not an absolute URL"):
        extract_article(Document(url="news/a.txt", body="Police detained 40 people in Aktau.", kind="text"))


def test_extract_error_survives_the_trip_back_from_a_worker_process():
    error = pickle.loads(pickle.dumps(ExtractError("https://example.com/a", "no article text found")))
    assert str(error) == "https://example.com/a: no article text found"
    assert error.url == "https://example.com/a"


# --- HTML -----------------------------------------------------------------------------

ARTICLE_PARAGRAPHS = [
    "Kazakhstan's interior ministry said on Saturday that 4,266 people had been detained in connection "
    "with the riots that swept the country this week, among them a number of foreign citizens.",
    "The ministry said law enforcement officers had regained control of all administrative buildings "
    "in Almaty that had been seized by protesters on Wednesday and Thursday.",
    "President Kassym-Jomart Tokayev told Russian President Vladimir Putin in a phone call that the "
    "situation was stabilising, according to the Kremlin's account of the conversation.",
    "Troops of the Collective Security Treaty Organisation are guarding strategic facilities, "
    "including the airport of Almaty, which reopened to domestic flights on Sunday.",
]


def news_page(head: str, *, article: str | None = None) -> str:
    body = article if article is not None else "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{head}</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Kazakhstan says 4,266 detained after unrest</h1>{body}</article>
<section class="comments" id="comments"><h3>Comments</h3>
<div class="comment"><p>Reader comment: this is a terrible situation for everyone involved in it.</p></div>
</section></main>
<footer><p>Copyright 2022 Steppe Daily. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


FULL_HEAD = """
<title>Kazakhstan says 4,266 detained after unrest | Steppe Daily</title>
<link rel="canonical" href="HTTPS://News.Example.COM/world/kazakhstan-detained-4266?utm_source=twitter">
<meta property="og:title" content="Kazakhstan says 4,266 detained after unrest">
<meta property="og:site_name" content="Steppe Daily">
<meta property="article:published_time" content="2022-01-08T10:15:00+06:00">
<meta name="author" content="Aigerim Sadykova">
"""


def test_html_article_fields_from_the_page():
    url = "https://m.example.com/world/kazakhstan-detained-4266/?utm_medium=social"
    article = extract_article(Document(url=url, body=news_page(FULL_HEAD), kind="html"))
    assert article.url == url
    assert article.canonical_url == "https://news.example.com/world/kazakhstan-detained-4266"
    # The id is the page's own address, normalized: a mirror declaring this canonical URL
    # gets an id of its own (and is folded by content, not by overwriting this one).
    assert article.id == Article.make_id("https://m.example.com/world/kazakhstan-detained-4266/")
    assert article.title == "Kazakhstan says 4,266 detained after unrest"
    assert article.published == "2022-01-08T10:15:00+06:00"
    assert article.author == "Aigerim Sadykova"
    assert article.source == "Steppe Daily"
    for paragraph in ARTICLE_PARAGRAPHS:
        assert paragraph in paragraphs(article)
    for boilerplate in ("Reader comment", "Privacy policy", "Copyright 2022", "Sport"):
        assert boilerplate not in article.text


def test_html_hints_and_document_url_when_the_page_lacks_them():
    head = '<link rel="canonical" href="/world/story">'  # relative: not a usable canonical URL
    url = "https://example.com/world/story?utm_campaign=feed"
    doc = Document(url=url, body=news_page(head).encode("utf-8"), kind="html", title="Feed title",
                   published="2022-01-08T09:00:00+00:00", source="Example Wire")  # fmt: skip
    article = extract_article(doc)
    assert article.canonical_url == "https://example.com/world/story"
    assert article.published == "2022-01-08T09:00:00+00:00"
    assert article.source == "Example Wire"  # the document's source wins over the site name


def test_a_feed_entrys_title_and_time_win_over_the_pages():
    head = "<title>Ұсталғандар саны өсті - Тоқаев: Елде төтенше жағдай | Steppe Daily</title>"
    doc = Document(url="https://example.com/news/2022/01/07/detained", body=news_page(head), kind="html",
                   title="Тоқаев: Елде төтенше жағдай - 10 қаңтар жалпыұлттық аза тұту күні",
                   published="2022-01-07T03:39:00+00:00")  # fmt: skip
    article = extract_article(doc)
    assert article.title == "Тоқаев: Елде төтенше жағдай - 10 қаңтар жалпыұлттық аза тұту күні"
    assert article.published == "2022-01-07T03:39:00+00:00"


def test_html_canonical_pointing_at_the_home_page_is_ignored():
    head = '<link rel="canonical" href="https://example.com/">'
    url = "https://example.com/news/2022/01/08/detained"
    article = extract_article(Document(url=url, body=news_page(head), kind="html"))
    assert article.canonical_url == "https://example.com/news/2022/01/08/detained"


def test_html_in_windows_1251_with_a_meta_charset():
    paragraphs_ru = [
        "Число задержанных в ходе массовых беспорядков в Казахстане превысило 4266 человек, "
        "сообщило в субботу министерство внутренних дел республики.",
        "По данным ведомства, среди задержанных есть иностранные граждане. Силовики восстановили "
        "контроль над всеми административными зданиями в Алматы.",
        "Президент Касым-Жомарт Токаев заявил, что конституционный порядок в стране в целом восстановлен.",
    ]
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>В Казахстане задержаны более 4 тысяч человек</title></head>
<body><article>{"".join(f"<p>{p}</p>" for p in paragraphs_ru)}</article></body></html>"""
    article = extract_article(Document(url="https://example.kz/news/1", body=page.encode("cp1251"), kind="html"))
    assert article.title == "В Казахстане задержаны более 4 тысяч человек"
    assert paragraphs(article) == paragraphs_ru


@pytest.mark.parametrize(
    ("head", "site_name"),
    [
        ('<meta name="twitter:site" content="@steppedaily">', "Steppedaily"),
        ('<meta property="og:site_name" content="Steppe &amp; Daily ">', "Steppe & Daily"),
        ("<title>Kazakhstan says 4,266 detained after unrest</title>", "news.example.com"),
    ],
)
def test_html_site_name_from_what_the_page_declares_else_its_host(head, site_name):
    url = "https://www.news.example.com/world/kazakhstan-detained-4266"
    article = extract_article(Document(url=url, body=news_page(head), kind="html"))
    assert article.source == site_name


def test_html_page_without_text_is_an_error():
    page = news_page("<title>Steppe Daily</title>", article="")
    with pytest.raises(ExtractError, match=r"^https://example\.com/tag/almaty: no article text found"):
        extract_article(Document(url="https://example.com/tag/almaty", body=page, kind="html"))


# --- quality on real pages (../shared) ----------------------------------------------------

# Measured with trafilatura 2.3 (favor_precision): mean token F1 0.985 over the 19 pages
# with a gold text, lowest 0.90 (a BBC explainer whose fact boxes the gold text leaves out).
# The thresholds leave room for library updates, not for a broken extraction.
MEAN_F1 = 0.95
PAGE_F1 = 0.85


def token_f1(extracted: str, expected: str) -> float:
    got, want = Counter(re.findall(r"\w+", extracted.lower())), Counter(re.findall(r"\w+", expected.lower()))
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


@pytest.mark.shared
def test_quality_on_benchmark_pages():
    root = shared_path("fixtures", "html")
    scores: dict[str, float] = {}
    for page in sorted(p for p in root.iterdir() if p.is_dir()):
        meta = json.loads((page / "meta.json").read_text(encoding="utf-8"))
        doc = Document(url=meta.get("url") or page.as_uri(), body=(page / "source.html").read_bytes(), kind="html")
        article = extract_article(doc)
        if (page / "expected.txt").exists():
            scores[page.name] = token_f1(article.text, (page / "expected.txt").read_text(encoding="utf-8"))
        else:  # snippets that must and must not be extracted
            expected = json.loads((page / "expected.json").read_text(encoding="utf-8"))
            assert all(snippet in article.text for snippet in expected["with"]), page.name
            assert not any(snippet in article.text for snippet in expected["without"]), page.name
    for name, score in scores.items():
        print(f"{name:40s} F1 {score:.3f}")
    mean = sum(scores.values()) / len(scores)
    print(f"{'mean':40s} F1 {mean:.3f}")
    assert mean >= MEAN_F1
    assert min(scores.values()) >= PAGE_F1, min(scores, key=scores.__getitem__)


# --- trafilatura's pruning, prefiltered ------------------------------------------------

# Every id and class the pruning regexes are about, and near misses: each expression must
# select exactly what trafilatura's own selects.
PRUNING_PAGE = "<html><body>" + "".join(
    f'<{tag} {attribute}="{value}"><p>text</p>{inner}</{tag}>'
    for tag in ("div", "section", "aside", "details", "ul", "ol", "span")
    for attribute in ("id", "class")
    for value in (
        "comments", "Comments", "comment-list", "commentary", "comol", "disqus_thread", "dsq-comments",
        "article-comments", "post-comments", "my-comments", "nocomment", "COMMENTS", "x comments",
        "infinite-scroll", "infinitescroll", "infinite", "mvp-post-add-box", "mvp-post-add-wrap",
        "mvp-post-add-other", "elementor-share-buttons", "content",
    )
    for inner in ("", "<h1>headline</h1>")
) + "</body></html>"


def _generated_pages() -> list[bytes]:
    import corpus

    return [corpus.render_page(page).encode() for page in corpus.generate(6, 0.5, seed=3, sites=2)]


def _assert_same_selection(trees: list) -> None:
    import trafilatura.core
    import trafilatura.xpaths

    trafilatura_internals.install_pruning_prefilter()
    selected = 0
    for name in ("RAW_TREE_PRUNE_XPATH", "REMOVE_COMMENTS_AND_LISTS_XPATH"):
        for stock, tuned in zip(getattr(trafilatura.xpaths, name), getattr(trafilatura.core, name), strict=True):
            for tree in trees:
                assert tuned(tree) == stock(tree), name
                selected += len(stock(tree))
    assert selected  # the pages hold what the expressions look for


def test_trafilatura_pruning_is_prefiltered_for_this_trafilatura():
    # Fails when a trafilatura upgrade rewrites the expressions: derive the prefilters anew.
    import trafilatura.core
    import trafilatura.xpaths

    trafilatura_internals.install_pruning_prefilter()
    for name in ("RAW_TREE_PRUNE_XPATH", "REMOVE_COMMENTS_AND_LISTS_XPATH"):
        assert getattr(trafilatura.core, name)[0].path != getattr(trafilatura.xpaths, name)[0].path


def test_prefiltered_pruning_selects_what_trafilatura_selects_on_every_attribute_it_tests():
    import trafilatura

    _assert_same_selection([trafilatura.load_html(PRUNING_PAGE)])


def test_prefiltered_pruning_selects_what_trafilatura_selects_on_generated_pages():
    import trafilatura

    _assert_same_selection([trafilatura.load_html(page) for page in _generated_pages()])


@pytest.mark.shared
def test_prefiltered_pruning_selects_what_trafilatura_selects_on_real_pages():
    import trafilatura

    root = shared_path("fixtures", "html")
    _assert_same_selection([trafilatura.load_html((p / "source.html").read_bytes()) for p in sorted(root.glob("*/"))])


def test_without_trafilaturas_private_modules_the_public_api_gives_the_same_article(monkeypatch):
    page = Document(url="https://example.org/news/1", body=_generated_pages()[0], kind="html")
    tuned = extract_article(page)
    monkeypatch.setattr(trafilatura_internals, "AVAILABLE", False)
    public = extract_article(page)
    assert (public.title, public.text) == (tuned.title, tuned.text)
