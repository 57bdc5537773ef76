"""The lookup's index (bulletin.outputs.lookup_index), built from award records and read with
bulletin.outputs.lookup_query as the browser reads it (tests/test_search.py drives the browser)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from bulletin.model.load import load
from bulletin.outputs import lookup_index, opendata
from bulletin.outputs.lookup_query import query
from bulletin.outputs.search_index import build_lookup_index
from bulletin.vietnamese.text import slugify
from conftest import DATA

UBND = "Chủ tịch Ủy ban nhân dân tỉnh"
CAT = "Giám đốc Công an tỉnh"


def award(
    name: str,
    *,
    kind: str = "individual",
    rank: str | None = None,
    locality: str | None = None,
    office: str = UBND,
    year: int = 2024,
    number: int = 1,
    revoked: bool = False,
) -> dict:
    """An opendata.record with what the index reads."""
    form = "Bằng khen" if office == UBND else "Giấy khen"
    decision = f"{'ubnd' if office == UBND else 'cat'}-{number}-{year}"
    anchor = slugify(name)
    return {
        "kind": kind,
        "kind_label": "Cá nhân" if kind == "individual" else "Tập thể",
        "name": name,
        "rank": rank,
        "position": None,
        "unit": None,
        "locality": locality,
        "decision_id": decision,
        "decision_title": f"{form} của {office}",
        "office": office,
        "level": "Cấp tỉnh",
        "award": form,
        "campaign": None,
        "revoked": "2024-08-01" if revoked else None,
        "illustrative": False,
        "date": f"{year}-06-0{number}",
        "year": year,
        "decision_url": f"khen-thuong/{year}/{decision}/#{anchor}",
        "profile_id": anchor if kind == "individual" else None,
        "profile_url": f"ho-so/{anchor}/" if kind == "individual" else None,
    }


RECORDS = [
    award("Nguyễn Ân Thành", number=1),
    award("Công an xã Phước Tín", kind="collective", locality="xã Phước Tín, thị xã Phước Long", number=1),
    award("Lê Phước Tín", office=CAT, year=2023, number=2),
    award("Phạm Văn Phước", office=CAT, year=2023, number=2),
    award("Hồ Tín", number=3),
    award("Đinh Công Thiệp", rank="Trung tá", office=CAT, year=2023, number=4, revoked=True),
    award("Nguyễn Văn An", number=5),
    award("Trần Văn Ân", number=6),
    award("Ngô Văn Thuỷ", locality="ấp 1, xã Đak Ơ, huyện Bù Gia Mập", number=7),
]


def built_index(tmp_path: Path, records: list[dict]) -> Path:
    folder = tmp_path / "chi-muc"
    lookup_index.build(folder, records)
    return folder


@pytest.fixture()
def index(tmp_path: Path) -> Path:
    return built_index(tmp_path, RECORDS)


def titles(folder: Path, text: str, chosen: dict[str, str] | None = None) -> list[str]:
    return [r["title"] for r in query(folder, text, chosen).results]


def test_syllables_fold_case_marks_d_and_tone_placement():
    assert lookup_index.syllables("Đinh Công Thiệp") == ["dinh", "cong", "thiep"]
    assert lookup_index.syllables(unicodedata.normalize("NFD", "ĐINH CÔNG THIỆP")) == ["dinh", "cong", "thiep"]
    assert lookup_index.syllables("Thuỷ") == lookup_index.syllables("Thủy") == ["thuy"]
    assert lookup_index.syllables("H'Hen Niê, ấp 1") == ["h", "hen", "nie", "ap", "1"]
    assert lookup_index.file_key("con") == "con" and lookup_index.file_key("ŋa") == "uc58b61"


def test_a_syllable_shard_lists_given_names_first_then_newest(index: Path):
    listed = json.loads((index / "syllables.json").read_text(encoding="utf-8"))
    # [syllable, awards, parts, people of that given name]: Hồ Tín and Lê Phước Tín, not the police of xã Phước Tín.
    assert ["an", 4, 1, 2] in listed and ["thiep", 1, 1, 1] in listed and ["tin", 3, 1, 2] in listed
    shard = json.loads((index / "names/an-0.json").read_text(encoding="utf-8"))
    # Trần Văn Ân (6 June) and Nguyễn Văn An (5 June) are named An; then the others (1 June).
    assert [row[0] for row in shard["r"]] == ["Trần Văn Ân", "Nguyễn Văn An", "Nguyễn Ân Thành", "Công an xã Phước Tín"]
    # One file per syllable here (none is common), named by it; the locality is no part of the name.
    assert sorted(p.name for p in (index / "names").iterdir()) == sorted(f"{e[0]}-0.json" for e in listed)
    assert [e[0] for e in listed][:4] == ["an", "cong", "dinh", "ho"] and "ap" not in [e[0] for e in listed]


def test_thiep_finds_dinh_cong_thiep_from_one_shard(index: Path):
    for text in ("thiep", "Thiệp", "THIEP", unicodedata.normalize("NFD", "Thiệp"), "dinh cong thiep"):
        found = query(index, text)
        assert [r["title"] for r in found.results] == ["Trung tá Đinh Công Thiệp"], text
    found = query(index, "thiep")
    assert found.files == ["names/thiep-0.json"]
    assert found.results[0] | {"filters": None, "rank": None} == {
        "title": "Trung tá Đinh Công Thiệp",
        "detail": "",
        "line": "Trung tá Đinh Công Thiệp",
        "decision": "Giấy khen của Giám đốc Công an tỉnh, 4/6/2023 (đã bị hủy bỏ)",
        "decision_url": "khen-thuong/2023/cat-4-2023/#dinh-cong-thiep",
        "profile_url": "ho-so/dinh-cong-thiep/",
        "kind": 0,
        "name": "Đinh Công Thiệp",
        "date": "2023-06-04",
        "filters": None,
        "rank": None,
    }


def test_every_word_must_be_in_the_name(index: Path):
    assert titles(index, "Phước Tín") == ["Lê Phước Tín", "Công an xã Phước Tín"]
    # The last word typed is no one's given name here: newest first.
    assert titles(index, "tin phuoc") == ["Công an xã Phước Tín", "Lê Phước Tín"]
    # The rarer syllable's shard is read: tín and phước are in 3 names each, thị... none: nothing.
    assert query(index, "phuoc tin").files == ["names/phuoc-0.json"]
    assert query(index, "thi phuoc tin").results == [] and query(index, "thi phuoc tin").files == []
    assert titles(index, "thiepp") == []


def test_a_given_name_ranks_first_then_the_marks_typed(index: Path):
    # Typed with its mark, Ân is Ân, not An: the person named Ân, then a name holding it.
    assert titles(index, "Ân") == ["Trần Văn Ân", "Nguyễn Ân Thành"]
    # Without marks: named An or Ân, then the others; among each, the marks typed (none) first.
    assert titles(index, "an") == ["Nguyễn Văn An", "Trần Văn Ân", "Công an xã Phước Tín", "Nguyễn Ân Thành"]
    assert titles(index, "An") == titles(index, "an")


def test_the_last_word_may_be_the_beginning_of_a_syllable(index: Path):
    assert titles(index, "thie") == ["Trung tá Đinh Công Thiệp"]
    assert titles(index, "dinh cong th") == ["Trung tá Đinh Công Thiệp"]
    # "th" is no syllable: thuy, thiep and thanh are read, each name once.
    assert sorted(titles(index, "th")) == ["Nguyễn Ân Thành", "Ngô Văn Thuỷ", "Trung tá Đinh Công Thiệp"]


def test_filters_counts_and_browsing(index: Path):
    meta = json.loads((index / "meta.json").read_text(encoding="utf-8"))
    assert dict(zip(meta["filters"]["co_quan"], meta["counts"]["co_quan"], strict=True)) == {UBND: 6, CAT: 3}
    assert dict(zip(meta["filters"]["nam"], meta["counts"]["nam"], strict=True)) == {"2024": 6, "2023": 3}
    # Places by their names, not by xã/phường (test_places_sort_by_their_names).
    assert meta["filters"]["dia_ban"] == ["xã Đak Ơ, huyện Bù Gia Mập", "xã Phước Tín, thị xã Phước Long"]
    assert meta["total"] == 9
    # No words: every award, newest first.
    assert titles(index, "")[:3] == ["Ngô Văn Thuỷ", "Trần Văn Ân", "Nguyễn Văn An"]
    assert titles(index, "", {"nam": "2023"}) == ["Trung tá Đinh Công Thiệp", "Lê Phước Tín", "Phạm Văn Phước"]
    assert titles(index, "tin", {"co_quan": CAT}) == ["Lê Phước Tín"]
    assert titles(index, "", {"dia_ban": "xã Đak Ơ, huyện Bù Gia Mập"}) == ["Ngô Văn Thuỷ"]
    assert titles(index, "", {"nam": "1999"}) == []
    # The hamlet is shown, the filter is its commune.
    assert query(index, "thuy").results[0]["detail"] == "ấp 1, xã Đak Ơ, huyện Bù Gia Mập"
    assert query(index, "thuy").results[0]["line"] == "Ngô Văn Thuỷ – ấp 1, xã Đak Ơ, huyện Bù Gia Mập"
    facets = json.loads((index / "facets.json").read_text(encoding="utf-8"))
    issues = lookup_index.read_facets(facets)
    assert sum(awards for _, runs in issues for _, awards in runs) == 9
    # Newest issue first: Thuỷ's (ấp 1 of xã Đak Ơ, place 0); the oldest, Lê Phước Tín and Phạm Văn
    # Phước's (Giám đốc Công an tỉnh, 2023), is one run of two awards without a place.
    assert issues[0][1] == [(0, 1)] and issues[-1] == ([1, 0, 1, 1, -1], [(-1, 2)])
    assert lookup_index.encode_numbers([5, 40, 0, 1023, 1024]) == "FoBA_fggB"
    assert lookup_index.decode_numbers("FoBA_fggB") == [5, 40, 0, 1023, 1024]
    assert lookup_index.run_numbers([[4, 3], [-1, 1], [0, 2]]) == [11, 1, 0, 3, 0]


def test_a_common_syllable_is_split_into_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(lookup_index, "PART_ROWS", 2)
    monkeypatch.setattr(lookup_index, "BLOCK_ROWS", 4)
    folder = tmp_path / "chi-muc"
    lookup_index.build(folder, RECORDS)
    assert ["van", 4, 2, 0] in json.loads((folder / "syllables.json").read_text(encoding="utf-8"))
    assert all(len(json.loads(p.read_text(encoding="utf-8"))["r"]) <= 2 for p in (folder / "names").iterdir())
    assert query(folder, "van").files == ["names/van-0.json", "names/van-1.json"]
    assert titles(folder, "van") == ["Ngô Văn Thuỷ", "Trần Văn Ân", "Nguyễn Văn An", "Phạm Văn Phước"]
    assert len(list((folder / "browse").iterdir())) == 3
    assert titles(folder, "", {"nam": "2023"}) == ["Trung tá Đinh Công Thiệp", "Lê Phước Tín", "Phạm Văn Phước"]


def test_the_fixture_is_found_as_in_its_data(tmp_path: Path):
    bulletin = load(DATA).require()
    records = [opendata.record(a) for a in bulletin.awards]
    build_lookup_index(tmp_path, records)
    folder = tmp_path / lookup_index.FOLDER
    assert len(query(folder, "").results) == len(records) == 72
    for record, result in zip(
        sorted(records, key=lambda r: r["decision_url"]),
        sorted(query(folder, "").results, key=lambda r: r["decision_url"]),
        strict=True,
    ):
        assert result["decision_url"] == record["decision_url"]
        assert result["profile_url"] == record["profile_url"]
        assert result["title"] == " ".join(x for x in (record["rank"], record["name"]) if x)
    # No awards: no index (the page says there is nothing to look up), and an old one is removed.
    build_lookup_index(tmp_path, [])
    assert not folder.exists()


def test_the_lookup_page_offers_every_filter_value_of_every_award(tmp_path: Path):
    """The page lists each filter's values from the decisions and places (no record is made for
    it); they are exactly the values the records give the index (model.dimensions.filter_values)."""
    import re
    from html import unescape

    from bulletin.model.dimensions import FILTERS, filter_values
    from bulletin.pages import build_site
    from synthetic import write_archive

    data = tmp_path / "data"
    write_archive(data, 12, 5)
    bulletin = load(data, data.parent).require()
    content = build_site(bulletin, data)
    page = next(p for p in content.pages if p.path == "tra-cuu/index.md")
    expected: dict[str, set[str]] = {x.filter: set() for x in FILTERS}
    for record in content.records:
        for name, values in filter_values(record).items():
            expected[name].update(values)
    for name in expected:
        select = re.search(rf'<select id="tra-cuu-{name}".*?</select>', page.body, re.S)
        assert select is not None, name
        shown = {unescape(v) for v in re.findall(r'<option value="([^"]+)">', select.group(0))}
        assert shown == expected[name] and shown, name


# Issue 15: names that fold alike but are written differently, and whole names.
LIKE = [
    award("Trần Văn Ân", number=1),
    award("Trần Văn An", number=2),
    award("Nguyễn Trần Văn Ân", number=3),
    award("Trần Ân Văn", number=4),
    award("Hồ Tín", number=5),
    award("Lê Văn Tỉnh", number=6),
    award("Trần Văn Tin", number=7),
    award("Lê Phước Tín", number=8),
    award("Công an tỉnh Bình Phước", kind="collective", number=9),
]


@pytest.fixture()
def like(tmp_path: Path) -> Path:
    return built_index(tmp_path, LIKE)


def test_marks_are_letters_and_tone_in_either_placement():
    assert lookup_index.marks("Hoà") == lookup_index.marks("hòa") == ("hoa", 1)
    assert lookup_index.marks("Thuỷ") == lookup_index.marks("Thủy") == ("thuy", 2)
    assert lookup_index.marks("Tín") == ("tin", 4) and lookup_index.marks("tỉnh") == ("tinh", 2)
    assert lookup_index.marks("Ân") == ("ân", 0) and lookup_index.marks("Ấn") == ("ân", 4)
    assert lookup_index.marks(unicodedata.normalize("NFD", "Đinh")) == ("đinh", 0)


def test_the_whole_name_first_then_the_given_name_then_the_rest(like: Path):
    # Typed with marks: only names with those marks; the whole name, then a person named Ân, then the rest.
    assert titles(like, "Trần Văn Ân") == ["Trần Văn Ân", "Nguyễn Trần Văn Ân", "Trần Ân Văn"]
    # Without marks: every way of writing it; the whole name written as typed (An) first.
    assert titles(like, "tran van an") == ["Trần Văn An", "Trần Văn Ân", "Nguyễn Trần Văn Ân", "Trần Ân Văn"]
    # Marks typed on some words only: those words keep them.
    assert titles(like, "tran van Ân") == ["Trần Văn Ân", "Nguyễn Trần Văn Ân", "Trần Ân Văn"]


def test_a_word_typed_with_marks_is_not_one_that_folds_like_it(like: Path):
    assert titles(like, "Tín") == ["Lê Phước Tín", "Hồ Tín"]
    assert titles(like, "Tin") == titles(like, "tin")  # a capital is no mark
    assert titles(like, "tin") == ["Trần Văn Tin", "Lê Phước Tín", "Hồ Tín"]  # An unmarked word finds every Tin/Tín
    assert titles(like, "Tỉnh") == ["Lê Văn Tỉnh", "Công an tỉnh Bình Phước"]
    # Both words, never "tỉnh" for "Tín": the police of the province of Bình Phước is not Phước Tín.
    assert titles(like, "Phước Tín") == ["Lê Phước Tín"]
    assert titles(like, "phuoc tin") == ["Lê Phước Tín"]


def test_a_marked_beginning_keeps_its_marks(tmp_path: Path):
    """No name holds "tín" here: the last word is the beginning of a syllable, and "Tín" (or
    "Tí") typed with its tone does not begin "tỉnh"; typed without marks, it does."""
    folder = tmp_path / "chi-muc"
    lookup_index.build(folder, [r for r in LIKE if "Tín" not in r["name"] and "Tin" not in r["name"]])
    assert titles(folder, "Phước Tín") == [] and titles(folder, "Phước Tí") == []
    assert titles(folder, "Phước Ti") == titles(folder, "phuoc tin") == ["Công an tỉnh Bình Phước"]
    assert titles(folder, "Tỉn") == ["Lê Văn Tỉnh", "Công an tỉnh Bình Phước"]


def test_the_parts_of_the_last_words_given_names_come_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A query reads the parts of the people whose given name its last word is (shorter names
    first), then the rarer word's parts: read part by part, as the browser shows them, every
    part's matches rank no higher than those before it (whole name, given name, the rest)."""
    from bulletin.outputs import lookup_query

    monkeypatch.setattr(lookup_index, "PART_ROWS", 1)
    folder = tmp_path / "chi-muc"
    records = [award(f"Lê Thị {n}", number=1) for n in ("Hoa", "Lan", "Mai")] + LIKE
    lookup_index.build(folder, records)
    listed = {e[0]: e for e in json.loads((folder / "syllables.json").read_text(encoding="utf-8"))}
    assert listed["an"][1:] == [5, 5, 3] and listed["tran"][1:] == [5, 5, 0]
    # People named An/Ân, shorter names first, then newest (An, 2 June, before Ân, 1 June).
    shards = [json.loads((folder / f"names/an-{n}.json").read_text(encoding="utf-8"))["r"][0][0] for n in range(5)]
    assert shards[:3] == ["Trần Văn An", "Trần Văn Ân", "Nguyễn Trần Văn Ân"]
    for text in ("tran an", "tran van an", "Trần Văn Ân", "van an", "an"):
        found = query(folder, text)
        if text == "tran an":
            # The three given names An/Ân (three parts of one row), then every "tran".
            assert found.files == [f"names/an-{n}.json" for n in range(3)] + [f"names/tran-{n}.json" for n in range(5)]
        typed = lookup_query.typed_words(text)
        classes = []
        for name in found.files:  # in reading order, each name once
            row = json.loads((folder / name).read_text(encoding="utf-8"))["r"][0]
            kind = row[3] if len(row) > 3 else 0
            if lookup_query.holds(typed, True, row[0]) and row[0] not in [c[1] for c in classes]:
                classes.append((lookup_query.rank(typed, True, row[0], kind) // 100, row[0]))
        assert [c for c, _ in classes] == sorted((c for c, _ in classes), reverse=True), (text, classes)
        assert [r["name"] for r in found.results][: len(classes)] and classes
    assert [r["title"] for r in query(folder, "tran van an").results] == [
        "Trần Văn An",
        "Trần Văn Ân",
        "Nguyễn Trần Văn Ân",
        "Trần Ân Văn",
    ]


def test_places_sort_by_their_names():
    from bulletin.vietnamese.places import place_name, place_order

    assert place_name("thị xã Phước Long") == "Phước Long" and place_name("xã Phước Tín") == "Phước Tín"
    assert place_name("thị trấn Chơn Thành") == "Chơn Thành" and place_name("Phước Long") == "Phước Long"
    places = [
        "xã Phước Tín, thị xã Phước Long",
        "phường An Lộc, thị xã Bình Long",
        "xã Ân Phú, huyện Hớn Quản",
        "thị trấn Chơn Thành, huyện Chơn Thành",
        "xã Đak Ơ, huyện Bù Gia Mập",
        "xã An Khương, huyện Hớn Quản",
    ]
    assert sorted(places, key=place_order) == [
        "xã An Khương, huyện Hớn Quản",
        "phường An Lộc, thị xã Bình Long",
        "xã Ân Phú, huyện Hớn Quản",
        "thị trấn Chơn Thành, huyện Chơn Thành",
        "xã Đak Ơ, huyện Bù Gia Mập",
        "xã Phước Tín, thị xã Phước Long",
    ]
    folder_records = [award(f"Công an {p.split(',')[0]}", kind="collective", locality=p, number=1) for p in places]
    meta = {}
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        lookup_index.build(Path(tmp) / "chi-muc", folder_records)
        meta = json.loads((Path(tmp) / "chi-muc" / "meta.json").read_text(encoding="utf-8"))
    assert meta["filters"]["dia_ban"] == sorted(places, key=place_order)
