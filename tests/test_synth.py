"""The synthetic archive (benchmarks/synthetic, made by benchmarks/synth.py): valid for the real
loader, deterministic, and shaped like a real one; and no part of the runtime package."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from bulletin.data.yamlsource import parse_bytes
from bulletin.model import statistics
from bulletin.model.load import load
from conftest import ROOT, bulletin, mkdocs_build, run
from synthetic import write_archive
from synthetic.files import dump

SPECIAL_LETTERS = "ăâđêôơư"
# Combining marks of the five tones: huyền, hỏi, ngã, sắc, nặng.
TONES = {"huyền": "\u0300", "hỏi": "\u0309", "ngã": "\u0303", "sắc": "\u0301", "nặng": "\u0323"}


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    out = tmp_path_factory.mktemp("synth") / "data"
    return out, write_archive(out, articles=12, seed=3)


@pytest.fixture(scope="module")
def loaded(small):
    out, _ = small
    return load(out)


def test_small_archive_loads_without_errors_or_warnings(small, loaded):
    out, counts = small
    assert loaded.problems.items == []
    assert loaded.bulletin is not None
    b = loaded.bulletin
    assert counts["articles"] == len(b.articles) == 12
    assert counts["decisions"] == len(b.decisions)
    # Awards are the named ones; decisions that only count, or say nothing, add none.
    # A person removed on request is counted by the decision but is no award of anyone.
    assert (
        counts["awards"] == len(b.awards) == sum(len(x.collectives) + len(x.individuals) for x in b.decisions.values())
    )
    assert counts["files"] == len(tree(out))
    assert b.site.sample is True and b.site.url == "https://bantin.example.vn/"
    assert {"ubnd-tinh", "cong-an-tinh", "hoi-nong-dan-tinh", "hoi-lhpn-tinh", "hoi-ccb-tinh"} <= set(b.organisations)
    assert len(b.campaigns) >= 4
    years = {a.date.year for a in b.articles}
    assert min(years) == 2005 and max(years) >= 2023


def test_every_data_file_starts_with_a_modeline_that_names_a_real_schema(small):
    out, _ = small
    files = sorted(out.rglob("*.yaml"))
    assert files
    for file in files:
        first = file.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), file
        # Relative as from the project's data/ folder, where an archive is meant to sit.
        as_data = ROOT / "data" / file.relative_to(out)
        target = (as_data.parent / first.split("=", 1)[1]).resolve()
        assert target.parent == (ROOT / "schema").resolve() and target.exists(), (file, first)


def test_figures_and_decisions_of_articles_exist(loaded):
    b = loaded.bulletin
    for article in b.articles:
        assert 0 <= len(article.doc.figures) <= 2
        for figure in article.doc.figures:
            assert figure.image in b.media and figure.alt.strip()
            assert f"{{{{ figure.{figure.id} }}}}" in article.doc.body
        for decision in article.decisions:
            assert decision.doc.date <= article.date
            if decision.published:
                assert decision.doc.counts.collectives == len(decision.doc.collectives)
                assert decision.doc.counts.individuals == len(decision.doc.individuals)


def test_statistics_cover_several_periods(loaded):
    periods = statistics.gather(loaded.bulletin)
    partnered = {p.period for p in periods if any(s.partner for s in p.partners)}
    assert len(partnered) >= 5
    assert all(len(p) == 4 and p.isdigit() for p in partnered)


def test_same_seed_gives_identical_files_and_another_seed_does_not(tmp_path: Path):
    write_archive(tmp_path / "a", articles=12, seed=3)
    write_archive(tmp_path / "b", articles=12, seed=3)
    write_archive(tmp_path / "c", articles=12, seed=4)
    a, b, c = tree(tmp_path / "a"), tree(tmp_path / "b"), tree(tmp_path / "c")
    assert list(a) == list(b)
    for name in a:
        assert a[name] == b[name], name
    assert a != c


def test_refuses_a_folder_that_is_not_empty(tmp_path: Path):
    (tmp_path / "keep.txt").write_text("x", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_archive(tmp_path, articles=1, seed=1)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert write_archive(empty, articles=1, seed=1)["articles"] == 1


def test_about_seventy_awards_per_article(tmp_path: Path):
    counts = write_archive(tmp_path / "data", articles=20, seed=5)
    result = load(tmp_path / "data")
    assert result.problems.items == []
    b = result.bulletin
    average = sum(x.total or 0 for x in b.decisions.values()) / len(b.articles)
    assert 50 <= average <= 90, average
    assert counts["awards"] == len(b.awards)
    assert 3 <= len(b.decisions) / len(b.articles) <= 7


def test_decisions_follow_the_law_and_publish_as_real_articles_do(tmp_path: Path):
    """Most decisions name their recipients, about one in ten only counts them, a few say nothing;
    every issuer is an office at a level with an authority, and no decision names a signer."""
    write_archive(tmp_path / "data", articles=100, seed=7)
    result = load(tmp_path / "data")
    assert result.problems.items == []
    b = result.bulletin
    decisions = list(b.decisions.values())
    counted = [x for x in decisions if not x.published and x.total is not None]
    silent = [x for x in decisions if not x.published and x.total is None]
    assert 0.06 <= len(counted) / len(decisions) <= 0.14
    assert 0.01 <= len(silent) / len(decisions) <= 0.06
    assert all(x.collective_count is None and x.individual_count is None for x in silent)
    assert all(x.doc.signer is None for x in decisions)
    assert all(o.level and o.authority for o in b.organisations.values())
    assert {x.office for x in decisions} >= {
        "Giám đốc Công an tỉnh",
        "Chủ tịch Ủy ban nhân dân tỉnh",
        "Hội Nông dân tỉnh",
    }
    graded = [x for x in decisions if x.doc.grade]
    assert graded and all(x.doc.grade in x.form.grades and x.issuer.id == "chu-tich-nuoc" for x in graded)
    assert any(x.doc.occasion for x in decisions)
    assert any(x.doc.period and x.doc.period != x.campaign.period_key for x in decisions)
    medals = [x for x in decisions if x.kind.id == "ky-niem-chuong"]
    assert medals and all(x.form.id != x.kind.id and not x.doc.collectives for x in medals)
    # A placeholder for a count never meets a decision that gives none.
    for article in b.articles:
        if any(x.total is None for x in article.decisions):
            assert "awards.total" not in article.doc.title + article.doc.lead


def test_people_honoured_again_keep_their_id_across_years(loaded):
    b = loaded.bulletin
    years: dict[str, set[int]] = defaultdict(set)
    records: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for award in b.awards:
        person = award.recipient
        if award.is_individual and person.id:
            years[person.id].add(award.year)
            records[person.id].add((person.name, person.unit or person.locality or ""))
    assert any(len(y) >= 2 for y in years.values())
    # One id, one person: the same name and unit every time.
    assert all(len(r) == 1 for r in records.values())
    individuals = [a for a in b.awards if a.is_individual]
    share = sum(1 for a in individuals if a.recipient.id) / len(individuals)
    assert 0.05 <= share <= 0.3, share


def test_names_use_every_vietnamese_letter_and_tone(loaded):
    names = [a.recipient.name for a in loaded.bulletin.awards if a.is_individual]
    text = " ".join(names)
    lowered = text.lower()
    for letter in SPECIAL_LETTERS:
        assert letter in lowered, letter
    decomposed = unicodedata.normalize("NFD", text)
    for tone, mark in TONES.items():
        assert mark in decomposed, tone
    assert any(a.recipient.given for a in loaded.bulletin.awards if a.is_individual)


def test_recipient_texts_hold_no_long_digit_runs(small):
    out, _ = small
    for file in sorted((out / "decisions").rglob("*.yaml")):
        assert not re.search(r"\d{9,}", file.read_text(encoding="utf-8")), file


def test_the_command_writes_an_archive_that_validates_and_builds(tmp_path: Path):
    data = tmp_path / "data"
    script = [sys.executable, str(ROOT / "benchmarks/synth.py")]
    made = run([*script, str(data), "--articles", "8", "--seed", "4"])  # named, counted and silent decisions
    assert made.returncode == 0, made.output
    assert made.stdout == f"wrote 8 articles, 46 decisions, 561 awards (68 files) in {data}\n"
    assert bulletin("validate", str(data)).returncode == 0
    again = run([*script, str(data), "--articles", "8"])  # never overwrites
    assert (again.returncode, again.stdout) == (2, "")
    assert again.stderr == f"synth.py: {data} exists and is not empty; choose a new folder\n"
    built = mkdocs_build(tmp_path / "site", data=data)
    assert built.returncode == 0, built.output
    assert (tmp_path / "site/tra-cuu/chi-muc/meta.json").is_file()


def test_the_runtime_package_holds_no_generator():
    assert importlib.util.find_spec("bulletin.synth") is None
    assert not any("synth" in p.name for p in (ROOT / "src").rglob("*.py"))
    gone = bulletin("synth", "x")
    assert gone.returncode == 2 and "không có giá trị 'synth'" in gone.stderr


def test_the_core_reads_back_what_the_yaml_library_writes():
    """Values the loader might take for numbers or times stay text; a value used twice (an article's
    date is its ceremony's) is written twice, since the loader refuses aliases."""
    day = dt.date(2024, 6, 26)
    document = {
        "date": day,
        "ceremony": {"date": day},
        "period": "2024",
        "time": "13:20",
        "early": "08:30",
        "value": 6063,
        "text": "6.063",
        "sample": True,
        "body": "Một: hai.\n\n{{ figure.a }}\n",
    }
    text = dump(document)
    assert "&" not in text and "*" not in text
    assert "body: |\n  Một: hai.\n\n  {{ figure.a }}\n" in text  # a literal block, as editors write a body
    parsed = parse_bytes(text.encode("utf-8"))
    assert (parsed.data, parsed.problems) == (document, ())


@pytest.fixture(scope="module")
def journalism(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("synth-journalism") / "data"
    write_archive(out, articles=40, seed=3)  # a seed where every ended council issues
    return load(out)


def test_articles_have_times_authors_sources_credits_ceremonies_and_corrections(journalism):
    assert journalism.problems.items == []
    articles = journalism.bulletin.articles
    docs = [a.doc for a in articles]
    assert sum(1 for x in docs if x.time) / len(docs) >= 0.7
    persons = [[w for w in x.authors if w.kind == "person"] for x in docs]
    assert any(len(p) == 1 and p[0].unit for p in persons)  # one person, with unit
    assert any(len(p) >= 2 for p in persons)  # several persons
    assert any(w.kind == "organisation" for x in docs for w in x.authors)  # a unit as an author
    assert any(x.byline for x in docs)  # the same, in its short form
    reprints = [x for x in docs if x.source]
    assert reprints and all(not x.writers and x.source.url.startswith("https://bao.example.vn/") for x in reprints)
    assert any(x.photo_credit for x in docs) and any(f.credit for x in docs for f in x.figures)
    # A ceremony on most award articles: organised by a body of the archive, on the article's day.
    ceremonies = [a for a in articles if a.doc.ceremony]
    assert len(ceremonies) / len(articles) >= 0.7
    organisations = journalism.bulletin.organisations
    for a in ceremonies:
        c = a.doc.ceremony
        assert c.organiser in organisations and c.date == a.date and c.part_of_day in ("sáng", "chiều", "tối")
    assert any(a.doc.ceremony.place for a in ceremonies)
    corrected = [x for x in docs if x.corrections]
    assert corrected and all(x.date <= c.date <= dt.date(2024, 12, 31) for x in corrected for c in x.corrections)


def test_decisions_have_presenters_revocations_and_removals(journalism):
    decisions = list(journalism.bulletin.decisions.values())
    presented = [x for x in decisions if x.presenter]
    assert 0.05 <= len(presented) / len(decisions) <= 0.5
    on_behalf = [x for x in presented if x.presenter.on_behalf]
    # Thừa ủy quyền: a provincial body presents the Minister's or the President's award.
    assert on_behalf and all(
        x.issuer.id in ("bo-cong-an", "chu-tich-nuoc") and x.presenter.organisation.level == "tinh" for x in on_behalf
    )
    revoked = [x for x in decisions if x.revocation]
    assert 1 <= len(revoked) <= max(1, len(decisions) // 40)
    for x in revoked:
        by = journalism.bulletin.decisions[x.revocation.decision_id]
        assert by.issuer.id == x.issuer.id and by.doc.date == x.revocation.date > x.doc.date
        assert x.revocation.number == by.doc.number and x.revocation.reason
    removed = [x for x in decisions if x.removed_individuals]
    assert removed and all(x.doc.counts.individuals == len(x.doc.individuals) for x in removed)


def test_district_councils_ended_with_successors_and_one_was_renamed(journalism):
    b = journalism.bulletin
    ended = [o for o in b.organisations.values() if o.ended]
    assert len(ended) == 4
    for o in ended:
        assert (o.level, o.ended, len(o.successors)) == ("huyen", dt.date(2025, 6, 30), 2)
        assert all(b.organisations[s].level == "xa" and not b.organisations[s].ended for s in o.successors)
    issued = Counter(x.issuer.id for x in b.decisions.values() if x.issuer.ended)
    assert issued and all(x.doc.date <= x.issuer.ended for x in b.decisions.values() if x.issuer.ended)
    renamed = [o for o in b.organisations.values() if o.names]
    assert [o.id for o in renamed] == ["ubnd-thi-xa-chon-thanh"]
    council = renamed[0]
    assert council.names[0].name == "Ủy ban nhân dân huyện Chơn Thành" and council.name.endswith("thị xã Chơn Thành")
    # It issues only under its earlier name, as the recipients' localities (huyện Chơn Thành) say.
    own = [x for x in b.decisions.values() if x.issuer.id == council.id]
    assert own and set(issued) == {o.id for o in ended}
    for x in own:
        assert x.doc.date <= council.names[0].until and x.office == "Chủ tịch Ủy ban nhân dân huyện Chơn Thành"
