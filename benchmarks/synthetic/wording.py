"""An article's words: title, lead and body, with the core's placeholders ({{ awards.total }},
{{ decision.<id>.individuals }}, {{ figure.<id> }}). A count a decision does not give is never
used in a title or lead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bulletin.vietnamese.formatting import number

from . import statistics
from .records import Article
from .vocabulary import FORM_NAMES

if TYPE_CHECKING:
    from .archive import Archive

_MIDDLE_PARAGRAPHS = (
    "Trong thời gian qua, phong trào toàn dân bảo vệ ANTQ tiếp tục nhận được sự quan tâm lãnh đạo, chỉ đạo "
    "của cấp ủy Đảng, chính quyền các cấp; lực lượng Công an giữ vai trò nòng cốt, phối hợp chặt chẽ với các "
    "ban, ngành, đoàn thể triển khai nhiều giải pháp phòng ngừa, đấu tranh với tội phạm và tệ nạn xã hội.",
    "Nhiều mô hình tự quản về an ninh, trật tự tiếp tục được duy trì và nhân rộng như “Tổ tự quản an ninh "
    "trật tự”, “Camera an ninh”, “Khu dân cư không có tội phạm và tệ nạn ma túy”, góp phần giữ vững ổn định "
    "tình hình an ninh, trật tự tại cơ sở.",
    "Công tác phối hợp giữa lực lượng Công an với Hội Nông dân, Hội Liên hiệp Phụ nữ và Hội Cựu chiến binh "
    "các cấp được thực hiện thường xuyên, nề nếp; nội dung phối hợp được cụ thể hóa bằng các kế hoạch hằng "
    "năm, bám sát tình hình thực tế ở từng địa bàn.",
    "Quần chúng Nhân dân đã cung cấp cho lực lượng Công an nhiều nguồn tin có giá trị về tội phạm và vi phạm "
    "pháp luật; phát hiện, tố giác kịp thời các đối tượng trộm cắp tài sản, đánh bạc, tàng trữ và sử dụng "
    "trái phép chất ma túy.",
    "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số tồn tại, hạn chế như: hoạt động của một số "
    "mô hình chưa thường xuyên, công tác sơ kết, nhân rộng điển hình tiên tiến ở một số nơi còn chậm; lực "
    "lượng nòng cốt ở cơ sở có nơi còn mỏng.",
    "Phát biểu chỉ đạo, lãnh đạo Công an tỉnh ghi nhận, biểu dương những kết quả đạt được, đồng thời đề nghị "
    "các đơn vị, địa phương tiếp tục đổi mới nội dung, hình thức tuyên truyền, vận động, phát huy sức mạnh "
    "tổng hợp của cả hệ thống chính trị trong xây dựng phong trào.",
    "Tại các khu dân cư, lực lượng Công an xã phối hợp với Trưởng ấp, Chi hội trưởng các hội tổ chức gặp gỡ, "
    "đối thoại, lắng nghe ý kiến của Nhân dân về tình hình an ninh, trật tự, kịp thời giải quyết những vụ "
    "việc phức tạp ngay từ cơ sở.",
    "Hưởng ứng Ngày hội toàn dân bảo vệ ANTQ (19/8), các địa phương đã tổ chức nhiều hoạt động thiết thực như "
    "ra quân tuần tra, phát quang bụi rậm, lắp đặt đèn chiếu sáng, ký cam kết giữ gìn an ninh, trật tự ở "
    "khu dân cư.",
    "Các cấp Hội đã lồng ghép nội dung phòng, chống tội phạm vào sinh hoạt chi hội, tổ hội; vận động hội viên "
    "quản lý, giáo dục con em trong gia đình, không để vi phạm pháp luật, không sa vào tệ nạn xã hội.",
)


def compose(archive: Archive, article: Article) -> None:
    """Title, lead and body, in this order (the title and the body draw from the random stream)."""
    article.title = title(archive, article)
    article.lead = lead(archive, article)
    article.body = body(archive, article)


def counted(article: Article) -> bool:
    """Whether every decision gives its counts, so that {{ awards.total }} has a value."""
    return all(x.names != "none" for x in article.decisions)


def title(archive: Archive, article: Article) -> str:
    chosen = _title(archive, article)
    if "awards.total" in chosen and not counted(article):
        return (
            f"Khen thưởng tập thể, cá nhân có thành tích trong phong trào toàn dân bảo vệ ANTQ năm {article.date.year}"
        )
    return chosen


def _title(archive: Archive, article: Article) -> str:
    rng = archive.rng
    year = article.date.year
    if article.kind == "tong-ket":
        return (
            "{{ awards.total }} tập thể, cá nhân được khen thưởng khi tổng kết phong trào toàn dân "
            "bảo vệ an ninh Tổ quốc, giai đoạn {{ campaign.period }}"
        )
    if article.kind == "so-ket":
        return rng.choice(
            (
                f"{{{{ awards.total }}}} tập thể, cá nhân được khen thưởng tại Hội nghị sơ kết phong trào toàn dân bảo vệ ANTQ năm {year}",
                f"Sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm {year}",
                f"Khen thưởng {{{{ awards.total }}}} tập thể, cá nhân có thành tích trong phong trào toàn dân bảo vệ ANTQ năm {year}",
            )
        )
    if article.kind == "bieu-duong":
        return rng.choice(
            (
                f"Biểu dương {{{{ awards.total }}}} điển hình tiên tiến trong phong trào toàn dân bảo vệ ANTQ năm {year}",
                f"Biểu dương điển hình tiên tiến hội viên nông dân, cựu chiến binh, phụ nữ năm {year}",
            )
        )
    assert article.district is not None
    district = archive.districts[article.district]
    if article.kind == "huyen":
        return rng.choice(
            (
                f"{district.police} sơ kết phong trào toàn dân bảo vệ ANTQ năm {year}",
                f"{district.full[0].upper()}{district.full[1:]}: khen thưởng {{{{ awards.total }}}} tập thể, cá nhân trong phong trào toàn dân bảo vệ ANTQ",
            )
        )
    assert article.commune is not None
    return f"Sôi nổi Ngày hội toàn dân bảo vệ ANTQ tại {article.commune.full}, {district.full}"


def lead(archive: Archive, article: Article) -> str:
    day = f"{article.date.day}/{article.date.month}"
    year = article.date.year
    c = article.campaign
    total = " Tại hội nghị, {{ awards.total }} tập thể, cá nhân được khen thưởng." if counted(article) else ""
    if article.kind == "tong-ket":
        return (
            f"Ngày {day}, Công an tỉnh tổ chức Hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc, "
            f"giai đoạn {c.start} – {c.end} trên địa bàn tỉnh.{total}"
        )
    if article.kind == "so-ket":
        return (
            f"Ngày {day}, Công an tỉnh phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh tỉnh "
            f"tổ chức Hội nghị sơ kết phong trào toàn dân bảo vệ ANTQ năm {year}."
        )
    if article.kind == "bieu-duong":
        return (
            f"Ngày {day}, Công an tỉnh tổ chức Hội nghị biểu dương điển hình tiên tiến hội viên nông dân, "
            f"cựu chiến binh, phụ nữ trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm {year}.{total}"
        )
    assert article.district is not None
    district = archive.districts[article.district]
    if article.kind == "huyen":
        return (
            f"Ngày {day}, {district.police} tổ chức Hội nghị sơ kết phong trào toàn dân bảo vệ ANTQ "
            f"năm {year} trên địa bàn {district.full}."
        )
    assert article.commune is not None
    return (
        f"Hưởng ứng Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8), ngày {day}, {district.police} phối hợp "
        f"với Ủy ban nhân dân {article.commune.full} tổ chức Ngày hội toàn dân bảo vệ ANTQ năm {year}."
    )


def awards_paragraph(archive: Archive, article: Article) -> str:
    parts = []
    for x in article.decisions:
        who = archive.office(x.issuer, x.date)
        form = f"{FORM_NAMES[x.form]} {x.grade}".strip()
        if x.names == "none":
            recipients = "các tập thể, cá nhân" if not x.form.startswith("ky-niem-chuong") else "các cá nhân"
        elif x.collectives or (x.counts and x.counts[0]):
            recipients = (
                f"{{{{ decision.{x.ident}.collectives }}}} tập thể, {{{{ decision.{x.ident}.individuals }}}} cá nhân"
            )
        else:
            recipients = f"{{{{ decision.{x.ident}.individuals }}}} cá nhân"
        parts.append(f"{who} tặng {form} cho {recipients}")
    return (
        "Tại hội nghị, đã công bố các quyết định khen thưởng. Theo đó, "
        + "; ".join(parts)
        + " có thành tích xuất sắc trong xây dựng phong trào toàn dân bảo vệ ANTQ."
    )


def body(archive: Archive, article: Article) -> str:
    year = article.date.year
    paragraphs = archive.rng.sample(_MIDDLE_PARAGRAPHS, 2)
    if article.kind == "ngay-hoi":
        assert article.commune is not None
        paragraphs.insert(
            0,
            (
                f"Ngày hội diễn ra tại {article.hamlet}, {article.commune.full} với sự tham gia "
                "của đông đảo cán bộ, hội viên và Nhân dân. Các đại biểu đã nghe báo cáo kết quả thực hiện phong "
                "trào, xem các tiết mục văn nghệ tuyên truyền về phòng, chống tội phạm, ma túy và bạo lực gia đình."
            ),
        )
    figures = [f"{{{{ figure.{ident} }}}}" for ident, _ in article.figures]
    if figures:
        paragraphs.insert(1, figures[0])
    for partner, items in article.statistics:
        paragraphs.append(statistics.paragraph(year, partner, items))
    if article.models is not None:
        paragraphs.append(
            f"Tính đến tháng {article.date.month}/{year}, trên địa bàn tỉnh có {number(article.models)} mô hình "
            "trong phong trào toàn dân bảo vệ ANTQ do lực lượng Công an tham mưu, hướng dẫn, phối hợp với các "
            "cấp Hội duy trì hoạt động."
        )
    if len(figures) > 1:
        paragraphs.append(figures[1])
    paragraphs.append(awards_paragraph(archive, article))
    return "\n\n".join(paragraphs)
