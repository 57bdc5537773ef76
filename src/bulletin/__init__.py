"""Core of the recognition bulletin: YAML data -> validated model -> pages (front matter and
HTML from autoescaping templates) -> any engine; bulletin.pipeline drives it.

Only the adapter subpackage bulletin.mkdocs imports mkdocs (hooks/ holds the one-line file MkDocs
loads); the theme it puts in place is bulletin/theme.
"""
