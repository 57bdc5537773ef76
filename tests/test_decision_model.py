"""model.Decision read directly: its title formula and the counts it can know."""

from __future__ import annotations

from bulletin import model
from bulletin.data import documents as d

BOSS = d.Organisation(id="bo-x", name="Bộ Công an", short_name="BCA", head="Bộ trưởng")
BODY = d.Organisation(id="hoi", name="Hội Nông dân tỉnh", short_name="Hội ND tỉnh")
MEDAL = d.Form(id="ky-niem-chuong", name="Kỷ niệm chương", recipients=["individuals"], of="body")
NAMED_MEDAL = d.Form(id="knc-antq", name="Kỷ niệm chương “Vì sự nghiệp bảo vệ an ninh Tổ quốc”", kind="ky-niem-chuong")
PRAISE = d.Form(id="bang-khen", name="Bằng khen")


def decision(issuer: d.Organisation, form: d.Form, kind: d.Form | None = None, **fields) -> model.Decision:
    doc = d.Decision(id="qd", issuer=issuer.id, form=form.id, **fields)
    return model.Decision(doc, "qd.yaml", issuer, form, None, kind=kind or form)


def test_the_title_names_the_office_or_the_body_as_forms_yaml_says():
    assert decision(BOSS, PRAISE, names="unpublished").title == "Bằng khen của Bộ trưởng Bộ Công an"
    # A named medal is named after the body, as its kind says: the Ministry's medal, not the Minister's.
    medal = decision(BOSS, NAMED_MEDAL, MEDAL, names="unpublished")
    assert medal.title == "Kỷ niệm chương “Vì sự nghiệp bảo vệ an ninh Tổ quốc” của Bộ Công an"
    assert medal.office == "Bộ trưởng Bộ Công an"
    assert decision(BODY, PRAISE, names="unpublished").title == "Bằng khen của Hội Nông dân tỉnh"
    graded = d.Form(id="hc", name="Huân chương Chiến công", grades=["hạng Nhất", "hạng Ba"])
    assert decision(BOSS, graded, grade="hạng Ba", names="unpublished").award_name == "Huân chương Chiến công hạng Ba"


def test_a_count_the_source_does_not_give_is_unknown_unless_the_form_excludes_that_kind():
    counts = d.Counts(individuals=9)
    # "9 đồng chí" of a medal only individuals may receive: no collective, and a total of 9.
    medal = decision(BOSS, NAMED_MEDAL, MEDAL, names="unpublished", counts=counts)
    assert (medal.collective_count, medal.individual_count, medal.total) == (0, 9, 9)
    # The same count of a Bằng khen leaves its collectives unknown, and so its total.
    praise = decision(BOSS, PRAISE, names="unpublished", counts=counts)
    assert (praise.collective_count, praise.individual_count, praise.total) == (None, 9, None)
    nothing = decision(BOSS, PRAISE, names="unpublished")
    assert (nothing.collective_count, nothing.individual_count, nothing.total, nothing.published) == (
        None,
        None,
        None,
        False,
    )
    named = decision(BOSS, PRAISE, collectives=[d.Collective(name="Công an xã A")])
    assert (named.collective_count, named.individual_count, named.total, named.published) == (1, 0, 1, True)


def test_sums_are_unknown_when_any_part_is():
    assert model.known_sum([1, 2, 3]) == 6
    assert model.known_sum([1, None, 3]) is None
    assert model.known_sum([]) == 0


def test_periods_read_as_years_or_a_range():
    assert model.period_label("2019-2024") == "2019 – 2024"
    assert model.period_label("2019") == "năm 2019"
    assert model.period_label("2019-2019") == "năm 2019"


def test_a_ceremony_names_its_organiser_as_it_was_on_the_day():
    import datetime as dt

    renamed = d.Organisation(
        id="ca-tx",
        name="Công an phường B",
        short_name="CA phường B",
        names=[d.FormerName(name="Công an thị xã A", until=dt.date(2025, 2, 28))],
    )
    then = model.Ceremony(renamed, None, dt.date(2020, 8, 17), "sáng")
    assert (then.organiser_name, then.when) == ("Công an thị xã A", "sáng 17/8/2020")
    assert model.Ceremony(renamed, None, None, None).organiser_name == "Công an phường B"
    assert model.Ceremony(None, "Hội trường", None, None).organiser_name is None
