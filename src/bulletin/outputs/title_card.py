"""Title cards: the picture shared with a page that has no photo, in the masthead's style.

1200 × 630 pixels: the red band with the publisher and the bulletin's name, the headline
wrapped to fit, its date and the site's address. Flat colours and text: a PNG of four
colours, about 9 KB, drawn with Pillow and nothing outside the build.

The type is DejaVu Sans Condensed, bundled (fonts/, with its licence): Vietnamese letters are
precomposed there, so the basic layout engine draws them and every machine draws the same.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from bulletin.vietnamese import text

WIDTH, HEIGHT = 1200, 630
SIZE = (WIDTH, HEIGHT)
STYLE = "1"  # bump when a card's drawing changes (the code's own hash, share_images' cache key, changes too)
FONTS = Path(__file__).parent / "fonts"
BOLD = FONTS / "DejaVuSansCondensed-Bold.ttf"
REGULAR = FONTS / "DejaVuSansCondensed.ttf"

# The site's colours (bulletin/theme/assets/bulletin.css): the masthead's red, the text, white.
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
    """The masthead's emblem (bulletin/theme/assets/logo.svg): a white disc with a four-pointed star."""
    draw.ellipse((x, y, x + size, y + size), fill=PAPER)
    cx, cy, r, w = x + size / 2, y + size / 2, size * 0.25, size * 0.07
    star = [
        (cx, cy - r),
        (cx + w, cy - w),
        (cx + r, cy),
        (cx + w, cy + w),
        (cx, cy + r),
        (cx - w, cy + w),
        (cx - r, cy),
        (cx - w, cy - w),
    ]
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
    pen.text(
        (name_x, 24), _one_line(card.publisher.upper(), font(True, 24), name_width), font=font(True, 24), fill=PAPER
    )
    pen.text((name_x, 54), _one_line(card.title, font(True, 38), name_width), font=font(True, 38), fill=PAPER)
    if card.kicker:
        pen.text(
            (MARGIN, 150), _one_line(card.kicker.upper(), font(True, 28), TEXT_WIDTH), font=font(True, 28), fill=BRAND
        )
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


def glyph_is_drawn(char: str, bold: bool = True, size: int = 60) -> bool:
    """Whether the bundled font has `char`: its box and pixels are not those of the box every
    missing letter gets (.notdef, drawn here for a non-character)."""
    face = font(bold, size)

    def drawn(value: str) -> tuple[tuple[float, ...], bytes]:
        im = Image.new("L", (size * 2, size * 2))
        ImageDraw.Draw(im).text((size // 2, 0), value, font=face, fill=255)
        return tuple(face.getbbox(value)), im.tobytes()

    return unicodedata.normalize("NFC", char) == char and drawn(char) != drawn("\uffff")
