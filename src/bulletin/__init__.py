"""Core of the recognition bulletin: YAML data -> validated model -> pages (front matter and
HTML from autoescaping templates) -> any engine; bulletin.pipeline drives it.

This package never imports mkdocs; the adapter lives in hooks/.
"""
