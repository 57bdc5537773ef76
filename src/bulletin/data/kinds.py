"""The kinds of data file, declared once: where each lives under data/, the model that checks it,
the name of its JSON Schema and of `bulletin new`'s word for it, the list a settings file holds,
the free text it carries, and what an editor is told to do when a reference names one that does
not exist yet.

The loader, the schema export, the editor settings (.vscode/settings.json, written by
`bulletin schema`), `bulletin new`, the free-text checks and the reference messages read this
table; adding a kind of file is one entry here and its model in the documents package.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from bulletin.data import documents as d

DATA_DIR = "data"
YAML_SUFFIXES = (".yaml", ".yml")
MEDIA_FOLDER = "media"


@dataclass(frozen=True)
class Kind:
    name: str  # the schema's file name and `bulletin new`'s word: "decision"
    place: str  # under data/: a folder of one file per document ("decisions") or one file ("forms.yaml")
    model: type[BaseModel]
    label: str  # what editors call one: "quyết định"
    items: str = ""  # the key of a settings file's list ("organisations"); "" for the document itself
    item_label: str = ""  # what an id in that list names, in messages: "mã cơ quan 'x' đã được dùng"
    texts: tuple[str, ...] = ()  # a single file's free-text fields, checked for personal data and placeholders
    add: str = ""  # how an editor adds one a reference names but nobody wrote yet
    by_year: bool = False  # its folder is sorted into years: decisions/2024/...

    @property
    def single(self) -> bool:
        return self.place.endswith(YAML_SUFFIXES)

    @property
    def pattern(self) -> str:
        """Its files, as editors' tools match them from the repository root."""
        if self.single:
            return f"{DATA_DIR}/{self.place}"
        return f"{DATA_DIR}/{self.place}/" + ("**/*.yaml" if self.by_year else "*.yaml")


SITE = Kind(
    "bulletin",
    "bulletin.yaml",
    d.Site,
    "cấu hình bản tin",
    texts=("title", "tagline", "publisher", "sample_notice", "responsible", "licence"),
)
ORGANISATIONS = Kind(
    "organisations",
    "organisations.yaml",
    d.OrganisationList,
    "cơ quan, tổ chức",
    items="organisations",
    item_label="cơ quan",
    texts=("name", "short_name"),
    add="nếu là cơ quan, tổ chức mới, hãy thêm vào data/organisations.yaml",
)
FORMS = Kind(
    "forms",
    "forms.yaml",
    d.FormList,
    "hình thức khen thưởng",
    items="forms",
    item_label="hình thức",
    texts=("name",),
    add="nếu là hình thức mới, hãy thêm vào data/forms.yaml",
)
METRICS = Kind(
    "metrics",
    "metrics.yaml",
    d.MetricList,
    "chỉ tiêu",
    items="metrics",
    item_label="chỉ tiêu",
    texts=("label", "unit"),
    add="nếu là chỉ tiêu mới, hãy thêm vào data/metrics.yaml",
)
CAMPAIGN = Kind(
    "campaign",
    "campaigns",
    d.Campaign,
    "phong trào",
    add="nếu là phong trào mới, hãy tạo tệp trong data/campaigns/ (lệnh: bulletin new campaign)",
)
ARTICLE = Kind("article", "articles", d.Article, "bài viết", by_year=True)
DECISION = Kind(
    "decision",
    "decisions",
    d.Decision,
    "quyết định",
    by_year=True,
    add="nếu là quyết định mới, hãy tạo tệp trong data/decisions/ (lệnh: bulletin new decision)",
)

ALL = (SITE, ORGANISATIONS, FORMS, METRICS, CAMPAIGN, ARTICLE, DECISION)
SINGLES = tuple(kind for kind in ALL if kind.single)
FOLDERS = tuple(kind for kind in ALL if not kind.single)
# What `bulletin new` writes, by its word for it, the most written first.
NEW = {kind.name: kind for kind in (DECISION, ARTICLE, CAMPAIGN)}
BY_PLACE = {kind.place: kind for kind in ALL}
