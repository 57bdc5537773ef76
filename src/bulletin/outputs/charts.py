"""Charts as static SVG, written at build time: no JavaScript, no request elsewhere.

Hand-written rather than a plotting library: the charts are simple bars and lines,
the text must be real text (Vietnamese diacritics, screen readers, search), the
colours must follow the site's light and dark themes through CSS classes, and
matplotlib or pygal would bring heavy dependencies or scripts for little gain.

The viewBox is narrow (400 units) so that on a 375 px phone the text stays near its
design size; on a desktop the chart is shown at most 560 px wide (bulletin.css).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from bulletin.vietnamese import formatting

WIDTH = 400
FONT = 13
CHAR = 0.56 * FONT  # average width of a character, for layout only

# Colours for charts opened on their own (the downloadable .svg); inline charts are
# styled by the site's stylesheet, in its light and dark colours.
STANDALONE_STYLE = (
    "<style>"
    ".bulletin-chart__bar{fill:#a11d21}.bulletin-chart__bar--approximate{fill:#d9898b}"
    ".bulletin-chart__line{stroke:#a11d21;fill:none;stroke-width:2}.bulletin-chart__dot{fill:#a11d21}"
    ".bulletin-chart__text{fill:#212121;font-family:system-ui,sans-serif}"
    ".bulletin-chart__muted{fill:#595959;font-family:system-ui,sans-serif}"
    ".bulletin-chart__axis{stroke:#9e9e9e;stroke-width:1}.bulletin-chart__grid{stroke:#e0e0e0;stroke-width:1}"
    "</style>"
)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | float
    approximate: bool = False

    @property
    def shown(self) -> str:
        return formatting.quantity(self.value, self.approximate)


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """0 and round steps (1, 2, 5 × 10ⁿ) up to at least `top`."""
    if top <= 0:
        return [0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks = [0.0]
    while ticks[-1] < top:
        ticks.append(ticks[-1] + step)
    return ticks


def _text(
    x: float, y: float, text: str, css: str = "bulletin-chart__text", anchor: str = "start", size: int = FONT
) -> str:
    return (
        f'<text class="{css}" x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}">{escape(text)}</text>'
    )


def _svg(title: str, description: str, height: float, body: list[str], ident: str, standalone: bool) -> str:
    style = STANDALONE_STYLE if standalone else ""
    ident = escape(ident)  # made from data ids: escaped like every other value here
    xmlns = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
    return (
        f'<svg{xmlns} class="bulletin-chart" viewBox="0 0 {WIDTH} {height:.0f}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc">'
        f'<title id="{ident}-title">{escape(title)}</title><desc id="{ident}-desc">{escape(description)}</desc>'
        f"{style}{''.join(body)}</svg>"
    )


def _wrap(text: str, width: float) -> list[str]:
    """Break a label into lines that fit `width` (long partner names on phones)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1] + " " + word) * CHAR <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def bar_chart(title: str, unit: str, bars: list[Bar], ident: str, standalone: bool = False) -> str:
    """Horizontal bars, one per partner: the label above its bar, the value after it."""
    description = f"{title}: " + "; ".join(f"{b.label}: {b.shown} {unit}" for b in bars) + "."
    top = max((b.value for b in bars), default=0)
    ticks = nice_ticks(top)
    label_room = max(len(b.shown) for b in bars) * CHAR + 8 if bars else 0
    scale = (WIDTH - 16 - label_room) / (ticks[-1] or 1)
    body: list[str] = []
    y = 8.0
    for bar in bars:
        for line in _wrap(bar.label, WIDTH - 16):
            y += FONT + 2
            body.append(_text(8, y, line))
        y += 4
        width = max(bar.value * scale, 1)
        css = "bulletin-chart__bar" + (" bulletin-chart__bar--approximate" if bar.approximate else "")
        body.append(f'<rect class="{css}" x="8" y="{y:.1f}" width="{width:.1f}" height="14" rx="2"/>')
        body.append(_text(8 + width + 6, y + 11.5, bar.shown))
        y += 14 + 10
    axis_y = y + 2
    body.append(
        f'<line class="bulletin-chart__axis" x1="8" y1="{axis_y:.1f}" x2="{8 + ticks[-1] * scale:.1f}" y2="{axis_y:.1f}"/>'
    )
    for tick in ticks:
        x = 8 + tick * scale
        body.append(
            f'<line class="bulletin-chart__axis" x1="{x:.1f}" y1="{axis_y:.1f}" x2="{x:.1f}" y2="{axis_y + 4:.1f}"/>'
        )
        anchor = "start" if tick == 0 else ("end" if tick == ticks[-1] else "middle")
        body.append(_text(x, axis_y + 16, formatting.number(tick), "bulletin-chart__muted", anchor, 11))
    return _svg(title, description, axis_y + 24, body, ident, standalone)


def series_chart(title: str, unit: str, points: list[Bar], ident: str, standalone: bool = False) -> str:
    """A metric over periods: columns with their values when few, a line when many."""
    description = f"{title}: " + "; ".join(f"{p.label}: {p.shown} {unit}" for p in points) + "."
    top = max((p.value for p in points), default=0)
    ticks = nice_ticks(top)
    left = max(len(formatting.number(t)) for t in ticks) * 6.5 + 12
    plot_top, plot_height = 24.0, 160.0
    bottom = plot_top + plot_height
    width = WIDTH - left - 8
    step = width / max(len(points), 1)
    body: list[str] = []
    for tick in ticks:
        y = bottom - tick / ticks[-1] * plot_height if ticks[-1] else bottom
        body.append(f'<line class="bulletin-chart__grid" x1="{left:.1f}" y1="{y:.1f}" x2="{WIDTH - 8}" y2="{y:.1f}"/>')
        body.append(_text(left - 6, y + 4, formatting.number(tick), "bulletin-chart__muted", "end", 11))
    columns = len(points) <= 8
    # Axis labels that do not collide: "2023" is short, "tính đến tháng 12/2023" is not.
    label_width = max((len(p.label) for p in points), default=4) * 6 + 16
    every = max(1, math.ceil(len(points) * label_width / width))
    previous = None
    for i, point in enumerate(points):
        x = left + step * i + step / 2
        y = bottom - (point.value / ticks[-1] * plot_height if ticks[-1] else 0)
        css = "bulletin-chart__bar" + (" bulletin-chart__bar--approximate" if point.approximate else "")
        if columns:
            bar = min(step * 0.6, 48)
            body.append(
                f'<rect class="{css}" x="{x - bar / 2:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{bottom - y:.1f}" rx="2"/>'
            )
            body.append(_text(x, y - 5, point.shown, anchor="middle", size=11))
        else:
            if previous:
                body.append(
                    f'<line class="bulletin-chart__line" x1="{previous[0]:.1f}" y1="{previous[1]:.1f}" x2="{x:.1f}" y2="{y:.1f}"/>'
                )
            body.append(f'<circle class="bulletin-chart__dot" cx="{x:.1f}" cy="{y:.1f}" r="3"/>')
            previous = (x, y)
        if i % every == 0:
            half = len(point.label) * 3 + 2  # a long label under an edge column stays inside the chart
            body.append(
                _text(min(max(x, half), WIDTH - half), bottom + 16, point.label, "bulletin-chart__muted", "middle", 11)
            )
    body.append(
        f'<line class="bulletin-chart__axis" x1="{left:.1f}" y1="{bottom:.1f}" x2="{WIDTH - 8}" y2="{bottom:.1f}"/>'
    )
    return _svg(title, description, bottom + 26, body, ident, standalone)
