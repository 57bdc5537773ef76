"""The bulletin as the pages see it: references resolved, figures computed from data.

Pages and outputs read the model only, never bulletin.data.documents: what they need of a
document is a property of its model object (Decision.number, Article.figures, ...), and the data's
value shapes that the model passes through unchanged are named here too.

The resolved objects:
    campaigns       Campaign, its period in words
    decisions       Decision, Presenter, Revocation; Recipient; known_sum
    articles        Article, Ceremony, Statistic, StatisticGroup
    bulletin        Bulletin and what it works out once per build: Award, Involvement, profiles
    illustrative    the notices of what is illustrative or a sample
From checked files to a Bulletin (load calls resolve):
    resolve         the entry point; build_decisions and build_articles make the objects
    references      ids used once and defined where named; where to add a new one
    consistency     dates, periods and counts a document must agree with
    article_values  what {{ placeholders }} name; figure_images: the figures' files
Article bodies: body (parsing), body_checks and body_messages (the checks and their words).
"""

from __future__ import annotations

# The data's shapes, used by the model as they are (bulletin.data.documents): pages name them
# from here, so that they read the model only.
from bulletin.data.documents import (
    Author,
    Collective,
    Correction,
    Figure,
    Form,
    Individual,
    Level,
    Metric,
    Organisation,
    Signer,
    Site,
    Source,
)
from bulletin.model.articles import Article, Ceremony, Statistic, StatisticGroup
from bulletin.model.bulletin import PROFILE_MIN_AWARDS, Award, Bulletin, Involvement
from bulletin.model.campaigns import Campaign, period_label
from bulletin.model.decisions import Decision, Presenter, Recipient, Revocation, known_sum
from bulletin.model.illustrative import (
    DEFAULT_SAMPLE_NOTICE,
    ILLUSTRATIVE_ARTICLE,
    ILLUSTRATIVE_DECISION,
    ILLUSTRATIVE_NAMES,
    ILLUSTRATIVE_SOME_NAMES,
    notices,
)

__all__ = [
    "DEFAULT_SAMPLE_NOTICE",
    "ILLUSTRATIVE_ARTICLE",
    "ILLUSTRATIVE_DECISION",
    "ILLUSTRATIVE_NAMES",
    "ILLUSTRATIVE_SOME_NAMES",
    "PROFILE_MIN_AWARDS",
    "Article",
    "Author",
    "Award",
    "Bulletin",
    "Campaign",
    "Ceremony",
    "Collective",
    "Correction",
    "Decision",
    "Figure",
    "Form",
    "Individual",
    "Involvement",
    "Level",
    "Metric",
    "Organisation",
    "Presenter",
    "Recipient",
    "Revocation",
    "Signer",
    "Site",
    "Source",
    "Statistic",
    "StatisticGroup",
    "known_sum",
    "notices",
    "period_label",
]
