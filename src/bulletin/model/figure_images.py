"""The images an article's figures name: inside media/, written in one spelling, present, readable
as images, and published under names no other image takes. Each file is inspected once."""

from __future__ import annotations

import posixpath

from bulletin.data import media
from bulletin.data.files import Catalog
from bulletin.data.problems import Location, Problems
from bulletin.model.references import unknown


class FigureImages:
    def __init__(self, catalog: Catalog, problems: Problems) -> None:
        self.catalog = catalog
        self.problems = problems
        # Figures' images by data path: the checked ones for pages, and every answer once.
        self.images: dict[str, media.Image] = {}
        self.inspected: dict[str, media.Image | str] = {}
        self.published: dict[str, str] = {}  # site path -> data path, to refuse two images on one name

    def check(self, image: str, where: Location) -> None:
        normal = posixpath.normpath(image)
        if image.startswith("/") or normal.startswith(".."):
            self.problems.error(where, "media-path", f"ảnh '{image}' phải nằm trong thư mục media/ của dữ liệu")
        elif normal != image:  # pages name the image as written: one spelling per file
            self.problems.error(
                where,
                "media-path",
                f"đường dẫn ảnh '{image}' có '.', '..' hoặc '//' thừa; hãy viết gọn: {normal}",
            )
        elif any(part.startswith(".") for part in normal.split("/")):
            # MkDocs leaves hidden files out of the site: the page would show a broken image.
            self.problems.error(
                where,
                "media-path",
                f"ảnh '{image}' là tệp ẩn (tên tệp hoặc thư mục bắt đầu bằng dấu '.') nên không được xuất bản; "
                "hãy đổi tên, bỏ dấu '.' ở đầu",
            )
        elif any(normal == r or normal.startswith(r + "/") for r in self.catalog.refused):
            pass  # a link, device or oversized file: reported at the file itself
        elif normal not in self.catalog.media:
            self.problems.error(
                where, "missing-media", unknown("ảnh", normal, self.catalog.media).replace("mã ", "", 1)
            )
        elif normal not in self.inspected:  # each file is checked, and reported, once
            found = self.inspected[normal] = media.inspect(self.catalog.data_dir / normal, normal)
            if isinstance(found, str):
                self.problems.error(where, "media-content", f"ảnh '{normal}': {found}")
                return
            self.images[normal] = found
            for path, _ in media.srcset(found):
                other = self.published.setdefault(path, normal)
                if other != normal:
                    self.problems.error(
                        where,
                        "media-name",
                        f"ảnh '{normal}' sẽ được xuất bản thành '{path}', trùng với ảnh '{other}'; "
                        "hãy đổi tên một trong hai tệp",
                    )
                    break
