"""The sample bulletin in data/: valid, honest about what is illustrative, and in every shape
real articles take (named, counted only, not even counted).

Other tests read tests/fixtures/data; these are the only ones about the sample itself. The sample
is built with --strict by test_pipeline.py (test_files_a_host_needs_are_shipped_from_docs), and
`validate` below makes every page, so a page that cannot be made fails here too.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from bulletin import model
from bulletin.model.load import load
from bulletin.pages.article import article_page
from bulletin.pages.decision import decision_page
from conftest import ROOT, bulletin, sections, text

SAMPLE = ROOT / "data"
SEED = "bieu-duong-dien-hinh-antq-2019-2024"
_URL = re.compile(r"https://[^\s)]+")
# "Theo [Báo Nghệ An](https://...)": the source named at the end of a retold article's body.
_CITED = re.compile(r"Theo \[[^\]]+\]\((https://[^)\s]+)\)")


@cache
def sample() -> model.Bulletin:
    return load(SAMPLE, ROOT).require()


def comment_urls(path: Path) -> set[str]:
    """Addresses written in the file's YAML comments (where a source is cited)."""
    comments = (line for line in path.read_text(encoding="utf-8").splitlines() if line.lstrip().startswith("#"))
    return {url for line in comments for url in _URL.findall(line)}


def decision_files() -> list[Path]:
    return sorted((SAMPLE / "decisions").rglob("*.yaml"))


def is_illustrative_name(name: str) -> bool:
    """ "Nguyễn Văn A": family, middle, and a given name of one capital letter."""
    words = name.split()
    return len(words) >= 3 and len(words[-1]) == 1 and words[-1].isupper()


def ends_with_placeholder_place(text: str) -> bool:
    """ "Công an xã A, huyện X", "thôn 3, xã Y, tỉnh X": the last place is one capital letter."""
    last = text.split()[-1]
    return len(last) == 1 and last.isupper()


def test_the_sample_validates_with_no_error_and_no_warning():
    result = bulletin("validate", "data")
    assert (result.returncode, result.stdout, result.stderr) == (0, "Dữ liệu hợp lệ: 0 lỗi, 0 cảnh báo.\n", "")


def test_no_decision_names_a_signer():
    files = decision_files()
    assert len(files) >= 10
    for path in files:
        assert "signer" not in yaml.safe_load(path.read_text(encoding="utf-8")), path
    assert all(x.doc.signer is None for x in sample().decisions.values())


def test_people_and_places_are_illustrative_unless_the_decision_cites_its_source():
    people: list[str] = []
    for path in decision_files():
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        cited = bool(comment_urls(path))
        for person in doc.get("individuals", []):
            people.append(person["name"])
            if not cited:
                assert is_illustrative_name(person["name"]), (path, person["name"])
                for key in ("unit", "locality"):
                    if key in person:
                        assert ends_with_placeholder_place(person[key]), (path, person[key])
        for unit in doc.get("collectives", []):
            if not cited:
                assert ends_with_placeholder_place(unit["name"]), (path, unit["name"])
                if "locality" in unit:
                    assert ends_with_placeholder_place(unit["locality"]), (path, unit["locality"])
    assert len(people) >= 45
    assert len(set(people)) == len(people), "every illustrative name is used once"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Nguyễn Văn A", True), ("Hoàng Văn Đ", True), ("Nguyễn Văn Ân", False), ("Văn A", False), ("Lê Văn a", False)],
)
def test_the_illustrative_name_rule(name: str, expected: bool):
    assert is_illustrative_name(name) is expected


def test_the_seed_article_computes_72_from_its_five_decisions():
    article = next(a for a in sample().articles if a.id == SEED)
    assert article.award_total == 72
    assert article.title.startswith("72 tập thể, cá nhân được khen thưởng")
    assert [(x.issuer.id, x.form.id, x.collective_count, x.individual_count) for x in article.decisions] == [
        ("ubnd-tinh", "bang-khen", 9, 15),
        ("hoi-nong-dan-tinh", "bang-khen", 3, 5),
        ("hoi-lhpn-tinh", "bang-khen", 3, 5),
        ("hoi-ccb-tinh", "bang-khen", 3, 5),
        ("cong-an-tinh", "giay-khen", 9, 15),
    ]


def test_the_sample_holds_every_shape_of_decision():
    b = sample()
    assert len(b.articles) >= 5
    decisions = list(b.decisions.values())
    nothing = [x for x in decisions if not x.published and x.doc.counts is None]
    counted = [x for x in decisions if not x.published and x.doc.counts is not None]
    named = [x for x in decisions if x.published and x.named]
    assert nothing and counted and named
    assert all(x.total is None for x in nothing)
    assert any(x.doc.occasion for x in decisions) and any(x.doc.extraordinary for x in decisions)
    assert any(x.period == "2019" for x in decisions)  # achievements of one year, announced the next
    # One form given at two levels in one article.
    assert any(
        len({x.level.id for x in a.decisions if x.level and x.form.id == form}) >= 2
        for a in b.articles
        for form in {x.form.id for x in a.decisions}
    )


def test_every_other_article_cites_its_source_or_is_set_in_the_fictitious_province():
    b = sample()
    others = [a for a in b.articles if a.id != SEED]
    assert len(others) >= 4
    cited = fictitious = 0
    for article in others:
        path = ROOT / article.source  # sources are relative to the project's root
        assert not article.doc.figures and not article.doc.statistics, path
        # The source as a field ("Theo Báo ..." under the article), else as a link in the body.
        sources = (
            [article.doc.source.url]
            if article.doc.source and article.doc.source.url
            else _CITED.findall(article.doc.body)
        )
        if sources:
            cited += 1
            assert sources[-1] in comment_urls(path), path
            for decision in article.decisions:
                assert sources[-1] in comment_urls(ROOT / decision.source), decision.id
        else:
            fictitious += 1
            assert "minh họa" in article.title and "minh họa" in article.doc.body, path
            assert "tỉnh X" in article.lead + article.doc.body, path
            for decision in article.decisions:
                text = (ROOT / decision.source).read_text(encoding="utf-8")
                assert "MINH HỌA" in text and ends_with_placeholder_place(decision.issuer.name), decision.id
    assert cited >= 2 and fictitious >= 2


def notice_lines(html: str) -> list[str]:
    notices = BeautifulSoup(html, "html.parser").select(".bulletin-sample")
    assert len(notices) <= 1
    return [p.get_text() for n in notices for p in n.select("p:not(.admonition-title)")]


def test_only_what_is_illustrative_says_so_and_sourced_articles_say_nothing():
    b = sample()
    assert not b.site.sample and b.sample_notice is None  # no site-wide notice: each item says it
    seed = next(a for a in b.articles if a.id == SEED)
    sourced = [a for a in b.articles if a.doc.source]
    fictitious = [a for a in b.articles if a.doc.illustrative]
    assert len(sourced) == 2 and len(fictitious) == 2
    assert {a.doc.source.name for a in sourced} == {"Báo Nghệ An", "Báo Gia Lai"}
    expected = {SEED: [model.ILLUSTRATIVE_NAMES]} | {a.id: [] for a in sourced}
    # The article itself, then its decisions: their names when they list any, else the decisions.
    expected["ky-niem-80-nam-cand-tinh-x"] = [model.ILLUSTRATIVE_ARTICLE, model.ILLUSTRATIVE_DECISION]
    expected["khen-thuong-dot-xuat-xa-y"] = [model.ILLUSTRATIVE_ARTICLE, model.ILLUSTRATIVE_NAMES]
    assert {a.id for a in fictitious} == {"ky-niem-80-nam-cand-tinh-x", "khen-thuong-dot-xuat-xa-y"}
    assert {a.id: notice_lines(article_page(b, a).body) for a in b.articles} == expected
    assert all(x.doc.illustrative for x in seed.decisions)
    for article in sourced:
        for decision in article.decisions:
            assert notice_lines(decision_page(b, decision).body) == [], decision.id
    for article in [seed, *fictitious]:
        for decision in article.decisions:
            assert notice_lines(decision_page(b, decision).body) == decision.notices != [], decision.id


def body_sections(html: str) -> dict[str, list[str]]:
    return sections(BeautifulSoup(html, "html.parser"), "h2")


def test_a_2020_district_decision_names_its_issuer_as_then_and_links_its_successors():
    from bulletin.pages.entities import organisation_page

    b = sample()
    page = BeautifulSoup(
        decision_page(b, b.decisions["ubnd-thi-xa-an-khe-giay-khen-ngay-hoi-2020"]).body, "html.parser"
    )
    assert page.h1.get_text().rstrip(" ¶") == "Giấy khen của Chủ tịch Ủy ban nhân dân thị xã An Khê"
    history = next(p for p in page.select("p") if "không còn hoạt động" in p.get_text())
    assert text(history) == (
        "Ủy ban nhân dân thị xã An Khê không còn hoạt động từ ngày 1/7/2025; đơn vị kế thừa: Ủy ban nhân dân "
        "phường An Khê, Ủy ban nhân dân phường An Bình, Ủy ban nhân dân xã Cửu An."
    )
    assert [a["href"].split("/")[-2] for a in history.select("a")] == [
        "ubnd-phuong-an-khe",
        "ubnd-phuong-an-binh",
        "ubnd-xa-cuu-an",
    ]
    # And a reader can follow the district's police across the 2025 reform, and back.
    police = body_sections(organisation_page(b, "cong-an-thi-xa-an-khe", None).body)
    assert police["Qua các thời kỳ"] == ["Không còn hoạt động từ ngày 1/3/2025", "Đơn vị kế thừa: Công an tỉnh Gia Lai"]
    assert police["Tổ chức lễ trao khen thưởng"] == [
        "Sáng 17/8/2020 — An Khê biểu dương tập thể, cá nhân tiêu biểu trong phong trào toàn dân bảo vệ an ninh Tổ quốc",
    ]
    province = body_sections(organisation_page(b, "cong-an-tinh-gia-lai", None).body)
    assert province["Qua các thời kỳ"] == ["Kế thừa từ: Công an thị xã An Khê"]
    assert province["Trao khen thưởng"] == [
        "17/8/2020 — Bằng khen của Bộ trưởng Bộ Công an: 1 tập thể. Giám đốc Công an tỉnh Gia Lai trao.",
    ]
    received = body_sections(organisation_page(b, "cong-an-xa-y", None).body)
    assert received["Được khen thưởng"] == ["14/10/2025 — Giấy khen của Giám đốc Công an tỉnh X: Công an xã Y, tỉnh X"]
