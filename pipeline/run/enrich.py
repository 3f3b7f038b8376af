"""The pure stages, in order, for one document: extract, language, fingerprint, topics, figures (dated).

What the pool's workers run (see `pipeline.run.pool`), or the runner itself when a batch is
too small for a pool. No I/O: a Document in, an Article (or the Problem it had) out.
"""

from __future__ import annotations

from pipeline.models import Article, Document, Problem, utc_now
from pipeline.settings import Settings
from pipeline.stages import dating, dedup, extract, figures, language, topics

__all__ = ["enrich"]


def enrich(doc: Document, settings: Settings) -> Article | Problem:
    """The Article in `doc`, with language, fingerprint, topics and (if relevant) figures."""
    try:
        article = extract.extract_article(doc, fetched_at=utc_now())
        article.language, article.script = language.detect_language_and_script(f"{article.title}\n{article.text}")
        article = dedup.fingerprint(article, settings)
        tags = topics.score_topics(
            article.title,
            article.text,
            article.language,
            script=article.script,
            threshold=settings.topic_threshold,
            published=article.published,
            case_start=settings.case_start,
            peak_days=settings.case_peak_days,
            model_threshold=settings.relevance_model_threshold,
        )
        article.relevant, article.topic_score = tags.relevant, tags.score
        article.topics, article.topic_evidence = list(tags.topics), list(tags.evidence)
        # Figures only for the case's stories: a crash elsewhere is no claim about it.
        if article.relevant:
            article.figures = figures.extract_claims(
                article.text, language=article.language, script=article.script, since=int(settings.case_start[:4])
            )
            dating.date_claims(article)
    except extract.ExtractError as exc:
        return Problem(doc.url, "extract", exc.message)
    except Exception as exc:  # one pathological page must not stop the run
        return Problem(doc.url, "enrich", f"{type(exc).__name__}: {exc}")
    return article
