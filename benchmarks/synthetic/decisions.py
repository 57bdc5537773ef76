"""The award decisions an article announces: who issues them, what form, whom they name (most
name their recipients, about 10% give only counts, about 3% neither), their numbers, and the
later revocations and removals on request."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .dates import LAST_DAY
from .names import Weighted
from .people import REPEAT_SHARE, Person
from .records import Article, Decision
from .statistics import PARTNER_TEXT
from .vocabulary import GRADES, PARTNERS

if TYPE_CHECKING:
    from .archive import Archive

# Who each issuer honours, by sector; "district" is any district's police.
_ISSUER_SECTORS = {
    "ubnd-tinh": (("police", 35), ("nong-dan", 18), ("phu-nu", 18), ("ccb", 14), ("citizen", 15)),
    "chu-tich-nuoc": (("police", 70), ("citizen", 30)),
    "bo-cong-an": (("police", 85), ("citizen", 15)),
    "cong-an-tinh": (("police", 60), ("citizen", 25), ("nong-dan", 5), ("phu-nu", 5), ("ccb", 5)),
    "hoi-nong-dan-tinh": (("nong-dan", 1),),
    "hoi-lhpn-tinh": (("phu-nu", 1),),
    "hoi-ccb-tinh": (("ccb", 1),),
    "district": (("police", 60), ("citizen", 40)),
}
_ISSUER_WEIGHT = {
    "chu-tich-nuoc": 0.1,
    "ubnd-tinh": 1.3,
    "bo-cong-an": 0.45,
    "cong-an-tinh": 1.5,
    "hoi-nong-dan-tinh": 0.8,
    "hoi-lhpn-tinh": 0.8,
    "hoi-ccb-tinh": 0.7,
    "district": 1.1,
}
_NUMBER_SUFFIX = {
    "chu-tich-nuoc": "QĐ-CTN",
    "ubnd-tinh": "QĐ-UBND",
    "bo-cong-an": "QĐ-BCA",
    "cong-an-tinh": "QĐ-CAT",
    "hoi-nong-dan-tinh": "QĐ-HNDT",
    "hoi-lhpn-tinh": "QĐ-HLHPN",
    "hoi-ccb-tinh": "QĐ-CCB",
    "district": "QĐ-CAH",
}
_FORM_OF = {"cong-an-tinh": "giay-khen", "district": "giay-khen"}
# Who hands over an issuer's awards, when the article says: (share, presenter, office, on behalf).
# A provincial body presents the Minister's and the President's awards "thừa ủy quyền".
_PRESENTERS = {
    "bo-cong-an": (0.6, "cong-an-tinh", None, True),
    "chu-tich-nuoc": (0.7, "ubnd-tinh", None, True),
    "ubnd-tinh": (0.25, "ubnd-tinh", "Phó Chủ tịch", False),
    "cong-an-tinh": (0.25, "cong-an-tinh", "Phó Giám đốc", False),
}
_REVOKED_SHARE, _REMOVED_PER_DECISIONS = 0.01, 200
_REVOCATION_REASONS = (
    "phát hiện sai sót trong hồ sơ đề nghị khen thưởng",
    "cá nhân, tập thể được khen thưởng vi phạm pháp luật trong thời gian xét khen thưởng",
)
_OCCASION = "kỷ niệm {years} năm Ngày truyền thống lực lượng Công an nhân dân (19/8/1945 – 19/8/{year})"
# How a decision's recipients are published: most named, some only counted, a few not at all.
_PUBLISHED = Weighted((("named", 87), ("counts", 10), ("none", 3)))
_DECISION_COUNT = Weighted((("3", 1), ("4", 2), ("5", 4), ("6", 2), ("7", 1)))


def issuers_for(archive: Archive, article: Article) -> list[str]:
    """The bodies whose decisions the article announces, highest first."""
    rng = archive.rng
    others = [d.police_id for i, d in enumerate(archive.districts) if i != article.district]
    extra = rng.sample(others, 2)
    if article.kind in ("so-ket", "tong-ket"):
        first, rest = ["cong-an-tinh"], ["ubnd-tinh", *PARTNERS, "bo-cong-an", "chu-tich-nuoc", *extra]
    elif article.kind == "bieu-duong":
        first, rest = ["hoi-nong-dan-tinh"], ["hoi-lhpn-tinh", "hoi-ccb-tinh", "cong-an-tinh", "ubnd-tinh", *extra]
    else:
        assert article.district is not None
        own = archive.districts[article.district].police_id
        first, rest = [own], ["cong-an-tinh", *PARTNERS, "ubnd-tinh", extra[0]]
        council = archive.council_for(article)
        if council and rng.random() < 0.5:  # the district council's Giấy khen beside its police's
            first += council
    k = min(int(_DECISION_COUNT.pick(rng)), 1 + len(rest))
    chosen = set(first + rng.sample(rest, k - 1))
    return [o for o in archive.organisations if o in chosen]


def reason(archive: Archive, issuer: str, form: str, article: Article) -> str:
    c = article.campaign
    if form.startswith(("ky-niem-chuong", "huan-chuong")):
        return "vì đã có nhiều đóng góp trong sự nghiệp bảo vệ an ninh Tổ quốc"
    if article.kind == "tong-ket":
        period = f", giai đoạn {c.start} – {c.end}"
    else:
        period = f" năm {article.date.year}"
    if issuer in PARTNERS and archive.rng.random() < 0.5:
        return (
            f"vì đã có thành tích xuất sắc trong thực hiện quy chế phối hợp giữa Công an tỉnh và "
            f"{PARTNER_TEXT[issuer]} tỉnh trong xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc{period}"
        )
    return f"vì đã có thành tích xuất sắc trong xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc{period}"


def build(archive: Archive, article: Article) -> None:
    """The article's decisions, about 70 awards in all, each dated before the article."""
    rng = archive.rng
    issuers = issuers_for(archive, article)
    kinds = ["district" if i in archive.district_of_org else i for i in issuers]
    weights = [_ISSUER_WEIGHT[k] * rng.uniform(0.75, 1.25) for k in kinds]
    target = rng.randint(50, 90)
    total_weight = sum(weights)
    year = article.date.year
    floor = dt.date(article.campaign.start, 1, 1)
    for issuer, kind, weight in zip(issuers, kinds, weights, strict=True):
        size = max(2, round(target * weight / total_weight))
        form = _FORM_OF.get(kind, "bang-khen")
        if kind == "bo-cong-an" and rng.random() < 0.3:
            form = "ky-niem-chuong-vi-su-nghiep-bao-ve-antq"
        elif kind == "chu-tich-nuoc":
            form = rng.choice(("huan-chuong-bao-ve-to-quoc", "huan-chuong-chien-cong"))
        share = 0.0 if form.startswith("ky-niem-chuong") else rng.uniform(0.2, 0.42)
        n_collectives = round(size * share)
        n_individuals = max(1, size - n_collectives)
        day = max(floor, article.date - dt.timedelta(days=rng.randint(2, 30)))
        decision = Decision(
            issuer,
            kind,
            form,
            article.campaign,
            day,
            reason(archive, issuer, form, article),
            grade=rng.choice(GRADES[1:]) if kind == "chu-tich-nuoc" else "",
            # Achievements of the year at a yearly review; the campaign's period at its close.
            period=str(year) if article.kind != "tong-ket" else "",
            occasion=_OCCASION.format(year=year, years=year - 1945) if form.startswith("ky-niem-chuong") else "",
            names=_PUBLISHED.pick(rng),
            order=len(archive.decisions),
        )
        # The associations' own awards name no presenter; a district's deputy head presents its own.
        deputy = "Phó Chủ tịch" if archive.organisations[issuer].ended else "Phó Trưởng"
        chance, presenter, office, on_behalf = _PRESENTERS.get(kind, (0.2, issuer, deputy, False))
        if kind not in PARTNERS and rng.random() < chance:
            decision.presenter = (presenter, office, on_behalf)
        article.decisions.append(decision)
        archive.decisions.append(decision)
        if decision.names != "named":  # the article gives no names: nobody to make up
            decision.counts = (n_collectives, n_individuals) if decision.names == "counts" else None
            continue
        _name_recipients(archive, article, decision, n_collectives, n_individuals)


def _name_recipients(
    archive: Archive, article: Article, decision: Decision, n_collectives: int, n_individuals: int
) -> None:
    """Collectives and people, from the issuer's own district if it has one, else mostly the
    article's; about 15% of people are someone honoured before, never twice in one decision."""
    rng = archive.rng
    own_district = archive.district_of_org.get(decision.issuer)
    sectors = Weighted(_ISSUER_SECTORS[decision.kind])

    def district_for() -> int:
        if own_district is not None:
            return own_district
        if article.district is not None and rng.random() < 0.7:
            return article.district
        return rng.randrange(len(archive.districts))

    seen_collectives: set[str] = set()
    for _ in range(n_collectives):
        for _attempt in range(10):
            name, locality = archive.people.collective(sectors.pick(rng), district_for())
            if name not in seen_collectives:
                seen_collectives.add(name)
                decision.collectives.append((name, locality))
                break
    seen_ids: set[str | None] = set()
    for _ in range(n_individuals):
        sector = sectors.pick(rng)
        district = district_for()
        person: Person | None = None
        if rng.random() < REPEAT_SHARE:
            candidates = (
                archive.pool.get((sector, own_district), [])
                if own_district is not None
                else archive.pool_by_sector[sector]
            )
            for _attempt in range(3):
                if not candidates:
                    break
                pick = rng.choice(candidates)
                if pick.ident not in seen_ids:
                    person = pick
                    break
        if person is None:
            person = archive.people.person(sector, district)
        else:
            seen_ids.add(person.ident)
        decision.individuals.append(person.record(article.date.year))


def number(archive: Archive) -> None:
    """Numbers rise through each issuer's year; ids are issuer, form, number and year."""
    groups: dict[tuple[str, int], list[Decision]] = {}
    for decision in archive.decisions:
        groups.setdefault((decision.issuer, decision.date.year), []).append(decision)
    for (issuer, year), grouped in sorted(groups.items()):
        count = archive.rng.randint(3, 60)
        suffix = (
            "QĐ-UBND"
            if archive.organisations[issuer].ended
            else _NUMBER_SUFFIX["district" if issuer in archive.district_of_org else issuer]
        )
        for decision in sorted(grouped, key=lambda x: (x.date, x.order)):
            decision.number = f"{count}/{suffix}"
            decision.ident = archive.unique_id(f"{issuer}-{decision.form}-{count}-{year}")
            count += archive.rng.randint(2, 40)


def revoke(archive: Archive) -> None:
    """About 1% of decisions (at least one) revoked by a later decision of the same issuer."""
    later: dict[int, list[Decision]] = {}
    for x in archive.decisions:
        found = [y for y in archive.decisions if y.issuer == x.issuer and y.date > x.date]
        if found:
            later[x.order] = found
    eligible = [x for x in archive.decisions if x.order in later]
    count = min(len(eligible), max(1, round(len(archive.decisions) * _REVOKED_SHARE)))
    for x in archive.rng.sample(eligible, count):
        by = archive.rng.choice(later[x.order])
        x.revoked = (by.date, by.ident, archive.rng.choice(_REVOCATION_REASONS))


def remove(archive: Archive) -> None:
    """A rare person removed on request (one in about 200 decisions, at least one): one without
    an id, so honoured nowhere else; the decision's counts stay as they were."""
    eligible = [x for x in archive.decisions if sum("id" not in p for p in x.individuals) >= 3]
    count = min(len(eligible), max(1, len(archive.decisions) // _REMOVED_PER_DECISIONS))
    for x in archive.rng.sample(eligible, count):
        i = archive.rng.choice([i for i, p in enumerate(x.individuals) if "id" not in p])
        day = min(LAST_DAY, x.date + dt.timedelta(days=archive.rng.randint(30, 900)))
        x.individuals[i] = {"removed": day.isoformat()}
