"""A synthetic provincial archive: twenty years of articles and award decisions.

`write_archive(out_dir, articles, seed)` writes a complete, valid data directory in
the same layout as data/ (bulletin.yaml, organisations.yaml, forms.yaml, metrics.yaml,
campaigns/, articles/<year>/, decisions/<year>/, media/) for load and build tests at
scale: 700 articles hold about 43,000 named awards.

Everything comes from one random.Random(seed) and fixed tables, in a fixed order, so
the same seed gives byte-identical files wherever they are written (the schema line
at the top of each file points at schema/ as if the archive were the project's data/).
No date comes from the clock: the archive runs from 2005 to 2024.

The data is made to pass every check of the loader without a warning:
- forms.yaml holds the Law's vocabulary (forms, laws, levels, authorities) and every
  organisation an office, a level and an authority; each decision's issuer may award its
  form under the law in force on its date; no decision names a signer;
- most decisions name their recipients, about 10% give only counts (names: unpublished),
  about 3% neither; a count a decision does not give is never used in a title or lead;
- counts agree with the lists; every reference names an existing id;
- decision dates come before the article that announces them and fall within the
  campaign's years; nothing is dated in the future;
- nobody is listed twice in one decision; a person honoured again (about 15% of
  individual awards) always carries the same id, name and unit; everyone else has a
  name and unit found nowhere else in the archive; collectives honoured more than once
  carry an id made from their name;
- recipient texts hold no long digit runs (nothing that looks like a phone or ID number).

Since issue 13 the archive also holds what real articles and decisions record (sizes and the
mix of awards are as before: 700 articles still hold about 43,000 awards in about 3,560
decisions, so BENCHMARKS.md stays comparable, though the files are not byte-identical to
earlier versions for the same seed):
- articles: a publication time on about 85%; authors as printed: about 30% a unit (half as
  the short `byline`), 35% one person with unit, 25% several persons (the last sometimes of
  another unit), 10% no author but a reprint `source`; photo credits for the article or a
  figure; a `ceremony` (organiser, usually place, date, part of day) on about 85%, organised
  by the provincial or the district police on the article's day; corrections on about 2%
  (at least one), dated within a week and never after the archive's last day;
- decisions: `presented_by` on some, "thừa ủy quyền" (on_behalf) when the provincial police
  present the Minister's award or the provincial council the President's; about 1% (at least
  one) `revoked` by a later decision of the same issuer, named by its id; a rare person
  `- removed:` on request (one in about 200 decisions, at least one), counts unchanged;
- organisations through time: four district councils (UBND cấp huyện, level huyen) that issue
  Giấy khen in their district's articles, all `ended: 2025-06-30` with two new commune or ward
  councils as `successors`; one of them was renamed from huyện to thị xã in 2022 (`names`) and
  issues only under its earlier name. Every decision predates the end of its issuer.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bulletin.schema import modeline
from bulletin.text import fold, slugify

PROJECT_ROOT = Path(__file__).resolve().parents[2]
FIRST_YEAR, LAST_YEAR = 2005, 2024
# The last day an article may carry; the archive never reaches the clock's today.
LAST_DAY = dt.date(LAST_YEAR, 12, 20)
# Share of individual awards that go to someone honoured again, under a stable id.
REPEAT_SHARE = 0.15
CAMPAIGN_YEARS = ((2005, 2009), (2010, 2014), (2015, 2019), (2020, 2024))

# -- YAML text ------------------------------------------------------------------------------

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def q(text: str) -> str:
    """A YAML double-quoted scalar: always quoted, so no value is read as a number or date."""
    text = unicodedata.normalize("NFC", text)
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\x{ord(char):02x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _block(text: str, indent: str = "  ") -> list[str]:
    """A literal block scalar's lines (after 'key: |'); blank lines stay blank."""
    return [indent + line if line else "" for line in unicodedata.normalize("NFC", text).split("\n")]


def _number(value: int) -> str:
    """6063 -> 6.063, as Vietnamese text writes it."""
    return f"{value:,}".replace(",", ".")


# -- fixed tables -----------------------------------------------------------------------------

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

# The Law's vocabulary, as the sample's data/forms.yaml holds it (synth never reads data/).
# Forms highest first: (id, name, family or the kind it is an instance of, grades, recipients).
_LAW22 = "Luật Thi đua, khen thưởng 2022"
_GRADES = ("hạng Nhất", "hạng Nhì", "hạng Ba")
VOCABULARY_FORMS = (
    ("huan-chuong", "Huân chương", "khen-thuong", (), ""),
    ("huan-chuong-bao-ve-to-quoc", "Huân chương Bảo vệ Tổ quốc", "huan-chuong", _GRADES, ""),
    ("huan-chuong-chien-cong", "Huân chương Chiến công", "huan-chuong", _GRADES, ""),
    ("huy-chuong", "Huy chương", "khen-thuong", (), "individuals"),
    ("huy-chuong-vi-an-ninh-to-quoc", "Huy chương “Vì an ninh Tổ quốc”", "huy-chuong", (), ""),
    ("huy-chuong-chien-si-ve-vang", "Huy chương “Chiến sĩ vẻ vang”", "huy-chuong", _GRADES, ""),
    ("danh-hieu-vinh-du-nha-nuoc", "Danh hiệu vinh dự nhà nước", "khen-thuong", (), ""),
    ("giai-thuong", "Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước", "khen-thuong", (), ""),
    ("chien-si-thi-dua-toan-quoc", "Chiến sĩ thi đua toàn quốc", "danh-hieu-thi-dua", (), "individuals"),
    ("co-thi-dua", "Cờ thi đua", "danh-hieu-thi-dua", (), "collectives"),
    ("ky-niem-chuong", "Kỷ niệm chương", "khen-thuong", (), "individuals"),
    ("ky-niem-chuong-vi-su-nghiep-bao-ve-antq", "Kỷ niệm chương “Vì sự nghiệp bảo vệ an ninh Tổ quốc”",
     "ky-niem-chuong", (), ""),
    ("chien-si-thi-dua-cap-bo-tinh", "Chiến sĩ thi đua cấp bộ, ngành, tỉnh", "danh-hieu-thi-dua", (), "individuals"),
    ("tap-the-lao-dong-xuat-sac", "Tập thể lao động xuất sắc", "danh-hieu-thi-dua", (), "collectives"),
    ("bang-khen", "Bằng khen", "khen-thuong", (), ""),
    ("chien-si-thi-dua-co-so", "Chiến sĩ thi đua cơ sở", "danh-hieu-thi-dua", (), "individuals"),
    ("tap-the-lao-dong-tien-tien", "Tập thể lao động tiên tiến", "danh-hieu-thi-dua", (), "collectives"),
    ("giay-khen", "Giấy khen", "khen-thuong", (), ""),
    ("lao-dong-tien-tien", "Lao động tiên tiến", "danh-hieu-thi-dua", (), "individuals"),
)
FORM_NAMES = {f[0]: f[1] for f in VOCABULARY_FORMS}
# (id, name, short name, start, end)
LAWS = (
    ("luat-2003", "Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2013)",
     "Luật Thi đua, khen thưởng 2003", "2004-07-01", "2023-12-31"),
    ("luat-2022-nd-98", "Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 98/2023/NĐ-CP", _LAW22,
     "2024-01-01", "2025-06-30"),
    ("luat-2022-nd-152", "Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 152/2025/NĐ-CP",
     f"{_LAW22} (Nghị định 152/2025/NĐ-CP)", "2025-07-01", ""),
)
LEVELS = (("trung-uong", "Trung ương", ""), ("tinh", "Cấp tỉnh", ""), ("huyen", "Cấp huyện", "2025-06-30"),
          ("xa", "Cấp xã", ""))
# (id, name, forms it may award, article of the 2022 law; None: awards under its own charter, not checked).
_BASE = "chien-si-thi-dua-co-so tap-the-lao-dong-tien-tien lao-dong-tien-tien giay-khen"
AUTHORITIES = (
    ("chu-tich-nuoc", "Chủ tịch nước", "huan-chuong huy-chuong danh-hieu-vinh-du-nha-nuoc giai-thuong", "Điều 77"),
    ("thu-tuong", "Thủ tướng Chính phủ", "chien-si-thi-dua-toan-quoc co-thi-dua bang-khen", "Điều 78"),
    ("bo-truong", "Bộ trưởng, thủ trưởng cơ quan ngang bộ",
     "chien-si-thi-dua-cap-bo-tinh co-thi-dua tap-the-lao-dong-xuat-sac bang-khen ky-niem-chuong", "Điều 79"),
    ("chu-tich-ubnd-tinh", "Chủ tịch Ủy ban nhân dân cấp tỉnh",
     "chien-si-thi-dua-cap-bo-tinh co-thi-dua tap-the-lao-dong-xuat-sac bang-khen", "Điều 79"),
    ("thu-truong-don-vi", "Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân thuộc bộ, ngành", _BASE, "Điều 80 khoản 1"),
    ("chu-tich-ubnd-huyen", "Chủ tịch Ủy ban nhân dân cấp huyện", _BASE, "Điều 80 khoản 2"),
    ("chu-tich-ubnd-xa", "Chủ tịch Ủy ban nhân dân cấp xã", "lao-dong-tien-tien giay-khen", "Điều 80 khoản 3"),
    ("dieu-le", "Tổ chức chính trị - xã hội khen thưởng theo điều lệ", "", None),
)
RECIPIENT_TEXT = {"collectives": "tập thể", "individuals": "cá nhân"}


def vocabulary_lines() -> list[str]:
    """forms.yaml from the tables above."""
    lines = ["# Từ vựng của Luật Thi đua, khen thưởng (như data/forms.yaml của bản mẫu).", "forms:"]
    for ident, name, family, grades, recipients in VOCABULARY_FORMS:
        lines += [f"  - id: {q(ident)}", f"    name: {q(name)}"]
        lines.append(f"    family: {q(family)}" if family in ("khen-thuong", "danh-hieu-thi-dua") else f"    kind: {q(family)}")
        if grades:
            lines.append("    grades: [" + ", ".join(q(g) for g in grades) + "]")
        if recipients:
            lines += [f"    recipients: [{recipients}]",
                      f"    basis: {q(f'{_LAW22}: {name} tặng {RECIPIENT_TEXT[recipients]}')}"]
    lines.append("laws:")
    for ident, name, short, start, end in LAWS:
        lines += [f"  - id: {q(ident)}", f"    name: {q(name)}", f"    short_name: {q(short)}", f"    start: {start}"]
        lines += [f"    end: {end}"] if end else []
    lines.append("levels:")
    for ident, name, end in LEVELS:
        lines += [f"  - id: {q(ident)}", f"    name: {q(name)}"] + ([f"    end: {end}"] if end else [])
    lines.append("authorities:")
    for ident, name, forms, article in AUTHORITIES:
        lines += [f"  - id: {q(ident)}", f"    name: {q(name)}"]
        if article is None:
            lines.append("    charter: true")
            continue
        lines.append("    rules:")
        for law in LAWS:
            if law[0] == "luat-2022-nd-152" and ident == "chu-tich-ubnd-huyen":
                continue  # no district level from 1/7/2025
            basis = f"{law[2]}, thẩm quyền của {name}" if law[0] == "luat-2003" else f"{_LAW22}, {article}"
            lines += [f"      - law: {law[0]}", f"        forms: [{', '.join(forms.split())}]", f"        basis: {q(basis)}"]
    return lines


# A copy of the sample's data/metrics.yaml.
METRICS_YAML = """\
# Các chỉ tiêu mà bài viết có thể báo cáo. Mỗi chỉ tiêu chỉ đo MỘT thứ, đúng như tên (label) của nó:
# nếu bài viết nêu một thứ khác (đối tượng khác, hoạt động khác), hãy dùng hoặc thêm chỉ tiêu khác,
# vì số của các hội cùng một chỉ tiêu sẽ được cộng lại.
# summable: true nếu được cộng giữa các hội; bản tin chỉ cộng các số cùng chỉ tiêu, cùng giai đoạn
# và cùng thời điểm "tính đến" (as_of), và ghi rõ tổng là do bản tin tính. Số người ("đối tượng")
# không cộng: một người có thể được hai hội cùng quản lý, giúp đỡ.
# headline: true để trang chủ hiện số của chỉ tiêu (tính từ dữ liệu).
metrics:
  - id: buoi-tuyen-truyen
    headline: true
    label: Buổi tuyên truyền
    unit: buổi
    summable: true
  - id: luot-tham-gia-tuyen-truyen
    headline: true
    label: Lượt người tham gia tuyên truyền
    unit: lượt
    summable: true
  - id: buoi-tro-giup-phap-ly
    label: Buổi trợ giúp pháp lý
    unit: buổi
    summable: true
  # Người được trợ giúp tại các buổi trợ giúp pháp lý ("800 buổi ... cho 28.390 lượt hội viên, nông dân").
  - id: luot-tro-giup-phap-ly
    label: Lượt người được trợ giúp pháp lý
    unit: lượt
    summable: true
  # Người dự các đợt trợ giúp pháp lý lưu động ("gần 6.000 lượt người tham gia"): người đến dự
  # một đợt lưu động, không phải người được trợ giúp tại một buổi; không cộng với chỉ tiêu trên.
  - id: luot-tham-gia-tro-giup-phap-ly-luu-dong
    label: Lượt người tham gia các đợt trợ giúp pháp lý lưu động
    unit: lượt
    summable: true
  - id: vu-viec-hoa-giai
    label: Vụ việc được hòa giải
    unit: vụ việc
    summable: true
  - id: so-tay-phap-luat
    label: Sổ tay pháp luật cấp phát miễn phí
    unit: cuốn
    summable: true
  - id: to-gap-phap-luat
    label: Tờ gấp tuyên truyền pháp luật
    unit: tờ
    summable: true
  - id: pano-duong-day-nong
    label: Pano quảng cáo đường dây nóng
    unit: tấm
    summable: true
  # Người đang thi hành án hình sự tại cộng đồng (án treo, cải tạo không giam giữ...) hoặc
  # tái hòa nhập cộng đồng, được quản lý, giáo dục, cảm hóa.
  - id: doi-tuong-tai-hoa-nhap-thi-hanh-an-cong-dong
    label: Đối tượng tái hòa nhập cộng đồng, thi hành án hình sự tại cộng đồng được quản lý, giáo dục, cảm hóa
    unit: đối tượng
    summable: false
  # Chỉ người đã chấp hành xong án phạt tù trở về địa phương (nằm trong nhóm "tái hòa nhập" ở trên):
  # một chỉ tiêu khác, không cộng với chỉ tiêu trên.
  - id: doi-tuong-chap-hanh-xong-an-tu
    label: Đối tượng chấp hành xong án phạt tù trở về địa phương được giáo dục, cảm hóa
    unit: đối tượng
    summable: false
  - id: ho-so-cai-nghien
    label: Hồ sơ đưa người vào cơ sở chữa bệnh
    unit: hồ sơ
    summable: true
  - id: giao-duc-tai-xa
    label: Lượt đối tượng giáo dục tại xã, phường, thị trấn
    unit: lượt
    summable: true
  - id: buoi-noi-chuyen
    label: Buổi nói chuyện phòng, chống tội phạm
    unit: buổi
    summable: true
  - id: to-tu-quan
    label: Tổ tự quản của phụ nữ
    unit: tổ
    summable: true
  - id: thanh-vien-to-tu-quan
    label: Thành viên tổ tự quản
    unit: thành viên
    summable: true
  - id: dia-chi-tin-cay
    label: Địa chỉ tin cậy tại cộng đồng
    unit: địa chỉ
    summable: true
  - id: to-truyen-thong
    label: Tổ truyền thông cộng đồng
    unit: tổ
    summable: true
  - id: thanh-vien-to-truyen-thong
    label: Thành viên tổ truyền thông
    unit: thành viên
    summable: true
  - id: buoi-truyen-thong
    label: Buổi truyền thông phòng, chống bạo lực gia đình
    unit: buổi
    summable: true
  - id: giup-do-sau-cai-nghien
    label: Lượt đối tượng sau cai nghiện được giúp đỡ, giáo dục
    unit: lượt
    summable: true
  # Số mô hình đang hoạt động tại một thời điểm ("tính đến tháng 5/2024"): ghi kèm as_of.
  - id: mo-hinh-antq
    headline: true
    label: Mô hình trong phong trào toàn dân bảo vệ ANTQ
    unit: mô hình
    summable: false
"""

# Per partner: (metric, yearly value for the whole province around 2024, wording in the body).
# The wording takes the formatted number; "{}" is where it goes.
PARTNER_METRICS = {
    "hoi-nong-dan-tinh": [
        ("buoi-tuyen-truyen", 1200, "{} buổi tuyên truyền"),
        ("luot-tham-gia-tuyen-truyen", 61000, "{} lượt cán bộ, hội viên, nông dân tham gia"),
        ("buoi-tro-giup-phap-ly", 160, "{} buổi trợ giúp pháp lý"),
        ("luot-tro-giup-phap-ly", 5600, "{} lượt hội viên, nông dân được trợ giúp pháp lý"),
        ("vu-viec-hoa-giai", 130, "hòa giải thành {} vụ việc"),
        ("so-tay-phap-luat", 120, "cấp phát miễn phí {} cuốn sổ tay pháp luật"),
        ("to-gap-phap-luat", 2600, "{} tờ gấp tuyên truyền pháp luật"),
        ("pano-duong-day-nong", 36, "{} tấm pano quảng cáo đường dây nóng"),
        ("doi-tuong-tai-hoa-nhap-thi-hanh-an-cong-dong", 280,
         "quản lý, giáo dục, cảm hóa {} đối tượng tái hòa nhập cộng đồng, thi hành án hình sự tại cộng đồng"),
        ("ho-so-cai-nghien", 100, "phối hợp lập {} hồ sơ đưa người vào cơ sở chữa bệnh"),
        ("giao-duc-tai-xa", 125, "quản lý {} lượt đối tượng giáo dục tại xã, phường, thị trấn"),
    ],
    "hoi-lhpn-tinh": [
        ("buoi-tuyen-truyen", 1190, "{} buổi tuyên truyền"),
        ("luot-tham-gia-tuyen-truyen", 86000, "{} lượt hội viên phụ nữ tham gia"),
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
        ("luot-tham-gia-tuyen-truyen", 17800, "{} lượt cán bộ, hội viên tham gia"),
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

# Districts as they were before 2025, with their communes (xã, phường, thị trấn).
_GEOGRAPHY = (
    ("thành phố", "Đồng Xoài", "phường Tân Bình; phường Tân Phú; phường Tân Đồng; phường Tân Xuân; "
     "phường Tân Thiện; phường Tiến Thành; xã Tiến Hưng; xã Tân Thành"),
    ("thị xã", "Bình Long", "phường An Lộc; phường Hưng Chiến; phường Phú Thịnh; phường Phú Đức; "
     "xã Thanh Lương; xã Thanh Phú"),
    ("thị xã", "Phước Long", "phường Long Thủy; phường Phước Bình; phường Long Phước; phường Sơn Giang; "
     "phường Thác Mơ; xã Long Giang; xã Phước Tín"),
    ("huyện", "Chơn Thành", "thị trấn Chơn Thành; xã Minh Hưng; xã Minh Long; xã Minh Thành; xã Nha Bích; "
     "xã Minh Lập; xã Quang Minh; xã Thành Tâm"),
    ("huyện", "Đồng Phú", "thị trấn Tân Phú; xã Tân Lập; xã Tân Hòa; xã Tân Lợi; xã Đồng Tâm; xã Tân Phước; "
     "xã Đồng Tiến; xã Thuận Lợi; xã Tân Hưng; xã Thuận Phú; xã Tân Tiến"),
    ("huyện", "Bù Đăng", "thị trấn Đức Phong; xã Đức Liễu; xã Bom Bo; xã Nghĩa Trung; xã Minh Hưng; "
     "xã Đoàn Kết; xã Thống Nhất; xã Đăng Hà; xã Phú Sơn; xã Thọ Sơn; xã Đak Nhau; xã Bình Minh"),
    ("huyện", "Bù Đốp", "thị trấn Thanh Bình; xã Thiện Hưng; xã Hưng Phước; xã Phước Thiện; xã Tân Thành; "
     "xã Tân Tiến; xã Thanh Hòa"),
    ("huyện", "Bù Gia Mập", "xã Đak Ơ; xã Bù Gia Mập; xã Phú Nghĩa; xã Đức Hạnh; xã Bình Thắng; xã Đa Kia; "
     "xã Phước Minh; xã Phú Văn"),
    ("huyện", "Lộc Ninh", "thị trấn Lộc Ninh; xã Lộc Hiệp; xã Lộc Thạnh; xã Lộc Hưng; xã Lộc Tấn; xã Lộc Thái; "
     "xã Lộc Điền; xã Lộc Quang; xã Lộc Khánh; xã Lộc An; xã Lộc Thịnh"),
    ("huyện", "Hớn Quản", "xã Tân Hưng; xã Thanh An; xã An Phú; xã Minh Đức; xã Tân Khai; xã Đồng Nơ; "
     "xã Phước An; xã Tân Lợi; xã Thanh Bình; xã An Khương; xã Tân Hiệp"),
    ("huyện", "Phú Riềng", "xã Phú Riềng; xã Long Hà; xã Bù Nho; xã Long Tân; xã Long Hưng; xã Phước Tân; "
     "xã Bình Tân; xã Long Bình; xã Bình Sơn; xã Phú Trung"),
)
_NAMED_HAMLETS = (
    "Sóc Ruộng", "Bàu Úc", "Thạnh Phú", "Phú Lạc", "Sóc Lớn", "Bù Tam", "Cây Điệp", "Hiệp Hoà", "Bến Củi",
    "Tà Teh", "Sóc Bế", "Đồng Bia", "Bàu Ké", "Suối Đá", "Cần Lê", "Thuận Tiến", "Bù Ka", "Đồi Đá",
    "Chà Là", "Ngã Ba", "Đắk Son", "Quản Lợi", "Trảng Cỏ", "Bàu Nghé", "Cây Khế", "Suối Nhung",
)
_POLICE_TEAMS = (
    "Đội Cảnh sát hình sự",
    "Đội Cảnh sát quản lý hành chính về trật tự xã hội",
    "Đội Cảnh sát điều tra tội phạm về ma túy",
    "Đội An ninh",
    "Đội Tham mưu",
)
_PROVINCE_DEPARTMENTS = (
    "Phòng Tham mưu",
    "Phòng Công tác Đảng và công tác chính trị",
    "Phòng Cảnh sát hình sự",
    "Phòng An ninh nội địa",
    "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
    "Phòng Cảnh sát điều tra tội phạm về ma túy",
)
RANKS = (
    "Hạ sĩ", "Trung sĩ", "Thượng sĩ", "Thiếu úy", "Trung úy", "Thượng úy", "Đại úy",
    "Thiếu tá", "Trung tá", "Thượng tá", "Đại tá",
)
_R = {name: i for i, name in enumerate(RANKS)}


@dataclass(frozen=True)
class District:
    kind: str  # huyện, thị xã, thành phố
    name: str
    communes: tuple[Commune, ...] = ()

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"

    @property
    def police(self) -> str:
        return f"Công an {self.full}"

    @property
    def police_id(self) -> str:
        return slugify(self.police)


@dataclass(frozen=True)
class Commune:
    kind: str  # xã, phường, thị trấn
    name: str
    district_full: str
    hamlets: tuple[str, ...]

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"

    @property
    def locality(self) -> str:
        return f"{self.full}, {self.district_full}"


def _geography() -> list[District]:
    districts = []
    named = 0
    for kind, name, communes in _GEOGRAPHY:
        district_full = f"{kind} {name}"
        built = []
        for i, entry in enumerate(communes.split("; ")):
            commune_kind, commune_name = entry.split(" ", 1) if not entry.startswith("thị trấn") else (
                "thị trấn", entry.removeprefix("thị trấn ")
            )
            if commune_kind == "xã":
                hamlets = [f"ấp {n}" for n in range(1, 4 + (i + len(name)) % 5)]
                hamlets += [f"ấp {_NAMED_HAMLETS[(named + k) % len(_NAMED_HAMLETS)]}" for k in range(2)]
                named += 2
            else:
                hamlets = [f"khu phố {n}" for n in range(1, 4 + (i + len(name)) % 4)]
            built.append(Commune(commune_kind, commune_name, district_full, tuple(hamlets)))
        districts.append(District(kind, name, tuple(built)))
    return districts


# -- names ------------------------------------------------------------------------------------

FAMILY = (
    ("Nguyễn", 30), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 4), ("Phan", 4),
    ("Vũ", 3), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1),
    ("Lý", 1), ("Đinh", 1), ("Trương", 1), ("Lương", 1), ("Đoàn", 1), ("Trịnh", 1), ("Mai", 1),
    ("Hà", 1), ("Lâm", 1), ("Cao", 1), ("Tô", 1), ("Quách", 0.5), ("Châu", 0.5), ("Thái", 0.5),
    ("Tạ", 0.5), ("Kiều", 0.5), ("Lưu", 0.5), ("Nông", 0.5), ("Triệu", 0.5), ("Điểu", 0.5),
    ("Thạch", 0.3), ("Lữ", 0.3), ("Âu", 0.3), ("Ưng", 0.2), ("Khổng", 0.2), ("Mạc", 0.2), ("Ông", 0.2),
)
MIDDLE = {
    "m": (
        ("Văn", 40), ("Hữu", 5), ("Đức", 5), ("Minh", 5), ("Quốc", 4), ("Thanh", 4), ("Công", 3),
        ("Xuân", 3), ("Ngọc", 3), ("Hoàng", 3), ("Đình", 3), ("Quang", 3), ("Trọng", 2), ("Tấn", 2),
        ("Thành", 2), ("Anh", 2), ("Bá", 1), ("Duy", 2), ("Hồng", 1), ("Khắc", 1), ("Viết", 1),
        ("Phước", 1), ("Mạnh", 1), ("Tiến", 1), ("Thế", 2), ("Trường", 1), ("Nhật", 1), ("Gia", 1),
        ("Hải", 1), ("Kỳ", 0.5), ("Sỹ", 0.5),
    ),
    "f": (
        ("Thị", 50), ("Ngọc", 5), ("Thanh", 4), ("Thu", 3), ("Kim", 3), ("Mỹ", 2), ("Hồng", 3),
        ("Thúy", 2), ("Bích", 2), ("Diệu", 1), ("Phương", 2), ("Xuân", 2), ("Hoài", 1), ("Thùy", 2),
        ("Ánh", 1), ("Minh", 2), ("Cẩm", 1), ("Tuyết", 1), ("Quỳnh", 1), ("Khánh", 1), ("Bảo", 1),
        ("Lệ", 1), ("Mộng", 1), ("Huyền", 1), ("Yến", 1),
    ),
}
GIVEN = {
    "m": (
        "Hùng Dũng Thắng Bảo Huy Đức Tâm Hải Hiếu Khải Lộc Sĩ Vinh Chiến Đạt Giỏi Ân Ẩn Ấn Ơn Ưng Ước "
        "Đông Tú Tuấn Trung Quân Phúc Phước Quý Sơn Tài Thành Thiện Thịnh Thuận Toàn Trí Trọng Tùng "
        "Việt Vũ Cường Dương Hậu Hiển Hòa Hoà Khoa Khánh Lâm Long Luân Lực Mạnh Nam Nghĩa Nhân Phát "
        "Quang Tín Hưởng Kiên Kỳ Nhẫn Tĩnh Vĩnh Lãm Cảnh Tuyển Thẩm Hợp Lợi Đăng Bình An Anh Bằng Cẩn "
        "Chương Danh Định Được Hưng Khiêm Lễ Mẫn Ngữ Nhựt Phụng Sang Sáng Thông Uy Xuyên Tư Ngạn Thủy"
    ).split(),
    "f": (
        "Hương Ngà Oanh Ơn Quỳnh Yến Lan Mỹ Trang Nhung Hòa Hoà Thủy Thuỷ Thúy Thuý Diệu Ánh Dung Giang "
        "Hà Hạnh Hằng Hiền Huệ Hường Lệ Liên Linh Loan Mai Nga Ngân Ngọc Nguyệt Nhàn Nhã Nhi Phượng "
        "Sương Tâm Thảo Thắm Thơ Thu Thư Tiên Trâm Trinh Tuyết Uyên Vân Xuân Ẩn Diễm Bích Châu Cúc "
        "Đào Gấm Hồng Kiều Lài Lụa Mơ Nở Phấn Ỷ Ý Duyên Hảo Lý Mận Ngọt Nhạn Quyên Thắng Vẽ"
    ).split(),
}
# Given names of two syllables: written in `given` so lists sort by the whole given name.
GIVEN_TWO = {
    "m": ("Bình Minh", "Thiên Ân", "Hải Đăng", "Gia Bảo", "Đăng Khoa", "Trường Giang", "Quốc Bảo"),
    "f": ("Bảo Ngọc", "Khánh Linh", "Minh Thư", "Thanh Tâm", "Phương Thảo", "Ngọc Ánh", "Diễm My"),
}


class _Weighted:
    """Weighted choice from a fixed table, by one random draw."""

    def __init__(self, table: tuple[tuple[str, float], ...]):
        self.items = [name for name, _ in table]
        self.cumulative = []
        total = 0.0
        for _, weight in table:
            total += weight
            self.cumulative.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> str:
        x = rng.random() * self.total
        lo, hi = 0, len(self.cumulative) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cumulative[mid] <= x:
                lo = mid + 1
            else:
                hi = mid
        return self.items[lo]


_FAMILY = _Weighted(FAMILY)
_MIDDLE = {g: _Weighted(t) for g, t in MIDDLE.items()}


def _name(rng: random.Random, gender: str) -> tuple[str, str | None]:
    """(full name, given when it has two syllables)."""
    family = _FAMILY.pick(rng)
    middle = _MIDDLE[gender].pick(rng)
    if rng.random() < 0.06:
        given = rng.choice(GIVEN_TWO[gender])
        if middle in given.split():
            middle = "Thị" if gender == "f" else "Văn"
        return f"{family} {middle} {given}", given
    return f"{family} {middle} {rng.choice(GIVEN[gender])}", None


# -- recipients -------------------------------------------------------------------------------

SECTORS = ("police", "nong-dan", "phu-nu", "ccb", "citizen")
_GENDER_MALE = {"police": 0.82, "nong-dan": 0.62, "phu-nu": 0.0, "ccb": 0.9, "citizen": 0.6}
_SECTOR_CODE = {"police": "ca", "nong-dan": "hnd", "phu-nu": "hpn", "ccb": "ccb", "citizen": "dan"}


@dataclass
class Person:
    """Who an individual award names; `ident` only for people honoured again."""

    name: str
    given: str | None
    sector: str
    district: int
    position: str
    unit: str | None
    locality: str | None
    rank_range: tuple[int, int] | None = None
    rank: int | None = None
    ident: str | None = None
    # Where the person serves or lives, for ids: a commune, a district or "tinh".
    place: str = ""
    # Year of `rank`, for people honoured again: promoted every four years.
    rank_year: int = FIRST_YEAR

    @property
    def key(self) -> tuple[str, str]:
        return fold(self.name), fold(self.unit or self.locality or "")

    def record(self, year: int) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.ident:
            out["id"] = self.ident
        out["name"] = self.name
        if self.given:
            out["given"] = self.given
        if self.rank is not None and self.rank_range is not None:
            low, high = self.rank_range
            rank = self.rank + ((year - self.rank_year) // 4 if self.ident else 0)
            out["rank"] = RANKS[max(low, min(high, rank))]
        out["position"] = self.position
        if self.unit:
            out["unit"] = self.unit
        if self.locality:
            out["locality"] = self.locality
        return out


class _People:
    """Makes people and collectives; keeps ordinary people unique by folded name and unit."""

    def __init__(self, rng: random.Random, districts: list[District]):
        self.rng = rng
        self.districts = districts
        self.taken: set[tuple[str, str]] = set()

    def _police_role(self, d: District, c: Commune) -> tuple[str, str, tuple[int, int], str]:
        rng = self.rng
        level = rng.random()
        if level < 0.62:
            unit = f"Công an {c.full}, {d.full}"
            roll = rng.random()
            if roll < 0.15:
                return "Chiến sĩ", unit, (_R["Hạ sĩ"], _R["Thượng sĩ"]), c.name
            if roll < 0.72:
                return "Cán bộ", unit, (_R["Thiếu úy"], _R["Đại úy"]), c.name
            if roll < 0.92:
                return f"Phó Trưởng Công an {c.kind}", unit, (_R["Thượng úy"], _R["Thiếu tá"]), c.name
            return f"Trưởng Công an {c.kind}", unit, (_R["Đại úy"], _R["Trung tá"]), c.name
        if level < 0.9:
            roll = rng.random()
            if roll < 0.08:
                return f"Phó Trưởng Công an {d.kind}", d.police, (_R["Thiếu tá"], _R["Thượng tá"]), d.name
            unit = f"{rng.choice(_POLICE_TEAMS)}, {d.police}"
            if roll < 0.75:
                return "Cán bộ", unit, (_R["Thiếu úy"], _R["Thiếu tá"]), d.name
            if roll < 0.92:
                return "Phó Đội trưởng", unit, (_R["Đại úy"], _R["Thiếu tá"]), d.name
            return "Đội trưởng", unit, (_R["Thiếu tá"], _R["Trung tá"]), d.name
        unit = f"{rng.choice(_PROVINCE_DEPARTMENTS)}, Công an tỉnh"
        roll = rng.random()
        if roll < 0.75:
            return "Cán bộ", unit, (_R["Thiếu úy"], _R["Trung tá"]), "tinh"
        if roll < 0.93:
            return "Phó Trưởng phòng", unit, (_R["Thiếu tá"], _R["Thượng tá"]), "tinh"
        return "Trưởng phòng", unit, (_R["Trung tá"], _R["Đại tá"]), "tinh"

    def _role(self, sector: str, d: District, c: Commune) -> tuple[str, str | None, str | None, tuple[int, int] | None, str]:
        """(position, unit, locality, rank range, place) for someone of `sector` living in commune `c`."""
        rng = self.rng
        hamlet = rng.choice(c.hamlets)
        if sector == "police":
            position, unit, ranks, place = self._police_role(d, c)
            return position, unit, None, ranks, place
        if sector == "citizen":
            head = "Trưởng ấp" if hamlet.startswith("ấp") else "Trưởng khu phố"
            position = rng.choice((head, "Tổ trưởng Tổ tự quản an ninh trật tự", "Thành viên Tổ tự quản an ninh trật tự",
                                   "Công dân", "Công dân", "Bảo vệ dân phố" if c.kind == "phường" else "Công dân"))
            return position, None, f"{hamlet}, {c.locality}", None, c.name
        association = {"nong-dan": "Hội Nông dân", "phu-nu": "Hội Liên hiệp Phụ nữ", "ccb": "Hội Cựu chiến binh"}[sector]
        branch = {"nong-dan": "Chi hội Nông dân", "phu-nu": "Chi hội Phụ nữ", "ccb": "Chi hội Cựu chiến binh"}[sector]
        roll = rng.random()
        if roll < 0.6:
            return f"Hội viên {association}", None, c.locality, None, c.name
        if roll < 0.8:
            return f"Chi hội trưởng {branch} {hamlet}", None, c.locality, None, c.name
        if sector == "phu-nu" and roll < 0.9:
            team = rng.choice(("Tổ tự quản phụ nữ", "Tổ truyền thông cộng đồng"))
            return f"Tổ trưởng {team} {hamlet}", None, c.locality, None, c.name
        title = "Chủ tịch" if roll < 0.93 else "Phó Chủ tịch"
        return f"{title} {association} {c.kind}", f"{association} {c.full}, {d.full}", None, None, c.name

    def person(self, sector: str, district: int) -> Person:
        """Someone whose folded name and unit appear nowhere else in the archive."""
        rng = self.rng
        d = self.districts[district]
        while True:
            c = rng.choice(d.communes)
            position, unit, locality, ranks, place = self._role(sector, d, c)
            for _ in range(8):
                gender = "m" if rng.random() < _GENDER_MALE[sector] else "f"
                name, given = _name(rng, gender)
                person = Person(name, given, sector, district, position, unit, locality, ranks, place=place)
                if person.key not in self.taken:
                    self.taken.add(person.key)
                    if ranks:
                        person.rank = rng.randint(*ranks)
                    return person

    def collective(self, sector: str, district: int) -> tuple[str, str | None]:
        rng = self.rng
        d = self.districts[district]
        c = rng.choice(d.communes)
        hamlet = rng.choice(c.hamlets)
        roll = rng.random()
        if sector == "police":
            if roll < 0.72:
                return f"Công an {c.full}, {d.full}", c.locality
            if roll < 0.93:
                return f"{rng.choice(_POLICE_TEAMS)}, {d.police}", None
            return f"{rng.choice(_PROVINCE_DEPARTMENTS)}, Công an tỉnh", None
        if sector == "citizen":
            if roll < 0.7:
                return f"Tổ tự quản an ninh trật tự {hamlet}, {c.full}", c.locality
            return f"Ban Chỉ đạo phong trào toàn dân bảo vệ ANTQ {c.full}, {d.full}", c.locality
        association = {"nong-dan": "Hội Nông dân", "phu-nu": "Hội Liên hiệp Phụ nữ", "ccb": "Hội Cựu chiến binh"}[sector]
        branch = {"nong-dan": "Chi hội Nông dân", "phu-nu": "Chi hội Phụ nữ", "ccb": "Chi hội Cựu chiến binh"}[sector]
        if roll < 0.55:
            return f"{association} {c.full}, {d.full}", c.locality
        if sector == "phu-nu" and roll < 0.8:
            team = rng.choice(("Tổ tự quản phụ nữ", "Tổ truyền thông cộng đồng"))
            return f"{team} {hamlet}, {c.full}", c.locality
        return f"{branch} {hamlet}, {c.full}", c.locality


# -- issuers ----------------------------------------------------------------------------------

# Who each issuer honours, by sector.
_ISSUER_SECTORS = {
    "ubnd-tinh": (("police", 35), ("nong-dan", 18), ("phu-nu", 18), ("ccb", 14), ("citizen", 15)),
    "chu-tich-nuoc": (("police", 70), ("citizen", 30)),
    "bo-cong-an": (("police", 85), ("citizen", 15)),
    "cong-an-tinh": (("police", 60), ("citizen", 25), ("nong-dan", 5), ("phu-nu", 5), ("ccb", 5)),
    "hoi-nong-dan-tinh": (("nong-dan", 1),),
    "hoi-lhpn-tinh": (("phu-nu", 1),),
    "hoi-ccb-tinh": (("ccb", 1),),
    "district": (("police", 60), ("citizen", 40)),
}
_ISSUER_WEIGHT = {"chu-tich-nuoc": 0.1, "ubnd-tinh": 1.3, "bo-cong-an": 0.45, "cong-an-tinh": 1.5, "hoi-nong-dan-tinh": 0.8,
                  "hoi-lhpn-tinh": 0.8, "hoi-ccb-tinh": 0.7, "district": 1.1}
_NUMBER_SUFFIX = {"chu-tich-nuoc": "QĐ-CTN", "ubnd-tinh": "QĐ-UBND", "bo-cong-an": "QĐ-BCA", "cong-an-tinh": "QĐ-CAT",
                  "hoi-nong-dan-tinh": "QĐ-HNDT", "hoi-lhpn-tinh": "QĐ-HLHPN", "hoi-ccb-tinh": "QĐ-CCB",
                  "district": "QĐ-CAH"}
_FORM_OF = {"cong-an-tinh": "giay-khen", "district": "giay-khen"}
# District councils (UBND cấp huyện) that issue Giấy khen in their district's articles, by their place in
# _GEOGRAPHY; they ended with the district level (REFORM_END), succeeded by new commune councils. One
# district became a town: (its new kind, the last day of the old name); its council issues only before
# then, while the recipients' localities name the district as _GEOGRAPHY writes it.
_COUNCILS = {3: ("thị xã", dt.date(2022, 3, 31)), 4: None, 5: None, 8: None}
REFORM_END = dt.date(2025, 6, 30)
# Who hands over an issuer's awards, when the article says: (share, presenter, office, on behalf).
# A provincial body presents the Minister's and the President's awards "thừa ủy quyền".
_PRESENTERS = {
    "bo-cong-an": (0.6, "cong-an-tinh", None, True),
    "chu-tich-nuoc": (0.7, "ubnd-tinh", None, True),
    "ubnd-tinh": (0.25, "ubnd-tinh", "Phó Chủ tịch", False),
    "cong-an-tinh": (0.25, "cong-an-tinh", "Phó Giám đốc", False),
}
_REVOKED_SHARE, _CORRECTED_SHARE, _REMOVED_PER_DECISIONS = 0.01, 0.02, 200
_REVOCATION_REASONS = (
    "phát hiện sai sót trong hồ sơ đề nghị khen thưởng",
    "cá nhân, tập thể được khen thưởng vi phạm pháp luật trong thời gian xét khen thưởng",
)
_CORRECTION_NOTES = (
    "Bài viết ghi nhầm ngày tổ chức hội nghị; đã sửa lại cho đúng.",
    "Bài viết ghi nhầm tên một tập thể được khen thưởng; đã sửa lại trong nội dung.",
    "Bài viết ghi thiếu số liệu của một hội phối hợp; đã bổ sung.",
)
# Reprints name a source; the synthetic archive's newspaper is openly illustrative.
_SOURCE_NAME, _SOURCE_SITE = "Báo tỉnh Y (bài minh họa)", "https://bao.example.vn/"
_OCCASION = "kỷ niệm {years} năm Ngày truyền thống lực lượng Công an nhân dân (19/8/1945 – 19/8/{year})"
# How a decision's recipients are published: most named, some only counted, a few not at all.
_PUBLISHED = _Weighted((("named", 87), ("counts", 10), ("none", 3)))


@dataclass(frozen=True)
class Campaign:
    start: int
    end: int

    @property
    def id(self) -> str:
        return f"antq-{self.start}-{self.end}"


@dataclass
class Decision:
    issuer: str
    kind: str  # issuer key in the tables above: the issuer, or "district"
    form: str
    campaign: Campaign
    date: dt.date
    reason: str
    grade: str = ""
    occasion: str = ""
    period: str = ""
    names: str = "named"  # named, counts (names: unpublished with counts), none (names: unpublished)
    counts: tuple[int, int] | None = None
    collectives: list[tuple[str, str | None]] = field(default_factory=list)
    # A named person's record, or {"removed": "YYYY-MM-DD"} for one removed on request.
    individuals: list[dict[str, str]] = field(default_factory=list)
    presenter: tuple[str, str | None, bool] | None = None  # organisation, office, on behalf
    revoked: tuple[dt.date, str, str] | None = None  # date, revoking decision's id, reason
    order: int = 0
    number: str = ""
    ident: str = ""


@dataclass
class Article:
    kind: str
    date: dt.date
    campaign: Campaign
    district: int | None
    commune: Commune | None = None
    decisions: list[Decision] = field(default_factory=list)
    statistics: list[tuple[str | None, list[tuple[str, int, bool]]]] = field(default_factory=list)
    models: int | None = None
    figures: list[tuple[str, str]] = field(default_factory=list)
    ident: str = ""
    hamlet: str = ""  # where a commune's Ngày hội took place
    # As the article prints it: time, authors (name, kind, unit), or a byline, or a reprint's source.
    time: str = ""
    authors: list[tuple[str, str, str | None]] = field(default_factory=list)
    byline: str = ""
    source: tuple[str, str] | None = None
    photo_credit: str = ""
    credits: dict[str, str] = field(default_factory=dict)  # figure id -> its own photographer
    ceremony: tuple[str, str, str] | None = None  # organiser, place ("" if not said), part of day
    corrections: list[tuple[dt.date, str]] = field(default_factory=list)


MEDIA = (
    # file, title on the image, caption, alt, colour
    ("hoi-nghi-phat-bieu", "Phát biểu tại hội nghị", "Lãnh đạo Công an tỉnh phát biểu tại hội nghị.",
     "Ảnh minh họa thay cho ảnh gốc; người phát biểu đứng tại bục hội nghị.", "#1f4e79"),
    ("hoi-nghi-dai-bieu", "Đại biểu dự hội nghị", "Các đại biểu dự hội nghị.",
     "Ảnh minh họa thay cho ảnh gốc; các đại biểu ngồi trong hội trường.", "#2e5e4e"),
    ("trao-khen-thuong", "Trao khen thưởng", "Trao khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc.",
     "Ảnh minh họa thay cho ảnh gốc; các tập thể, cá nhân nhận Bằng khen, Giấy khen trên sân khấu.", "#7a2e2e"),
    ("ngay-hoi-antq", "Ngày hội toàn dân bảo vệ ANTQ", "Quang cảnh Ngày hội toàn dân bảo vệ an ninh Tổ quốc.",
     "Ảnh minh họa thay cho ảnh gốc; người dân dự ngày hội ở sân nhà văn hóa ấp.", "#5b4a1f"),
    ("tuyen-truyen-phap-luat", "Tuyên truyền pháp luật", "Tuyên truyền, phổ biến pháp luật cho hội viên tại cơ sở.",
     "Ảnh minh họa thay cho ảnh gốc; cán bộ Công an nói chuyện với hội viên trong hội trường ấp.", "#3d3d6b"),
    ("tuan-tra-an-ninh", "Tuần tra bảo vệ an ninh trật tự", "Tổ tự quản tham gia tuần tra bảo vệ an ninh, trật tự.",
     "Ảnh minh họa thay cho ảnh gốc; tổ tuần tra đứng cạnh xe máy trên đường liên ấp.", "#24505a"),
)


def _svg(title: str, colour: str) -> str:
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675" role="img" aria-labelledby="t">
  <title id="t">Ảnh minh họa: {title}</title>
  <rect width="1200" height="675" fill="{colour}"/>
  <g fill="none" stroke="#ffffff" stroke-opacity="0.18" stroke-width="2">
    <path d="M0 540 L300 330 L520 470 L780 250 L1200 560"/>
    <circle cx="960" cy="160" r="70"/>
  </g>
  <g fill="#ffffff" font-family="system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif" text-anchor="middle">
    <text x="600" y="310" font-size="64" font-weight="700">ẢNH MINH HỌA</text>
    <text x="600" y="380" font-size="36">{title}</text>
    <text x="600" y="600" font-size="24" fill-opacity="0.8">Dữ liệu tổng hợp, không phải ảnh thật</text>
  </g>
</svg>
"""


# -- the generator ----------------------------------------------------------------------------

_KINDS = (("so-ket", 25), ("bieu-duong", 20), ("ngay-hoi", 18), ("huyen", 27), ("tong-ket", 10))
_DECISION_COUNT = _Weighted((("3", 1), ("4", 2), ("5", 4), ("6", 2), ("7", 1)))


class _Archive:
    def __init__(self, articles: int, seed: int):
        self.rng = random.Random(seed)
        self.n = articles
        self.districts = _geography()
        self.campaigns = [Campaign(s, e) for s, e in CAMPAIGN_YEARS]
        self.people = _People(self.rng, self.districts)
        self.organisations = list(ORGANISATIONS) + [
            (d.police_id, d.police, d.police, "Trưởng", "huyen", "thu-truong-don-vi") for d in self.districts
        ]
        self.district_of_org = {d.police_id: i for i, d in enumerate(self.districts)}
        # Organisations through time: earlier name (until a day), end and successors (organisations.yaml).
        self.former: dict[str, tuple[str, dt.date]] = {}
        self.ended: dict[str, list[str]] = {}
        self.councils: dict[int, str] = {}
        self.add_councils()
        self.ids: set[str] = set()
        self.pool: dict[tuple[str, int], list[Person]] = {}
        self.pool_by_sector: dict[str, list[Person]] = {s: [] for s in SECTORS}
        self.yearly: dict[tuple[int, str, str], tuple[int, bool]] = {}
        self.articles: list[Article] = []
        self.decisions: list[Decision] = []

    def add_councils(self) -> None:
        """District councils, ended with the district level, and the commune councils that succeeded them."""
        for index, renamed in _COUNCILS.items():
            d = self.districts[index]
            kind = renamed[0] if renamed else d.kind
            ident = f"ubnd-{slugify(f'{kind} {d.name}')}"
            self.organisations.append((ident, f"Ủy ban nhân dân {kind} {d.name}", f"UBND {kind} {d.name}", "Chủ tịch",
                                       "huyen", "chu-tich-ubnd-huyen"))
            if renamed:
                self.former[ident] = (f"Ủy ban nhân dân {d.full}", renamed[1])
            successors = []
            for commune in d.communes[:2]:  # a town's communes became wards
                full = f"{'xã' if kind == 'huyện' else 'phường'} {commune.name}"
                successors.append(f"ubnd-{slugify(full)}")
                self.organisations.append((successors[-1], f"Ủy ban nhân dân {full}", f"UBND {full}", "Chủ tịch",
                                           "xa", "chu-tich-ubnd-xa"))
            self.ended[ident] = successors
            self.councils[index] = ident
            self.district_of_org[ident] = index

    def council_for(self, article: Article) -> list[str]:
        """The article's district council, while it bore the name the recipients' localities use."""
        ident = self.councils.get(article.district) if article.district is not None else None
        if ident is None or (ident in self.former and article.date > self.former[ident][1]):
            return []
        return [ident]

    def unique_id(self, base: str, *alternatives: str) -> str:
        # Ids are at most 80 characters (documents.MAX_ID_LENGTH), suffix "-n" included.
        base, *alternatives = (a[:72].rstrip("-") for a in (base, *alternatives))
        for candidate in (base, *alternatives):
            if candidate and candidate not in self.ids:
                self.ids.add(candidate)
                return candidate
        n = 2
        while f"{base}-{n}" in self.ids:
            n += 1
        self.ids.add(f"{base}-{n}")
        return f"{base}-{n}"

    # people honoured again ------------------------------------------------------------------

    def make_pool(self) -> None:
        expected_individuals = self.n * 70 * 0.66
        size = max(24, round(expected_individuals * REPEAT_SHARE / 4))
        sector_pick = _Weighted((("police", 45), ("nong-dan", 17), ("phu-nu", 15), ("ccb", 12), ("citizen", 11)))
        for _ in range(size):
            sector = sector_pick.pick(self.rng)
            district = self.rng.randrange(len(self.districts))
            person = self.people.person(sector, district)
            base = f"{slugify(person.name)}-{_SECTOR_CODE[sector]}-{slugify(person.place)}"
            person.ident = self.unique_id(base)
            person.rank_year = self.rng.randint(FIRST_YEAR, LAST_YEAR)
            self.pool.setdefault((sector, district), []).append(person)
            self.pool_by_sector[sector].append(person)

    # articles -------------------------------------------------------------------------------

    def campaign_for(self, year: int) -> Campaign:
        return next(c for c in self.campaigns if c.start <= year <= c.end)

    def plan_articles(self) -> None:
        rng = self.rng
        kinds = _Weighted(tuple((k, w) for k, w in _KINDS))
        planned = []
        for i in range(self.n):
            year = FIRST_YEAR + i * (LAST_YEAR - FIRST_YEAR + 1) // max(self.n, 1)
            campaign = self.campaign_for(year)
            kind = kinds.pick(rng)
            if kind == "tong-ket" and year != campaign.end:
                kind = "so-ket"
            first, last = {
                "so-ket": ((11, 5), (12, 28)),
                "bieu-duong": ((3, 1), (10, 30)),
                "ngay-hoi": ((8, 5), (8, 25)),
                "huyen": ((10, 1), (12, 28)),
                "tong-ket": ((10, 1), (12, 20)),
            }[kind]
            start = dt.date(year, *first)
            end = min(dt.date(year, *last), LAST_DAY)
            day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
            district = None if kind in ("so-ket", "bieu-duong", "tong-ket") else rng.randrange(len(self.districts))
            article = Article(kind, day, campaign, district)
            if kind == "ngay-hoi":
                article.commune = rng.choice(self.districts[district].communes)
                article.hamlet = rng.choice(article.commune.hamlets)
            planned.append((day, i, article))
        planned.sort(key=lambda x: (x[0], x[1]))
        self.articles = [a for _, _, a in planned]

    def issuers_for(self, article: Article) -> list[str]:
        rng = self.rng
        others = [d.police_id for i, d in enumerate(self.districts) if i != article.district]
        extra = rng.sample(others, 2)
        if article.kind in ("so-ket", "tong-ket"):
            first, rest = ["cong-an-tinh"], ["ubnd-tinh", "hoi-nong-dan-tinh", "hoi-lhpn-tinh", "hoi-ccb-tinh", "bo-cong-an", "chu-tich-nuoc", *extra]
        elif article.kind == "bieu-duong":
            first, rest = ["hoi-nong-dan-tinh"], ["hoi-lhpn-tinh", "hoi-ccb-tinh", "cong-an-tinh", "ubnd-tinh", *extra]
        else:
            own = self.districts[article.district].police_id
            first, rest = [own], ["cong-an-tinh", "hoi-nong-dan-tinh", "hoi-lhpn-tinh", "hoi-ccb-tinh", "ubnd-tinh", extra[0]]
            council = self.council_for(article)
            if council and rng.random() < 0.5:  # the district council's Giấy khen beside its police's
                first += council
        k = min(int(_DECISION_COUNT.pick(rng)), 1 + len(rest))
        chosen = set(first + rng.sample(rest, k - 1))
        order = [o[0] for o in self.organisations]
        return [o for o in order if o in chosen]

    def reason(self, issuer: str, form: str, article: Article) -> str:
        c = article.campaign
        if form.startswith(("ky-niem-chuong", "huan-chuong")):
            return "vì đã có nhiều đóng góp trong sự nghiệp bảo vệ an ninh Tổ quốc"
        if article.kind == "tong-ket":
            period = f", giai đoạn {c.start} – {c.end}"
        else:
            period = f" năm {article.date.year}"
        if issuer in PARTNERS and self.rng.random() < 0.5:
            return (f"vì đã có thành tích xuất sắc trong thực hiện quy chế phối hợp giữa Công an tỉnh và "
                    f"{PARTNER_TEXT[issuer]} tỉnh trong xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc{period}")
        return f"vì đã có thành tích xuất sắc trong xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc{period}"

    def build_decisions(self, article: Article) -> None:
        rng = self.rng
        issuers = self.issuers_for(article)
        kinds = ["district" if i in self.district_of_org else i for i in issuers]
        weights = [_ISSUER_WEIGHT[k] * rng.uniform(0.75, 1.25) for k in kinds]
        target = rng.randint(50, 90)
        total_weight = sum(weights)
        year = article.date.year
        floor = dt.date(article.campaign.start, 1, 1)
        for issuer, kind, weight in zip(issuers, kinds, weights):
            size = max(2, round(target * weight / total_weight))
            form = _FORM_OF.get(kind, "bang-khen")
            if kind == "bo-cong-an" and rng.random() < 0.3:
                form = "ky-niem-chuong-vi-su-nghiep-bao-ve-antq"
            elif kind == "chu-tich-nuoc":
                form = rng.choice(("huan-chuong-bao-ve-to-quoc", "huan-chuong-chien-cong"))
            share = 0.0 if form.startswith("ky-niem-chuong") else rng.uniform(0.2, 0.42)
            n_collectives = round(size * share)
            n_individuals = max(1, size - n_collectives)
            day = max(floor, article.date - dt.timedelta(days=rng.randint(2, 30)))
            decision = Decision(
                issuer, kind, form, article.campaign, day, self.reason(issuer, form, article),
                grade=rng.choice(_GRADES[1:]) if kind == "chu-tich-nuoc" else "",
                # Achievements of the year at a yearly review; the campaign's period at its close.
                period=str(year) if article.kind != "tong-ket" else "",
                occasion=_OCCASION.format(year=year, years=year - 1945) if form.startswith("ky-niem-chuong") else "",
                names=_PUBLISHED.pick(rng), order=len(self.decisions),
            )
            # The associations' own awards name no presenter; a district's deputy head presents its own.
            deputy = "Phó Chủ tịch" if issuer in self.ended else "Phó Trưởng"
            share, presenter, office, on_behalf = _PRESENTERS.get(kind, (0.2, issuer, deputy, False))
            if kind not in PARTNERS and rng.random() < share:
                decision.presenter = (presenter, office, on_behalf)
            article.decisions.append(decision)
            self.decisions.append(decision)
            if decision.names != "named":  # the article gives no names: nobody to make up
                decision.counts = (n_collectives, n_individuals) if decision.names == "counts" else None
                continue
            own_district = self.district_of_org.get(issuer)
            sectors = _Weighted(_ISSUER_SECTORS[kind])

            def district_for() -> int:
                if own_district is not None:
                    return own_district
                if article.district is not None and rng.random() < 0.7:
                    return article.district
                return rng.randrange(len(self.districts))

            seen_collectives: set[str] = set()
            for _ in range(n_collectives):
                for _attempt in range(10):
                    name, locality = self.people.collective(sectors.pick(rng), district_for())
                    if name not in seen_collectives:
                        seen_collectives.add(name)
                        decision.collectives.append((name, locality))
                        break
            seen_ids: set[str] = set()
            for _ in range(n_individuals):
                sector = sectors.pick(rng)
                district = district_for()
                person = None
                if rng.random() < REPEAT_SHARE:
                    candidates = (self.pool.get((sector, own_district), []) if own_district is not None
                                  else self.pool_by_sector[sector])
                    for _attempt in range(3):
                        if not candidates:
                            break
                        pick = rng.choice(candidates)
                        if pick.ident not in seen_ids:
                            person = pick
                            break
                if person is None:
                    person = self.people.person(sector, district)
                else:
                    seen_ids.add(person.ident)
                decision.individuals.append(person.record(year))

    def number_decisions(self) -> None:
        """Numbers rise through each issuer's year; ids are issuer, form, number and year."""
        groups: dict[tuple[str, int], list[Decision]] = {}
        for decision in self.decisions:
            groups.setdefault((decision.issuer, decision.date.year), []).append(decision)
        for (issuer, year), decisions in sorted(groups.items()):
            number = self.rng.randint(3, 60)
            suffix = "QĐ-UBND" if issuer in self.ended else _NUMBER_SUFFIX[
                "district" if issuer in self.district_of_org else issuer]
            for decision in sorted(decisions, key=lambda x: (x.date, x.order)):
                decision.number = f"{number}/{suffix}"
                decision.ident = self.unique_id(f"{issuer}-{decision.form}-{number}-{year}")
                number += self.rng.randint(2, 40)

    def statistics(self, article: Article) -> None:
        rng = self.rng
        year = article.date.year
        growth = 0.55 + 0.45 * (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR)
        partners = [p for p in PARTNERS if rng.random() < 0.85] or [rng.choice(PARTNERS)]
        for partner in partners:
            items = []
            for i, (metric, base, _) in enumerate(PARTNER_METRICS[partner]):
                if i >= 2 and rng.random() < 0.4:
                    continue
                key = (year, partner, metric)
                if key not in self.yearly:
                    value = max(1, round(base * growth * rng.uniform(0.8, 1.2)))
                    approximate = value >= 1000 and rng.random() < 0.12
                    if approximate:
                        value = round(value, -2)
                    self.yearly[key] = (value, approximate)
                value, approximate = self.yearly[key]
                items.append((metric, value, approximate))
            article.statistics.append((partner, items))
        if rng.random() < 0.5:
            key = (year, "chung", "mo-hinh-antq")
            if key not in self.yearly:
                self.yearly[key] = (round((420 + 38 * (year - FIRST_YEAR)) * rng.uniform(0.95, 1.05)), False)
            article.models = self.yearly[key][0]

    def figures(self, article: Article) -> None:
        count = self.rng.choice((0, 1, 1, 2, 2))
        if article.kind == "ngay-hoi":
            pool = [3, 5, 4, 0]
        else:
            pool = [0, 1, 2, 4]
        chosen = sorted(self.rng.sample(pool, count), key=pool.index)
        article.figures = [(MEDIA[i][0], f"media/minh-hoa/{MEDIA[i][0]}.svg") for i in chosen]

    def article_id(self, article: Article) -> str:
        year = article.date.year
        c = article.campaign
        if article.kind == "so-ket":
            base = f"so-ket-antq-{year}"
        elif article.kind == "tong-ket":
            base = f"tong-ket-antq-{c.start}-{c.end}"
        elif article.kind == "bieu-duong":
            base = f"bieu-duong-dien-hinh-antq-{year}"
        elif article.kind == "huyen":
            base = f"so-ket-antq-{slugify(self.districts[article.district].name)}-{year}"
        else:
            base = f"ngay-hoi-antq-{slugify(article.commune.name)}-{slugify(self.districts[article.district].name)}-{year}"
        return self.unique_id(base, f"{base}-{article.date:%m%d}")

    def build(self) -> None:
        self.make_pool()
        self.plan_articles()
        for article in self.articles:
            self.build_decisions(article)
            self.statistics(article)
            self.figures(article)
        self.number_decisions()
        for article in self.articles:
            article.ident = self.article_id(article)
            self.journalism(article)
        self.revoke()
        self.correct()
        self.remove()

    # later edits: revocations, corrections, removals on request ------------------------------

    def revoke(self) -> None:
        """About 1% of decisions (at least one) revoked by a later decision of the same issuer."""
        later: dict[int, list[Decision]] = {}
        for x in self.decisions:
            found = [y for y in self.decisions if y.issuer == x.issuer and y.date > x.date]
            if found:
                later[x.order] = found
        eligible = [x for x in self.decisions if x.order in later]
        for x in self.rng.sample(eligible, min(len(eligible), max(1, round(len(self.decisions) * _REVOKED_SHARE)))):
            by = self.rng.choice(later[x.order])
            x.revoked = (by.date, by.ident, self.rng.choice(_REVOCATION_REASONS))

    def correct(self) -> None:
        """A few articles (at least one) corrected within a week, never after the archive's last day."""
        count = min(len(self.articles), max(1, round(len(self.articles) * _CORRECTED_SHARE)))
        for a in self.rng.sample(self.articles, count):
            day = min(LAST_DAY, a.date + dt.timedelta(days=self.rng.randint(1, 7)))
            a.corrections.append((max(day, a.date), self.rng.choice(_CORRECTION_NOTES)))

    def remove(self) -> None:
        """A rare person removed on request: one without an id, so honoured nowhere else."""
        eligible = [x for x in self.decisions if sum("id" not in p for p in x.individuals) >= 3]
        count = min(len(eligible), max(1, len(self.decisions) // _REMOVED_PER_DECISIONS))
        for x in self.rng.sample(eligible, count):
            i = self.rng.choice([i for i, p in enumerate(x.individuals) if "id" not in p])
            day = min(LAST_DAY, x.date + dt.timedelta(days=self.rng.randint(30, 900)))
            x.individuals[i] = {"removed": day.isoformat()}

    # the article as printed: time, authors, source, credits, ceremony --------------------------

    def writer(self, unit: str | None) -> tuple[str, str, str | None]:
        return (_name(self.rng, "m" if self.rng.random() < 0.6 else "f")[0], "person", unit)

    def journalism(self, a: Article) -> None:
        rng = self.rng
        if rng.random() < 0.85:
            a.time = f"{rng.randint(6, 21):02d}:{rng.choice((0, 5, 15, 20, 30, 40, 45, 50)):02d}"
        district = self.districts[a.district] if a.district is not None else None
        unit = district.police if district else "Công an tỉnh"
        roll = rng.random()
        if roll < 0.1:  # a reprint: the source, no author
            a.source = (_SOURCE_NAME, f"{_SOURCE_SITE}tin-tuc/{a.ident}.html")
        elif roll < 0.4:  # a unit: half written as the short byline
            name = self.byline(a)
            if rng.random() < 0.5:
                a.byline = name
            else:
                a.authors = [(name, "organisation", None)]
        elif roll < 0.75:
            a.authors = [self.writer(unit)]
        else:  # several writers, the last sometimes of another unit
            a.authors = [self.writer(unit) for _ in range(rng.randint(2, 3))]
            if rng.random() < 0.3:
                a.authors[-1] = self.writer("Công an tỉnh" if district else "Hội Nông dân tỉnh")
        if a.figures and rng.random() < 0.4:
            a.photo_credit = next((n for n, kind, _ in a.authors if kind == "person"), "") or self.writer(None)[0]
        for ident, _ in a.figures:
            if rng.random() < 0.2:
                a.credits[ident] = self.writer(None)[0]
        if rng.random() < 0.85:
            organiser = district.police_id if district else "cong-an-tinh"
            if a.kind == "ngay-hoi":
                place = f"Nhà văn hóa {a.hamlet}, {a.commune.full}"
            else:
                place = f"Hội trường {unit}"
            a.ceremony = (organiser, place if rng.random() < 0.8 else "",
                          rng.choice(("sáng", "sáng", "sáng", "chiều", "chiều", "tối")))

    # text -----------------------------------------------------------------------------------

    def office(self, ident: str, day: dt.date | None = None) -> str:
        """Who decides: "Giám đốc Công an tỉnh", or the body itself, named as on `day` (documents.Organisation.office)."""
        _, name, _, head, _, _ = next(o for o in self.organisations if o[0] == ident)
        if ident in self.former and day is not None and day <= self.former[ident][1]:
            name = self.former[ident][0]
        return f"{head} {name}" if head else name

    @staticmethod
    def counted(article: Article) -> bool:
        """Whether every decision gives its counts, so that {{ awards.total }} has a value."""
        return all(x.names != "none" for x in article.decisions)

    def title(self, article: Article) -> str:
        title = self._title(article)
        if "awards.total" in title and not self.counted(article):
            return f"Khen thưởng tập thể, cá nhân có thành tích trong phong trào toàn dân bảo vệ ANTQ năm {article.date.year}"
        return title

    def _title(self, article: Article) -> str:
        rng = self.rng
        year = article.date.year
        if article.kind == "tong-ket":
            return ("{{ awards.total }} tập thể, cá nhân được khen thưởng khi tổng kết phong trào toàn dân "
                    "bảo vệ an ninh Tổ quốc, giai đoạn {{ campaign.period }}")
        if article.kind == "so-ket":
            return rng.choice((
                f"{{{{ awards.total }}}} tập thể, cá nhân được khen thưởng tại Hội nghị sơ kết phong trào toàn dân bảo vệ ANTQ năm {year}",
                f"Sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm {year}",
                f"Khen thưởng {{{{ awards.total }}}} tập thể, cá nhân có thành tích trong phong trào toàn dân bảo vệ ANTQ năm {year}",
            ))
        if article.kind == "bieu-duong":
            return rng.choice((
                f"Biểu dương {{{{ awards.total }}}} điển hình tiên tiến trong phong trào toàn dân bảo vệ ANTQ năm {year}",
                f"Biểu dương điển hình tiên tiến hội viên nông dân, cựu chiến binh, phụ nữ năm {year}",
            ))
        district = self.districts[article.district]
        if article.kind == "huyen":
            return rng.choice((
                f"{district.police} sơ kết phong trào toàn dân bảo vệ ANTQ năm {year}",
                f"{district.full[0].upper()}{district.full[1:]}: khen thưởng {{{{ awards.total }}}} tập thể, cá nhân trong phong trào toàn dân bảo vệ ANTQ",
            ))
        return f"Sôi nổi Ngày hội toàn dân bảo vệ ANTQ tại {article.commune.full}, {district.full}"

    def byline(self, article: Article) -> str:
        if article.kind in ("huyen", "ngay-hoi"):
            return self.districts[article.district].police
        if article.kind == "bieu-duong":
            return self.rng.choice(("Phòng CTĐ và CTCT", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"))
        return self.rng.choice(("Phòng CTĐ và CTCT", "Phòng Tham mưu"))

    def lead(self, article: Article) -> str:
        day = f"{article.date.day}/{article.date.month}"
        year = article.date.year
        c = article.campaign
        total = " Tại hội nghị, {{ awards.total }} tập thể, cá nhân được khen thưởng." if self.counted(article) else ""
        if article.kind == "tong-ket":
            return (f"Ngày {day}, Công an tỉnh tổ chức Hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc, "
                    f"giai đoạn {c.start} – {c.end} trên địa bàn tỉnh.{total}")
        if article.kind == "so-ket":
            return (f"Ngày {day}, Công an tỉnh phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh tỉnh "
                    f"tổ chức Hội nghị sơ kết phong trào toàn dân bảo vệ ANTQ năm {year}.")
        if article.kind == "bieu-duong":
            return (f"Ngày {day}, Công an tỉnh tổ chức Hội nghị biểu dương điển hình tiên tiến hội viên nông dân, "
                    f"cựu chiến binh, phụ nữ trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm {year}.{total}")
        district = self.districts[article.district]
        if article.kind == "huyen":
            return (f"Ngày {day}, {district.police} tổ chức Hội nghị sơ kết phong trào toàn dân bảo vệ ANTQ "
                    f"năm {year} trên địa bàn {district.full}.")
        return (f"Hưởng ứng Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8), ngày {day}, {district.police} phối hợp "
                f"với Ủy ban nhân dân {article.commune.full} tổ chức Ngày hội toàn dân bảo vệ ANTQ năm {year}.")

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

    def stats_paragraph(self, year: int, partner: str, items: list[tuple[str, int, bool]]) -> str:
        phrases = {m: text for m, _, text in PARTNER_METRICS[partner]}
        parts: list[str] = []
        previous = None
        for metric, value, approximate in items:
            shown = ("gần " if approximate else "") + _number(value)
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
        sentence = (f"Năm {year}, lực lượng Công an và {PARTNER_TEXT[partner]} các cấp trên địa bàn tỉnh đã phối "
                    f"hợp tổ chức {head[0]} cho {head[1]}")
        if rest:
            sentence += "; " + "; ".join(rest)
        return sentence + "."

    def awards_paragraph(self, article: Article) -> str:
        parts = []
        for x in article.decisions:
            who = self.office(x.issuer, x.date)
            form = f"{FORM_NAMES[x.form]} {x.grade}".strip()
            if x.names == "none":
                counted = "các tập thể, cá nhân" if not x.form.startswith("ky-niem-chuong") else "các cá nhân"
            elif x.collectives or (x.counts and x.counts[0]):
                counted = (f"{{{{ decision.{x.ident}.collectives }}}} tập thể, "
                           f"{{{{ decision.{x.ident}.individuals }}}} cá nhân")
            else:
                counted = f"{{{{ decision.{x.ident}.individuals }}}} cá nhân"
            parts.append(f"{who} tặng {form} cho {counted}")
        return ("Tại hội nghị, đã công bố các quyết định khen thưởng. Theo đó, " + "; ".join(parts)
                + " có thành tích xuất sắc trong xây dựng phong trào toàn dân bảo vệ ANTQ.")

    def body(self, article: Article) -> str:
        rng = self.rng
        year = article.date.year
        paragraphs = rng.sample(self._MIDDLE_PARAGRAPHS, 2)
        if article.kind == "ngay-hoi":
            paragraphs.insert(0, (
                f"Ngày hội diễn ra tại {article.hamlet}, {article.commune.full} với sự tham gia "
                "của đông đảo cán bộ, hội viên và Nhân dân. Các đại biểu đã nghe báo cáo kết quả thực hiện phong "
                "trào, xem các tiết mục văn nghệ tuyên truyền về phòng, chống tội phạm, ma túy và bạo lực gia đình."
            ))
        figures = [f"{{{{ figure.{ident} }}}}" for ident, _ in article.figures]
        if figures:
            paragraphs.insert(1, figures[0])
        for partner, items in article.statistics:
            paragraphs.append(self.stats_paragraph(year, partner, items))
        if article.models is not None:
            paragraphs.append(
                f"Tính đến tháng {article.date.month}/{year}, trên địa bàn tỉnh có {_number(article.models)} mô hình "
                "trong phong trào toàn dân bảo vệ ANTQ do lực lượng Công an tham mưu, hướng dẫn, phối hợp với các "
                "cấp Hội duy trì hoạt động."
            )
        if len(figures) > 1:
            paragraphs.append(figures[1])
        paragraphs.append(self.awards_paragraph(article))
        return "\n\n".join(paragraphs)

    # files ----------------------------------------------------------------------------------

    def write(self, out: Path) -> dict[str, int]:
        marks: dict[tuple[Path, str], str] = {}
        files = 0

        def put(relative: str, schema: str | None, lines: list[str]) -> None:
            nonlocal files
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if schema is not None:
                key = (target.parent, schema)
                if key not in marks:
                    # As if the archive were the project's data/: the same bytes wherever it is written.
                    marks[key] = modeline(PROJECT_ROOT / "data" / relative, PROJECT_ROOT, schema)
                lines = [marks[key], *lines]
            text = "\n".join(lines) + "\n"
            target.write_bytes(text.encode("utf-8"))
            files += 1

        note = "# Dữ liệu tổng hợp (bulletin.synth): tên người, đơn vị là minh họa, không phải danh sách thật."
        put("bulletin.yaml", "bulletin", [
            note,
            f"title: {q('Bản tin Thi đua – Khen thưởng (lưu trữ tổng hợp)')}",
            f"tagline: {q('Hai mươi năm phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tỉnh, dữ liệu minh họa')}",
            f"publisher: {q('Công an tỉnh')}",
            f"url: {q('https://bantin.example.vn/')}",
            "sample: true",
        ])
        lines = [note, "organisations:"]
        for ident, name, short, head, level, authority in self.organisations:
            lines += [f"  - id: {q(ident)}", f"    name: {q(name)}", f"    short_name: {q(short)}"]
            lines += [f"    head: {q(head)}"] if head else []
            lines += [f"    level: {q(level)}", f"    authority: {q(authority)}"]
            if ident in self.former:
                former, until = self.former[ident]
                lines += ["    names:", f"      - name: {q(former)}", f"        until: {until.isoformat()}"]
            if ident in self.ended:
                lines.append(f"    ended: {REFORM_END.isoformat()}")
                lines.append("    successors: [" + ", ".join(q(x) for x in self.ended[ident]) + "]")
        put("organisations.yaml", "organisations", lines)
        put("forms.yaml", "forms", vocabulary_lines())
        put("metrics.yaml", "metrics", METRICS_YAML.rstrip("\n").split("\n"))
        for c in self.campaigns:
            put(f"campaigns/{c.id}.yaml", "campaign", [
                f"id: {q(c.id)}",
                f"name: {q('Phong trào toàn dân bảo vệ an ninh Tổ quốc')}",
                f"short_name: {q('ANTQ')}",
                f"start_year: {c.start}",
                f"end_year: {c.end}",
                f"description: {q(f'Giai đoạn {c.start} – {c.end} của phong trào trên địa bàn tỉnh.')}",
            ])
        for file, title, _, _, colour in MEDIA:
            put(f"media/minh-hoa/{file}.svg", None, _svg(title, colour).rstrip("\n").split("\n"))

        # Collectives honoured more than once carry an id made from their name.
        seen = Counter(c for x in self.decisions for c in x.collectives)
        collective_ids: dict[tuple[str, str | None], str] = {}
        for x in self.decisions:
            for c in x.collectives:
                if seen[c] > 1 and c not in collective_ids:
                    collective_ids[c] = self.unique_id(slugify(c[0]), slugify(f"{c[0]} {c[1] or ''}"))

        awards = 0
        for x in self.decisions:
            lines = [
                "# Quyết định khen thưởng tổng hợp (dữ liệu minh họa).",
                f"id: {q(x.ident)}",
                f"number: {q(x.number)}",
                f"date: {x.date.isoformat()}",
                f"issuer: {q(x.issuer)}",
                f"form: {q(x.form)}",
                f"campaign: {q(x.campaign.id)}",
                f"reason: {q(x.reason)}",
            ]
            if x.presenter:
                organisation, office, on_behalf = x.presenter
                lines += ["presented_by:", f"  organisation: {q(organisation)}"]
                lines += [f"  office: {q(office)}"] if office else []
                lines += ["  on_behalf: true"] if on_behalf else []
            lines += [f"{key}: {q(value)}" for key, value in
                      (("grade", x.grade), ("occasion", x.occasion), ("period", x.period)) if value]
            if x.names != "named":
                lines.append("names: unpublished")
            counts = (len(x.collectives), len(x.individuals)) if x.names == "named" else x.counts
            if counts is not None:
                lines += ["counts:", f"  collectives: {counts[0]}", f"  individuals: {counts[1]}"]
            if x.collectives:
                lines.append("collectives:")
                for c in x.collectives:
                    first = "  - "
                    if c in collective_ids:
                        lines.append(f"{first}id: {q(collective_ids[c])}")
                        first = "    "
                    lines.append(f"{first}name: {q(c[0])}")
                    if c[1]:
                        lines.append(f"    locality: {q(c[1])}")
            if x.individuals:
                lines.append("individuals:")
                for person in x.individuals:
                    if "removed" in person:  # only the day of the removal is kept
                        lines.append(f"  - removed: {person['removed']}")
                        continue
                    first = "  - "
                    for key, value in person.items():
                        lines.append(f"{first}{key}: {q(value)}")
                        first = "    "
            if x.revoked:
                day, by, reason = x.revoked
                lines += ["revoked:", f"  date: {day.isoformat()}", f"  by: {q(by)}", f"  reason: {q(reason)}"]
            awards += len(x.collectives) + sum("removed" not in p for p in x.individuals)
            put(f"decisions/{x.date.year}/{x.ident}.yaml", "decision", lines)

        for a in self.articles:
            lines = [
                "# Bài viết tổng hợp (dữ liệu minh họa).",
                f"id: {q(a.ident)}",
                f"title: {q(self.title(a))}",
                f"date: {a.date.isoformat()}",
            ]
            lines += [f"time: {q(a.time)}"] if a.time else []
            lines.append(f"campaign: {q(a.campaign.id)}")
            lines += [f"byline: {q(a.byline)}"] if a.byline else []
            if a.authors:
                lines.append("authors:")
                for name, kind, unit in a.authors:
                    lines.append(f"  - name: {q(name)}")
                    lines += [f"    kind: {kind}"] if kind != "person" else []
                    lines += [f"    unit: {q(unit)}"] if unit else []
            if a.source:
                lines += ["source:", f"  name: {q(a.source[0])}", f"  url: {q(a.source[1])}"]
            lines.append(f"lead: {q(self.lead(a))}")
            lines += [f"photo_credit: {q(a.photo_credit)}"] if a.photo_credit else []
            if a.figures:
                lines.append("figures:")
                for ident, image in a.figures:
                    _, _, caption, alt, _ = next(m for m in MEDIA if m[0] == ident)
                    lines += [f"  - id: {q(ident)}", f"    image: {q(image)}",
                              f"    caption: {q(caption)}", f"    alt: {q(alt)}"]
                    lines += [f"    credit: {q(a.credits[ident])}"] if ident in a.credits else []
            if a.ceremony:
                organiser, place, part = a.ceremony
                lines += ["ceremony:", f"  organiser: {q(organiser)}"]
                lines += [f"  place: {q(place)}"] if place else []
                lines += [f"  date: {a.date.isoformat()}", f"  part_of_day: {q(part)}"]
            lines.append("decisions:")
            lines += [f"  - {q(x.ident)}" for x in a.decisions]
            lines.append("body: |")
            lines += _block(self.body(a))
            lines.append("statistics:")
            for partner, items in a.statistics:
                lines += [f"  - partner: {q(partner)}", f"    period: {q(str(a.date.year))}", "    items:"]
                for metric, value, approximate in items:
                    lines += [f"      - metric: {q(metric)}", f"        value: {value}"]
                    if approximate:
                        lines.append("        approximate: true")
                    if metric == "luot-tham-gia-tuyen-truyen":
                        lines.append(f"        detail: {q(PARTICIPANTS_DETAIL[partner])}")
            if a.models is not None:
                lines += [
                    f"  - period: {q(str(a.date.year))}",
                    f"    as_of: {q(f'{a.date.year}-{a.date.month:02d}')}",
                    "    items:",
                    f"      - metric: {q('mo-hinh-antq')}",
                    f"        value: {a.models}",
                ]
            if a.corrections:
                lines.append("corrections:")
                for day, note in a.corrections:
                    lines += [f"  - date: {day.isoformat()}", f"    note: {q(note)}"]
            put(f"articles/{a.date.year}/{a.ident}.yaml", "article", lines)
        return {"articles": len(self.articles), "decisions": len(self.decisions), "awards": awards, "files": files}


def write_archive(out_dir: Path, articles: int, seed: int) -> dict[str, int]:
    """Write a synthetic archive of `articles` articles into `out_dir` (new or empty).

    Returns counts: {"articles", "decisions", "awards", "files"}.
    """
    out_dir = Path(out_dir)
    if articles < 0:
        raise ValueError("articles must be zero or more")
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise FileExistsError(f"{out_dir} đã có và không rỗng; hãy chọn một thư mục mới")
    archive = _Archive(articles, seed)
    archive.build()
    out_dir.mkdir(parents=True, exist_ok=True)
    return archive.write(out_dir.resolve())
