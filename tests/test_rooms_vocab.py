"""One-way rooms and vocabularies declared once (issue 16): outputs/ never imports pages/; the
roll dimensions (bulletin.model.dimensions), the open-data file names and the key "chung" (urls)
are each spelled in one module, which every user reads; and what those declarations promise
holds in a built site."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from bulletin import theme, urls
from bulletin.model import dimensions, tally
from bulletin.model.dimensions import FILTERS, ISSUE_FILTERS, ROLLS, filter_values
from bulletin.model.load import load
from bulletin.outputs import downloads, lookup_index, opendata
from conftest import DATA, ROOT, soup
from imports import spelled

SRC = ROOT / "src" / "bulletin"


def _of_pages(path: Path) -> list[str]:
    return sorted(x for x in spelled(path) if x == "bulletin.pages" or x.startswith("bulletin.pages."))


@pytest.mark.parametrize("path", sorted((SRC / "outputs").glob("*.py")), ids=lambda p: p.name)
def test_outputs_never_import_pages(path: Path):
    """Data flows one way: pages may use what outputs make, never the other way round."""
    reached = _of_pages(path)
    assert not reached, f"outputs/{path.name} imports {', '.join(reached)}"


def test_the_import_check_sees_every_spelling(tmp_path: Path):
    module = tmp_path / "m.py"
    module.write_text("import bulletin.pages.page\nfrom bulletin import pages\nfrom bulletin.pages.rolls import x\n")
    assert _of_pages(module) == [
        "bulletin.pages",
        "bulletin.pages.page",
        "bulletin.pages.rolls",
        "bulletin.pages.rolls.x",
    ]
    module.write_text("from bulletin import urls\nfrom . import pages\n")
    assert _of_pages(module) == []


def _constants(value: str) -> set[str]:
    """The modules of src/bulletin that spell `value` as a string of their own."""
    found = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value == value:
                found.add(path.relative_to(SRC).as_posix())
    return found


def test_each_dimension_is_spelled_in_one_module_only():
    for dimension in FILTERS:
        assert _constants(dimension.filter) == {"model/dimensions.py"}, dimension.filter
    for dimension in ROLLS:
        # urls.CAMPAIGNS is the campaigns' own pages (phong-trao/<id>/), not their rolls (vinh-danh/phong-trao/<id>/).
        others = {"urls.py"} if dimension.slug == urls.CAMPAIGNS else set()
        assert _constants(dimension.slug) == {"model/dimensions.py"} | others, dimension.slug


def test_the_general_key_and_the_open_data_names_are_spelled_in_urls_only():
    assert urls.GENERAL == "chung" and _constants("chung") == {"urls.py"}
    assert _constants(urls.ALL_AWARDS) == {"urls.py"}
    assert urls.campaign_key(None) == urls.GENERAL


# The site's sections and files by their first folder or name (urls): what a template must take from
# `urls`, never spell (`link.index(urls.NEWS)`, not `link.index('tin-tuc')`).
SECTIONS = frozenset(
    {
        urls.NEWS,
        urls.HONOURS,
        urls.CAMPAIGNS,
        urls.ORGANISATIONS,
        urls.STATISTICS,
        urls.PROFILES,
        urls.ROLLS,
        urls.LOOKUP,
        urls.SEARCH,
        urls.DATA,
        urls.FEED,
        urls.SEARCH_INDEX,
    }
)
# Where a template names an address: the arguments of a `link` call, and a literal href, src or action.
_LINK_CALL = re.compile(r"\blink\.\w+\(([^()]*)\)")
_QUOTED = re.compile(r"""(["'])(.*?)\1""")
_ADDRESS_ATTRIBUTE = re.compile(r"""\b(?:href|src|action)=(["'])([^"'{}]*)\1""")


def _typed_addresses(template: str) -> list[str]:
    """The section addresses a template spells instead of reading them from urls."""
    found = [literal for call in _LINK_CALL.findall(template) for _, literal in _QUOTED.findall(call)]
    found += [value for _, value in _ADDRESS_ATTRIBUTE.findall(template)]
    return [x for x in found if x.lstrip("./").split("/")[0].split("#")[0] in SECTIONS]


@pytest.mark.parametrize("path", sorted((SRC / "pages" / "templates").glob("*.html")), ids=lambda p: p.name)
def test_templates_take_section_addresses_from_urls(path: Path):
    typed = _typed_addresses(path.read_text(encoding="utf-8"))
    assert not typed, f"{path.name} spells {typed}: use urls' names (link.index(urls.NEWS))"


def test_the_template_check_sees_every_spelling():
    assert _typed_addresses("""<a href="{{ link.index('tin-tuc') }}">""") == ["tin-tuc"]
    assert _typed_addresses("""<a href="{{ link.to("tra-cuu/index.md") }}">""") == ["tra-cuu/index.md"]
    assert _typed_addresses("""<a href="{{ link.roll(x, 'thong-ke') }}">""") == ["thong-ke"]
    assert _typed_addresses("""<a href="../khen-thuong/">, <form action="tim-kiem/">""") == [
        "../khen-thuong/",
        "tim-kiem/",
    ]
    # Names from urls, an anchor of the page itself and a heading's id are not addresses.
    assert _typed_addresses("""<a href="{{ link.index(urls.NEWS) }}"> <a href="#thong-ke">""") == []
    assert _typed_addresses("""{{ m.heading(2, none, "thong-ke") }} <p aria-labelledby="thong-ke">""") == []


def test_the_theme_names_the_addresses_urls_declares(sample):
    """Material's Jinja reads the theme without `urls`: with the hook the search address comes from
    pages/chrome.py; the fallback for a build without the hook, and the footer's links, agree with urls."""
    from bulletin.pages import chrome

    assert chrome.chrome(sample)["search"] == f"{urls.SEARCH}/"
    theme_html = (Path(theme.DIRECTORY) / "main.html").read_text(encoding="utf-8")
    assert f'"search": "{urls.SEARCH}/"' in theme_html
    assert f"'{urls.LOOKUP}/' | url" in theme_html and f"'{urls.FEED}' | url" in theme_html
    typed = {x.rstrip("/") for x in re.findall(r"""["']([a-z.-]+/?)["']""", theme_html)} & SECTIONS
    assert typed == {urls.SEARCH, urls.LOOKUP, urls.FEED}


def test_the_dimensions_are_the_lookups_filters_and_the_honour_rolls():
    assert [x.filter for x in FILTERS] == ["co_quan", "cap", "hinh_thuc", "nam", "phong_trao", "dia_ban"]
    assert FILTERS[:5] == ISSUE_FILTERS and dimensions.PLACE not in ISSUE_FILTERS
    assert [x.slug for x in ROLLS] == ["co-quan", "hinh-thuc", "nam", "phong-trao"]
    assert all(x.roll_label.startswith("Theo ") for x in ROLLS)
    assert len({x.filter for x in FILTERS}) == len(FILTERS) and len({x.column for x in FILTERS}) == len(FILTERS)


def test_filter_values_reads_each_dimensions_column():
    record = {
        "office": "Giám đốc Công an tỉnh",
        "level": "Cấp tỉnh",
        "award": "Giấy khen",
        "year": 2024,
        "campaign": None,
        "locality": "ấp 1, xã L, huyện X",
    }
    assert filter_values(record) == {
        "co_quan": ["Giám đốc Công an tỉnh"],
        "cap": ["Cấp tỉnh"],
        "hinh_thuc": ["Giấy khen"],
        "nam": ["2024"],
        "dia_ban": ["xã L, huyện X"],
    }
    assert filter_values({**record, "year": None, "locality": ""}, ISSUE_FILTERS) == {
        "co_quan": ["Giám đốc Công an tỉnh"],
        "cap": ["Cấp tỉnh"],
        "hinh_thuc": ["Giấy khen"],
    }
    assert sorted(["2019", "2024", "2020"], key=dimensions.YEAR.order) == ["2024", "2020", "2019"]


@pytest.fixture(scope="module")
def sample():
    return load(DATA, ROOT).require()


def test_every_dimensions_column_is_a_field_of_an_award_record(sample):
    record = opendata.record(sample.awards[0])
    for dimension in FILTERS:
        assert dimension.column in record, dimension.column
    assert {x.column for x in FILTERS if x is not dimensions.YEAR} <= {key for _, key in opendata.COLUMNS}


def test_every_roll_dimension_is_a_published_roll_folder(built_site: Path):
    published = {p.name for p in (built_site / urls.ROLLS).iterdir() if p.is_dir()}
    assert published == {x.slug for x in ROLLS}
    assert {p.name for p in (built_site / urls.DATA).iterdir() if p.is_dir()} == {x.slug for x in ROLLS} | {
        urls.DECISIONS
    }
    # The Vinh danh page (khen-thuong/) lists the rolls by dimension, each under its label.
    honours = soup(built_site / urls.HONOURS / "index.html")
    labels = [x.get_text(strip=True).removesuffix(":") for x in honours.select("li > strong")]
    assert [label for label in labels if label.startswith("Theo ")] == [x.roll_label for x in ROLLS]


def test_every_filter_is_in_the_lookup_index_and_on_its_page(built_site: Path):
    meta = json.loads((built_site / lookup_index.FOLDER / "meta.json").read_text(encoding="utf-8"))
    assert list(meta["filters"]) == list(meta["counts"]) == [x.filter for x in FILTERS]
    assert meta["issue_filters"] == [x.filter for x in ISSUE_FILTERS]
    # The browser knows the filters from meta.json, and the place filter (no issue's) by its key.
    script = (Path(theme.DIRECTORY) / theme.ASSETS / "bulletin-lookup.js").read_text(encoding="utf-8")
    assert f"meta.filters.{dimensions.PLACE.filter}[" in script
    page = soup(built_site / urls.LOOKUP / "index.html")
    shown = [
        (s["data-filter"], page.select_one(f'label[for="{s["id"]}"]').get_text())
        for s in page.select("select[data-filter]")
    ]
    assert shown == [(x.filter, x.label) for x in FILTERS]


def test_downloads_are_every_award_each_named_decision_each_roll_and_every_decision(sample, built_site: Path):
    from bulletin.pages.rolls import rolls

    all_rolls = rolls(sample)
    planned = downloads.downloads(sample, all_rolls, lambda: opendata.records(sample.awards))
    names = [x.name for x in planned]
    named = [urls.decision_download(x.id) for x in sample.decisions_newest_first if x.named]
    assert names == [urls.ALL_AWARDS, *named, *(r.download_name for r in all_rolls), urls.DECISIONS]
    for download in planned:
        for extension, content in (("csv", download.csv), ("json", download.json)):
            assert (built_site / urls.download(download.name, extension)).read_bytes() == content(), download.name
    assert planned[0].listed is None and planned[-1].listed is None
    everyone = json.loads(planned[0].json())
    assert everyone["count"] == len(sample.awards)


def test_named_counts_and_everyone(sample):
    awards = sample.awards
    collectives, individuals = tally.named(awards)
    assert individuals == sum(1 for a in awards if a.is_individual) and collectives + individuals == len(awards)
    assert tally.named([]) == (0, 0)
    counts = tally.Tally(3, 9, 15, 0, 0)
    assert counts.everyone == 24 and counts.total() == "24 tập thể, cá nhân"
