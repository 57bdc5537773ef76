"""Numbers and dates the Vietnamese way, with Babel's CLDR data for locale "vi"."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "vi"
# Parsed once: Babel parses a locale given by name on every call, most of a number's cost.
_LOCALE = Locale.parse(LOCALE)


@functools.lru_cache(maxsize=1 << 14, typed=True)  # pages print the same few counts thousands of times
def number(value: int | float) -> str:
    """6063 -> "6.063"; 2.5 -> "2,5". Telephone numbers are text and never pass here."""
    return format_decimal(value, locale=_LOCALE)


def date_short(day: dt.date) -> str:
    """26/6/2024, as the press writes it."""
    return f"{day.day}/{day.month}/{day.year}"


def date_long(day: dt.date) -> str:
    """Thứ Tư, 26/6/2024."""
    return format_date(day, "EEEE, d/M/y", locale=_LOCALE)


def month(year: int, month_number: int) -> str:
    """tháng 5/2024."""
    return f"tháng {month_number}/{year}"


def quantity(value: int | float, approximate: bool = False) -> str:
    """6.063, or "gần 6.000" when the source says the figure is approximate."""
    shown = number(value)
    return f"gần {shown}" if approximate else shown


def as_of(value: str | dt.date) -> str:
    """ "tính đến tháng 5/2024" for 2024-05, "tính đến 31/5/2024" for a day."""
    if isinstance(value, dt.date):
        return f"tính đến {date_short(value)}"
    year, month_number = value.split("-")
    return f"tính đến {month(int(year), int(month_number))}"


# Vietnam has one time zone and no daylight saving: usable even where the system has no tzdata.
VIETNAM_ZONE = "Asia/Ho_Chi_Minh"
VIETNAM = dt.timezone(dt.timedelta(hours=7))


@functools.lru_cache(maxsize=64)
def zone(name: str) -> dt.tzinfo | None:
    """The time zone called `name` (IANA), or None when there is none by that name."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return VIETNAM if name == VIETNAM_ZONE else None
