"""What the data already holds, read as far as the files can be read: the ids to choose from,
a form's grades and recipients, the campaigns and the one running in a given year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bulletin.data import kinds
from bulletin.data.problems import Problems
from bulletin.data.yamlsource import load_yaml


@dataclass
class Context:
    """The data folder a new file goes into, and the day it is made (no date after it)."""

    data_dir: Path
    root: Path
    today: dt.date = field(default_factory=dt.date.today)

    def ids(self, file: str, key: str) -> list[str]:
        document = load_yaml(self.data_dir / file, file, Problems())
        items = document.data.get(key, []) if document and isinstance(document.data, dict) else []
        return [x["id"] for x in items if isinstance(x, dict) and isinstance(x.get("id"), str)]

    @cached_property
    def forms(self) -> dict[str, dict[str, object]]:
        """forms.yaml's forms as written, by id, as far as the file can be read."""
        document = load_yaml(self.data_dir / kinds.FORMS.place, kinds.FORMS.place, Problems())
        items = document.data.get("forms", []) if document and isinstance(document.data, dict) else []
        return {x["id"]: x for x in items if isinstance(x, dict) and isinstance(x.get("id"), str)}

    def grades(self, form: str) -> list[str]:
        grades = self.forms.get(form, {}).get("grades")
        return [g for g in grades if isinstance(g, str)] if isinstance(grades, list) else []

    def recipients(self, form: str) -> list[str]:
        """Who may receive the form (its own rule, else its kind's; both when neither says)."""
        own = self.forms.get(form, {})
        kind = self.forms.get(str(own.get("kind")), {})
        allowed = own.get("recipients", kind.get("recipients"))
        return (
            [k for k in allowed if k in ("collectives", "individuals")]
            if isinstance(allowed, list)
            else ["collectives", "individuals"]
        )

    @cached_property
    def campaigns(self) -> dict[str, tuple[int, int]]:
        """Campaign id -> (start year, end year), as far as the files can be read."""
        found = {}
        for file in sorted((self.data_dir / kinds.CAMPAIGN.place).glob("*.yaml")):
            document = load_yaml(file, file.name, Problems())
            data = document.data if document and isinstance(document.data, dict) else {}
            if isinstance(data.get("id"), str):
                start, end = data.get("start_year"), data.get("end_year")
                found[data["id"]] = (start if isinstance(start, int) else 0, end if isinstance(end, int) else 9999)
        return found

    def campaign_for(self, year: int) -> str:
        """The campaign running that year (or the year after its end, when results are announced)."""
        running = [c for c, (start, end) in self.campaigns.items() if start <= year <= end + 1]
        return running[-1] if running else ""
