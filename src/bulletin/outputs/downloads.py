"""Which open-data files the site publishes under du-lieu/ (urls.download), each as CSV and JSON:
every award (urls.ALL_AWARDS), each named decision's awards, each honour roll's, and every
decision, named or not, with the counts the source gave (urls.DECISIONS).

Their bytes are made when a build first reads them (validation only plans them); how a record
is encoded is bulletin.outputs.opendata's. pages/site.py publishes them beside the pages.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from bulletin import model, urls
from bulletin.outputs import opendata


class AwardList(Protocol):
    """A list with its own files: an honour roll (pages/rolls.Roll)."""

    @property
    def download_name(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def awards(self) -> list[model.Award]: ...  # in the list's own order, made when a file is written

    @property
    def unordered(self) -> list[model.Award]: ...


@dataclass(frozen=True)
class Download:
    """A list's two files: du-lieu/<name>.csv and .json."""

    name: str
    csv: Callable[[], bytes]
    json: Callable[[], bytes]
    # The awards the files list, in any order, to say what they are made from (None: everything).
    listed: Sequence[model.Award] | None = None


def downloads(
    bulletin: model.Bulletin, lists: Iterable[AwardList], all_records: Callable[[], list[dict[str, Any]]]
) -> list[Download]:
    """Every award, each named decision, each list of `lists`, then every decision; `all_records`
    are the awards' records (opendata.record) in bulletin.awards order."""
    found = []

    # Made when a build first reads a file, then shared by every file.
    @functools.cache
    def encoded() -> opendata.Encoded:
        return opendata.Encoded(bulletin.awards, all_records())

    def add(
        name: str, title: str, awards: Callable[[], Sequence[model.Award]], listed: Sequence[model.Award] | None = None
    ) -> None:
        found.append(Download(name, lambda: encoded().csv(awards()), lambda: encoded().json(title, awards()), listed))

    add(urls.ALL_AWARDS, "Tất cả khen thưởng", lambda: bulletin.awards)
    by_decision: dict[str, list[model.Award]] = defaultdict(list)
    for award in bulletin.awards:
        by_decision[award.decision.id].append(award)
    for decision in bulletin.decisions_newest_first:
        if decision.named:  # no file of an empty list where the names are not published
            listed = by_decision[decision.id]
            add(
                urls.decision_download(decision.id),
                decision.title,
                functools.partial(by_decision.__getitem__, decision.id),
                listed,
            )
    for listing in lists:
        # A roll's awards are ordered only when its files are written.
        add(listing.download_name, listing.title, functools.partial(getattr, listing, "awards"), listing.unordered)

    @functools.cache
    def rows() -> list[dict[str, Any]]:
        return [opendata.decision_record(x, bulletin.decision_day(x)) for x in bulletin.decisions_newest_first]

    found.append(
        Download(
            urls.DECISIONS,
            lambda: opendata.csv_bytes(rows(), opendata.DECISION_COLUMNS),
            lambda: opendata.decisions_json("Các quyết định khen thưởng", rows()),
        )
    )
    return found
