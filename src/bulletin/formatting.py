"""Numbers and dates the Vietnamese way, with Babel's CLDR data for locale "vi"."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "vi"


def number(value: int | float) -> str:
    """6063 -> "6.063"; 2.5 -> "2,5". Telephone numbers are text and never pass here."""
    return format_decimal(value, locale=LOCALE)


def date_short(day: dt.date) -> str:
    """26/6/2024, as the press writes it."""
    return f"{day.day}/{day.month}/{day.year}"


def date_long(day: dt.date) -> str:
    """Thứ Tư, 26/6/2024."""
    return format_date(day, "EEEE, d/M/y", locale=LOCALE)


def month(year: int, month_number: int) -> str:
    """tháng 5/2024."""
    return f"tháng {month_number}/{year}"
