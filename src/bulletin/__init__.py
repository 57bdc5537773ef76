"""Core of the recognition bulletin: data -> validated model -> Markdown pages.

This package never imports mkdocs; the adapter lives in hooks/.
"""
