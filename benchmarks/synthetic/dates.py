"""The archive's twenty years. No date comes from the clock: the same seed, the same archive."""

from __future__ import annotations

import datetime as dt

FIRST_YEAR, LAST_YEAR = 2005, 2024
# The last day an article may carry; the archive never reaches the clock's today.
LAST_DAY = dt.date(LAST_YEAR, 12, 20)
CAMPAIGN_YEARS = ((2005, 2009), (2010, 2014), (2015, 2019), (2020, 2024))
# The district level ended on this day (organisations.yaml: ended, successors).
REFORM_END = dt.date(2025, 6, 30)
