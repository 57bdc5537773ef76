"""Share images: the picture Facebook, Zalo and X show with a link to a page (og:image).

1200 × 630 pixels, made at build time:
- an article whose first figure is a raster photo shares that photo, cropped to fill (a JPEG,
  images.cover);
- any other article, and each section, shares a title card (title_card.draw).

Cards are kept by their content (what they show, the style, this code, the fonts and Pillow)
in memory for `mkdocs serve` and on disk in the user's cache folder (parsecache.directory), so
a rebuild draws only the cards whose headline or date changed. Which pages get one, and their
front matter, is pages.share's.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from PIL import __version__ as PILLOW_VERSION

from bulletin import model, urls
from bulletin.data import media, parsecache, placeholders
from bulletin.outputs import images, title_card
from bulletin.outputs.title_card import HEIGHT, SIZE, WIDTH, Card, clean
from bulletin.vietnamese import formatting

FOLDER = "anh-chia-se"  # beside media/, never inside it: no editor's file can take a card's name


@dataclass(frozen=True)
class Share:
    """A page's share image: where it is served, how it is described, how it is made."""

    path: str  # from the site root
    alt: str
    make: Callable[[], bytes]
    inputs: Callable[[], frozenset[str]] | None = None

    def meta(self, bulletin: model.Bulletin) -> dict[str, object]:
        """The front matter's `social` keys for this image; none without the site's address
        (a share image is read by another host and must be absolute)."""
        if not bulletin.site.url:
            return {}
        return {
            "image": urls.public(self.path, bulletin.site.url),
            "image_width": WIDTH,
            "image_height": HEIGHT,
            "image_alt": self.alt,
        }


# -- cache -----------------------------------------------------------------------------------

_MEMORY: dict[str, bytes] = {}
MEMORY_BYTES = 64 * 1024 * 1024  # a bound, not a tuning knob
CARD_BYTES = 10_000  # about a card (a photo is ten times more, and rarer)


def _version() -> str:
    return parsecache.code_version(
        (sys.modules[__name__], title_card, images, media), title_card.STYLE, PILLOW_VERSION, _fonts_digest()
    )


@cache
def _fonts_digest() -> str:
    return hashlib.sha256(title_card.BOLD.read_bytes() + title_card.REGULAR.read_bytes()).hexdigest()


@cache
def _known_version() -> str:
    try:
        return _version()
    except OSError:
        return ""


def _folder() -> Path | None:
    base = parsecache.directory()
    version = _known_version()
    return base / "share-images" / version[:16] if base is not None and version else None


def cached(key: str, make: Callable[[], bytes]) -> bytes:
    """make()'s bytes for `key` (a digest of everything they depend on), from memory, the
    disk cache or make itself. Best effort: a cache that cannot be read or written costs time only."""
    if not parsecache.enabled():
        return make()
    found = _MEMORY.get(key)
    if found is not None:
        return found
    folder = _folder()
    file = folder / f"{key}.bin" if folder is not None else None
    if file is not None:
        try:
            data = file.read_bytes()
            # The name is the digest of the inputs, not of the bytes: a damaged entry is caught here.
            if data[:32] == hashlib.sha256(data[32:]).digest():
                found = data[32:]
        except OSError:
            pass
    if found is None:
        found = make()
        if file is not None:
            _write(file, hashlib.sha256(found).digest() + found)
    if len(_MEMORY) * CARD_BYTES < MEMORY_BYTES:
        _MEMORY[key] = found
    return found


def _write(file: Path, data: bytes) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, file)  # a reader never sees half a card
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return


def _key(*parts: str) -> str:
    digest = hashlib.sha256(_known_version().encode())
    for part in parts:
        digest.update(b"\x00" + part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def card_bytes(card: Card) -> bytes:
    return cached(_key("card", repr(card)), lambda: title_card.draw(card))


# -- what each page shares -------------------------------------------------------------------


def image_path(page_path: str, extension: str) -> str:
    """Where a page's share image is served: anh-chia-se/ + the page's address
    ("tin-tuc/2024/06/x.md" -> "anh-chia-se/tin-tuc/2024/06/x.png", the front page "trang-chu.png")."""
    site = urls.site_path(page_path).rstrip("/")
    return f"{FOLDER}/{site or 'trang-chu'}{extension}"


NEWS_LABEL = urls.SECTION_NAMES[urls.NEWS]  # an article's kicker: its section, as the masthead names it


def _host(bulletin: model.Bulletin) -> str:
    """The site's address as a reader types it: bantin.example.vn, or example.vn/bantin."""
    if not bulletin.site.url:
        return ""
    parts = urlsplit(bulletin.site.url)
    return f"{parts.hostname or ''}{parts.path}".rstrip("/")


def _card(bulletin: model.Bulletin, headline: str, **rest: str) -> Card:
    site = bulletin.site
    return Card(site.publisher or "", site.title, headline, host=_host(bulletin), **rest)


def article_share(bulletin: model.Bulletin, article: model.Article, data_dir: Path) -> Share:
    """An article's share image: its first figure when that is a raster photo, else its title card."""
    page = urls.article(article)

    def inputs() -> frozenset[str]:
        return frozenset({article.source})  # headline, date and photo: all the article's

    figures = article.figures
    image = bulletin.images.get(figures[0].image) if figures else None
    if image is not None and image.kind != "svg":
        alt = placeholders.render(figures[0].alt, lambda name: article.values.get(name, "")) or article.title

        def photo() -> bytes:
            data = media.read(image, data_dir)
            return cached(
                _key("photo", image.kind, hashlib.sha256(data).hexdigest()), lambda: images.cover(image, data, SIZE)
            )

        return Share(image_path(page, ".jpg"), clean(alt), photo, inputs)
    card = _card(bulletin, article.title, kicker=NEWS_LABEL, date=formatting.date_short(article.date))
    return Share(image_path(page, ".png"), clean(article.title), lambda: card_bytes(card), inputs)


def section_share(bulletin: model.Bulletin, path: str, title: str, description: str) -> Share:
    """A section's title card: its name (else the bulletin's), and what it holds below. The front
    page's: the bulletin's tagline (its name is in the band already)."""
    title = title or bulletin.site.title
    if path == urls.HOME:
        card = _card(bulletin, description or title)
    else:
        card = _card(bulletin, title, subtitle=description)
    return Share(
        image_path(path, ".png"),
        clean(f"{title}. {description}" if description else title),
        lambda: card_bytes(card),
        lambda: frozenset(),
    )
