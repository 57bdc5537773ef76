"""The articles: what kind each is and when it appeared (in date order across the twenty years),
its id, and what the press prints around it: time, authors or a reprint's source, photo credits,
the ceremony, and the rare correction."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bulletin.vietnamese.text import slugify

from .dates import FIRST_YEAR, LAST_DAY, LAST_YEAR
from .names import Weighted
from .names import name as draw_name
from .records import Article

if TYPE_CHECKING:
    from .archive import Archive

# Yearly reviews, praise of model members, a commune's festival day, a district's review, a campaign's close.
_KINDS = Weighted((("so-ket", 25), ("bieu-duong", 20), ("ngay-hoi", 18), ("huyen", 27), ("tong-ket", 10)))
# The days of the year each kind falls on: (first month, day), (last month, day).
_SEASON = {
    "so-ket": ((11, 5), (12, 28)),
    "bieu-duong": ((3, 1), (10, 30)),
    "ngay-hoi": ((8, 5), (8, 25)),
    "huyen": ((10, 1), (12, 28)),
    "tong-ket": ((10, 1), (12, 20)),
}
_CORRECTED_SHARE = 0.02
_CORRECTION_NOTES = (
    "Bài viết ghi nhầm ngày tổ chức hội nghị; đã sửa lại cho đúng.",
    "Bài viết ghi nhầm tên một tập thể được khen thưởng; đã sửa lại trong nội dung.",
    "Bài viết ghi thiếu số liệu của một hội phối hợp; đã bổ sung.",
)
# Reprints name a source; the synthetic archive's newspaper is openly illustrative.
_SOURCE_NAME, _SOURCE_SITE = "Báo tỉnh Y (bài minh họa)", "https://bao.example.vn/"


def plan(archive: Archive) -> list[Article]:
    """`archive.n` articles spread evenly over the years, in date order; a campaign closes
    (tong-ket) only in its last year."""
    rng = archive.rng
    planned = []
    for i in range(archive.n):
        year = FIRST_YEAR + i * (LAST_YEAR - FIRST_YEAR + 1) // max(archive.n, 1)
        campaign = archive.campaign_for(year)
        kind = _KINDS.pick(rng)
        if kind == "tong-ket" and year != campaign.end:
            kind = "so-ket"
        first, last = _SEASON[kind]
        start = dt.date(year, *first)
        end = min(dt.date(year, *last), LAST_DAY)
        day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        district = None if kind in ("so-ket", "bieu-duong", "tong-ket") else rng.randrange(len(archive.districts))
        article = Article(kind, day, campaign, district)
        if kind == "ngay-hoi":
            assert district is not None
            article.commune = rng.choice(archive.districts[district].communes)
            article.hamlet = rng.choice(article.commune.hamlets)
        planned.append((day, i, article))
    planned.sort(key=lambda x: (x[0], x[1]))
    return [a for _, _, a in planned]


def ident(archive: Archive, article: Article) -> str:
    year = article.date.year
    c = article.campaign
    if article.kind == "so-ket":
        base = f"so-ket-antq-{year}"
    elif article.kind == "tong-ket":
        base = f"tong-ket-antq-{c.start}-{c.end}"
    elif article.kind == "bieu-duong":
        base = f"bieu-duong-dien-hinh-antq-{year}"
    else:
        assert article.district is not None
        district = slugify(archive.districts[article.district].name)
        if article.kind == "huyen":
            base = f"so-ket-antq-{district}-{year}"
        else:
            assert article.commune is not None
            base = f"ngay-hoi-antq-{slugify(article.commune.name)}-{district}-{year}"
    return archive.unique_id(base, f"{base}-{article.date:%m%d}")


def _byline(archive: Archive, article: Article) -> str:
    if article.district is not None:  # a district's review or festival day
        return archive.districts[article.district].police
    if article.kind == "bieu-duong":
        return archive.rng.choice(("Phòng CTĐ và CTCT", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"))
    return archive.rng.choice(("Phòng CTĐ và CTCT", "Phòng Tham mưu"))


def _writer(archive: Archive, unit: str | None) -> tuple[str, str, str | None]:
    return (draw_name(archive.rng, "m" if archive.rng.random() < 0.6 else "f")[0], "person", unit)


def journalism(archive: Archive, a: Article) -> None:
    """Time on about 85%; authors: about 30% a unit (half as the short byline), 35% one person with
    unit, 25% several (the last sometimes of another unit), 10% a reprint's source; photo credits;
    a ceremony on about 85%, organised by the provincial or the district police on the article's day."""
    rng = archive.rng
    if rng.random() < 0.85:
        a.time = f"{rng.randint(6, 21):02d}:{rng.choice((0, 5, 15, 20, 30, 40, 45, 50)):02d}"
    district = archive.districts[a.district] if a.district is not None else None
    unit = district.police if district else "Công an tỉnh"
    roll = rng.random()
    if roll < 0.1:  # a reprint: the source, no author
        a.source = (_SOURCE_NAME, f"{_SOURCE_SITE}tin-tuc/{a.ident}.html")
    elif roll < 0.4:  # a unit: half written as the short byline
        name = _byline(archive, a)
        if rng.random() < 0.5:
            a.byline = name
        else:
            a.authors = [(name, "organisation", None)]
    elif roll < 0.75:
        a.authors = [_writer(archive, unit)]
    else:  # several writers, the last sometimes of another unit
        a.authors = [_writer(archive, unit) for _ in range(rng.randint(2, 3))]
        if rng.random() < 0.3:
            a.authors[-1] = _writer(archive, "Công an tỉnh" if district else "Hội Nông dân tỉnh")
    if a.figures and rng.random() < 0.4:
        a.photo_credit = next((n for n, kind, _ in a.authors if kind == "person"), "") or _writer(archive, None)[0]
    for figure, _ in a.figures:
        if rng.random() < 0.2:
            a.credits[figure] = _writer(archive, None)[0]
    if rng.random() < 0.85:
        organiser = district.police_id if district else "cong-an-tinh"
        if a.kind == "ngay-hoi":
            assert a.commune is not None
            place = f"Nhà văn hóa {a.hamlet}, {a.commune.full}"
        else:
            place = f"Hội trường {unit}"
        a.ceremony = (
            organiser,
            place if rng.random() < 0.8 else "",
            rng.choice(("sáng", "sáng", "sáng", "chiều", "chiều", "tối")),
        )


def correct(archive: Archive) -> None:
    """About 2% of articles (at least one) corrected within a week, never after the archive's last day."""
    count = min(len(archive.articles), max(1, round(len(archive.articles) * _CORRECTED_SHARE)))
    for a in archive.rng.sample(archive.articles, count):
        day = min(LAST_DAY, a.date + dt.timedelta(days=archive.rng.randint(1, 7)))
        a.corrections.append((max(day, a.date), archive.rng.choice(_CORRECTION_NOTES)))
