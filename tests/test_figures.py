"""A photo as an editor adds it, through a real build: published without its EXIF and GPS data,
with narrower copies for phones, and a caption whose placeholders are filled in."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from conftest import ARTICLE_URL, ARTICLE_YAML, bulletin, edit, mkdocs_build, soup


def _camera_photo() -> bytes:
    """A 2000x1200 JPEG as a phone writes it: maker, time, GPS position, rotated by EXIF."""
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0132] = "2024:06:26 08:30:00"
    exif[0x0112] = 6  # display turned 90 degrees clockwise
    exif.get_ifd(0x8825).update({1: "N", 2: (11.0, 32.0, 10.0), 3: "E", 4: (106.0, 53.0, 2.0)})
    out = io.BytesIO()
    Image.new("RGB", (2000, 1200), (180, 40, 40)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_a_photo_is_published_without_exif_and_its_caption_is_filled_in(data_copy: Path, tmp_path: Path):
    (data_copy / "media/2024/trao-thuong.jpg").write_bytes(_camera_photo())
    article = data_copy / ARTICLE_YAML
    edit(article, "image: media/2024/hoi-nghi-antq-phat-bieu.svg", "image: media/2024/trao-thuong.jpg")
    edit(
        article,
        "caption: Đại tá Đinh Xuân Thiệp – Phó Giám đốc Công an tỉnh phát biểu tại hội nghị.",
        'caption: "Hội nghị biểu dương {{ awards.total }} tập thể, cá nhân ({{ campaign.short_name }})."',
    )
    assert bulletin("validate", str(data_copy)).returncode == 0
    site = tmp_path / "site"
    result = mkdocs_build(site, data=data_copy)
    assert result.returncode == 0, result.output

    published = site / "media/2024/trao-thuong.jpg"
    with Image.open(published) as photo:
        assert photo.size == (1200, 2000)  # upright, as the camera meant it
        assert len(photo.getexif()) == 0 and "exif" not in photo.info
    raw = published.read_bytes()
    assert b"Canon" not in raw and b"2024:06:26" not in raw and b"Exif" not in raw
    for width in (480, 960):
        with Image.open(site / f"media/2024/trao-thuong-{width}w.jpg") as smaller:
            assert smaller.width == width and len(smaller.getexif()) == 0

    page = soup(site / ARTICLE_URL)
    image = page.select_one('figure img[src$="trao-thuong.jpg"]')
    assert image["width"] == "1200" and image["height"] == "2000"
    assert image["srcset"].split(", ")[0].endswith("trao-thuong-480w.jpg 480w")
    assert image["sizes"] == "(max-width: 760px) 100vw, 720px"  # the story's column; phones fetch a narrow copy
    captions = [c.get_text() for c in page.select("figure figcaption")]
    assert "Hội nghị biểu dương 72 tập thể, cá nhân (ANTQ)." in captions


def test_an_unknown_placeholder_in_a_caption_is_located(data_copy: Path):
    article = data_copy / ARTICLE_YAML
    edit(article, "    caption: Các đại biểu dự hội nghị.", "    caption: Các đại biểu {{ awards.totl }}.")
    result = bulletin("validate", str(data_copy))
    assert result.returncode == 1
    line = next(
        n for n, text in enumerate(article.read_text(encoding="utf-8").splitlines(), 1) if "awards.totl" in text
    )
    assert result.stderr.splitlines()[0] == (
        f"{data_copy / ARTICLE_YAML}:{line}:27: lỗi: không có số liệu tên 'awards.totl'; có phải ý bạn là 'awards.total'?"
    )
