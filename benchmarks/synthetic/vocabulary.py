"""What every archive declares before any article: the provincial bodies and the Law's vocabulary
(forms.yaml as the sample's data/forms.yaml holds it; the generator never reads data/, so that
an edit of the sample cannot change a benchmark's archive)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bulletin.data.law import RECIPIENT_LABEL

# (id, name, short name, head: who signs, level, authority: see the vocabulary below). Highest first.
ORGANISATIONS = [
    ("chu-tich-nuoc", "Chủ tịch nước", "Chủ tịch nước", None, "trung-uong", "chu-tich-nuoc"),
    ("bo-cong-an", "Bộ Công an", "Bộ Công an", "Bộ trưởng", "trung-uong", "bo-truong"),
    ("ubnd-tinh", "Ủy ban nhân dân tỉnh", "UBND tỉnh", "Chủ tịch", "tinh", "chu-tich-ubnd-tinh"),
    ("cong-an-tinh", "Công an tỉnh", "Công an tỉnh", "Giám đốc", "tinh", "thu-truong-don-vi"),
    ("hoi-nong-dan-tinh", "Hội Nông dân tỉnh", "Hội ND tỉnh", None, "tinh", "dieu-le"),
    ("hoi-lhpn-tinh", "Hội Liên hiệp Phụ nữ tỉnh", "Hội LHPN tỉnh", None, "tinh", "dieu-le"),
    ("hoi-ccb-tinh", "Hội Cựu chiến binh tỉnh", "Hội CCB tỉnh", None, "tinh", "dieu-le"),
]
PARTNERS = ("hoi-nong-dan-tinh", "hoi-lhpn-tinh", "hoi-ccb-tinh")

LAW_2022 = "Luật Thi đua, khen thưởng 2022"
GRADES = ("hạng Nhất", "hạng Nhì", "hạng Ba")
# A form's family (documents.Form.family); any other third column names the kind it is an instance of.
_FAMILIES = ("khen-thuong", "danh-hieu-thi-dua")
# Forms highest first: (id, name, family or kind, grades, recipients).
FORMS = (
    ("huan-chuong", "Huân chương", "khen-thuong", (), ""),
    ("huan-chuong-bao-ve-to-quoc", "Huân chương Bảo vệ Tổ quốc", "huan-chuong", GRADES, ""),
    ("huan-chuong-chien-cong", "Huân chương Chiến công", "huan-chuong", GRADES, ""),
    ("huy-chuong", "Huy chương", "khen-thuong", (), "individuals"),
    ("huy-chuong-vi-an-ninh-to-quoc", "Huy chương “Vì an ninh Tổ quốc”", "huy-chuong", (), ""),
    ("huy-chuong-chien-si-ve-vang", "Huy chương “Chiến sĩ vẻ vang”", "huy-chuong", GRADES, ""),
    ("danh-hieu-vinh-du-nha-nuoc", "Danh hiệu vinh dự nhà nước", "khen-thuong", (), ""),
    ("giai-thuong", "Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước", "khen-thuong", (), ""),
    ("chien-si-thi-dua-toan-quoc", "Chiến sĩ thi đua toàn quốc", "danh-hieu-thi-dua", (), "individuals"),
    ("co-thi-dua", "Cờ thi đua", "danh-hieu-thi-dua", (), "collectives"),
    ("ky-niem-chuong", "Kỷ niệm chương", "khen-thuong", (), "individuals"),
    (
        "ky-niem-chuong-vi-su-nghiep-bao-ve-antq",
        "Kỷ niệm chương “Vì sự nghiệp bảo vệ an ninh Tổ quốc”",
        "ky-niem-chuong",
        (),
        "",
    ),
    ("chien-si-thi-dua-cap-bo-tinh", "Chiến sĩ thi đua cấp bộ, ngành, tỉnh", "danh-hieu-thi-dua", (), "individuals"),
    ("tap-the-lao-dong-xuat-sac", "Tập thể lao động xuất sắc", "danh-hieu-thi-dua", (), "collectives"),
    ("bang-khen", "Bằng khen", "khen-thuong", (), ""),
    ("chien-si-thi-dua-co-so", "Chiến sĩ thi đua cơ sở", "danh-hieu-thi-dua", (), "individuals"),
    ("tap-the-lao-dong-tien-tien", "Tập thể lao động tiên tiến", "danh-hieu-thi-dua", (), "collectives"),
    ("giay-khen", "Giấy khen", "khen-thuong", (), ""),
    ("lao-dong-tien-tien", "Lao động tiên tiến", "danh-hieu-thi-dua", (), "individuals"),
)
FORM_NAMES = {f[0]: f[1] for f in FORMS}
# (id, name, short name, start, end)
LAWS = (
    (
        "luat-2003",
        "Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2013)",
        "Luật Thi đua, khen thưởng 2003",
        "2004-07-01",
        "2023-12-31",
    ),
    (
        "luat-2022-nd-98",
        "Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 98/2023/NĐ-CP",
        LAW_2022,
        "2024-01-01",
        "2025-06-30",
    ),
    (
        "luat-2022-nd-152",
        "Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 152/2025/NĐ-CP",
        f"{LAW_2022} (Nghị định 152/2025/NĐ-CP)",
        "2025-07-01",
        "",
    ),
)
LEVELS = (
    ("trung-uong", "Trung ương", ""),
    ("tinh", "Cấp tỉnh", ""),
    ("huyen", "Cấp huyện", "2025-06-30"),
    ("xa", "Cấp xã", ""),
)
# (id, name, forms it may award, article of the 2022 law; None: awards under its own charter, not checked).
_BASE = "chien-si-thi-dua-co-so tap-the-lao-dong-tien-tien lao-dong-tien-tien giay-khen"
AUTHORITIES = (
    ("chu-tich-nuoc", "Chủ tịch nước", "huan-chuong huy-chuong danh-hieu-vinh-du-nha-nuoc giai-thuong", "Điều 77"),
    ("thu-tuong", "Thủ tướng Chính phủ", "chien-si-thi-dua-toan-quoc co-thi-dua bang-khen", "Điều 78"),
    (
        "bo-truong",
        "Bộ trưởng, thủ trưởng cơ quan ngang bộ",
        "chien-si-thi-dua-cap-bo-tinh co-thi-dua tap-the-lao-dong-xuat-sac bang-khen ky-niem-chuong",
        "Điều 79",
    ),
    (
        "chu-tich-ubnd-tinh",
        "Chủ tịch Ủy ban nhân dân cấp tỉnh",
        "chien-si-thi-dua-cap-bo-tinh co-thi-dua tap-the-lao-dong-xuat-sac bang-khen",
        "Điều 79",
    ),
    ("thu-truong-don-vi", "Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân thuộc bộ, ngành", _BASE, "Điều 80 khoản 1"),
    ("chu-tich-ubnd-huyen", "Chủ tịch Ủy ban nhân dân cấp huyện", _BASE, "Điều 80 khoản 2"),
    ("chu-tich-ubnd-xa", "Chủ tịch Ủy ban nhân dân cấp xã", "lao-dong-tien-tien giay-khen", "Điều 80 khoản 3"),
    ("dieu-le", "Tổ chức chính trị - xã hội khen thưởng theo điều lệ", "", None),
)


def _day(text: str) -> dict[str, dt.date]:
    return {"end": dt.date.fromisoformat(text)} if text else {}


def forms_document() -> dict[str, Any]:
    """forms.yaml: forms, laws, levels and authorities from the tables above."""
    forms = []
    for ident, name, family, grades, recipients in FORMS:
        form: dict[str, Any] = {"id": ident, "name": name, "family" if family in _FAMILIES else "kind": family}
        if grades:
            form["grades"] = list(grades)
        if recipients:
            form["recipients"] = [recipients]
            form["basis"] = f"{LAW_2022}: {name} tặng {RECIPIENT_LABEL[recipients]}"
        forms.append(form)
    laws = [
        {"id": ident, "name": name, "short_name": short, "start": dt.date.fromisoformat(start), **_day(end)}
        for ident, name, short, start, end in LAWS
    ]
    levels = [{"id": ident, "name": name, **_day(end)} for ident, name, end in LEVELS]
    authorities: list[dict[str, Any]] = []
    for ident, name, allowed, article in AUTHORITIES:
        if article is None:
            authorities.append({"id": ident, "name": name, "charter": True})
            continue
        rules = [
            {
                "law": law,
                "forms": allowed.split(),
                "basis": f"{short}, thẩm quyền của {name}" if law == "luat-2003" else f"{LAW_2022}, {article}",
            }
            for law, _, short, _, _ in LAWS
            if not (law == "luat-2022-nd-152" and ident == "chu-tich-ubnd-huyen")  # no district level from 1/7/2025
        ]
        authorities.append({"id": ident, "name": name, "rules": rules})
    return {"forms": forms, "laws": laws, "levels": levels, "authorities": authorities}
