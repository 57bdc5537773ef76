"""An image's file name is the editor's: wherever a page or a sharing card links to the
published file, the name is percent-encoded, so '#', '?', '%', spaces and commas neither cut
the URL nor split a srcset candidate."""

from __future__ import annotations

from types import SimpleNamespace
from urllib.parse import unquote

from bulletin.data.media import Image
from bulletin.pages.meta import media_url
from bulletin.pages.page import Page
from bulletin.pages.parts import picture

NAME = "media/2024/ảnh #1, hội nghị?100%.png"
ENCODED = "media/2024/%E1%BA%A3nh%20%231%2C%20h%E1%BB%99i%20ngh%E1%BB%8B%3F100%25"


def _image() -> Image:
    return Image(rel=NAME, kind="png", width=2000, height=1000, published=NAME)


def test_src_and_every_srcset_candidate_are_percent_encoded():
    page = Page("tin-tuc/2024/06/bai.md", {}, "")
    shown = picture(page, {NAME: _image()}, NAME)
    assert shown.src == f"../../../../{ENCODED}.png"
    candidates = [c.split(" ") for c in shown.srcset.split(", ")]
    assert candidates == [
        [f"../../../../{ENCODED}-480w.png", "480w"],
        [f"../../../../{ENCODED}-960w.png", "960w"],
        [f"../../../../{ENCODED}-1600w.png", "1600w"],
        [f"../../../../{ENCODED}.png", "2000w"],
    ]
    assert unquote(shown.src.removeprefix("../../../../")) == NAME  # the file the server finds


def test_the_sharing_image_url_is_percent_encoded():
    bulletin = SimpleNamespace(site=SimpleNamespace(url="https://bantin.example.vn/"), images={NAME: _image()})
    assert media_url(bulletin, NAME) == f"https://bantin.example.vn/{ENCODED}.png"
