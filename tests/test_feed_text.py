"""The feed's item description is HTML to RSS readers (RSS 2.0: entity-encoded HTML). A lead
is plain text, so markup written in it must reach the reader as words, not as elements."""

from __future__ import annotations

import datetime as dt
import html
import xml.etree.ElementTree as ET
from types import SimpleNamespace

from bulletin.outputs.feed import rss

LEAD = 'Sáng 26/6 <img src=x onerror="alert(1)"> & <b>đậm</b>'


def test_a_lead_with_markup_reaches_feed_readers_as_text():
    day = dt.date(2024, 6, 26)
    moment = dt.datetime.combine(day, dt.time(0, 0), dt.timezone(dt.timedelta(hours=7)))
    article = SimpleNamespace(id="bai", title="Tiêu đề", lead=LEAD, date=day, moment=moment, writers=[], modified=None)
    site = SimpleNamespace(url="https://bantin.example.vn/", title="Bản tin", tagline="Vinh danh")
    feed = ET.fromstring(rss(SimpleNamespace(site=site, articles=[article])))
    description = feed.find("channel/item/description").text
    assert description == 'Sáng 26/6 &lt;img src=x onerror="alert(1)"&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;'
    assert html.unescape(description) == LEAD  # what a reader shows: the lead, word for word
