"""Conservation: every recipient and statistic in the data appears in the built HTML
where it belongs. Runs at the end of every build; a template or engine change that
silently drops an entry fails the build instead of publishing an incomplete list.
"""

from __future__ import annotations

import re
from pathlib import Path

from bulletin import formatting, model, urls

_LI_ID = re.compile(r'<li id="([^"]+)"')
_STAT = re.compile(r'<li data-stat="([^"]+)"><a [^>]*><strong>([^<]*)</strong>')


def html_file(site_dir: Path, docs_path: str) -> Path:
    """The HTML file MkDocs writes for a docs path (directory URLs)."""
    return site_dir / urls.site_path(docs_path) / "index.html"


def check(site_dir: Path, bulletin: model.Bulletin) -> list[str]:
    """Missing or extra entries, in words; empty when the site holds all the data."""
    problems: list[str] = []
    for decision in bulletin.decisions.values():
        page = html_file(site_dir, urls.decision(decision, bulletin.decision_day(decision)))
        if not page.exists():
            problems.append(f"thiếu trang của quyết định {decision.id} ({decision.source})")
            continue
        shown = _LI_ID.findall(page.read_text(encoding="utf-8"))
        expected = list(decision.anchors.values())
        if sorted(shown) != sorted(expected):
            missing = sorted(set(expected) - set(shown))
            problems.append(
                f"{page.relative_to(site_dir)}: hiện {len(shown)} người, đơn vị nhưng dữ liệu có {len(expected)}"
                + (f"; thiếu: {', '.join(missing[:5])}" if missing else "")
                + f" ({decision.source})"
            )
    for article in bulletin.articles:
        if not article.statistics:
            continue
        page = html_file(site_dir, urls.article(article))
        shown = dict(_STAT.findall(page.read_text(encoding="utf-8"))) if page.exists() else {}
        for group in article.statistics:
            for item in group.items:
                key = f"{group.partner.id if group.partner else 'chung'}/{item.metric.id}"
                value = formatting.quantity(item.doc.value, item.doc.approximate)
                if not shown.get(key, "").startswith(value):
                    problems.append(f"{page.relative_to(site_dir)}: thiếu số liệu {key} = {value} ({article.source})")
    return problems
