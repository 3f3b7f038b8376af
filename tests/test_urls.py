import pytest

from pipeline.stages.urls import normalize_url


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        # case of scheme and host, default port, fragment
        (
            "HTTPS://Tengrinews.KZ:443/kazakhstan_news/story-457/#comments",
            "https://tengrinews.kz/kazakhstan_news/story-457/",
        ),
        # tracking parameters go, the ones that pick the page stay (sorted)
        (
            "https://www.example.com/news?utm_source=tg&id=5&fbclid=IwAR0abc&utm_medium=social",
            "https://www.example.com/news?id=5",
        ),
        ("https://example.com/list?page=2&category=world", "https://example.com/list?category=world&page=2"),
        ("http://example.com", "http://example.com/"),
        ("  https://example.com/a  ", "https://example.com/a"),
    ],
)
def test_normalize_url_canonical_form(url, canonical):
    assert normalize_url(url) == canonical


def test_two_spellings_of_one_link_normalize_alike():
    assert normalize_url("https://Kz.Example.com/a?utm_campaign=x#top") == normalize_url("https://kz.example.com/a")


def test_file_uris_are_left_unchanged():
    uri = "file:///data/Seeds/000_ee87e329f6fe03f8.txt"
    assert normalize_url(uri) == uri


@pytest.mark.parametrize("url", ["seeds/000.txt", "www.example.com/news", "https:///no-host"])
def test_not_an_absolute_url_is_an_error_naming_it(url):
    with pytest.raises(ValueError, match="000.txt|example.com|no-host"):
        normalize_url(url)
