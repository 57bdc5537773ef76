"""A figure's alt text is filled in like its caption: "{{ campaign.short_name }}" becomes the
name (escaped by the template), never a literal placeholder read out by a screen reader."""

from __future__ import annotations

from bs4 import BeautifulSoup

from bulletin.data import documents as d
from bulletin.data.media import Image
from bulletin.pages.article import figure
from bulletin.pages.page import Page


def test_alt_text_placeholders_are_filled_in_and_escaped():
    item = d.Figure(
        id="anh",
        image="media/anh.svg",
        caption="Ảnh {{ campaign.short_name }}",
        alt="Hội trường {{ campaign.short_name }}",
    )
    images = {"media/anh.svg": Image(rel="media/anh.svg", kind="svg", width=10, height=10, published="media/anh.svg")}
    html = figure(item, Page("tin-tuc/2024/06/bai.md", {}, ""), images, {"campaign.short_name": '"A" <b>'})
    img = BeautifulSoup(str(html), "html.parser").img
    assert img["alt"] == 'Hội trường "A" <b>'
    assert 'alt="Hội trường &#34;A&#34; &lt;b&gt;"' in str(html)
