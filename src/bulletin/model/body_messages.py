"""What the checks of an article body say (bulletin.model.body_checks): in Vietnamese, for an
editor, each saying what to write instead."""

from __future__ import annotations

from bulletin.model.body import BodyIssue, Placeholder, Verdict

SHOWN = 80  # longest quotation of editor text inside a message


def quoted(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


# ---------------------------------------------------------------------------
# Messages


SITE_EXAMPLE = "/khen-thuong/2024/ten-quyet-dinh/"
ALLOWED_FORMS = (
    "Chỉ dùng địa chỉ bắt đầu bằng https:// (hoặc http://), mailto:, tel:, "
    f"hoặc địa chỉ một trang của trang tin viết từ gốc, ví dụ {SITE_EXAMPLE}"
)


def link_issue(verdict: Verdict, written: str, label: str, offset: int) -> BodyIssue:
    shown = quoted(written)
    if verdict.kind == "scheme":
        return BodyIssue(
            offset,
            "unsafe-link",
            f"Liên kết '{shown}' dùng kiểu địa chỉ '{quoted(verdict.scheme)}:', không được phép trong bài viết. {ALLOWED_FORMS}.",
            True,
        )
    if verdict.kind == "deceptive":
        return BodyIssue(
            offset,
            "deceptive-link",
            f"Liên kết '{shown}' có '@' hoặc chữ không phải Latin trong tên miền, nên người đọc không thấy "
            "nó thật sự dẫn tới đâu; hãy viết tên miền bằng chữ Latin không dấu (tên miền tiếng Việt viết "
            "dạng xn--…) và không có phần 'tên@' trước tên miền.",
            True,
        )
    if verdict.kind == "protocol-relative":
        host = verdict.url.lstrip("/\\")
        return BodyIssue(
            offset,
            "relative-link",
            f"Liên kết '{shown}' thiếu 'https:' ở đầu: viết đầy đủ, ví dụ https://{quoted(host)}",
            True,
        )
    if verdict.kind == "relative":
        return BodyIssue(
            offset,
            "relative-link",
            f"Liên kết '{shown}' là địa chỉ tương đối, không dùng được trong bài viết: viết địa chỉ trang "
            f"từ gốc của trang tin, bắt đầu bằng '/', ví dụ {SITE_EXAMPLE} hoặc /tin-tuc/2024/06/ten-bai-viet/",
            True,
        )
    if verdict.kind == "empty":
        text = quoted(label) or "chữ"
        return BodyIssue(
            offset,
            "empty-link",
            f"Liên kết '{text}' chưa có địa chỉ: viết địa chỉ trong ngoặc tròn ngay sau chữ, ví dụ [{text}](https://…)",
            True,
        )
    return BodyIssue(
        offset,
        "bad-link",
        f"Liên kết '{shown}' không phải là một địa chỉ hợp lệ. {ALLOWED_FORMS}.",
        True,
    )


def image_issue(written: str, offset: int) -> BodyIssue:
    return BodyIssue(
        offset,
        "body-image",
        f"Không đặt ảnh trực tiếp trong bài viết ('{quoted(written)}'): khai báo ảnh trong danh sách "
        "figures của bài (image, caption, alt) rồi viết {{ figure.<mã ảnh> }} trên một dòng riêng "
        "ở chỗ muốn đặt ảnh.",
        True,
    )


def placeholder_in_link(item: Placeholder) -> BodyIssue:
    return BodyIssue(
        item.offset,
        "placeholder-in-link",
        f"Không đặt {item.raw} trong địa chỉ hay tiêu đề của liên kết: địa chỉ phải viết đầy đủ; "
        "số liệu và ảnh chỉ đặt trong phần chữ của bài.",
        True,
    )


def figure_inline(item: Placeholder) -> BodyIssue:
    return BodyIssue(
        item.offset,
        "figure-inline",
        f"Ảnh {item.raw} phải đứng riêng một đoạn: viết nó trên một dòng riêng, có một dòng trống "
        "ở trước và ở sau (không viết chung với câu chữ, tiêu đề, danh sách hay liên kết).",
        True,
    )


def raw_html(tag: str, offset: int) -> BodyIssue:
    shown = f"'{quoted(tag)}' sẽ hiện nguyên văn thành chữ trên trang"
    name = tag.strip("</>").lower()
    if tag.startswith("<!--"):
        message = f"Ghi chú {shown}: bài viết không có ghi chú ẩn; xóa đoạn này, hoặc ghi chú trong tệp YAML sau dấu #."
    elif name in ("img", "picture", "figure", "svg"):
        message = (
            f"Thẻ HTML {shown}, không thành ảnh: khai báo ảnh trong danh sách figures của bài "
            "rồi viết {{ figure.<mã ảnh> }} trên một dòng riêng."
        )
    elif name in ("iframe", "script", "video", "audio", "object", "embed", "form", "style"):
        message = f"Thẻ HTML {shown}, không có tác dụng: bài viết không nhúng nội dung khác; viết liên kết [chữ](https://…) tới nội dung đó."
    else:
        message = (
            f"Thẻ HTML {shown}, không có tác dụng: bài viết chỉ dùng cú pháp Markdown, "
            "ví dụ **chữ đậm**, *chữ nghiêng*, [chữ](https://…)."
        )
    return BodyIssue(offset, "raw-html", message, False)


def link_as_text(written: str, url: str, offset: int) -> BodyIssue:
    return BodyIssue(
        offset,
        "link-as-text",
        f"'<{quoted(written)}>' sẽ hiện thành chữ, không thành liên kết: viết [chữ hiển thị]({quoted(url)})",
        False,
    )


TOO_DEEP = (
    "Bài viết lồng quá sâu (trích dẫn hoặc danh sách lồng nhau quá nhiều tầng): "
    "bớt các dấu '>' hoặc các mức thụt đầu dòng."
)
