"""The MkDocs adapter: drives the bulletin pipeline (bulletin.pipeline) from MkDocs' events.

The only part of the package that imports mkdocs (tests/test_rooms_mkdocs.py checks it). A
bulletin's hooks file is one line, `from bulletin.mkdocs.hooks import *`: MkDocs loads that file
as a module and calls the `on_*` functions it finds there.

  hooks      the events, the one build's state kept between them
  build      that state (`Run`), the warning count and the guard that turns bugs into a message
  configure  the package's theme, sections and scripts put into MkDocs' configuration
  serve      `mkdocs serve`: keep serving the last good site, keep watching data/
"""
