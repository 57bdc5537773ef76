"""Pages that earn their place (issue 14): profiles from the second award on, honour rolls of 500
names a page, one archive page per year; every address published before keeps resolving."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest

from bulletin import model, pipeline, urls
from bulletin.outputs import opendata
from bulletin.pages import redirects, rolls
from conftest import ROOT, built, is_redirect, soup
from synthetic import write_archive

PUBLISHED = ROOT / "tests" / "fixtures" / "published-urls.txt"
REFRESH = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)">')


def resolve(site: Path, url: str) -> Path:
    """The file a static host serves for a site URL (a directory URL: its index.html)."""
    return site / (url + "index.html" if url == "" or url.endswith("/") else url)


def follow(site: Path, url: str) -> tuple[str, str]:
    """A redirect page's target as a site URL and an anchor, after checking that its refresh,
    canonical link and visible link agree and that it speaks Vietnamese."""
    page = soup(resolve(site, url))
    assert page.html["lang"] == "vi"
    target = REFRESH.search(resolve(site, url).read_text(encoding="utf-8")).group(1)
    assert page.select_one('link[rel="canonical"]')["href"] == target
    assert page.body.a["href"] == target
    assert "Trang này đã chuyển sang địa chỉ mới" in page.body.get_text()
    assert not target.startswith("/") and "://" not in target  # relative: any base path
    absolute = urljoin("https://example.org/base/" + url, target)
    path, _, anchor = absolute.removeprefix("https://example.org/base/").partition("#")
    return unquote(path), anchor


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample in data/ built strictly through the hooks, as it is published."""
    return built(tmp_path_factory.mktemp("sample-site"), ROOT / "data")


def test_every_published_url_of_the_sample_still_resolves(sample_site: Path):
    published = [line.strip() for line in PUBLISHED.read_text(encoding="utf-8").splitlines()]
    assert len(published) > 100
    followed = 0
    for url in published:
        file = resolve(sample_site, url)
        assert file.is_file(), url
        if file.suffix == ".html" and is_redirect(file):
            path, anchor = follow(sample_site, url)
            target = resolve(sample_site, path)
            assert target.is_file() and not is_redirect(target), (url, path)
            if anchor:
                assert soup(target).find(id=anchor) is not None, (url, path, anchor)
            followed += 1
    # The sample's four profiles (each recipient honoured once), its four months of news, and the
    # editors' guide (now read in the repository), which leads to the front page.
    assert followed == 9
    assert follow(sample_site, "huong-dan-bien-tap/") == ("", "")


def test_a_recipient_honoured_once_has_no_profile_and_leads_to_their_line(sample_site: Path):
    decision = "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/"
    assert follow(sample_site, "ho-so/nguyen-van-a-cong-an-huyen-x/") == (decision, "nguyen-van-a")
    line = soup(sample_site / decision / "index.html").find(id="nguyen-van-a")
    assert line.find("a", string="hồ sơ") is None
    roll = soup(sample_site / "vinh-danh/nam/2024/index.html")
    item = next(li for li in roll.select("article ol > li") if li.strong.get_text() == "Nguyễn Văn A")
    # No profile to link; the roll links the decision once, in the heading the line sits under.
    assert item.select("a") == []
    assert item.find_parent("ol").find_previous_sibling("h2").a["href"] == f"../../../{decision}"
    records = opendata.flat_awards(json.loads((sample_site / "du-lieu/tat-ca.json").read_text(encoding="utf-8")))
    record = next(r for r in records if r["profile_id"] == "nguyen-van-a-cong-an-huyen-x")
    assert record["profile_url"] is None
    assert record["decision_url"] == f"{decision}#nguyen-van-a"


def test_a_recipient_honoured_twice_has_a_profile_linked_from_both_lines(extra_site: Path):
    profile = extra_site / "ho-so/nguyen-van-an-ca-dong-phu/index.html"
    assert not is_redirect(profile)
    assert len(soup(profile).select("article ol > li")) == 2
    for decision in ("khen-thuong/2023/cong-an-tinh-giay-khen-2023", "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024"):
        line = soup(extra_site / decision / "index.html").find(id="nguyen-van-an")
        assert line.find("a", string="hồ sơ")["href"] == "../../../ho-so/nguyen-van-an-ca-dong-phu/", decision
    records = opendata.flat_awards(json.loads((extra_site / "du-lieu/tat-ca.json").read_text(encoding="utf-8")))
    urls_of = {r["profile_url"] for r in records if r["profile_id"] == "nguyen-van-an-ca-dong-phu"}
    assert urls_of == {"ho-so/nguyen-van-an-ca-dong-phu/"}
    # In the JSON itself, `profile` says that the recipient's id has a page (ho-so/<id>/).
    document = json.loads((extra_site / "du-lieu/tat-ca.json").read_text(encoding="utf-8"))
    entries = [
        a
        for d in document["decisions"].values()
        for k in d["awards"].values()
        for a in k
        if a.get("id") == "nguyen-van-an-ca-dong-phu"
    ]
    assert [a.get("profile") for a in entries] == [True, True]
    assert {a.get("profile") for d in document["decisions"].values() for k in d["awards"].values() for a in k} == {
        True,
        None,
    }
    # Honoured once in the same build: no page, a redirect to the line.
    assert follow(extra_site, "ho-so/dinh-cong-thiep/") == (
        "khen-thuong/2023/cong-an-tinh-giay-khen-2023/",
        "dinh-cong-thiep",
    )


def test_the_profile_rule_in_the_model(extra_data: Path):
    from bulletin.model.load import load

    bulletin = load(extra_data, extra_data.parent).require()
    assert model.PROFILE_MIN_AWARDS == 2
    assert sorted(bulletin.profiles) == ["nguyen-van-an-ca-dong-phu"]
    assert sorted(bulletin.honoured_once) == [
        "cong-an-xa-tan-lap-dong-phu",
        "dinh-cong-thiep",
        "nguyen-huu-thang-ca-bu-gia-map",
    ]
    assert {a.profile for a in bulletin.awards if a.recipient.id == "dinh-cong-thiep"} == {None}


def _redirected(count: int, dimension: str = "nam") -> dict[str, str]:
    roll = rolls.Roll(dimension, "2019" if dimension == "nam" else "bang-khen", "", [None] * count)  # type: ignore[list-item]
    found = {}
    for asset in redirects.roll_redirects([roll]):
        found[asset.path] = REFRESH.search(asset.content.decode("utf-8")).group(1)
    return found


def test_old_roll_pages_lead_to_the_page_holding_their_first_name():
    assert (rolls.OLD_ROLL_PAGE_SIZE, rolls.ROLL_PAGE_SIZE) == (200, 500)
    # 1,197 names: 6 pages of 200 before, 3 of 500 now. Old page 4 began with name 601 (now page 2),
    # page 5 with 801 (page 2), page 6 with 1,001 (page 3); pages 2 and 3 keep their addresses.
    assert _redirected(1197) == {
        "vinh-danh/nam/2019/trang-4/index.html": "../trang-2/",
        "vinh-danh/nam/2019/trang-5/index.html": "../trang-2/",
        "vinh-danh/nam/2019/trang-6/index.html": "../trang-3/",
    }
    assert _redirected(401) == {
        "vinh-danh/nam/2019/trang-2/index.html": "../",
        "vinh-danh/nam/2019/trang-3/index.html": "../",
    }
    assert _redirected(501) == {"vinh-danh/nam/2019/trang-3/index.html": "../"}
    assert _redirected(200) == {} and _redirected(0) == {}


def test_old_pages_of_a_roll_that_now_lists_decisions_lead_to_its_one_page():
    assert _redirected(1197, "hinh-thuc") == {
        f"vinh-danh/hinh-thuc/bang-khen/trang-{n}/index.html": "../" for n in range(2, 7)
    }
    assert _redirected(200, "hinh-thuc") == {}


def test_a_month_leads_to_its_heading_on_the_years_page():
    import datetime as dt

    day = dt.date(2024, 6, 26)
    assert urls.month(day) == "tin-tuc/2024/index.md#thang-6"
    asset = redirects.redirect(urls.month_folder(day), urls.month(day))
    assert asset.path == "tin-tuc/2024/06/index.html"
    assert REFRESH.search(asset.content.decode("utf-8")).group(1) == "../#thang-6"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> pipeline.Checked:
    """A synthetic archive big enough for rolls of more than one page (core modules, no MkDocs)."""
    data = tmp_path_factory.mktemp("prune-archive") / "data"
    write_archive(data, articles=40, seed=7)
    checked = pipeline.check(data, data.parent)
    assert checked.ok, checked.problems.items
    return checked


def test_every_redirect_of_an_archive_leads_to_a_page_made_in_the_same_build(archive: pipeline.Checked):
    bulletin, content = archive.require()
    pages = {urls.site_path(p.path) + "index.html": p for p in content.pages}
    found = [a for a in content.assets if a.content and redirects.MARK.encode() in a.content]
    kinds = {path.split("/")[0] for path in (a.path for a in found)}
    assert kinds == {"ho-so", "vinh-danh", "tin-tuc", "huong-dan-bien-tap"}, kinds
    assert len({a.path for a in content.assets}) == len(content.assets)  # no two files at one address
    for asset in found:
        assert asset.path not in pages, asset.path  # never over a page
        path, anchor = follow_asset(asset)
        target = pages.get(path + "index.html")
        assert target is not None, (asset.path, path)
        if anchor:
            assert f'id="{anchor}"' in target.body, (asset.path, anchor)
    # One redirect per recipient honoured once, per month with news, per roll page now beyond the end.
    months = {(a.date.year, a.date.month) for a in bulletin.articles}
    dropped_rolls = sum(  # a roll by issuer or form keeps one page (rolls.DECISION_INDEX)
        max(
            0,
            -(-len(r.awards) // rolls.OLD_ROLL_PAGE_SIZE)
            - (max(1, -(-len(r.awards) // rolls.ROLL_PAGE_SIZE)) if r.dimension in ("nam", "phong-trao") else 1),
        )
        for r in rolls.rolls(bulletin)
    )
    assert dropped_rolls > 0
    assert len(found) == len(bulletin.honoured_once) + len(months) + dropped_rolls + len(redirects.RETIRED)
    assert not any(
        p.path.startswith(urls.PROFILES) and p.path.removeprefix("ho-so/").removesuffix(".md") in bulletin.honoured_once
        for p in content.pages
    )


def follow_asset(asset) -> tuple[str, str]:
    target = REFRESH.search(asset.content.decode("utf-8")).group(1)
    absolute = urljoin("https://example.org/" + asset.path, target)
    path, _, anchor = absolute.removeprefix("https://example.org/").partition("#")
    return path, anchor


def test_an_editors_link_to_an_address_that_now_redirects_is_still_valid(data_copy: Path):
    """Written when the profile and the month had pages of their own: the addresses still lead there."""
    from conftest import ARTICLE_YAML, bulletin, edit

    article = data_copy / ARTICLE_YAML
    edit(
        article,
        "  Trong những năm qua,",
        "  Xem [hồ sơ](/ho-so/nguyen-huu-thang-ca-bu-gia-map/), [tháng 6](/tin-tuc/2024/06/).\n\n  Trong những năm qua,",
    )
    result = bulletin("validate", str(data_copy))
    assert (result.returncode, result.stderr) == (0, ""), result.output


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("ho-so/nguyen-van-a-cong-an-huyen-x/", "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/#nguyen-van-a"),
        ("tin-tuc/2024/06/", "tin-tuc/2024/#thang-6"),
    ],
)
def test_a_reader_following_an_old_address_lands_on_its_new_place(chromium, sample_site: Path, old: str, new: str):
    from browser import serve

    with serve(sample_site) as url:
        context = chromium.new_context()
        page = context.new_page()
        page.goto(url + old)
        page.wait_for_url(url + new)
        assert page.locator("html").get_attribute("lang") == "vi"
        assert page.locator(f"#{new.partition('#')[2]}").is_visible()
        context.close()
