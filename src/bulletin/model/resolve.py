"""From checked files to the resolved bulletin: the entry point (`resolve`) that load.py calls.

Shape errors were found per file by the loader (bulletin.data.files); here we find what only the whole data set shows:
missing or duplicate ids (references), dates and counts that disagree (consistency), placeholders
that name nothing (article_values), images that are not there (figure_images). Decisions and
articles are built by build_decisions and build_articles; a bulletin is made only without errors.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import cast

from bulletin import model
from bulletin.data import documents as d
from bulletin.data import freetext, law, law_vocabulary, people, personal
from bulletin.data.files import Catalog
from bulletin.data.kinds import ARTICLE, CAMPAIGN, DECISION, FORMS, METRICS, ORGANISATIONS, SITE
from bulletin.data.problems import Problems
from bulletin.model.body_checks import EXAMINED
from bulletin.model.build_articles import ArticleBuilder
from bulletin.model.build_decisions import DecisionBuilder
from bulletin.model.consistency import Consistency
from bulletin.model.figure_images import FigureImages
from bulletin.model.references import References, Tables, check_history, noun

__all__ = ["EXAMINED", "resolve"]


def _campaigns(refs: References) -> dict[str, model.Campaign]:
    entries = refs.catalog.campaigns
    refs.unique(noun(CAMPAIGN), ((s.doc.id, s.source.at("id")) for s in entries))
    for s in entries:
        if s.doc.end_year < s.doc.start_year:
            refs.problems.error(s.source.at("end_year"), "period", "end_year phải bằng hoặc sau start_year")
    return {s.doc.id: model.Campaign(s.doc, s.source.path) for s in entries}


def resolve(catalog: Catalog, problems: Problems, today: dt.date | None = None) -> model.Bulletin | None:
    """The resolved bulletin, or None when the data has errors (all of them reported)."""
    try:
        return _resolve(catalog, problems, today)
    finally:
        EXAMINED.flush()  # the bodies this run examined, for the next process
        personal.FOUND.flush()  # and scanned for personal data


def _resolve(catalog: Catalog, problems: Problems, today: dt.date | None) -> model.Bulletin | None:
    refs = References(catalog, problems)
    checks = Consistency(problems, today or dt.date.today())
    images = FigureImages(catalog, problems)
    organisations: dict[str, d.Organisation] = refs.listed(ORGANISATIONS)
    forms: dict[str, d.Form] = refs.listed(FORMS)
    metrics: dict[str, d.Metric] = refs.listed(METRICS)
    forms_file = catalog.singles.get(FORMS.place)
    vocab = law.vocabulary(cast(d.FormList, forms_file.doc) if forms_file else None)
    if forms_file:
        vocab.sound = law_vocabulary.check_vocabulary(cast(d.FormList, forms_file.doc), forms_file.source, problems)
    # Without a readable forms.yaml, levels and authorities are unknown: its own error is the cause.
    if (orgs_file := catalog.singles.get(ORGANISATIONS.place)) is not None:
        if forms_file is not None:
            for i, org in enumerate(cast(d.OrganisationList, orgs_file.doc).organisations):
                law.check_organisation(org, orgs_file.source, ("organisations", i), vocab, problems)
        check_history(cast(d.OrganisationList, orgs_file.doc), orgs_file.source, organisations, problems)
    # The decisions built are added once they all are: a decision looks up files, never built decisions.
    tables = Tables(
        org=organisations,
        form=forms,
        metric=metrics,
        campaign=_campaigns(refs),
        decision_ids={s.doc.id: s for s in catalog.decisions},
        decision={},
    )
    refs.unique(noun(DECISION), ((s.doc.id, s.source.at("id")) for s in catalog.decisions))
    people.check(((s.doc, s.source) for s in catalog.decisions), problems)
    freetext.check(catalog, problems)
    # The day an article announced each decision: the rules in force when the decision gives no date.
    announced: dict[str, dt.date] = {}
    for sourced in catalog.articles:
        for ident in sourced.doc.decisions:
            announced[ident] = min(announced.get(ident, sourced.doc.date), sourced.doc.date)
    decisions: dict[str, model.Decision] = {}
    decision_builder = DecisionBuilder(refs, checks)
    for s in catalog.decisions:
        if (resolved := decision_builder.decision(s, tables, vocab, announced)) is not None:
            decisions.setdefault(resolved.id, resolved)
    tables = dataclasses.replace(tables, decision=decisions)
    refs.unique(noun(ARTICLE), ((s.doc.id, s.source.at("id")) for s in catalog.articles))
    article_builder = ArticleBuilder(refs, checks, images)
    articles = [a for s in catalog.articles if (a := article_builder.article(s, tables)) is not None]
    site = catalog.singles.get(SITE.place)
    if problems.errors or site is None:
        return None
    articles.sort(key=lambda a: (a.date, a.id), reverse=True)
    return model.Bulletin(
        site=cast(d.Site, site.doc),  # singles hold a different model per file
        organisations=tables.org,
        forms=tables.form,
        vocabulary=vocab,
        metrics=tables.metric,
        campaigns=tables.campaign,
        decisions=decisions,
        articles=articles,
        media=catalog.media,
        images=images.images,
        sources={name: sourced.source.path for name, sourced in catalog.singles.items()},
    )
