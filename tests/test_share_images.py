"""Share images (og:image): a raster 1200 x 630 for every article and section page, the article's
photo when it has one, else a title card drawn with the bundled font (bulletin.outputs.share_images,
bulletin.outputs.title_card, bulletin.pages.share)."""

from __future__ import annotations

import ast
import io
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image

from bulletin.outputs import share_images as s
from bulletin.outputs import title_card as t
from bulletin.pages.share import SECTIONS as SHARED_SECTIONS
from bulletin.pipeline import check
from conftest import ARTICLE_URL, ARTICLE_YAML, DATA, built, edit, soup

SITE_URL = "https://bantin.example.vn/"
SECTIONS = [
    "index.html",
    *(f"{name}/index.html" for name in ("tin-tuc", "khen-thuong", "thong-ke", "phong-trao", "don-vi", "tra-cuu")),
]
CARD = {
    "publisher": "Công an tỉnh",
    "title": "Bản tin Thi đua – Khen thưởng",
    "kicker": "Tin tức",
    "date": "26/6/2024",
    "host": "bantin.example.vn",
}


def _og_image(site: Path, page: str) -> Path:
    """The file a page's og:image names, after checking the address is the site's own, absolute."""
    tags = soup(site / page).select('meta[property="og:image"]')
    assert len(tags) == 1, f"{page}: {len(tags)} og:image"
    url = tags[0]["content"]
    assert url.startswith(SITE_URL), url
    return site / urlsplit(url).path.lstrip("/")


def _opened(file: Path) -> Image.Image:
    im = Image.open(file)
    im.load()
    return im


def _article_pages(site: Path) -> list[str]:
    pages = [
        str(p.relative_to(site))
        for p in sorted((site / "tin-tuc").glob("*/*/*/index.html"))
        if soup(p).select_one('meta[property="og:type"][content="article"]')
    ]
    assert len(pages) == len(list((DATA / "articles").rglob("*.yaml")))
    return pages


def test_every_article_and_section_shares_a_raster_of_1200_by_630(built_site: Path):
    for page in [*SECTIONS, *_article_pages(built_site)]:
        im = _opened(_og_image(built_site, page))
        assert im.format in ("PNG", "JPEG"), page
        assert im.size == (1200, 630), page


def test_a_title_card_looks_like_the_masthead(built_site: Path):
    """The sample's photos are drawings (SVG): its articles share title cards, red band on
    white, the headline in ink."""
    im = _opened(_og_image(built_site, ARTICLE_URL)).convert("RGB")
    assert im.getpixel((600, 8)) == t.RED  # the band
    assert im.getpixel((600, 625)) == t.RED  # the foot
    assert im.getpixel((1190, 300)) == t.WHITE  # the page
    colours = {colour for _, colour in im.getcolors()}
    assert colours == {t.RED, t.WHITE, t.INK, t.MUTED_GREY}
    assert sum(1 for x in range(0, 1200, 2) for y in range(200, 520, 2) if im.getpixel((x, y)) == t.INK) > 2000


def test_a_section_card_is_named_after_the_section(built_site: Path):
    page = soup(built_site / "tin-tuc/index.html")
    assert page.select_one('meta[property="og:image"]')["content"] == f"{SITE_URL}anh-chia-se/tin-tuc.png"
    # The same card as drawing the section's name: its text is what it says.
    drawn = t.draw(
        t.Card(
            CARD["publisher"], CARD["title"], "Tin tức", subtitle="Tin, bài về thi đua, khen thưởng", host=CARD["host"]
        )
    )
    assert (built_site / "anh-chia-se/tin-tuc.png").read_bytes() == drawn


# -- layout ----------------------------------------------------------------------------------

LONG = (
    "Biểu dương, khen thưởng 72 tập thể, cá nhân có thành tích xuất sắc trong phong trào toàn dân "
    "bảo vệ an ninh Tổ quốc giai đoạn 2019 – 2024 tại Hội nghị sơ kết của Công an tỉnh và Ủy ban nhân dân "
    "các huyện, thị xã, thành phố trên địa bàn tỉnh, với sự tham dự của đại biểu các sở, ban, ngành"
)


def test_a_headline_is_wrapped_between_words_and_never_wider_than_the_card():
    headline = "Biểu dương 72 tập thể, cá nhân điển hình tiên tiến trong phong trào toàn dân bảo vệ an ninh Tổ quốc"
    size, lines = t.headline_layout(headline)
    assert len(lines) > 1
    assert " ".join(lines) == headline  # every word, in order, none cut
    for line in lines:
        assert t.font(True, size).getlength(line) <= t.TEXT_WIDTH
    assert size == max(t.HEADLINE_SIZES)  # it fits at the largest size


def test_a_headline_too_long_ends_with_an_ellipsis_after_a_whole_word():
    size, lines = t.headline_layout(LONG)
    assert size == min(t.HEADLINE_SIZES)
    assert lines[-1].endswith(t.ELLIPSIS)
    shown = " ".join(lines)[: -len(t.ELLIPSIS)].split(" ")
    words = LONG.split(" ")
    assert words[: len(shown)] == shown  # a prefix of whole words (punctuation before the ellipsis aside)
    assert len(shown) < len(words)
    for line in lines:
        assert t.font(True, size).getlength(line) <= t.TEXT_WIDTH


def test_wrap_stops_at_its_lines():
    face = t.font(True, 60)
    words = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
    lines, whole = t.wrap(" ".join(words), face, 300, 2)
    assert not whole and len(lines) == 2 and lines[-1].endswith(t.ELLIPSIS)
    assert lines[0].split(" ") == words[: len(lines[0].split(" "))]
    lines, whole = t.wrap("một hai", face, 1000, 2)
    assert whole and lines == ["một hai"]


def test_the_bundled_font_draws_vietnamese_letters():
    assert t.BOLD.parent == Path(t.__file__).parent / "fonts" and (t.BOLD.parent / "LICENSE").is_file()
    for char in ["Ấ", "ử", "ỹ", "Đ", "ệ", "ơ"]:
        assert t.glyph_is_drawn(char), char
        assert t.glyph_is_drawn(char, bold=False), char
    assert not t.glyph_is_drawn("中")  # the test can tell a missing glyph


@pytest.mark.parametrize(
    "headline",
    [
        "<script>alert('x')</script> & <b>tin</b>",
        "Khen thưởng \u202eđột xuất\u202c cho xã Y\u200b\u0000",
        "Ấ" * 2000,
        "Khen thưởng " * 170,
        "",
    ],
)
def test_a_hostile_headline_draws_a_card(headline: str):
    im = Image.open(io.BytesIO(t.draw(t.Card(headline=headline, **CARD))))
    im.load()
    assert im.format == "PNG" and im.size == (1200, 630)
    _, lines = t.headline_layout(headline)
    assert not any(c in line for line in lines for c in "\u202e\u202c\u200b\u0000")
    for line in lines:
        assert t.font(True, min(t.HEADLINE_SIZES)).getlength(line) <= t.TEXT_WIDTH


def test_cards_are_kept_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("BULLETIN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(s, "_MEMORY", {})
    drawn: list[t.Card] = []
    real = t.draw
    monkeypatch.setattr(t, "draw", lambda card: drawn.append(card) or real(card))
    card = t.Card(headline="Một tin mới", **CARD)
    first = s.card_bytes(card)
    assert s.card_bytes(card) == first and len(drawn) == 1  # memory
    s._MEMORY.clear()
    assert s.card_bytes(card) == first and len(drawn) == 1  # disk, as a new process reads it
    assert list(tmp_path.glob("share-images/*/*.bin"))
    s.card_bytes(t.Card(headline="Một tin đã sửa", **CARD))
    assert len(drawn) == 2
    s.card_bytes(t.Card(headline="Một tin mới", **CARD | {"date": "27/6/2024"}))
    assert len(drawn) == 3


# -- photos ----------------------------------------------------------------------------------


def _photo(path: Path) -> None:
    """A 1600 x 1200 photo, red on the left and blue on the right, with a GPS tag."""
    im = Image.new("RGB", (1600, 1200), (200, 30, 30))
    im.paste((30, 30, 200), (800, 0, 1600, 1200))
    exif = Image.Exif()
    exif[0x8825] = {2: (10.0, 45.0, 0.0)}  # GPSInfo: latitude
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "JPEG", quality=90, exif=exif)


def test_an_article_with_a_photo_shares_the_photo(data_copy: Path, tmp_path: Path):
    _photo(data_copy / "media/2024/anh-hoi-nghi.jpg")
    edit(
        data_copy / ARTICLE_YAML, "image: media/2024/hoi-nghi-antq-phat-bieu.svg", "image: media/2024/anh-hoi-nghi.jpg"
    )
    site = built(tmp_path / "site", data_copy)
    file = _og_image(site, ARTICLE_URL)
    assert file.name.endswith(".jpg")
    im = _opened(file)
    assert im.format == "JPEG" and im.size == (1200, 630)
    assert not im.getexif()  # no GPS or other metadata from the photo
    rgb = im.convert("RGB")
    left, right = rgb.getpixel((100, 315)), rgb.getpixel((1100, 315))
    assert left[0] > 150 and left[2] < 80, left  # the photo's red half, cropped around its centre
    assert right[2] > 150 and right[0] < 80, right
    page = soup(site / ARTICLE_URL)
    alt = page.select_one('meta[property="og:image:alt"]')
    if alt is not None:  # printed by the theme when it prints the image's alt text
        assert alt["content"].startswith("Ảnh minh họa thay cho ảnh gốc")
    # The other articles, without a photo, keep their title cards.
    others = [p for p in _article_pages(site) if p != ARTICLE_URL]
    assert all(_og_image(site, p).suffix == ".png" for p in others)


def test_the_share_image_is_declared_in_the_front_matter(data_copy: Path):
    """As the theme reads it (social.image and its size and alt text), and made only from the
    article's own file (a preview re-makes it when that file changes)."""
    checked = check(data_copy, data_copy.parent)
    bulletin, content = checked.require()
    pages = {p.path: p for p in content.pages}
    assets = {a.path: a for a in content.assets}
    article = next(a for a in bulletin.articles if a.source.endswith(ARTICLE_YAML.split("/")[-1]))
    meta = pages["tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024.md"].meta
    social = meta["social"]
    assert social["image"] == f"{SITE_URL}anh-chia-se/tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024.png"
    assert (social["image_width"], social["image_height"]) == (1200, 630)
    assert social["image_alt"] == article.title
    assert meta["jsonld"]["image"] == [social["image"]]
    asset = assets["anh-chia-se/tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024.png"]
    assert asset.inputs is not None and asset.inputs() == frozenset({article.source})
    for section in SHARED_SECTIONS:
        assert pages[section].meta["social"]["image"].endswith(".png")


def test_no_share_image_without_the_sites_address(data_copy: Path):
    edit(data_copy / "bulletin.yaml", "url: https://bantin.example.vn/\n", "")
    _, content = check(data_copy, data_copy.parent).require()
    assert not [a for a in content.assets if a.path.startswith(s.FOLDER)]
    assert all("image" not in (p.meta.get("social") or {}) for p in content.pages)


def test_outputs_draw_and_pages_attach():
    """The images are made in outputs, which never import pages; pages.share names them."""
    for module in (s, t):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not {n for n in imported if n.startswith("bulletin.pages")}, module.__name__
