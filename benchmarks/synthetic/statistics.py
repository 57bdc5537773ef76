"""What the associations report each year (metrics.yaml and an article's statistics), and the
sentence an article's body says it in. A figure of a year is drawn once: every article of that
year reports the same value."""

from __future__ import annotations

import random
from typing import Any

from bulletin.vietnamese.formatting import number

from .dates import FIRST_YEAR, LAST_YEAR
from .vocabulary import PARTNERS

# metrics.yaml, as the sample's data/metrics.yaml: (id, label, unit, summable, headline).
# People ("đối tượng") are not summed: one person may be looked after by two associations.
METRICS = (
    ("buoi-tuyen-truyen", "Buổi tuyên truyền", "buổi", True, True),
    ("luot-tham-gia-tuyen-truyen", "Lượt người tham gia tuyên truyền", "lượt", True, True),
    ("buoi-tro-giup-phap-ly", "Buổi trợ giúp pháp lý", "buổi", True, False),
    ("luot-tro-giup-phap-ly", "Lượt người được trợ giúp pháp lý", "lượt", True, False),
    (
        "luot-tham-gia-tro-giup-phap-ly-luu-dong",
        "Lượt người tham gia các đợt trợ giúp pháp lý lưu động",
        "lượt",
        True,
        False,
    ),
    ("vu-viec-hoa-giai", "Vụ việc được hòa giải", "vụ việc", True, False),
    ("so-tay-phap-luat", "Sổ tay pháp luật cấp phát miễn phí", "cuốn", True, False),
    ("to-gap-phap-luat", "Tờ gấp tuyên truyền pháp luật", "tờ", True, False),
    ("pano-duong-day-nong", "Pano quảng cáo đường dây nóng", "tấm", True, False),
    (
        "doi-tuong-tai-hoa-nhap-thi-hanh-an-cong-dong",
        "Đối tượng tái hòa nhập cộng đồng, thi hành án hình sự tại cộng đồng được quản lý, giáo dục, cảm hóa",
        "đối tượng",
        False,
        False,
    ),
    (
        "doi-tuong-chap-hanh-xong-an-tu",
        "Đối tượng chấp hành xong án phạt tù trở về địa phương được giáo dục, cảm hóa",
        "đối tượng",
        False,
        False,
    ),
    ("ho-so-cai-nghien", "Hồ sơ đưa người vào cơ sở chữa bệnh", "hồ sơ", True, False),
    ("giao-duc-tai-xa", "Lượt đối tượng giáo dục tại xã, phường, thị trấn", "lượt", True, False),
    ("buoi-noi-chuyen", "Buổi nói chuyện phòng, chống tội phạm", "buổi", True, False),
    ("to-tu-quan", "Tổ tự quản của phụ nữ", "tổ", True, False),
    ("thanh-vien-to-tu-quan", "Thành viên tổ tự quản", "thành viên", True, False),
    ("dia-chi-tin-cay", "Địa chỉ tin cậy tại cộng đồng", "địa chỉ", True, False),
    ("to-truyen-thong", "Tổ truyền thông cộng đồng", "tổ", True, False),
    ("thanh-vien-to-truyen-thong", "Thành viên tổ truyền thông", "thành viên", True, False),
    ("buoi-truyen-thong", "Buổi truyền thông phòng, chống bạo lực gia đình", "buổi", True, False),
    ("giup-do-sau-cai-nghien", "Lượt đối tượng sau cai nghiện được giúp đỡ, giáo dục", "lượt", True, False),
    # A count at a moment ("tính đến tháng 5/2024"): reported with as_of.
    ("mo-hinh-antq", "Mô hình trong phong trào toàn dân bảo vệ ANTQ", "mô hình", False, True),
)
MODELS = "mo-hinh-antq"
PARTICIPANTS = "luot-tham-gia-tuyen-truyen"

# Per partner: (metric, yearly value for the whole province around 2024, wording in the body).
# The wording takes the formatted number; "{}" is where it goes.
PARTNER_METRICS = {
    "hoi-nong-dan-tinh": [
        ("buoi-tuyen-truyen", 1200, "{} buổi tuyên truyền"),
        (PARTICIPANTS, 61000, "{} lượt cán bộ, hội viên, nông dân tham gia"),
        ("buoi-tro-giup-phap-ly", 160, "{} buổi trợ giúp pháp lý"),
        ("luot-tro-giup-phap-ly", 5600, "{} lượt hội viên, nông dân được trợ giúp pháp lý"),
        ("vu-viec-hoa-giai", 130, "hòa giải thành {} vụ việc"),
        ("so-tay-phap-luat", 120, "cấp phát miễn phí {} cuốn sổ tay pháp luật"),
        ("to-gap-phap-luat", 2600, "{} tờ gấp tuyên truyền pháp luật"),
        ("pano-duong-day-nong", 36, "{} tấm pano quảng cáo đường dây nóng"),
        (
            "doi-tuong-tai-hoa-nhap-thi-hanh-an-cong-dong",
            280,
            "quản lý, giáo dục, cảm hóa {} đối tượng tái hòa nhập cộng đồng, thi hành án hình sự tại cộng đồng",
        ),
        ("ho-so-cai-nghien", 100, "phối hợp lập {} hồ sơ đưa người vào cơ sở chữa bệnh"),
        ("giao-duc-tai-xa", 125, "quản lý {} lượt đối tượng giáo dục tại xã, phường, thị trấn"),
    ],
    "hoi-lhpn-tinh": [
        ("buoi-tuyen-truyen", 1190, "{} buổi tuyên truyền"),
        (PARTICIPANTS, 86000, "{} lượt hội viên phụ nữ tham gia"),
        ("buoi-noi-chuyen", 20, "{} buổi nói chuyện phòng, chống tội phạm và tệ nạn xã hội"),
        ("luot-tham-gia-tro-giup-phap-ly-luu-dong", 1200, "{} lượt người tham gia các đợt trợ giúp pháp lý lưu động"),
        ("to-tu-quan", 880, "duy trì {} tổ tự quản của phụ nữ"),
        ("thanh-vien-to-tu-quan", 13400, "với {} thành viên"),
        ("dia-chi-tin-cay", 52, "{} địa chỉ tin cậy tại cộng đồng"),
        ("to-truyen-thong", 340, "{} tổ truyền thông cộng đồng"),
        ("thanh-vien-to-truyen-thong", 2700, "với {} thành viên"),
        ("buoi-truyen-thong", 95, "{} buổi truyền thông phòng, chống bạo lực gia đình"),
    ],
    "hoi-ccb-tinh": [
        ("buoi-tuyen-truyen", 256, "{} buổi tuyên truyền"),
        (PARTICIPANTS, 17800, "{} lượt cán bộ, hội viên tham gia"),
        ("giup-do-sau-cai-nghien", 49, "giúp đỡ, giáo dục {} lượt đối tượng sau cai nghiện"),
        ("doi-tuong-chap-hanh-xong-an-tu", 55, "giáo dục, cảm hóa {} đối tượng chấp hành xong án phạt tù"),
    ],
}
# Member counts follow their group ("877 tổ ... với 13.460 thành viên"), or stand alone.
_MEMBERS_OF = {
    "thanh-vien-to-tu-quan": ("to-tu-quan", "{} thành viên tổ tự quản của phụ nữ"),
    "thanh-vien-to-truyen-thong": ("to-truyen-thong", "{} thành viên tổ truyền thông cộng đồng"),
}
PARTNER_TEXT = {
    "hoi-nong-dan-tinh": "Hội Nông dân",
    "hoi-lhpn-tinh": "Hội Liên hiệp Phụ nữ",
    "hoi-ccb-tinh": "Hội Cựu chiến binh",
}
PARTICIPANTS_DETAIL = {
    "hoi-nong-dan-tinh": "lượt cán bộ, hội viên, nông dân tham gia",
    "hoi-lhpn-tinh": "lượt hội viên phụ nữ tham gia",
    "hoi-ccb-tinh": "lượt cán bộ, hội viên tham gia",
}

# (metric, value, approximate: "gần 6.000")
Item = tuple[str, int, bool]
# The figures drawn so far: (year, partner or "tinh", metric) -> (value, approximate).
Yearly = dict[tuple[int, str, str], tuple[int, bool]]


def metrics_document() -> dict[str, Any]:
    """metrics.yaml."""
    metrics = []
    for ident, label, unit, summable, headline in METRICS:
        metrics.append(
            {
                "id": ident,
                **({"headline": True} if headline else {}),
                "label": label,
                "unit": unit,
                "summable": summable,
            }
        )
    return {"metrics": metrics}


def draw(rng: random.Random, yearly: Yearly, year: int) -> tuple[list[tuple[str, list[Item]]], int | None]:
    """The partners' figures an article of `year` reports, and the number of models (half the time)."""
    growth = 0.55 + 0.45 * (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR)
    partners = [p for p in PARTNERS if rng.random() < 0.85] or [rng.choice(PARTNERS)]
    reported = []
    for partner in partners:
        items = []
        for i, (metric, base, _) in enumerate(PARTNER_METRICS[partner]):
            if i >= 2 and rng.random() < 0.4:
                continue
            key = (year, partner, metric)
            if key not in yearly:
                value = max(1, round(base * growth * rng.uniform(0.8, 1.2)))
                approximate = value >= 1000 and rng.random() < 0.12
                if approximate:
                    value = round(value, -2)
                yearly[key] = (value, approximate)
            value, approximate = yearly[key]
            items.append((metric, value, approximate))
        reported.append((partner, items))
    models = None
    if rng.random() < 0.5:
        key = (year, "tinh", MODELS)
        if key not in yearly:
            yearly[key] = (round((420 + 38 * (year - FIRST_YEAR)) * rng.uniform(0.95, 1.05)), False)
        models = yearly[key][0]
    return reported, models


def paragraph(year: int, partner: str, items: list[Item]) -> str:
    """The body's sentence for one partner's figures, as the press writes them."""
    phrases = {m: text for m, _, text in PARTNER_METRICS[partner]}
    parts: list[str] = []
    previous = None
    for metric, value, approximate in items:
        shown = ("gần " if approximate else "") + number(value)
        if metric in _MEMBERS_OF:
            parent, alone = _MEMBERS_OF[metric]
            if previous == parent:
                parts[-1] += " " + phrases[metric].format(shown)
            else:
                parts.append(alone.format(shown))
        else:
            parts.append(phrases[metric].format(shown))
        previous = metric
    head, rest = parts[:2], parts[2:]
    sentence = (
        f"Năm {year}, lực lượng Công an và {PARTNER_TEXT[partner]} các cấp trên địa bàn tỉnh đã phối "
        f"hợp tổ chức {head[0]} cho {head[1]}"
    )
    if rest:
        sentence += "; " + "; ".join(rest)
    return sentence + "."
