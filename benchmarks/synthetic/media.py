"""Illustrations: six SVG placeholders that say they are not photographs, and the figures an
article shows."""

from __future__ import annotations

import random

FOLDER = "media/minh-hoa"
MEDIA = (
    # file, title on the image, caption, alt, colour
    (
        "hoi-nghi-phat-bieu",
        "Phát biểu tại hội nghị",
        "Lãnh đạo Công an tỉnh phát biểu tại hội nghị.",
        "Ảnh minh họa thay cho ảnh gốc; người phát biểu đứng tại bục hội nghị.",
        "#1f4e79",
    ),
    (
        "hoi-nghi-dai-bieu",
        "Đại biểu dự hội nghị",
        "Các đại biểu dự hội nghị.",
        "Ảnh minh họa thay cho ảnh gốc; các đại biểu ngồi trong hội trường.",
        "#2e5e4e",
    ),
    (
        "trao-khen-thuong",
        "Trao khen thưởng",
        "Trao khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc.",
        "Ảnh minh họa thay cho ảnh gốc; các tập thể, cá nhân nhận Bằng khen, Giấy khen trên sân khấu.",
        "#7a2e2e",
    ),
    (
        "ngay-hoi-antq",
        "Ngày hội toàn dân bảo vệ ANTQ",
        "Quang cảnh Ngày hội toàn dân bảo vệ an ninh Tổ quốc.",
        "Ảnh minh họa thay cho ảnh gốc; người dân dự ngày hội ở sân nhà văn hóa ấp.",
        "#5b4a1f",
    ),
    (
        "tuyen-truyen-phap-luat",
        "Tuyên truyền pháp luật",
        "Tuyên truyền, phổ biến pháp luật cho hội viên tại cơ sở.",
        "Ảnh minh họa thay cho ảnh gốc; cán bộ Công an nói chuyện với hội viên trong hội trường ấp.",
        "#3d3d6b",
    ),
    (
        "tuan-tra-an-ninh",
        "Tuần tra bảo vệ an ninh trật tự",
        "Tổ tự quản tham gia tuần tra bảo vệ an ninh, trật tự.",
        "Ảnh minh họa thay cho ảnh gốc; tổ tuần tra đứng cạnh xe máy trên đường liên ấp.",
        "#24505a",
    ),
)
CAPTIONS = {file: (caption, alt) for file, _, caption, alt, _ in MEDIA}


def svg(title: str, colour: str) -> str:
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


def files() -> dict[str, str]:
    """Path in the archive -> the image's text."""
    return {f"{FOLDER}/{file}.svg": svg(title, colour) for file, title, _, _, colour in MEDIA}


def figures(rng: random.Random, kind: str) -> list[tuple[str, str]]:
    """(id, image path) of the none, one or two figures an article of `kind` shows, in page order."""
    count = rng.choice((0, 1, 1, 2, 2))
    pool = [3, 5, 4, 0] if kind == "ngay-hoi" else [0, 1, 2, 4]
    chosen = sorted(rng.sample(pool, count), key=pool.index)
    return [(MEDIA[i][0], f"{FOLDER}/{MEDIA[i][0]}.svg") for i in chosen]
