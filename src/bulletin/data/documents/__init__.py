"""The shape of every data file, one model per kind of real-world document.

Pydantic validates the files and, from the same classes, can emit the JSON Schema
that editors' tools use, so the two can never drift apart. Field names are short
English words; descriptions are in Vietnamese for the editors who read them.

One module per kind of document, each with its own field checks; what they share (the strict
base model, ids, texts, dates) is in fields, web addresses in addresses. The model, the
registry of kinds and the schema export read the classes from here: `documents.Decision`.
JSON Schema names its definitions by class name, so a class name is part of the schema.
"""

from __future__ import annotations

from bulletin.data.documents.addresses import Link, SiteAddress
from bulletin.data.documents.articles import (
    Article,
    AsOf,
    Author,
    Ceremony,
    Clock,
    Correction,
    Credit,
    Figure,
    PartOfDay,
    Source,
    Statistic,
    StatisticGroup,
)
from bulletin.data.documents.campaigns import Campaign
from bulletin.data.documents.decisions import (
    Collective,
    CollectiveEntry,
    Counts,
    Decision,
    Individual,
    IndividualEntry,
    Period,
    Presenter,
    Removed,
    Revocation,
    Signer,
)
from bulletin.data.documents.fields import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_COUNT,
    MAX_ID_LENGTH,
    MAX_LONG_TEXT,
    MAX_TEXT,
    MAX_VALUE,
    Count,
    Date,
    Id,
    Line,
    LongText,
    RecipientId,
    Strict,
    Text,
)
from bulletin.data.documents.forms import Authority, Form, FormList, Law, Level, RecipientKind, Rule
from bulletin.data.documents.metrics import Metric, MetricList
from bulletin.data.documents.organisations import FormerName, Organisation, OrganisationList
from bulletin.data.documents.site import Contact, Site
from bulletin.vietnamese.formatting import VIETNAM_ZONE

__all__ = [
    # shared
    "FIRST_YEAR",
    "LAST_YEAR",
    "MAX_COUNT",
    "MAX_ID_LENGTH",
    "MAX_LONG_TEXT",
    "MAX_TEXT",
    "MAX_VALUE",
    # data/articles/
    "VIETNAM_ZONE",
    "Article",
    "AsOf",
    "Author",
    # data/forms.yaml
    "Authority",
    # data/campaigns/
    "Campaign",
    "Ceremony",
    "Clock",
    # data/decisions/
    "Collective",
    "CollectiveEntry",
    # data/bulletin.yaml
    "Contact",
    "Correction",
    "Count",
    "Counts",
    "Credit",
    "Date",
    "Decision",
    "Figure",
    "Form",
    "FormList",
    # data/organisations.yaml
    "FormerName",
    "Id",
    "Individual",
    "IndividualEntry",
    "Law",
    "Level",
    "Line",
    "Link",
    "LongText",
    # data/metrics.yaml
    "Metric",
    "MetricList",
    "Organisation",
    "OrganisationList",
    "PartOfDay",
    "Period",
    "Presenter",
    "RecipientId",
    "RecipientKind",
    "Removed",
    "Revocation",
    "Rule",
    "Signer",
    "Site",
    "SiteAddress",
    "Source",
    "Statistic",
    "StatisticGroup",
    "Strict",
    "Text",
]
