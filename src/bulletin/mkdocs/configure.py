"""The package's theme put in place through MkDocs' configuration, in on_config, so that a
bulletin's mkdocs.yml names only its title, Material and its language, the hooks and its data.

Material reads a theme directory first from `theme.custom_dir`; MkDocs' Theme keeps the folders
it searches in `Theme.dirs`, custom_dir first. The bulletin's theme (bulletin.theme) joins that
list after a bulletin's own custom_dir, so a bulletin can still override any of our templates,
and before Material's. MkDocs builds its template environment and copies the theme's static
files (our assets/) after on_config, from that list. Files a bulletin puts at the same place in
docs/ replace ours (MkDocs: theme files never override docs files).
"""

from __future__ import annotations

import copy

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig

from bulletin import theme


def install(config: MkDocsConfig) -> None:
    dirs = config.theme.dirs
    if theme.DIRECTORY not in dirs:
        dirs.insert(1 if config.theme.custom_dir else 0, theme.DIRECTORY)
    # The stylesheet is written for this one scheme; a bulletin that names a palette keeps it.
    if not config.theme.get("palette"):
        config.theme["palette"] = dict(theme.PALETTE)
    features = list(config.theme.get("features") or [])
    config.theme["features"] = features + [f for f in theme.FEATURES if f not in features]
    # The sections, unless the bulletin lists its own (to add hand-written pages, say).
    if config.nav is None:
        config.nav = copy.deepcopy(theme.NAV)
    # Ours first, so that a bulletin's own stylesheets and scripts come after and win.
    css = [str(path) for path in config.extra_css]
    config.extra_css = [path for path in theme.STYLESHEETS if path not in css] + css
    scripts = list(config.extra_javascript)
    listed = {str(script) for script in scripts}
    ours: list[ExtraScriptValue | str] = [path for path in theme.SCRIPTS if path not in listed]
    config.extra_javascript = ours + scripts
