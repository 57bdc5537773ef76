"""Share images: the picture Facebook, Zalo and X show with a link to a page (og:image).

1200 × 630 pixels, made at build time with Pillow and nothing outside the build:
- an article whose first figure is a raster photo shares that photo, cropped to fill (a JPEG,
  media.cover);
- any other article, and each section, shares a title card in the masthead's style: the red
  band with the publisher and the bulletin's name, the headline wrapped to fit, its date.
  Flat colours and text: a PNG of four colours, about 9 KB.

The type is DejaVu Sans Condensed, bundled (fonts/, with its licence): Vietnamese letters are
precomposed there, so the basic layout engine draws them and every machine draws the same.

Cards are kept by their content (what they show, the style, this code, the fonts and Pillow)
in memory for `mkdocs serve` and on disk in the user's cache folder (parsecache.directory), so
a rebuild draws only the cards whose headline or date changed.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from PIL import Image, ImageDraw, ImageFont
from PIL import __version__ as PILLOW_VERSION

from bulletin import model, urls

from bulletin.data import media, parsecache

from bulletin.model import placeholders

from bulletin.vietnamese import formatting, text
from bulletin.pages.page import Asset, Page

WIDTH, HEIGHT = 1200, 630
SIZE = (WIDTH, HEIGHT)
FOLDER = "anh-chia-se"  # beside media/, never inside it: no editor's file can take a card's name
STYLE = "1"  # bump when a card's drawing changes (the code's own hash changes too)
FONTS = Path(__file__).parent / "fonts"
BOLD = FONTS / "DejaVuSansCondensed-Bold.ttf"
REGULAR = FONTS / "DejaVuSansCondensed.ttf"

# The site's colours (docs/assets/bulletin.css): the masthead's red, the text, white.
RED = (0xA1, 0x1D, 0x21)
INK = (0x1F, 0x1F, 0x1F)
WHITE = (0xFF, 0xFF, 0xFF)
MUTED_GREY = (0x59, 0x59, 0x59)  # --bulletin-muted

# Geometry of a card, in pixels.
MARGIN = 64
BAND = 118  # the red band's height
TEXT_WIDTH = WIDTH - 2 * MARGIN
HEADLINE_TOP = 200
HEADLINE_BOTTOM = 532
FOOTER_Y = 560
# Headline sizes tried, largest first; the first that holds the whole headline wins.
HEADLINE_SIZES = (66, 60, 54, 48, 44)
SUBTITLE_SIZE, SUBTITLE_STEP, SUBTITLE_GAP = 34, 46, 18
LINE_HEIGHT = 1.2
ELLIPSIS = "…"

# Sections (the masthead's links): their first page shares one card with the section's name.
SECTIONS = (
    urls.HOME,
    urls.index(urls.NEWS),
    urls.index(urls.HONOURS),
    urls.index(urls.STATISTICS),
    urls.index(urls.CAMPAIGNS),
    urls.index(urls.ORGANISATIONS),
    urls.index(urls.LOOKUP),
)


@dataclass(frozen=True)
class Card:
    """What a title card shows: all of it is the cache key, with the style."""

    publisher: str
    title: str  # the bulletin's name
    headline: str
    kicker: str = ""  # above the headline, in red: the section of an article
    subtitle: str = ""  # below the headline: a section's description
    date: str = ""  # bottom left
    host: str = ""  # bottom right: the site's address


@dataclass(frozen=True)
class Share:
    """A page's share image: where it is served, how it is described, how it is made."""

    path: str  # from the site root
    alt: str
    make: Callable[[], bytes]
    inputs: Callable[[], frozenset[str]] | None = None

    def asset(self) -> Asset:
        return Asset(self.path, content=self.make, inputs=self.inputs)

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


# -- text ------------------------------------------------------------------------------------

_SPACE = re.compile(r"\s+")


def clean(value: str) -> str:
    """One line of visible text: precomposed (the fonts' Vietnamese letters are), no control or
    direction-changing characters (a card has no bidi layout; an override would only show as a box)."""
    value = text.nfc(text.unpaste(value))
    value = "".join(" " if c in "\t\n\r\v\f" else c for c in value if c in "\t\n\r\v\f" or not text.is_hidden(c))
    return _SPACE.sub(" ", value).strip()


@cache
def font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    # The basic layout: the same glyphs on every machine, with or without libraqm.
    return ImageFont.truetype(str(BOLD if bold else REGULAR), size, layout_engine=ImageFont.Layout.BASIC)


def _cut(word: str, face: ImageFont.FreeTypeFont, width: float) -> str:
    """A word too long for a line on its own, cut to fit with an ellipsis (a 2,000-letter
    "word" is not a headline; anything shorter is never cut)."""
    low, high = 0, len(word)
    while low < high:  # the longest prefix that fits with its ellipsis
        mid = (low + high + 1) // 2
        if face.getlength(word[:mid] + ELLIPSIS) <= width:
            low = mid
        else:
            high = mid - 1
    return word[:low] + ELLIPSIS


def wrap(value: str, face: ImageFont.FreeTypeFont, width: float, max_lines: int) -> tuple[list[str], bool]:
    """`value` in lines no wider than `width`, broken between words only; at most `max_lines`,
    the last ending with an ellipsis when the text goes on. Returns the lines and whether all
    of the text is in them."""
    words = clean(value).split(" ")
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if face.getlength(trial) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        if len(lines) == max_lines:
            return _ellipsis(lines, face, width), False
        if face.getlength(word) > width:
            lines.append(_cut(word, face, width))
            rest = words[index + 1 :]
            if len(lines) == max_lines or not rest:
                return (_ellipsis(lines, face, width) if rest else lines), False
            current = ""
            continue
        current = word
    if current:
        if len(lines) == max_lines:
            return _ellipsis(lines, face, width), False
        lines.append(current)
    return lines, True


def _ellipsis(lines: list[str], face: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """The last line ends with an ellipsis after a whole word, dropping words until it fits."""
    last = lines[-1].removesuffix(ELLIPSIS)
    words = last.split(" ")
    while len(words) > 1 and face.getlength(" ".join(words) + ELLIPSIS) > width:
        words.pop()
    shown = " ".join(words)
    # Words end a line without their trailing punctuation before the ellipsis ("Tổ quốc,…").
    shown = shown.rstrip(",;:.-–— ") or shown
    return [*lines[:-1], shown + ELLIPSIS if face.getlength(shown + ELLIPSIS) <= width else _cut(shown, face, width)]


def headline_layout(headline: str, height: int = HEADLINE_BOTTOM - HEADLINE_TOP) -> tuple[int, list[str]]:
    """The headline's font size and lines: the largest size that holds it whole, else the
    smallest, cut after a whole word with an ellipsis."""
    for size in HEADLINE_SIZES:
        max_lines = max(1, int(height // (size * LINE_HEIGHT)))
        lines, whole = wrap(headline, font(True, size), TEXT_WIDTH, max_lines)
        if whole:
            return size, lines
    return size, lines


# -- drawing ---------------------------------------------------------------------------------


# A card's four colours, and nothing between them: text is drawn without anti-aliasing (the
# fonts' hinted outlines read well at these sizes, and every network shows the card scaled
# down, which smooths the edges). Grey edge pixels would double the file (17 KB to 8 on
# average); four colours take two bits a pixel.
PALETTE = (WHITE, INK, RED, MUTED_GREY)
PAPER, TEXT, BRAND, MUTED = range(len(PALETTE))


def _logo(draw: ImageDraw.ImageDraw, x: int, y: int, size: int) -> None:
    """The masthead's emblem (docs/assets/logo.svg): a white disc with a four-pointed star."""
    draw.ellipse((x, y, x + size, y + size), fill=PAPER)
    cx, cy, r, w = x + size / 2, y + size / 2, size * 0.25, size * 0.07
    star = [(cx, cy - r), (cx + w, cy - w), (cx + r, cy), (cx + w, cy + w), (cx, cy + r), (cx - w, cy + w), (cx - r, cy), (cx - w, cy - w)]
    draw.polygon(star, fill=BRAND)


def _one_line(value: str, face: ImageFont.FreeTypeFont, width: float) -> str:
    lines, _ = wrap(value, face, width, 1)
    return lines[0] if lines else ""


def draw(card: Card) -> bytes:
    """The card as a PNG of WIDTH × HEIGHT in the four colours of PALETTE."""
    im = Image.new("P", SIZE, PAPER)
    im.putpalette([channel for colour in PALETTE for channel in colour])
    pen = ImageDraw.Draw(im)
    pen.fontmode = "1"
    # The band: the masthead as the site shows it.
    pen.rectangle((0, 0, WIDTH, BAND), fill=BRAND)
    _logo(pen, MARGIN, 29, 60)
    name_x = MARGIN + 60 + 22
    name_width = WIDTH - name_x - MARGIN
    pen.text((name_x, 24), _one_line(card.publisher.upper(), font(True, 24), name_width), font=font(True, 24), fill=PAPER)
    pen.text((name_x, 54), _one_line(card.title, font(True, 38), name_width), font=font(True, 38), fill=PAPER)
    if card.kicker:
        pen.text((MARGIN, 150), _one_line(card.kicker.upper(), font(True, 28), TEXT_WIDTH), font=font(True, 28), fill=BRAND)
    # The headline, then a section's description, centred between the band and the foot
    # when they leave room (a section's name is short).
    subtitle: list[str] = []
    if card.subtitle:
        subtitle, _ = wrap(card.subtitle, font(False, SUBTITLE_SIZE), TEXT_WIDTH, 2)
    below = (SUBTITLE_GAP + SUBTITLE_STEP * len(subtitle)) if subtitle else 0
    top = HEADLINE_TOP if card.kicker else BAND + 32  # no kicker: its room goes to the headline
    size, lines = headline_layout(card.headline, HEADLINE_BOTTOM - top - below)
    step = round(size * LINE_HEIGHT)
    block = step * len(lines) + below
    y = top if card.kicker else max(top, (BAND + FOOTER_Y - 14 - block) // 2)
    for line in lines:
        pen.text((MARGIN, y), line, font=font(True, size), fill=TEXT)
        y += step
    y += SUBTITLE_GAP
    for line in subtitle:
        pen.text((MARGIN, y), line, font=font(False, SUBTITLE_SIZE), fill=MUTED)
        y += SUBTITLE_STEP
    # The foot: a rule, the date and the site's address, then the red edge of the page.
    pen.line((MARGIN, FOOTER_Y - 14, WIDTH - MARGIN, FOOTER_Y - 14), fill=MUTED, width=1)
    small = font(False, 28)
    if card.date:
        pen.text((MARGIN, FOOTER_Y), card.date, font=small, fill=MUTED)
    if card.host:
        host = _one_line(card.host, small, TEXT_WIDTH // 2)
        pen.text((WIDTH - MARGIN - small.getlength(host), FOOTER_Y), host, font=small, fill=MUTED)
    pen.rectangle((0, HEIGHT - 12, WIDTH, HEIGHT), fill=BRAND)
    out = io.BytesIO()
    # zlib level 7: 8% larger than 9 and fifteen times faster (3 ms a card, not 50).
    im.save(out, format="PNG", compress_level=7)
    return out.getvalue()


# -- cache -----------------------------------------------------------------------------------

_MEMORY: dict[str, bytes] = {}
MEMORY_BYTES = 64 * 1024 * 1024  # a bound, not a tuning knob
CARD_BYTES = 10_000  # about a card (a photo is ten times more, and rarer)


def _version() -> str:
    return parsecache.code_version((sys.modules[__name__], media), STYLE, PILLOW_VERSION, _fonts_digest())


@cache
def _fonts_digest() -> str:
    return hashlib.sha256(BOLD.read_bytes() + REGULAR.read_bytes()).hexdigest()


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
    return cached(_key("card", repr(card)), lambda: draw(card))


# -- pages -----------------------------------------------------------------------------------


def image_path(page_path: str, extension: str) -> str:
    """Where a page's share image is served: anh-chia-se/ + the page's address
    ("tin-tuc/2024/06/x.md" -> "anh-chia-se/tin-tuc/2024/06/x.png", the front page "trang-chu.png")."""
    site = urls.site_path(page_path).rstrip("/")
    return f"{FOLDER}/{site or 'trang-chu'}{extension}"


NEWS_LABEL = "Tin tức"  # an article's kicker: its section, as the masthead names it


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
            return cached(_key("photo", image.kind, hashlib.sha256(data).hexdigest()), lambda: media.cover(image, data, SIZE))

        return Share(image_path(page, ".jpg"), clean(alt), photo, inputs)
    card = _card(bulletin, article.title, kicker=NEWS_LABEL, date=formatting.date_short(article.date))
    return Share(image_path(page, ".png"), clean(article.title), lambda: card_bytes(card), inputs)


def section_share(bulletin: model.Bulletin, page: Page) -> Share:
    """A section's title card: its name, and what it holds below. The front page's: the
    bulletin's tagline (its name is in the band already)."""
    title = str(page.meta.get("title") or bulletin.site.title)
    description = str(page.meta.get("description") or "")
    if page.path == urls.HOME:
        card = _card(bulletin, description or title)
    else:
        card = _card(bulletin, title, subtitle=description)
    return Share(image_path(page.path, ".png"), clean(f"{title}. {description}" if description else title),
                 lambda: card_bytes(card), lambda: frozenset())


def attach(bulletin: model.Bulletin, pages: list[Page], data_dir: Path) -> list[Asset]:
    """The share image of every article and section page, named in each page's front matter
    (`social`, which the theme prints as og:image); the images, as files made when first read.
    Nothing without the site's public address: a share image must be an absolute address."""
    if not bulletin.site.url:
        return []
    articles = {urls.article(a): a for a in bulletin.articles}
    assets = []
    for page in pages:
        if page.path in articles:
            share = article_share(bulletin, articles[page.path], data_dir)
        elif page.path in SECTIONS:
            share = section_share(bulletin, page)
        else:
            continue
        social = page.meta.setdefault("social", {}) or {}
        social.update(share.meta(bulletin))
        page.meta["social"] = social
        jsonld = page.meta.get("jsonld")
        if isinstance(jsonld, dict) and page.path in articles:
            jsonld["image"] = [social["image"]]  # NewsArticle.image: a raster, as search engines want
        assets.append(share.asset())
    return assets


def glyph_is_drawn(char: str, bold: bool = True, size: int = 60) -> bool:
    """Whether the bundled font has `char`: its box and pixels are not those of the box every
    missing letter gets (.notdef, drawn here for a non-character)."""
    face = font(bold, size)

    def drawn(value: str) -> tuple[tuple[float, ...], bytes]:
        im = Image.new("L", (size * 2, size * 2))
        ImageDraw.Draw(im).text((size // 2, 0), value, font=face, fill=255)
        return tuple(face.getbbox(value)), im.tobytes()

    return unicodedata.normalize("NFC", char) == char and drawn(char) != drawn("\uffff")
