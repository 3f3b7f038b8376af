"""Instruments for timing the pipeline's own code paths without copying them.

`timed_functions` swaps module or class attributes (the stage functions the runner
calls) for wrappers that add each call's duration to a total, and puts them back;
`TimedStore` does the same for every method of a store; `timed_stream` for the time
spent producing each item of an iterator (sources and fetch, pulled lazily).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

Totals = defaultdict[str, float]


def timed(function: Callable[..., Any], label: str, totals: Totals) -> Callable[..., Any]:
    """`function`, adding the duration of each call to `totals[label]`."""

    def timed_call(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            totals[label] += time.perf_counter() - started

    return timed_call


@contextmanager
def timed_functions(targets: Mapping[str, tuple[Any, str]], totals: Totals) -> Iterator[None]:
    """Within the block, `getattr(owner, name)` of each target is timed under its label."""
    originals = [(owner, name, getattr(owner, name)) for owner, name in targets.values()]
    try:
        for label, (owner, name) in targets.items():
            setattr(owner, name, timed(getattr(owner, name), label, totals))
        yield
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


class TimedStore:
    """A store whose method calls are timed under "store.METHOD"."""

    def __init__(self, store: Any, totals: Totals) -> None:
        self._store = store
        self._totals = totals

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._store, name)
        if not callable(attribute):
            return attribute
        return timed(attribute, f"store.{name}", self._totals)


def timed_stream(items: Iterable[Any], label: str, totals: Totals) -> Iterator[Any]:
    """`items`, with the time spent producing each one added to `totals[label]`."""
    iterator = iter(items)
    while True:
        started = time.perf_counter()
        try:
            item = next(iterator)
        except StopIteration:
            return
        finally:
            totals[label] += time.perf_counter() - started
        yield item
