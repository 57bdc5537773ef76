"""A model object's field as its document writes it: `name = FromDoc[str]()` reads `self.doc.name`.

Pages read the model, never the documents (tests/test_rooms.py); what the model passes through as
the data says it is declared this way, once per field, instead of a property per field."""

from __future__ import annotations

from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")


class FromDoc(Generic[T]):
    """A read-only attribute taken from the object's `doc` under the same name."""

    name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> T:
        return cast(T, getattr(obj.doc, self.name))
