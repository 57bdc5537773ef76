"""A synthetic provincial archive for benchmarks and tests: twenty years of articles and award
decisions, written as a complete data directory in data/'s layout. 700 articles hold about
43,000 named awards in about 3,560 decisions.

    python3 benchmarks/synth.py DIR --articles 700 --seed 7
    from synthetic import write_archive   # with benchmarks/ on sys.path (pytest adds it)

The same seed gives byte-identical files wherever they are written (archive.py: one random
stream, in a fixed order); no date comes from the clock. The data passes every check of the
loader without a warning:
- forms.yaml holds the Law's vocabulary, every organisation an office, a level and an authority;
  each decision's issuer may award its form under the law in force on its date; no decision
  names a signer;
- most decisions name their recipients, about 10% give only counts (names: unpublished), about
  3% neither; a count a decision does not give is never used in a title or lead; counts agree
  with the lists; every reference names an existing id;
- decision dates come before the article that announces them and fall within the campaign's
  years; nothing is dated in the future;
- nobody is listed twice in one decision; a person honoured again (about 15% of individual
  awards) always carries the same id, name and unit; everyone else has a name and unit found
  nowhere else; collectives honoured more than once carry an id made from their name;
- recipient texts hold no long digit runs (nothing that looks like a phone or ID number);
- what real archives record: publication times, authors, bylines and reprints' sources, photo
  credits, ceremonies, corrections, presenters ("thừa ủy quyền"), revocations, names removed on
  request, and four district councils that ended on 2025-06-30 with successors, one renamed.
"""

from .files import write_archive

__all__ = ["write_archive"]
