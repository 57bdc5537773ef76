"""What pages say is illustrative or a sample: fixed wording, so that every page says it the same
way and editors write only "true" (documents.Decision.illustrative, documents.Article.illustrative)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bulletin.model.decisions import Decision

DEFAULT_SAMPLE_NOTICE = (
    "Tên người, đơn vị trong các danh sách khen thưởng của bản tin này chỉ mang tính minh họa, "
    "không phải danh sách thật."
)
ILLUSTRATIVE_NAMES = "Tên người, đơn vị trong danh sách này là minh họa, không phải danh sách thật."
ILLUSTRATIVE_ARTICLE = "Bài minh họa: địa danh, cơ quan và sự việc là giả định."
# A page with real lists next to illustrative ones (an honour roll, a profile, an article).
ILLUSTRATIVE_SOME_NAMES = (
    "Một số danh sách dưới đây có tên người, đơn vị minh họa, không phải danh sách thật; mỗi quyết định có ghi rõ."
)
# An illustrative decision that lists no names: the decision itself is made up.
ILLUSTRATIVE_DECISION = "Quyết định minh họa: cơ quan và sự việc là giả định."


def notices(decisions: Iterable[Decision]) -> list[str]:
    """What a page that shows these decisions (their lists) says is illustrative: that its list is,
    when every list shown is; that some are, when real lists stand next to illustrative ones; and
    that a decision is made up, for an illustrative decision without names. [] when all are real."""
    shown = list(dict.fromkeys(decisions))
    named = [x for x in shown if x.named]
    marked = sum(x.illustrative for x in named)
    result = []
    if marked:
        result.append(ILLUSTRATIVE_NAMES if marked == len(named) else ILLUSTRATIVE_SOME_NAMES)
    if any(x.illustrative and not x.named for x in shown):
        result.append(ILLUSTRATIVE_DECISION)
    return result
