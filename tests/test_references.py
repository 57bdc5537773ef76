"""References looked up by kind (bulletin.model.references): every "không có X mã" and "mã X đã
được dùng" message names the thing as the kinds registry does, and the tables of what documents
define are typed (Tables), so mypy checks every lookup."""

from __future__ import annotations

import dataclasses

import pytest

from bulletin.data import kinds
from bulletin.data.files import load_catalog
from bulletin.data.problems import Location, Problems
from bulletin.model.references import References, Tables, noun
from conftest import DATA, ROOT


def test_an_id_is_named_as_the_kinds_registry_names_it():
    assert noun(kinds.CAMPAIGN) == kinds.CAMPAIGN.label == "phong trào"
    assert noun(kinds.ORGANISATIONS) == kinds.ORGANISATIONS.item_label == "cơ quan"
    assert noun(kinds.FORMS) == "hình thức" and noun(kinds.METRICS) == "chỉ tiêu"
    assert noun(kinds.DECISION) == "quyết định" and noun(kinds.ARTICLE) == "bài viết"


@pytest.mark.parametrize("kind", [k for k in kinds.ALL if k.add], ids=lambda k: k.name)
def test_a_missing_reference_and_its_hint_name_the_same_thing(kind: kinds.Kind):
    """A missing reference and its hint agree: "không có phong trào mã ...; Nếu là phong trào mới"."""
    assert kind.add.startswith(f"nếu là {noun(kind)}"), kind.add


@pytest.fixture()
def refs() -> References:
    problems = Problems()
    return References(load_catalog(DATA, ROOT, problems), problems)


def test_listed_takes_the_kind_and_reports_nothing_on_the_sample(refs: References):
    forms = refs.listed(kinds.FORMS)
    assert forms and all(ident == form.id for ident, form in forms.items())
    assert refs.listed(kinds.ORGANISATIONS) and refs.listed(kinds.METRICS)
    assert refs.problems.items == []


def test_lookup_reports_an_unknown_id_with_the_kinds_noun_and_hint(refs: References):
    where = Location("data/decisions/x.yaml", 3, 7)
    assert refs.lookup({"antq-2019-2024": 1}, kinds.CAMPAIGN, "antq-2019-2024", where) == 1
    assert refs.lookup({"antq-2019-2024": 1}, kinds.CAMPAIGN, "tiep-suc", where) is None
    (problem,) = refs.problems.items
    assert problem.message == (
        "không có phong trào mã 'tiep-suc'; các mã hiện có: antq-2019-2024; " + kinds.CAMPAIGN.add
    ), problem.message


def test_tables_are_typed_and_frozen():
    tables = Tables({}, {}, {}, {}, {}, {})
    assert [f.name for f in dataclasses.fields(Tables)] == [
        "org",
        "form",
        "metric",
        "campaign",
        "decision_ids",
        "decision",
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        tables.org = {}  # type: ignore[misc]
