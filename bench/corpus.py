"""The benchmark corpus: news pages and reposts of them, generated from a seed.

`generate(articles, reposts, seed=..., sites=...)` returns the pages in a fixed
order, each with its story (title, paragraphs, language, topic, date) and, for a
repost, the id of the page it copies and how:

    boilerplate  the whole story wrapped in a reposting site's lines (source, "read
                 also", subscribe) -- they sit inside the article body, so
                 extraction keeps them
    cut          the first half of the story's paragraphs and a "continue reading" line
    edit         the whole story with a few words changed

Stories are built from `lexicon` templates: one in four is about the January 2022
unrest in Kazakhstan and states figures ("More than 4,266 people were detained ..."),
the rest are economy, sport, culture, tech, weather, health or transport news; in
English, Russian or Kazakh (some Kazakh stories quote a Russian sentence).

`render_page` wraps a story in the chrome of a real news page -- head with metadata,
JSON-LD, inline CSS and scripts, a large navigation menu, related links, comments and
a footer -- weighing about 250 KB, the typical news page. `render_rss` lists a site's
pages as an RSS 2.0 feed. `write_corpus` writes the pages and `truth.json`.

Everything is a function of the seed: the same arguments give the same bytes.
"""

from __future__ import annotations

import html
import json
import math
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path
from typing import Literal

import lexicon

Kind = Literal["original", "boilerplate", "cut", "edit"]
REPOST_KINDS: tuple[Kind, ...] = ("boilerplate", "cut", "edit")

LANGUAGE_SHARES = {"en": 0.45, "ru": 0.35, "kk": 0.20}
UNREST_SHARE = 0.25
MIN_WORDS, MAX_WORDS = 400, 1500
EDITED_WORDS = (3, 8)  # how many words a light edit changes
FEED_ITEMS = 50  # entries per feed document; a site with more pages has several feeds

_UNREST_START = datetime(2022, 1, 2, tzinfo=timezone.utc)
_NEWS_START = datetime(2021, 12, 1, tzinfo=timezone.utc)
_NEWS_DAYS = 90


class CorpusError(ValueError):
    """Arguments no corpus can be generated from; the message names the argument."""


@dataclass(frozen=True, slots=True)
class Story:
    """The article itself: what extraction should find in the page."""

    title: str
    paragraphs: tuple[str, ...]
    language: str
    topic: str
    published: datetime
    author: str

    @property
    def relevant(self) -> bool:
        return self.topic == "unrest"

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the corpus, served by simulated site `site` at `path`."""

    id: str  # "a000012" for an original story, "r000003" for a repost
    site: int
    path: str
    kind: Kind
    original: str | None  # the id of the page a repost copies
    story: Story

    def truth(self) -> dict[str, object]:
        """This page's ground truth, as written to truth.json."""
        return {
            "id": self.id,
            "site": self.site,
            "path": self.path,
            "kind": self.kind,
            "original": self.original,
            "language": self.story.language,
            "topic": self.story.topic,
            "relevant": self.story.relevant,
            "published": self.story.published.isoformat(),
            "title": self.story.title,
            "words": self.story.word_count,
        }


def generate(articles: int, reposts: float = 0.2, *, seed: int = 0, sites: int = 4) -> list[Page]:
    """`articles` distinct stories, then `round(reposts * articles)` reposts of them.

    A repost copies a random original (one story may have several), on another site.
    """
    if articles < 1:
        raise CorpusError(f"articles must be at least 1, got {articles}")
    if reposts < 0:
        raise CorpusError(f"reposts must be a fraction >= 0, got {reposts}")
    if sites < 1:
        raise CorpusError(f"sites must be at least 1, got {sites}")
    originals = [_original(seed, i, sites) for i in range(articles)]
    rng = random.Random(f"{seed}:reposts")
    copies = []
    for i in range(round(reposts * articles)):
        source = rng.choice(originals)
        kind = REPOST_KINDS[i % len(REPOST_KINDS)]
        copies.append(_repost(seed, i, source, kind, sites))
    return originals + copies


def pages_by_site(pages: Iterable[Page]) -> dict[int, list[Page]]:
    """Pages by site, newest first within each site (the order of a feed)."""
    by_site: dict[int, list[Page]] = {}
    for page in pages:
        by_site.setdefault(page.site, []).append(page)
    for site_pages in by_site.values():
        site_pages.sort(key=lambda p: (p.story.published, p.id), reverse=True)
    return by_site


def feed_paths(site_pages: Sequence[Page]) -> list[str]:
    """The feed documents a site serves: /rss/1.xml, /rss/2.xml, ... (FEED_ITEMS entries each)."""
    return [f"/rss/{n}.xml" for n in range(1, math.ceil(len(site_pages) / FEED_ITEMS) + 1)]


def feed_entries(site_pages: Sequence[Page], feed_path: str) -> Sequence[Page]:
    """The pages listed in one of a site's feed documents (see `feed_paths`)."""
    n = int(feed_path.removeprefix("/rss/").removesuffix(".xml"))
    return site_pages[(n - 1) * FEED_ITEMS : n * FEED_ITEMS]


def render_rss(site: int, entries: Sequence[Page], base_url: str, *, seed: int = 0) -> str:
    """An RSS 2.0 document listing `entries` of `site`, with links under `base_url`."""
    name = site_name(seed, site)
    items = []
    for page in entries:
        story = page.story
        teaser = story.paragraphs[0].split(". ")[0]
        items.append(
            "<item>"
            f"<title>{html.escape(story.title)}</title>"
            f"<link>{base_url}{page.path}</link>"
            f'<guid isPermaLink="true">{base_url}{page.path}</guid>'
            f"<pubDate>{format_datetime(story.published)}</pubDate>"
            f"<dc:creator>{html.escape(story.author)}</dc:creator>"
            f"<category>{story.topic}</category>"
            f"<description>{html.escape(teaser)}</description>"
            "</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{html.escape(name)}</title><link>{base_url}/</link>"
        f"<description>{html.escape(name)}: latest news</description>"
        + "".join(items)
        + "</channel></rss>\n"
    )


def write_corpus(pages: Sequence[Page], directory: Path, *, seed: int = 0) -> Path:
    """Write each page to DIRECTORY/site-N/PATH and the ground truth to truth.json; returns its path."""
    directory.mkdir(parents=True, exist_ok=True)
    for page in pages:
        target = page_file(directory, page)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_page(page, seed=seed).encode("utf-8"))
    truth = directory / "truth.json"
    truth.write_text(json.dumps([p.truth() for p in pages], ensure_ascii=False, indent=0), encoding="utf-8")
    return truth


def page_file(directory: Path, page: Page) -> Path:
    return directory / f"site-{page.site}" / page.path.lstrip("/")


def site_name(seed: int, site: int) -> str:
    names = lexicon.SITE_NAMES
    return names[(seed + site) % len(names)] + ("" if site < len(names) else f" {site // len(names) + 1}")


# Stories


def generate_story(seed: int, index: int, *, words: tuple[int, int] = (MIN_WORDS, MAX_WORDS)) -> Story:
    """Story number `index` of the corpus with this seed (its length drawn from `words`)."""
    rng = random.Random(f"{seed}:article:{index}")
    language = _weighted(rng, LANGUAGE_SHARES)
    if rng.random() < UNREST_SHARE:
        topic = "unrest"
        published = _UNREST_START + timedelta(seconds=rng.randrange(12 * 86400))
    else:
        topic = rng.choice(lexicon.TOPICS[1:])
        published = _NEWS_START + timedelta(seconds=rng.randrange(_NEWS_DAYS * 86400))
    return _story(rng, language, topic, published, words)


def _original(seed: int, index: int, sites: int) -> Page:
    page_id = f"a{index:06d}"
    text = generate_story(seed, index)
    site = random.Random(f"{seed}:site-of:{index}").randrange(sites)
    return Page(page_id, site, _path(page_id, text), "original", None, text)


def _repost(seed: int, index: int, source: Page, kind: Kind, sites: int) -> Page:
    rng = random.Random(f"{seed}:repost:{index}")
    story = source.story
    lang = story.language
    origin = site_name(seed, source.site)
    if kind == "boilerplate":
        lines = lexicon.REPOST_LINES[lang]
        fill = {"site": origin, "title": _title(rng, lang, rng.choice(lexicon.TOPICS))}
        before, *after = rng.sample(lines, 3)
        paragraphs = (before.format(**fill), *story.paragraphs, *(line.format(**fill) for line in after))
    elif kind == "cut":
        half = math.ceil(len(story.paragraphs) / 2)
        paragraphs = (*story.paragraphs[:half], lexicon.CUT_LINE[lang].format(site=origin))
    else:
        paragraphs = _edited(rng, story.paragraphs, lang)
    copy = replace(
        story,
        paragraphs=paragraphs,
        published=story.published + timedelta(minutes=rng.randrange(30, 2 * 1440)),
        author=_person(rng, lang),
    )
    site = (source.site + rng.randrange(1, sites)) % sites if sites > 1 else 0
    page_id = f"r{index:06d}"
    return Page(page_id, site, _path(page_id, copy), kind, source.id, copy)


def _story(rng: random.Random, lang: str, topic: str, published: datetime, words: tuple[int, int]) -> Story:
    target_words = rng.randint(*words)
    paragraphs: list[str] = []
    written = 0
    figures = rng.randint(1, 3) if topic == "unrest" else 0
    quotes_russian = lang == "kk" and rng.random() < 0.3
    cast = _cast(rng, lang)
    while written < target_words:
        sentences = [_sentence(rng, lang, topic, cast) for _ in range(rng.randint(2, 5))]
        if figures and (not paragraphs or rng.random() < 0.25):
            # The lede states the headline figure; others come later.
            sentences.insert(0 if not paragraphs else rng.randrange(len(sentences)), _figure(rng, lang))
            figures -= 1
        if quotes_russian and rng.random() < 0.2:
            sentences.append(_sentence(rng, "ru", topic))
            quotes_russian = False
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        written += len(paragraph.split())
    return Story(
        title=_title(rng, lang, topic, cast),
        paragraphs=tuple(paragraphs),
        language=lang,
        topic=topic,
        published=published,
        author=_person(rng, lang),
    )


@dataclass(frozen=True, slots=True)
class _Cast:
    """Who and where one story is about; sentences keep coming back to them."""

    people: tuple[str, ...]
    organisations: tuple[str, ...]
    places: tuple[str, ...]


def _cast(rng: random.Random, lang: str) -> _Cast:
    people = tuple(
        f"{rng.choice(lexicon.FIRST_NAMES[lang])} {_coined(rng, lang)}{rng.choice(lexicon.SURNAME_ENDINGS[lang])}"
        for _ in range(rng.randint(3, 7))
    )
    organisations = tuple(
        rng.choice(lexicon.ORGANISATIONS[lang]).format(x=_coined(rng, lang)) for _ in range(rng.randint(2, 4))
    )
    places = (*rng.sample(lexicon.PLACES[lang], 2), lexicon.VILLAGES[lang].format(x=_coined(rng, lang)))
    return _Cast(people, organisations, places)


def _coined(rng: random.Random, lang: str) -> str:
    return _capitalized("".join(rng.choices(lexicon.SYLLABLES[lang], k=rng.randint(2, 3))))


def _slots(rng: random.Random, lang: str, topic: str, cast: _Cast) -> dict[str, str]:
    nouns, verbs, adjectives = lexicon.WORDS[lang][topic]
    person, person2 = rng.sample(cast.people, 2)
    org, org2 = rng.sample(cast.organisations, 2)
    amount = rng.choice([str(rng.randint(2, 999)), f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"])
    return {
        "conn": rng.choice(lexicon.CONNECTIVES[lang]),
        "adj": rng.choice(adjectives),
        "noun": rng.choice(nouns),
        "noun2": rng.choice(nouns),
        "verb": rng.choice(verbs),
        "place": rng.choice(cast.places) if rng.random() < 0.7 else rng.choice(lexicon.PLACES[lang]),
        "time": rng.choice(lexicon.TIMES[lang]),
        "person": person,
        "person2": person2,
        "org": org,
        "org2": org2,
        "official": rng.choice(lexicon.OFFICIALS[lang]),
        "num": str(rng.randint(2, 60)),
        "amount": rng.choice(lexicon.AMOUNTS[lang]).format(n=amount if lang == "en" else amount.replace(".", ",")),
    }


def _sentence(rng: random.Random, lang: str, topic: str, cast: _Cast | None = None) -> str:
    cast = cast or _cast(rng, lang)
    return _capitalized(rng.choice(lexicon.SENTENCES[lang]).format(**_slots(rng, lang, topic, cast)))


def _title(rng: random.Random, lang: str, topic: str, cast: _Cast | None = None) -> str:
    cast = cast or _cast(rng, lang)
    return _capitalized(rng.choice(lexicon.TITLES[lang]).format(**_slots(rng, lang, topic, cast)))


def _figure(rng: random.Random, lang: str) -> str:
    value = rng.choice(lexicon.FIGURE_VALUES)
    written = f"{value:,}" if lang == "en" else f"{value:,}".replace(",", " ")
    return rng.choice(lexicon.FIGURES[lang]).format(n=written)


def _edited(rng: random.Random, paragraphs: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """`paragraphs` with a few words swapped for others of the language."""
    edited = [p.split(" ") for p in paragraphs]
    vocabulary = [w for topic in lexicon.TOPICS for w in lexicon.WORDS[lang][topic][2]]
    for _ in range(rng.randint(*EDITED_WORDS)):
        words = rng.choice(edited)
        position = rng.randrange(len(words))
        words[position] = rng.choice(vocabulary)
    return tuple(" ".join(words) for words in edited)


def _person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(lexicon.FIRST_NAMES[lang])} {rng.choice(lexicon.LAST_NAMES[lang])}"


def _path(page_id: str, story: Story) -> str:
    return f"/{story.topic}/{story.published:%Y/%m/%d}/{page_id}.html"


def _weighted(rng: random.Random, shares: dict[str, float]) -> str:
    return rng.choices(list(shares), weights=list(shares.values()))[0]


def _capitalized(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


# Pages


def render_page(page: Page, *, seed: int = 0) -> str:
    """The page as a news site would serve it: the story inside ~250 KB of site chrome."""
    rng = random.Random(f"{seed}:page:{page.id}")
    story = page.story
    lang = story.language
    name = site_name(seed, page.site)
    chrome = _site_chrome(seed, page.site, lang)
    # Related items, comments and the inline state vary from page to page: 210-300 KB.
    weight = min(2.5, max(0.4, rng.lognormvariate(0.0, 0.5)))
    title = html.escape(story.title)
    published = story.published.isoformat()
    related = [_title(rng, lang, rng.choice(lexicon.TOPICS)) for _ in range(round(24 * weight))]
    body = "".join(_body_parts(rng, story, related))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" class="no-js"><head>'
        f'<meta charset="utf-8"><title>{title} | {html.escape(name)}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="description" content="{html.escape(story.paragraphs[0][:200])}">'
        f'<meta property="og:title" content="{title}"><meta property="og:type" content="article">'
        f'<meta property="og:site_name" content="{html.escape(name)}">'
        f'<meta property="article:published_time" content="{published}">'
        f'<meta name="author" content="{html.escape(story.author)}">'
        f'<script type="application/ld+json">{_json_ld(story, name)}</script>'
        f"{chrome.head}<style>{chrome.css}</style>{chrome.script}"
        f"<script>window.__STATE__={_page_state(rng, page, related, weight)};</script>"
        f"</head><body class=\"page page--article\">{chrome.svg_sprite}{chrome.header}"
        f'<div class="breadcrumbs"><a href="/">{html.escape(name)}</a> / '
        f'<a href="/{story.topic}/">{story.topic}</a></div>'
        '<div class="page__wrap"><div class="container"><div class="row"><div class="col col--main">'
        '<main class="layout"><article class="article" itemscope itemtype="https://schema.org/NewsArticle">'
        f'<h1 class="article__title" itemprop="headline">{title}</h1>'
        f'<div class="article__meta"><span class="byline" itemprop="author">{html.escape(story.author)}</span> '
        f'<time datetime="{published}" itemprop="datePublished">{story.published:%d.%m.%Y %H:%M}</time></div>'
        f'<div class="article__body" itemprop="articleBody">{body}</div>'
        f'<div class="article__tags">{_tags(rng, lang)}</div>{chrome.share}</article>'
        f'<aside class="related"><h2>{lexicon.SECTIONS[lang][0]}</h2><ul>{_related(rng, related)}</ul></aside>'
        f'<section class="comments" id="comments">{_comments(rng, lang, round(10 * weight))}</section>'
        f"</main></div>{chrome.sidebar}</div></div></div>{chrome.footer}{chrome.tail_script}</body></html>\n"
    )


def _body_parts(rng: random.Random, story: Story, related: list[str]) -> Iterator[str]:
    for i, paragraph in enumerate(story.paragraphs):
        yield f"<p>{html.escape(paragraph)}</p>"
        if i % 4 == 2:
            yield (
                f'<div class="ad ad--inline" data-slot="inline-{i}" data-size="300x250">'
                '<ins class="adsbygoogle"></ins></div>'
            )
        if i % 6 == 4 and related:
            yield (
                f'<aside class="read-also"><a href="/news/{rng.randrange(10**6)}.html">'
                f"{html.escape(rng.choice(related))}</a></aside>"
            )


def _related(rng: random.Random, titles: list[str]) -> str:
    return "".join(_card(rng, t, f"related-{i}") for i, t in enumerate(titles))


def _card(rng: random.Random, title: str, track: str) -> str:
    image = f"/img/{rng.randrange(10**8):08x}"
    return (
        f'<li class="card card--related"><div class="card__inner"><a class="card__link" '
        f'href="/news/{rng.randrange(10**6)}.html" data-track="{track}"><div class="card__media"><picture>'
        f'<source type="image/webp" srcset="{image}-320.webp 320w, {image}-640.webp 640w">'
        f'<img class="card__image" loading="lazy" width="320" height="180" src="{image}.jpg" alt=""></picture>'
        f'</div><div class="card__content"><span class="card__title">{html.escape(title)}</span></div></a>'
        f'<div class="card__footer"><time class="card__time">{rng.randint(1, 23)}h</time>'
        f'<span class="card__views"><svg class="icon"><use href="#eye"></use></svg>{rng.randrange(10**4)}</span>'
        "</div></div></li>"
    )


def _comments(rng: random.Random, lang: str, count: int) -> str:
    phrases = lexicon.COMMENTS[lang]
    return "".join(
        f'<div class="comment" data-id="{rng.randrange(10**7)}"><div class="comment__avatar"><img src="/u/'
        f'{rng.randrange(10**6)}.png" width="32" height="32" alt=""></div>'
        '<div class="comment__main"><div class="comment__head">'
        f'<span class="comment__author">{html.escape(_person(rng, lang))}</span>'
        f'<span class="comment__time">{rng.randint(1, 59)} min</span></div>'
        f'<p class="comment__text">{html.escape(_comment(rng, lang, phrases))}</p>'
        f'<div class="comment__actions"><button class="like">{rng.randint(0, 99)}</button>'
        '<button class="reply">Reply</button></div></div></div>'
        for _ in range(count)
    )


def _comment(rng: random.Random, lang: str, phrases: Sequence[str]) -> str:
    return f"{rng.choice(phrases)} {_sentence(rng, lang, rng.choice(lexicon.TOPICS))}"


def _tags(rng: random.Random, lang: str) -> str:
    return "".join(
        f'<a class="tag" href="/tag/{i}">{html.escape(place)}</a>'
        for i, place in enumerate(rng.sample(lexicon.PLACES[lang], 4))
    )


def _json_ld(story: Story, site: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": story.published.isoformat(),
        "inLanguage": story.language,
        "author": {"@type": "Person", "name": story.author},
        "publisher": {"@type": "Organization", "name": site},
    }
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _page_state(rng: random.Random, page: Page, related: list[str], weight: float) -> str:
    """The JSON blob single-page-app news sites inline: ad slots, experiments, related items."""
    state = {
        "page": {"id": page.id, "type": "article", "section": page.story.topic},
        "related": [{"id": rng.randrange(10**9), "title": t, "views": rng.randrange(10**5)} for t in related],
        "ads": [
            {"slot": f"slot-{i}", "sizes": [[300, 250], [728, 90]], "targeting": {"k": f"{rng.randrange(16**12):012x}"}}
            for i in range(round(60 * weight))
        ],
        "experiments": {
            f"exp_{i}": rng.choice(["control", "variant_a", "variant_b"]) for i in range(round(80 * weight))
        },
    }
    return json.dumps(state, ensure_ascii=False).replace("</", "<\\/")


@dataclass(frozen=True, slots=True)
class _Chrome:
    """What every page of one site (in one language) repeats."""

    head: str  # meta, preload and stylesheet links
    css: str
    script: str  # several inline script elements, as tag managers leave them
    tail_script: str
    svg_sprite: str
    header: str
    sidebar: str  # "most read" and "latest" lists
    share: str
    footer: str


@lru_cache(maxsize=64)
def _site_chrome(seed: int, site: int, lang: str) -> _Chrome:
    rng = random.Random(f"{seed}:site:{site}:{lang}")
    name = html.escape(site_name(seed, site))
    sections = lexicon.SECTIONS[lang]
    menu = "".join(
        f'<li class="nav__item nav__item--top"><a class="nav__link" href="/{i}/" data-track="nav-{i}">{s}</a>'
        '<div class="nav__mega"><ul class="nav__submenu">'
        + "".join(
            f'<li class="nav__item nav__item--sub"><a class="nav__link nav__link--sub" href="/{i}/{j}/" '
            f'data-track="nav-{i}-{j}">{s} {j + 1}</a></li>'
            for j in range(8)
        )
        + '</ul><ul class="nav__teasers">'
        + "".join(_card(rng, _title(rng, lang, rng.choice(lexicon.TOPICS)), f"mega-{i}-{j}") for j in range(2))
        + "</ul></div></li>"
        for i, s in enumerate(sections)
    )
    header = (
        '<div class="topbar"><div class="container"><div class="topbar__row">'
        f'<span class="topbar__date">{rng.randint(1, 28)}.01.2022</span>'
        + "".join(f'<span class="rate"><b>{c}</b> {rng.uniform(400, 500):.2f}</span>' for c in ("USD", "EUR", "RUB"))
        + "</div></div></div>"
        f'<header class="site-header"><div class="container"><a class="logo" href="/"><svg class="icon">'
        f'<use href="#logo"></use></svg><span>{name}</span></a><nav class="nav" aria-label="main">'
        f'<ul class="nav__list">{menu}</ul></nav>'
        '<form class="search" action="/search"><input type="search" name="q"><button>⌕</button></form></div></header>'
    )
    sidebar = '<div class="col col--side"><aside class="sidebar">' + "".join(
        f'<section class="widget widget--{kind}"><h3 class="widget__title">{sections[k]}</h3><ol class="widget__list">'
        + "".join(
            f'<li class="widget__item"><a href="/news/{rng.randrange(10**6)}.html"><span class="widget__rank">{n + 1}'
            f"</span><span>{html.escape(_title(rng, lang, rng.choice(lexicon.TOPICS)))}</span></a></li>"
            for n in range(12)
        )
        + "</ol></section>"
        for k, kind in enumerate(("popular", "latest"))
    ) + '<div class="ad ad--side" data-slot="side"><ins class="adsbygoogle"></ins></div></aside></div>'
    footer_links = "".join(
        f'<li class="footer__item"><a class="footer__link" href="/info/{i}">{label}</a></li>'
        for i, label in enumerate(lexicon.FOOTER[lang])
    )
    footer = (
        '<footer class="site-footer"><div class="container"><div class="footer__sections"><ul>'
        + "".join(f'<li><a href="/{i}/">{s}</a></li>' for i, s in enumerate(sections))
        + f'</ul></div><ul class="footer__list">{footer_links}</ul>'
        f'<p class="footer__copyright">© 2022 {name}. 18+</p></div></footer>'
    )
    share = '<div class="share">' + "".join(
        f'<a class="share__link share__link--{net}" href="https://{net}.example/share"><svg class="icon">'
        f'<use href="#{net}"></use></svg></a>'
        for net in ("facebook", "twitter", "telegram", "whatsapp", "vk", "email")
    ) + "</div>"
    sprite = '<svg style="display:none">' + "".join(
        f'<symbol id="icon-{i}" viewBox="0 0 24 24"><path d="{_svg_path(rng)}"></path></symbol>'
        for i in range(40)
    ) + "</svg>"
    head = "".join(
        f'<link rel="preload" as="{kind}" href="/static/{rng.randrange(16**8):08x}.{kind[:2]}">'
        for kind in rng.choices(["script", "style", "font", "image"], k=30)
    ) + "".join(f'<meta property="fb:{i}" content="{rng.randrange(10**12)}">' for i in range(10))
    return _Chrome(
        head=head,
        css=_css(rng, 30_000),
        script="".join(f"<script>{_script(rng, 4_500)}</script>" for _ in range(20)),
        tail_script="".join(f"<script>{_script(rng, 3_000)}</script>" for _ in range(6)),
        svg_sprite=sprite,
        header=header,
        sidebar=sidebar,
        share=share,
        footer=footer,
    )


def _css(rng: random.Random, size: int) -> str:
    rules = []
    while sum(map(len, rules)) < size:
        block = rng.choice(["nav", "card", "article", "footer", "comment", "ad", "share", "layout"])
        rules.append(
            f".{block}__{rng.randrange(10**4):x}{{margin:{rng.randint(0, 32)}px {rng.randint(0, 32)}px;"
            f"color:#{rng.randrange(16**6):06x};font-size:{rng.randint(10, 40)}px;display:flex}}"
        )
    return "".join(rules)


def _script(rng: random.Random, size: int) -> str:
    parts = []
    while sum(map(len, parts)) < size:
        name = f"f{rng.randrange(16**6):06x}"
        parts.append(
            f"function {name}(e,t){{var n=document.querySelectorAll('[data-track=\"'+e+'\"]');"
            f"for(var r=0;r<n.length;r++){{n[r].addEventListener('click',function(){{window.dataLayer.push("
            f"{{event:'{name}',value:t+{rng.randrange(1000)}}})}})}}return n.length}}"
        )
    return ";".join(parts)


def _svg_path(rng: random.Random) -> str:
    return "M" + " L".join(f"{rng.randint(0, 24)} {rng.randint(0, 24)}" for _ in range(rng.randint(8, 30))) + " Z"
