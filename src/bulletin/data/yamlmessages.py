"""What an editor is told about a YAML file that cannot be read as written: YAML's own syntax
errors (libyaml's and PyYAML's English) and the reader's refusals, in Vietnamese, with a hint of
the fix; numbers YAML 1.1 would guess; hidden and pasted characters; the system's file errors."""

from __future__ import annotations

import errno
import re
import unicodedata
from typing import Any

import yaml

from bulletin.vietnamese import text as text_module

# -- syntax errors ---------------------------------------------------------------------------------

# YAML's own messages (libyaml and PyYAML, by the start of their English text), in words an
# editor understands. Unknown ones get the generic sentence, never the English text.
_AFTER_END = (
    "có nội dung thừa sau phần dữ liệu đã kết thúc (dấu ngoặc đóng thừa, hoặc chữ sau dòng '...'); hãy xóa phần thừa"
)
SYNTAX_HINTS = {
    "mapping values are not allowed": (
        "dấu hai chấm ở chỗ không được phép; nếu giá trị có dấu ':' hãy đặt nó trong ngoặc kép"
    ),
    "found unexpected ':'": "dấu hai chấm ở chỗ không được phép; nếu giá trị có dấu ':' hãy đặt nó trong ngoặc kép",
    "could not find expected ':'": "thiếu dấu ':' sau tên trường",
    "found unexpected end of stream": "tệp kết thúc khi còn thiếu dấu ngoặc kép hoặc ngoặc đóng",
    "did not find expected key": "thụt lề không thẳng hàng với các trường cùng cấp",
    "expected <block end>": "thụt lề không thẳng hàng với các trường cùng cấp",
    "invalid indentation or unclosed": "thụt lề sai hoặc thiếu dấu ngoặc đóng ']' hay '}'",
    "did not find expected '-' indicator": "thụt lề của danh sách không thẳng hàng",
    "block sequence entries are not allowed": "dấu '-' của danh sách ở chỗ không được phép; hãy kiểm tra thụt lề",
    "sequence entries are not allowed": "dấu '-' của danh sách ở chỗ không được phép; hãy kiểm tra thụt lề",
    "mapping keys are not allowed": "dấu '?' ở chỗ không được phép; nếu giá trị bắt đầu bằng '?' hãy đặt nó trong ngoặc kép",
    "found undefined alias": "dùng bí danh (*alias) không được định nghĩa",
    "found duplicate anchor": "không dùng neo YAML (&tên); hãy xóa neo",
    "did not find expected alphabetic or numeric character": (
        "sau '&' hoặc '*' phải là tên gồm chữ và số; nếu giá trị bắt đầu bằng '&' hay '*' hãy đặt nó trong ngoặc kép"
    ),
    "expected alphabetic or numeric character": (
        "sau '&' hoặc '*' phải là tên gồm chữ và số; nếu giá trị bắt đầu bằng '&' hay '*' hãy đặt nó trong ngoặc kép"
    ),
    "found character": "ký tự ở đầu giá trị này (ví dụ '@', '`', '%') không được phép; hãy đặt giá trị trong ngoặc kép",
    "found unknown escape character": (
        "sau dấu '\\' trong ngoặc kép là một mã thoát không hợp lệ; muốn viết dấu '\\' hãy viết '\\\\' hoặc dùng ngoặc đơn"
    ),
    "found invalid Unicode character escape code": "mã thoát '\\u…' trong ngoặc kép không hợp lệ",
    "did not find expected hexdecimal number": "mã thoát '\\x…' hoặc '\\u…' trong ngoặc kép thiếu chữ số hệ mười sáu",
    "expected escape sequence": "mã thoát '\\x…' hoặc '\\u…' trong ngoặc kép thiếu chữ số hệ mười sáu",
    "did not find expected comment or line break": (
        "có nội dung thừa sau giá trị (sau dấu ngoặc kép đóng hoặc sau '|', '>'); hãy xóa hoặc xuống dòng"
    ),
    "expected a comment or a line break": (
        "có nội dung thừa sau giá trị (sau dấu ngoặc kép đóng hoặc sau '|', '>'); hãy xóa hoặc xuống dòng"
    ),
    "found an indentation indicator equal to 0": "số chỉ thụt lề sau '|' hoặc '>' phải từ 1 đến 9",
    "expected indentation indicator": "số chỉ thụt lề sau '|' hoặc '>' phải từ 1 đến 9",
    "expected chomping or indentation indicators": "sau '|' hoặc '>' chỉ được có '+', '-' hoặc một chữ số",
    "did not find expected node content": "thiếu giá trị ở chỗ này (ví dụ dấu ',' thừa hoặc dấu '-' không có gì theo sau)",
    "expected the node content": "thiếu giá trị ở chỗ này (ví dụ dấu ',' thừa hoặc dấu '-' không có gì theo sau)",
    "found unexpected document indicator": "dòng '---' hoặc '...' nằm giữa một giá trị; hãy đặt giá trị trong ngoặc kép",
    "found unexpected document separator": "dòng '---' hoặc '...' nằm giữa một giá trị; hãy đặt giá trị trong ngoặc kép",
    "did not find expected <document start>": _AFTER_END,
    "expected '<document start>'": _AFTER_END,
    "expected a single document": "tệp chỉ được chứa một tài liệu YAML; hãy xóa dòng '---' thứ hai hoặc tách thành tệp riêng",
    "found a tab character": "có ký tự tab; YAML chỉ cho phép thụt lề bằng dấu cách",
    "input is too long": "tệp quá lớn; hãy chia thành nhiều tệp",
}
# Directives (%YAML, %TAG) and tag syntax: one hint each family.
_DIRECTIVE_HINT = "dòng bắt đầu bằng '%' là chỉ thị YAML không dùng trong dữ liệu; hãy xóa dòng này"
TAG_HINT = "không dùng thẻ kiểu YAML ('!!str', '!tên'); hãy bỏ thẻ và viết giá trị trực tiếp"
GENERIC = "YAML không đọc được chỗ này; hãy kiểm tra dấu ngoặc, dấu hai chấm và thụt lề ở dòng này và dòng trên"


def translate(problem: str) -> str:
    for english, vietnamese in SYNTAX_HINTS.items():
        if problem.startswith(english):
            return vietnamese
    if "directive" in problem or "version" in problem or "incompatible" in problem:
        return _DIRECTIVE_HINT
    if "tag" in problem or "URI" in problem or "expected '!'" in problem or "expected '>'" in problem:
        return TAG_HINT
    return GENERIC


def syntax_message(error: yaml.MarkedYAMLError, text: str) -> str:
    problem = (error.problem or "").strip()
    mark = error.problem_mark
    lines = text.splitlines()
    if mark is not None and mark.line < len(lines) and "\t" in lines[mark.line]:
        return "lỗi cú pháp YAML: có ký tự tab; YAML chỉ cho phép thụt lề bằng dấu cách"
    if mark is not None and problem.startswith("mapping values are not allowed") and 0 < mark.line < len(lines):
        current = lines[mark.line]
        previous = next((line for line in reversed(lines[: mark.line]) if line.strip()), "")
        indent = len(current) - len(current.lstrip(" "))
        if indent > len(previous) - len(previous.lstrip(" ")) and not previous.rstrip().endswith(":"):
            return "lỗi cú pháp YAML: dòng này thụt vào sâu hơn dòng trên; các trường cùng nhóm phải thẳng hàng"
    opened = error.context_mark.line + 1 if error.context_mark else None
    bracket = problem.replace("did not find expected", "expected")  # libyaml and PyYAML word these alike
    if bracket.startswith("expected ',' or ']'") and opened:
        return f"lỗi cú pháp YAML: dấu '[' mở ở dòng {opened} chưa được đóng bằng ']'"
    if bracket.startswith("expected ',' or '}'") and opened:
        return f"lỗi cú pháp YAML: dấu '{{' mở ở dòng {opened} chưa được đóng bằng '}}'"
    if problem.startswith("found unexpected end of stream") and opened:
        return f"lỗi cú pháp YAML: dấu ngoặc kép mở ở dòng {opened} chưa được đóng"
    return f"lỗi cú pháp YAML: {translate(problem)}"


def reader_message(error: yaml.reader.ReaderError, raw: bytes) -> tuple[tuple[int, int] | None, str]:
    """A character YAML refuses outright (a raw ESC, NUL, ...): its line, column and name."""
    character = error.character  # an int from libyaml, a str from the pure-Python reader
    if isinstance(character, int):
        character = chr(character)
    name = text_module.char_name(character) if isinstance(character, str) and len(character) == 1 else "không hợp lệ"
    before = raw[: error.position].decode("utf-8", "replace") if isinstance(error.position, int) else ""
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    message = f"có ký tự điều khiển {name} trong tệp; ký tự này không hiện ra được, hãy xóa nó"
    return (line, column) if before or error.position == 0 else None, message


# -- numbers YAML 1.1 would guess ------------------------------------------------------------------

_LEADING_ZERO = re.compile(r"[-+]?0[0-9]")
AS_TEXT = '; nếu đây là chữ, hãy đặt trong ngoặc kép: "{raw}"'


def clipped(raw: str) -> str:
    return raw if len(raw) <= 30 else raw[:20] + "…"


def number_hint(raw: str, yaml11: Any) -> str:
    """Why a plain scalar that YAML 1.1 reads as a number is not written the plain decimal way."""
    shown = clipped(raw)
    became = f" (YAML 1.1 đọc thành {yaml11})" if isinstance(yaml11, int) and not isinstance(yaml11, bool) else ""
    lowered = raw.lower().lstrip("+-")
    if lowered in (".inf", ".nan"):
        what = "vô cực" if lowered == ".inf" else "'không phải số'"
        return f"'{raw}' là giá trị {what} của YAML, không phải một số; hãy viết số cụ thể, ví dụ 15"
    if "_" in raw:
        return f"số '{shown}' có dấu gạch dưới; hãy viết liền: {raw.replace('_', '')}" + AS_TEXT.format(raw=shown)
    if ":" in raw:
        return f"'{shown}' bị YAML 1.1 hiểu là số hệ sáu mươi{became}; nếu là giờ, tỉ số hay chữ, hãy đặt trong ngoặc kép: \"{shown}\""
    if lowered.startswith(("0x", "0b", "0o")):
        base = {"x": "hệ mười sáu", "b": "hệ nhị phân", "o": "hệ tám"}[lowered[1]]
        return f"số '{shown}' viết theo {base}{became}; hãy viết số thập phân" + AS_TEXT.format(raw=shown)
    if raw.startswith("+"):
        return f"số '{shown}' có dấu '+' ở đầu; hãy bỏ dấu '+': {raw[1:]}" + AS_TEXT.format(raw=shown)
    if _LEADING_ZERO.match(raw):
        return f"số '{shown}' có chữ số 0 ở đầu{became.replace(')', ', hệ tám)')}; hãy bỏ số 0 ở đầu" + AS_TEXT.format(
            raw=shown
        )
    if "e" in lowered:
        return f"số '{shown}' viết dạng lũy thừa; hãy viết đầy đủ các chữ số" + AS_TEXT.format(raw=shown)
    return (
        f"'{shown}' không phải số viết thông thường; hãy viết các chữ số liền nhau, phần thập phân sau dấu '.', "
        "ví dụ 2.5" + AS_TEXT.format(raw=shown)
    )


# -- hidden and pasted characters ------------------------------------------------------------------

PASTED_MESSAGE = (
    "{what} có {count} dấu cách không ngắt hoặc dấu gạch nối mềm (thường do dán từ Word); "
    "đã đổi thành dấu cách thường / bỏ đi, nên sửa luôn trong tệp"
)


def hidden_message(what: str, value: str, offsets: list[int]) -> str:
    char = value[offsets[0]]
    more = f" (có {len(offsets)} ký tự như vậy)" if len(offsets) > 1 else ""
    if char in "\n\r":
        return (
            f"{what} chỉ được viết trên một dòng nhưng có ký tự xuống dòng {text_module.char_name(char)}{more}; "
            "hãy xóa ký tự này"
        )
    kind = "ký tự điều khiển" if unicodedata.category(char) == "Cc" else "ký tự vô hình"
    return (
        f"{what} có {kind} {text_module.char_name(char)}{more}; ký tự này không hiện ra nhưng có thể "
        "ẩn chữ, đảo chiều chữ hoặc điều khiển màn hình: hãy xóa nó"
    )


# -- files -----------------------------------------------------------------------------------------

# What OSError.strerror says in English, for the errors a data file can meet.
_OS_ERRORS = {
    errno.ENOENT: "tệp không còn tồn tại",
    errno.EACCES: "không có quyền đọc tệp",
    errno.EPERM: "không có quyền đọc tệp",
    errno.EISDIR: "đây là một thư mục, không phải tệp",
    errno.ELOOP: "liên kết tượng trưng vòng lặp",
    errno.ENAMETOOLONG: "tên tệp quá dài",
    errno.EIO: "lỗi đọc đĩa",
    errno.ENXIO: "thiết bị không tồn tại",
}


def os_error(error: OSError) -> str:
    """An OSError in Vietnamese (never Python's English strerror)."""
    return _OS_ERRORS.get(error.errno or 0, f"lỗi hệ thống số {error.errno}" if error.errno else "lỗi hệ thống")
