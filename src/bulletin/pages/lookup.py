"""Tra cứu khen thưởng: a search box and filters that run in the reader's browser.

The page is plain HTML; assets/bulletin-lookup.js queries a Pagefind index of every
award (tra-cuu/pagefind/, written after the build by `bulletin.search_index`).
"""

from __future__ import annotations

from bulletin import model, urls
from bulletin.collation import sort_key
from bulletin.pages import markup, meta
from bulletin.pages.notice import sample_notice
from bulletin.pages.page import Page
from bulletin.pages.rolls import ALL_AWARDS

# Filter name in the index -> (label, how an award gives its value)
FILTERS = {
    "co_quan": "Cơ quan khen thưởng",
    "hinh_thuc": "Hình thức",
    "nam": "Năm",
    "phong_trao": "Phong trào",
    "dia_ban": "Địa bàn",
}


def filter_values(record: dict) -> dict[str, list[str]]:
    """The filters of one award record (opendata.record); shared by this page and the index."""
    values = {
        "co_quan": record["issuer"],
        "hinh_thuc": record["form"],
        "nam": str(record["year"]) if record["year"] else None,
        "phong_trao": record["campaign"],
        "dia_ban": record["locality"],
    }
    return {k: [v] for k, v in values.items() if v}


def _select(name: str, label: str, values: list[str]) -> str:
    options = "".join(f'<option value="{markup.attr(v)}">{markup.attr(v)}</option>' for v in values)
    return (
        f'<p class="bulletin-lookup__field"><label for="tra-cuu-{name}">{label}</label>'
        f'<select id="tra-cuu-{name}" data-filter="{name}"><option value="">Tất cả</option>{options}</select></p>'
    )


def lookup_page(bulletin: model.Bulletin, records: list[dict]) -> Page:
    title = "Tra cứu khen thưởng"
    page = Page(urls.index(urls.LOOKUP), meta.base(title, "Tìm người, đơn vị được khen thưởng theo tên, cơ quan, hình thức, năm, phong trào, địa bàn", "lookup"), "")
    found: dict[str, set[str]] = {name: set() for name in FILTERS}
    for record in records:
        for name, values in filter_values(record).items():
            found[name].update(values)
    selects = []
    for name, label in FILTERS.items():
        order = (lambda v: -int(v)) if name == "nam" else sort_key
        selects.append(_select(name, label, sorted(found[name], key=order)))
    csv_link = page.link_to(urls.download(ALL_AWARDS, "csv"))
    body = [
        sample_notice(bulletin),
        f"# {title}",
        "",
        "Gõ họ tên hoặc tên đơn vị, có dấu hay không dấu đều được; chọn thêm điều kiện để thu hẹp kết quả.",
        "",
        '<div id="bulletin-lookup" class="bulletin-lookup" data-index="pagefind/">',
        '<form class="bulletin-lookup__form" role="search" aria-label="Tra cứu khen thưởng">',
        '<p class="bulletin-lookup__field bulletin-lookup__field--query"><label for="tra-cuu-q">Họ tên, đơn vị</label>'
        '<input id="tra-cuu-q" type="search" autocomplete="off" placeholder="Ví dụ: Nguyễn Văn An, nguyen van an"></p>',
        *selects,
        "</form>",
        '<p class="bulletin-lookup__count" role="status" aria-live="polite"></p>',
        '<ol class="bulletin-lookup__results"></ol>',
        '<p><button type="button" class="bulletin-lookup__more md-button" hidden>Xem thêm</button></p>',
        "</div>",
        "",
        f'<noscript><p>Trang tra cứu cần JavaScript. Toàn bộ danh sách: <a href="{csv_link}">tải CSV</a>.</p></noscript>',
        "",
    ]
    return Page(page.path, page.meta, "\n".join(body))
