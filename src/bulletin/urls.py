"""Where each generated page lives (paths relative to the docs directory).

URLs are ASCII and stable: they come from ids and dates, never from titles,
so a corrected headline or a recounted total does not break links.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # addresses are read by every room, data included: the model only names types here
    from bulletin import model

HOME = "index.md"
NEWS = "tin-tuc"
HONOURS = "khen-thuong"
CAMPAIGNS = "phong-trao"
ORGANISATIONS = "don-vi"
STATISTICS = "thong-ke"
PROFILES = "ho-so"
ROLLS = "vinh-danh"
LOOKUP = "tra-cuu"
SEARCH = "tim-kiem"  # the site search's results page (pages/search.py)
DATA = "du-lieu"
FEED = "feed.xml"
# Open data (du-lieu/<name>.csv and .json): the file of every award, which the lookup's index is
# also built from, and the file of every decision, named or not (beside the folder du-lieu/quyet-dinh/
# of each named decision's awards).
ALL_AWARDS = "tat-ca"
DECISIONS = "quyet-dinh"
# The masthead's sections as readers read them, in its order ("" is the front page): the navigation,
# the breadcrumbs and the share cards' kickers name a section these words.
SECTION_NAMES = {
    "": "Trang chủ",
    NEWS: "Tin tức",
    HONOURS: "Vinh danh",
    STATISTICS: "Thống kê",
    CAMPAIGNS: "Phong trào",
    ORGANISATIONS: "Đơn vị",
    LOOKUP: "Tra cứu",
}
# The masthead's section of a page, by the page's first folder: profiles and honour rolls are
# read from Vinh danh, the download folder from the lookup.
SECTION_OF = {ROLLS: HONOURS, PROFILES: HONOURS, DATA: LOOKUP}
# Statistics without a campaign (folder) or without a partner (anchor, statistic key).
GENERAL = "chung"
UNDATED = "khong-ro-nam"  # the folder of decisions whose date is not known
SEARCH_INDEX = "pagefind"  # Pagefind's folder in the built site (search_index)

# Names the site gives its own files inside the folders where ids become file or folder
# names (an article id "index" would replace its month's page, a campaign id "chung" the
# statistics of articles without a campaign). The documents (fields) refuse them as ids.
PAGE_PREFIX = "trang-"  # trang-2, trang-3, ...: later pages of a list (see index())
RESERVED_NAMES = frozenset({"index", GENERAL, UNDATED, SEARCH_INDEX, "assets", "search", "media"})


def section_of(path: str) -> str:
    """The masthead section a page is read from: its first folder ("" for the front page)."""
    first, slash, _ = path.partition("/")
    return SECTION_OF.get(first, first) if slash else ""


def is_reserved(name: str) -> bool:
    """True when `name` would collide with a page or folder of the site itself."""
    number = name.removeprefix(PAGE_PREFIX)
    return name in RESERVED_NAMES or (number != name and number.isdigit())


def index(section: str, number: int = 1) -> str:
    """Page `number` of a paginated section: tin-tuc/index.md, tin-tuc/trang-2.md, ..."""
    return f"{section}/index.md" if number == 1 else f"{section}/trang-{number}.md"


def article(item: model.Article) -> str:
    day = item.date
    return f"{NEWS}/{day.year}/{day.month:02d}/{item.id}.md"


def year(number: int) -> str:
    return f"{NEWS}/{number}/index.md"


def month(day: dt.date) -> str:
    """Where a month's articles are listed: its heading on the year's page (tin-tuc/2024/index.md#thang-6)."""
    return f"{year(day.year)}#{month_anchor(day)}"


def month_anchor(day: dt.date) -> str:
    return f"thang-{day.month}"


def month_folder(day: dt.date) -> str:
    """tin-tuc/2024/06/index.md: the month's own page until issue 14, now a redirect (pages/redirects.py)."""
    return f"{NEWS}/{day.year}/{day.month:02d}/index.md"


def decision(item: model.Decision, day: dt.date | None) -> str:
    folder = str(day.year) if day else UNDATED
    return f"{HONOURS}/{folder}/{item.id}.md"


def campaign(item: model.Campaign) -> str:
    return f"{CAMPAIGNS}/{item.id}.md"


def organisation(ident: str) -> str:
    return f"{ORGANISATIONS}/{ident}.md"


def profile(ident: str) -> str:
    return f"{PROFILES}/{ident}.md"


def roll(dimension: str, key: str, number: int = 1) -> str:
    """An honour roll: every award by issuer, form, year or campaign (paginated)."""
    return index(f"{ROLLS}/{dimension}/{key}", number)


def download(name: str, extension: str) -> str:
    """Open data files: du-lieu/<name>.csv and .json."""
    return f"{DATA}/{name}.{extension}"


def decision_download(ident: str) -> str:
    """The name of a named decision's open-data files: du-lieu/quyet-dinh/<id>.csv and .json."""
    return f"{DECISIONS}/{ident}"


def campaign_key(campaign: model.Campaign | None) -> str:
    """A campaign's folder of statistics (and its charts' ids): its id, or "chung" for figures of none."""
    return campaign.id if campaign else GENERAL


def statistics(campaign: model.Campaign | None, period: str) -> str:
    """thong-ke/<campaign>/<period>.md: one page per campaign and period."""
    return f"{STATISTICS}/{campaign_key(campaign)}/{period}.md"


def chart(campaign: model.Campaign | None, period: str, metric: str) -> str:
    return f"{STATISTICS}/{campaign_key(campaign)}/{period}-{metric}.svg"


def site_path(path: str) -> str:
    """Where MkDocs writes a docs path, relative to the site root: "tin-tuc/2024/06/x/"."""
    return public(path, "").lstrip("/")


def public(path: str, site_url: str) -> str:
    """The address a reader sees for a docs path (directory URLs, as MkDocs writes them)."""
    if path.endswith("index.md"):
        path = path[: -len("index.md")]
    elif path.endswith(".md"):
        path = path[: -len(".md")] + "/"
    return site_url.rstrip("/") + "/" + path
