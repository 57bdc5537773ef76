"""Web addresses in data files: the bulletin's own public address (it reaches <head> of every
page) and links to other sites that readers follow (an article's source)."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

# The public address reaches <head> of every page: allow only what an address needs.
_HOST_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")
_PATH = re.compile(r"(/([A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*)*/")
_URL_EXAMPLE = "https://bantin.congan.example.vn/"
# The same rule for editors' tools (JSON Schema); _check_url is what the build applies.
_URL_SHAPE = rf"^https?://[A-Za-z0-9.-]+(:[0-9]+)?{_PATH.pattern}$"


def _url_error(reason: str) -> PydanticCustomError:
    return PydanticCustomError("site_url", "{reason}; ví dụ: " + _URL_EXAMPLE, {"reason": reason})


def _split_address(value: str, error: Callable[[str], PydanticCustomError], forbidden: str) -> urllib.parse.SplitResult:
    """What the site's own address and a link to another site both refuse: spaces, quotes and
    `forbidden` characters, a host or port that does not parse, a scheme other than http(s),
    a user name or password ('@'). Returns the parts for the checks each makes on top."""
    if any(c.isspace() or not c.isprintable() or c in forbidden for c in value):
        raise error("địa chỉ không được có dấu cách, dấu ngoặc kép, dấu '<', '>' hay '\\'")
    try:
        parts = urllib.parse.urlsplit(value)
        _ = parts.port  # raises on a port that is not a number
    except ValueError:
        raise error("địa chỉ viết sai (tên máy hoặc cổng không hợp lệ)") from None
    if parts.scheme not in ("http", "https"):
        raise error("địa chỉ phải bắt đầu bằng https:// hoặc http://")
    if "@" in parts.netloc:
        raise error("địa chỉ không được chứa tên người dùng hay mật khẩu (phần có '@')")
    return parts


def _check_url(value: str) -> str:
    """http(s), a plain host name (IDNA allowed), an optional port, a safe path ending in '/'."""
    parts = _split_address(value, _url_error, "\"'<>`^{}|")
    port = parts.port
    if parts.query or parts.fragment or "?" in value or "#" in value:
        raise _url_error("địa chỉ không được có phần '?…' hay '#…'")
    host = parts.hostname or ""
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise _url_error(f"tên máy '{host}' không hợp lệ") from None
    netloc = parts.netloc.lower()
    if (
        not host
        or netloc not in (host, f"{host}:{port}")
        or not all(_HOST_LABEL.fullmatch(label) for label in ascii_host.split("."))
    ):
        raise _url_error("tên máy chỉ gồm chữ, số, dấu '.' và '-'")
    if not _PATH.fullmatch(parts.path or ""):
        raise _url_error("đường dẫn chỉ gồm chữ không dấu, số, '-', '.', '_', '~' và phải kết thúc bằng '/'")
    return value


# The site's own address (Site.url, Site.edit_url).
SiteAddress = Annotated[str, AfterValidator(_check_url), Field(json_schema_extra={"pattern": _URL_SHAPE})]


def _link_error(reason: str) -> PydanticCustomError:
    return PydanticCustomError("link", "{reason}; ví dụ: https://baonghean.vn/ten-bai-viet.html", {"reason": reason})


def check_link(value: str) -> str:
    """A page of another site that readers follow: http(s) and a host they can read (Latin
    letters, no 'user@'), as body links are judged (bulletin.model.body.judge); any safe path."""
    parts = _split_address(value, _link_error, "\"'<>`^{}|\\")
    if not value.startswith(parts.scheme + "://"):  # "HTTPS://" reads as https, but not as readers write it
        raise _link_error("địa chỉ phải bắt đầu bằng https:// hoặc http://")
    host = parts.hostname or ""
    if not host.isascii():
        raise _link_error("tên miền phải viết bằng chữ Latin không dấu (tên miền tiếng Việt viết dạng xn--…)")
    if not host or not all(_HOST_LABEL.fullmatch(label) for label in host.split(".")):
        raise _link_error("tên máy chỉ gồm chữ, số, dấu '.' và '-'")
    return value


Link = Annotated[
    str,
    Field(
        max_length=2_000,
        json_schema_extra={"pattern": r"^https?://[A-Za-z0-9.-]+(:[0-9]+)?([/?#][^\s\"'<>`^{}|\\]*)?$"},
    ),
    AfterValidator(check_link),
]
