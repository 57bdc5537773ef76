"""`bulletin new KIND`: a valid, commented YAML file in the right folder with the right name.

Values come from flags; in a terminal, missing ones are asked for, with the valid
choices from the data, and a wrong answer is asked again with the reason. The file
is rendered in memory and put through the loader's own checks (YAML, model, references
against data/) before it is written; nothing that fails them reaches data/, and an
existing file is never overwritten.

options: the flags and their help; checks: one answer's checks; ask: answers from flags
or the terminal; context: what the data already holds; drafts: the three kinds' YAML;
create: the whole file checked, then written.
"""

from bulletin.scaffold.ask import Ask, ScaffoldError
from bulletin.scaffold.create import create, next_step
from bulletin.scaffold.options import EVERY_KIND, FIELDS, KIND_NAMES, OPTIONS, REPEATED, SWITCHES, unused_options

__all__ = [
    "EVERY_KIND",
    "FIELDS",
    "KIND_NAMES",
    "OPTIONS",
    "REPEATED",
    "SWITCHES",
    "Ask",
    "ScaffoldError",
    "create",
    "next_step",
    "unused_options",
]
