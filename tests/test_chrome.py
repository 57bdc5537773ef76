"""bulletin.pages.chrome: the masthead's and imprint's words, escaped before the theme prints them."""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from bulletin import urls
from bulletin.data import documents
from bulletin.pages.chrome import chrome
from bulletin.urls import section_of


class _Bulletin:
    def __init__(self, site: documents.Site):
        self.site = site


def test_every_word_from_the_data_reaches_the_theme_escaped():
    site = documents.Site.model_validate(
        {
            "title": "Bản tin <script>x</script>",
            "publisher": 'Công an tỉnh & "X"',
            "contact": {"phone": "0271 (3879).123", "email": "bantin@congan.example.vn"},
            "licence": "<i>Ghi nguồn</i>",
        }
    )
    made = chrome(_Bulletin(site))  # type: ignore[arg-type]
    assert made["title"] == Markup("Bản tin &lt;script&gt;x&lt;/script&gt;")
    assert made["publisher"] == Markup("Công an tỉnh &amp; &#34;X&#34;")
    footer = str(made["footer"])
    assert "<script" not in footer and "<i>" not in footer and "&lt;i&gt;Ghi nguồn&lt;/i&gt;" in footer
    assert 'href="tel:02713879123"' in footer and "0271\u00a0(3879).123" in footer
    assert made["search"] == "tim-kiem/"


def test_without_contact_or_lines_the_imprint_names_the_publisher_only():
    site = documents.Site.model_validate({"title": "Bản tin", "publisher": "Công an tỉnh"})
    footer = " ".join(str(chrome(_Bulletin(site))["footer"]).split())  # type: ignore[arg-type]
    assert footer == '<p class="bulletin-footer__title">Bản tin</p> <p>Cơ quan xuất bản: Công an tỉnh</p>'


def test_the_sample_data_names_no_repository(tmp_path: Path):
    text = (Path(__file__).resolve().parent.parent / "data" / "bulletin.yaml").read_text(encoding="utf-8")
    assert "\nedit_url:" not in text


def test_a_page_is_read_from_the_section_of_its_first_folder():
    assert [
        section_of(p)
        for p in (
            "index.md",
            "tin-tuc/2024/06/x.md",
            "ho-so/x.md",
            "vinh-danh/nam/2024/index.md",
            "khen-thuong/2024/y.md",
            "du-lieu/x.md",
            "tra-cuu/index.md",
        )
    ] == ["", "tin-tuc", urls.HONOURS, urls.HONOURS, urls.HONOURS, urls.LOOKUP, urls.LOOKUP]
