"""Problems found in the data, each tied to a file, line and column."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# The word printed before the message; editors read Vietnamese.
SEVERITY_LABEL = {Severity.ERROR: "lỗi", Severity.WARNING: "cảnh báo"}


@dataclass(frozen=True, order=True)
class Location:
    """A place in a data file; line and column count from 1, as editors see them."""

    path: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    location: Location
    message: str
    code: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.location}: {SEVERITY_LABEL[self.severity]}: {self.message}"


@dataclass
class Problems:
    """Collects every problem of a run so the editor sees them all at once."""

    items: list[Problem] = field(default_factory=list)

    def error(self, location: Location, code: str, message: str) -> None:
        self.items.append(Problem(location, message, code, Severity.ERROR))

    def warning(self, location: Location, code: str, message: str) -> None:
        self.items.append(Problem(location, message, code, Severity.WARNING))

    def extend(self, other: Problems) -> None:
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.WARNING]

    def sorted(self) -> list[Problem]:
        return sorted(self.items, key=lambda p: (p.location, p.severity.value, p.message))

    def __bool__(self) -> bool:
        return bool(self.items)


class DataError(Exception):
    """Raised when the data cannot be turned into a site; carries every problem found."""

    def __init__(self, problems: Problems):
        self.problems = problems
        count = len(problems.errors)
        super().__init__(f"Dữ liệu có {count} lỗi; chưa thể dựng trang.")
