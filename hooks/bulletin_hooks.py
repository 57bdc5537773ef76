from bulletin.mkdocs.hooks import *  # noqa: F403 - MkDocs calls the on_* events this module exports
