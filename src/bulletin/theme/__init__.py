"""The bulletin's theme: Material for MkDocs extended by blocks (main.html, 404.html), two empty
partials for Material's inline scripts, Vietnamese labels by key (partials/languages/vi-custom.html),
and the assets every page links (assets/: the stylesheet, the photo viewer, the search page's and
the lookup's scripts, the logo).

This folder is a theme directory as MkDocs reads one (a `custom_dir`: templates first, any other
file copied into the site; MkDocs leaves out *.py). The MkDocs adapter (bulletin.mkdocs) puts it in
place through the configuration; without the hooks a configuration names it (mkdocs-plain.yml
reads the values below with `!!python/name:`), and `bulletin generate` writes its assets beside the
pages. What the theme needs of Material's settings is declared here once, for both paths.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from bulletin import urls

# A str, as MkDocs' theme settings take one (custom_dir, Theme.dirs).
DIRECTORY: Final = str(Path(__file__).resolve().parent)
ASSETS: Final = "assets"
# In the order pages load them.
STYLESHEETS: Final = [f"{ASSETS}/bulletin.css"]
SCRIPTS: Final = [f"{ASSETS}/bulletin.js", f"{ASSETS}/bulletin-search.js", f"{ASSETS}/bulletin-lookup.js"]
# Material's Vietnamese with the bulletin's own words (partials/languages/vi-custom.html).
LANGUAGE: Final = "vi-custom"
# One scheme and no toggle: the stylesheet sets the colours ("custom") and follows the reader's
# device into dark (prefers-color-scheme), since Material's own switch needs its JavaScript.
PALETTE: Final = {"scheme": "default", "primary": "custom", "accent": "custom"}
# "Sửa nội dung này" on a page, shown only when the bulletin names where its files are edited.
FEATURES: Final = ["content.action.edit"]
# The masthead's sections: the navigation stays this size however large the archive grows
# (articles, decisions and archives are reached from these pages).
NAV: Final = [{name: urls.index(section) if section else urls.HOME} for section, name in urls.SECTION_NAMES.items()]


def assets() -> list[Path]:
    """The files of assets/, as they are copied into a site (`bulletin generate`)."""
    folder = Path(DIRECTORY) / ASSETS
    return sorted(p for p in folder.iterdir() if p.is_file())
