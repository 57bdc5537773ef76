"""The image pipeline, called directly: recognition by content, inert SVG, re-encoding
without EXIF/GPS, and the loader's refusal of links, devices and oversized files."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image as PILImage
from PIL import features

from bulletin.data import media
from bulletin.data.files import LINK, SPECIAL
from bulletin.outputs import images
from conftest import bulletin
from imports import spelled
from test_corpus import prepare

NOT_AN_IMAGE = media.NOT_AN_IMAGE


def _picture(size: tuple[int, int] = (1200, 800), mode: str = "RGB") -> PILImage.Image:
    """A gradient with a red block in the stored top-left corner, to see where it ends up."""
    im = PILImage.linear_gradient("L").resize(size).convert(mode)
    im.paste((255, 0, 0) if mode == "RGB" else (255, 0, 0, 255), (0, 0, size[0] // 6, size[1] // 6))
    return im


def _encoded(fmt: str, size: tuple[int, int] = (1200, 800), **options: object) -> bytes:
    out = io.BytesIO()
    _picture(size, "RGBA" if fmt in ("PNG", "WEBP", "AVIF") else "RGB").save(out, fmt, **options)
    return out.getvalue()


def _file(tmp_path: Path, name: str, data: bytes) -> tuple[Path, str]:
    file = tmp_path / "media" / name
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(data)
    return file, f"media/{name}"


def _inspected(tmp_path: Path, name: str, data: bytes) -> media.Image | str:
    return media.inspect(*_file(tmp_path, name, data))


def _reopen(data: bytes) -> PILImage.Image:
    im = PILImage.open(io.BytesIO(data))
    im.load()
    return im


# -- EXIF and GPS -------------------------------------------------------------------------


def _photo_with_gps() -> bytes:
    exif = PILImage.Exif()
    exif[0x010F] = "Canon"  # Make
    exif[0x0110] = "EOS 5D Mark IV"  # Model
    exif[0x0132] = "2024:06:26 08:30:00"  # DateTime
    exif[0x0112] = 6  # Orientation: turn 90 degrees clockwise to display
    exif.get_ifd(0x8825).update({1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 12.0)})  # GPSInfo
    return _encoded("JPEG", exif=exif, comment=b"may-anh-cua-phong", xmp=b"<x:xmpmeta>GPSLatitude</x:xmpmeta>")


def test_a_published_photo_carries_no_exif_gps_xmp_or_comment_and_is_upright(tmp_path: Path):
    data = _photo_with_gps()
    source = _reopen(data)
    assert source.getexif()[0x0112] == 6 and source.getexif().get_ifd(0x8825)  # the input really has them
    image = _inspected(tmp_path, "2024/anh.jpg", data)
    assert isinstance(image, media.Image)
    assert (image.kind, image.width, image.height) == ("jpeg", 800, 1200)  # as displayed
    files = images.publish(image, tmp_path)
    assert [path for path, _ in files] == ["media/2024/anh-480w.jpg", "media/2024/anh.jpg"]
    assert media.srcset(image) == [("media/2024/anh-480w.jpg", 480), ("media/2024/anh.jpg", 800)]
    for (path, out), width in zip(files, (480, 800), strict=True):
        im = _reopen(out)
        assert im.format == "JPEG"
        assert im.size == (width, width * 3 // 2), path
        assert len(im.getexif()) == 0 and "exif" not in im.info
        assert not {"xmp", "comment", "XML:com.adobe.xmp"} & set(im.info)
        for secret in (b"Exif", b"Canon", b"EOS 5D", b"2024:06:26", b"GPS", b"may-anh"):
            assert secret not in out, (path, secret)
        # The red block stored top-left is top-right once turned clockwise.
        red = im.convert("RGB").getpixel((im.width - 5, 5))
        assert red[0] > 200 and red[1] < 60, red
        corner = im.convert("RGB").getpixel((5, 5))
        assert not (corner[0] > 200 and corner[1] < 60), corner


def test_publishing_is_deterministic(tmp_path: Path):
    image = _inspected(tmp_path, "anh.jpg", _photo_with_gps())
    assert isinstance(image, media.Image)
    assert images.publish(image, tmp_path) == images.publish(image, tmp_path)


# -- every raster type, by content ----------------------------------------------------------

RASTERS = [("JPEG", "jpeg", ".jpg"), ("PNG", "png", ".png"), ("WEBP", "webp", ".webp"), ("GIF", "gif", ".gif")]
if features.check("avif"):
    RASTERS.append(("AVIF", "avif", ".avif"))


@pytest.mark.parametrize(("fmt", "kind", "extension"), RASTERS)
def test_each_raster_type_is_recognised_and_re_encoded_at_each_width(
    fmt: str, kind: str, extension: str, tmp_path: Path
):
    image = _inspected(tmp_path, f"anh{extension}", _encoded(fmt, (2000, 1000)))
    assert isinstance(image, media.Image), image
    assert (image.kind, image.width, image.height, image.published) == (kind, 2000, 1000, f"media/anh{extension}")
    files = images.publish(image, tmp_path)
    assert [(p, _reopen(b).size) for p, b in files] == [
        (f"media/anh-480w{extension}", (480, 240)),
        (f"media/anh-960w{extension}", (960, 480)),
        (f"media/anh-1600w{extension}", (1600, 800)),
        (f"media/anh{extension}", (2000, 1000)),
    ]
    assert {_reopen(b).format for _, b in files} == {fmt}
    assert images.publish(image, tmp_path) == files  # same bytes every build


def test_a_small_image_is_never_upscaled(tmp_path: Path):
    image = _inspected(tmp_path, "nho.png", _encoded("PNG", (300, 200)))
    assert isinstance(image, media.Image)
    assert media.srcset(image) == [("media/nho.png", 300)]


def test_a_png_named_jpg_is_published_as_the_png_it_is(tmp_path: Path):
    image = _inspected(tmp_path, "anh.jpg", _encoded("PNG", (400, 300)))
    assert isinstance(image, media.Image)
    assert (image.kind, image.published) == ("png", "media/anh.png")
    [(path, out)] = images.publish(image, tmp_path)
    assert path == "media/anh.png" and _reopen(out).format == "PNG"


def test_an_animated_gif_keeps_its_frames(tmp_path: Path):
    frames = [_picture((200, 100)).rotate(angle) for angle in (0, 90, 180)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=120, loop=0)
    image = _inspected(tmp_path, "dong.gif", out.getvalue())
    assert isinstance(image, media.Image) and image.frames == 3
    [(path, data)] = images.publish(image, tmp_path)
    assert path == "media/dong.gif"
    published = PILImage.open(io.BytesIO(data))
    assert published.n_frames == 3 and published.info["duration"] == 120


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("trang.svg", b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"),
        ("trang.jpg", b"<html><body onload=alert(1)>xin chao</body></html>"),
        ("ma.jpg", b"alert(document.domain)\n"),
        ("trang.html", b"<html><head><title>x</title></head></html>"),
        ("rong.png", b""),
        ("van-ban.svg", b"<note><to>ai</to></note>"),
    ],
)
def test_what_is_not_an_image_is_refused_whatever_its_name(name: str, data: bytes, tmp_path: Path):
    assert _inspected(tmp_path, name, data) == NOT_AN_IMAGE


# -- damaged and oversized files ------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "WEBP"])
def test_a_truncated_file_is_refused_by_inspect_not_by_the_build(fmt: str, tmp_path: Path):
    whole = _encoded(fmt, (800, 600), **({"progressive": True} if fmt == "JPEG" else {}))
    cut = whole[: len(whole) * 2 // 3]
    assert _inspected(tmp_path, "hong.img", cut) == media.DAMAGED


def test_a_jpeg_with_data_after_its_end_marker_is_accepted(tmp_path: Path):
    # Phones append a trailer (a motion photo's video) after the end-of-image marker.
    found = _inspected(tmp_path, "dien-thoai.jpg", _encoded("JPEG", (640, 480)) + b"\xff\xda" + b"\x00" * 500)
    assert isinstance(found, media.Image)


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a size its few bytes never hold."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(("width", "height"), [(8000, 8000), (30000, 30000)])
def test_a_decompression_bomb_is_refused_from_its_header(width: int, height: int, tmp_path: Path):
    found = _inspected(tmp_path, "bom.png", _png_header_only(width, height))
    assert isinstance(found, str) and found.startswith("ảnh quá lớn"), found
    assert "tối đa 40.000.000 điểm ảnh" in found


def test_a_decompression_bomb_says_its_size(tmp_path: Path):
    assert _inspected(tmp_path, "bom.png", _png_header_only(8000, 8000)) == (
        "ảnh quá lớn (8.000 × 8.000 điểm ảnh), tối đa 40.000.000 điểm ảnh; "
        "hãy thu nhỏ ảnh, rộng 2.000 đến 4.000 điểm ảnh là đủ cho trang tin"
    )


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path):
    file, rel = _file(tmp_path, "lon.jpg", b"")
    with file.open("r+b") as handle:
        handle.truncate(media.MAX_FILE_BYTES + 1)  # sparse: nothing is written
    assert media.inspect(file, rel) == (
        "tệp quá lớn (20.971.521 byte, tối đa 20.971.520); hãy giảm kích thước hoặc chất lượng ảnh"
    )


# -- SVG: only drawing ----------------------------------------------------------------------

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="160" height="90">{}</svg>'


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ("<script>alert(1)</script>", "<script> ở dòng 1"),
        ('<rect width="1" height="1" onclick="alert(1)"/>', "thuộc tính onclick ở dòng 1"),
        ('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>', "<foreignObject>"),
        ('<image href="https://example.com/theo-doi.png" width="1" height="1"/>', "<image>"),
        ('<use xlink:href="https://example.com/x.svg#a"/>', 'liên kết href="https://example.com/x.svg#a"'),
        ('<use href="data:image/svg+xml;base64,PHN2Zz4="/>', "liên kết href"),
        ('<a href="javascript:alert(1)"><text>x</text></a>', "<a>"),
        ('<set attributeName="href" to="javascript:alert(1)"/>', "<set>"),
        ("<animate attributeName='x' values='0;1'/>", "<animate>"),
        ('<html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(1)</html:script>', "<script>"),
        ("<style>@import url(https://example.com/a.css);</style>", "CSS đặc biệt trong <style>"),
        ("<style>rect { fill: url(https://example.com/a.png) }</style>", "url(…) trong <style>"),
        ("<style>rect { background: u\\72l(x) }</style>", "CSS đặc biệt"),
        ('<rect style="fill:url(http://example.com/x)"/>', "url(…) trong style"),
        ('<rect fill="url(//example.com/x#g)"/>', "url(…) trong thuộc tính fill"),
        ("<rect style=\"background-image:image-set('x.png' 1x)\"/>", "image-set(…) trong style"),
        (
            '<text x="1">x<tspan ev:event="click" xmlns:ev="http://www.w3.org/2001/xml-events"/></text>',
            "thuộc tính event",
        ),
        ("<title>java\nscript:alert(1)</title>", "javascript:"),
        ('<rect fill="u\\72l(https://example.com/x)"/>', "CSS đặc biệt trong thuộc tính fill"),
        ("<style><g/>rect { fill: url(https://example.com/a.png) }</style>", "phần tử bên trong <style>"),
    ],
)
def test_an_svg_that_could_run_or_load_anything_is_refused(body: str, what: str, tmp_path: Path):
    found = _inspected(tmp_path, "hinh.svg", SVG.format(body).encode())
    assert isinstance(found, str) and found.startswith("SVG có thành phần chạy được"), found
    assert what in found, found


def test_an_svg_script_is_refused_with_its_line(tmp_path: Path):
    data = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">\n<rect/>\n<script>alert(1)</script>\n</svg>'
    )
    assert _inspected(tmp_path, "hinh.svg", data) == (
        "SVG có thành phần chạy được hoặc tải nội dung từ ngoài (<script> ở dòng 3); "
        "chỉ nhận SVG thuần hình vẽ: hãy xuất lại SVG không có thành phần đó, hoặc dùng ảnh PNG/JPEG"
    )


def test_an_svg_with_entity_declarations_is_refused_before_any_expansion(tmp_path: Path):
    laughs = (
        b'<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY a "hahahahahahahahahaha">\n'
        + b"".join(b'<!ENTITY %c "%s">\n' % (98 + i, b"".join([b"&%c;" % (97 + i)] * 10)) for i in range(8))
        + b']>\n<svg xmlns="http://www.w3.org/2000/svg"><text>&i;</text></svg>'
    )
    assert _inspected(tmp_path, "cuoi.svg", laughs) == (
        "SVG có khai báo DOCTYPE/ENTITY (có thể dùng để phình tệp hoặc đọc tệp khác); "
        "hãy xuất lại SVG không có phần khai báo này"
    )
    external = (
        b'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>'
    )
    assert "DOCTYPE/ENTITY" in str(_inspected(tmp_path, "ngoai.svg", external))


def test_an_svg_stylesheet_instruction_is_refused(tmp_path: Path):
    data = b'<?xml-stylesheet href="https://example.com/a.css"?><svg xmlns="http://www.w3.org/2000/svg"/>'
    found = _inspected(tmp_path, "hinh.svg", data)
    assert isinstance(found, str) and "chỉ thị <?xml-stylesheet?>" in found


def test_an_svg_with_a_syntax_error_says_where(tmp_path: Path):
    data = b'<svg xmlns="http://www.w3.org/2000/svg">\n<rect>\n</svg>'
    assert _inspected(tmp_path, "hinh.svg", data) == "tệp SVG sai cú pháp XML ở dòng 3; hãy xuất lại SVG từ phần mềm vẽ"


def test_a_drawing_svg_is_accepted_and_republished_from_its_checked_tree(tmp_path: Path):
    data = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 320 180" width="160mm">'
        '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>'
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#c00"/></linearGradient>'
        "<style>.nen { fill: url(#g); stroke: rgb(0, 0, 0) }</style></defs>"
        '<g inkscape:label="Lớp 1"><rect class="nen" width="320" height="180" style="opacity:.5"/>'
        '<use xlink:href="#g" transform="translate(1 2) rotate(3)" aria-label="Hình (2024)"/>'
        "<text>Ảnh &amp; chữ &lt;b&gt;</text></g></svg>"
    ).encode()
    image = _inspected(tmp_path, "hinh.svg", data)
    assert isinstance(image, media.Image), image
    assert (image.kind, image.width, image.height) == ("svg", 605, 340)  # 160 mm at 96 dpi, ratio of the viewBox
    [(path, out)] = images.publish(image, tmp_path)
    assert path == "media/hinh.svg"
    text = out.decode("utf-8")
    assert "inkscape" not in text and "metadata" not in text and "DOCTYPE" not in text
    assert "<text>Ảnh &amp; chữ &lt;b&gt;</text>" in text and 'xlink:href="#g"' in text
    assert isinstance(_inspected(tmp_path, "lai.svg", out), media.Image)  # the output passes its own check


def test_the_sample_svgs_pass():
    data = Path(__file__).resolve().parent.parent / "data"
    for file in sorted((data / "media").rglob("*.svg")):
        assert isinstance(media.inspect(file, file.relative_to(data).as_posix()), media.Image), file


# -- links, devices, FIFOs: refused by the loader, never opened -------------------------------


def _figure(root: Path, image: str) -> None:
    article = root / "data/articles/2024/bai.yaml"
    article.write_text(article.read_text(encoding="utf-8").replace("media/anh.svg", image), encoding="utf-8")


def test_a_fifo_used_as_a_figure_is_refused_without_blocking(tmp_path: Path):
    root = prepare(tmp_path, None)
    os.mkfifo(root / "data/media/ong.jpg")
    _figure(root, "media/ong.jpg")
    result = bulletin("validate", "data", cwd=root)
    assert result.stderr.splitlines()[0] == f"data/media/ong.jpg:1:1: lỗi: {SPECIAL}"
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 2  # and the summary line
    assert media.inspect(root / "data/media/ong.jpg", "media/ong.jpg").startswith("không phải tệp thường")


def test_a_link_to_dev_zero_is_refused_and_never_read(tmp_path: Path):
    root = prepare(tmp_path, None)
    (root / "data/media/vo-tan.jpg").symlink_to("/dev/zero")
    _figure(root, "media/vo-tan.jpg")
    result = bulletin("validate", "data", cwd=root)
    assert result.stderr.splitlines()[:1] == [f"data/media/vo-tan.jpg:1:1: lỗi: {LINK}"]
    assert media.inspect(root / "data/media/vo-tan.jpg", "media/vo-tan.jpg").startswith("tệp là liên kết")


def test_a_link_in_place_of_a_single_file_is_refused(tmp_path: Path):
    root = prepare(tmp_path, None)
    forms = root / "data/forms.yaml"
    forms.rename(root / "forms-that.yaml")
    forms.symlink_to(root / "forms-that.yaml")  # even a link to a valid file elsewhere
    result = bulletin("validate", "data", cwd=root)
    assert result.stderr.splitlines()[0] == f"data/forms.yaml:1:1: lỗi: {LINK}"
    assert all("không có" not in line for line in result.stderr.splitlines())  # no knock-on "unknown form"


def test_an_oversized_media_file_is_refused_at_the_file(tmp_path: Path):
    root = prepare(tmp_path, None)
    with (root / "data/media/lon.jpg").open("wb") as handle:
        handle.truncate(media.MAX_FILE_BYTES + 10)
    _figure(root, "media/lon.jpg")
    result = bulletin("validate", "data", cwd=root)
    assert result.stderr.splitlines()[:-1] == [
        "data/media/lon.jpg:1:1: lỗi: tệp quá lớn (20.971.530 byte, tối đa 20.971.520); "
        "hãy giảm kích thước hoặc chất lượng ảnh"
    ]


def test_a_bad_image_used_by_two_figures_is_reported_once(tmp_path: Path):
    root = prepare(tmp_path, None)
    (root / "data/media/trang.jpg").write_bytes(b"<html></html>")
    article = root / "data/articles/2024/bai.yaml"
    text = article.read_text(encoding="utf-8").replace("media/anh.svg", "media/trang.jpg")
    text = text.replace(
        "decisions:\n",
        "  - id: anh-2\n    image: media/trang.jpg\n    caption: Ảnh hai.\n    alt: Ảnh hai\ndecisions:\n",
        1,
    )
    article.write_text(text, encoding="utf-8")
    result = bulletin("validate", "data", cwd=root)
    assert result.stderr.splitlines()[:-1] == [
        f"data/articles/2024/bai.yaml:15:12: lỗi: ảnh 'media/trang.jpg': {NOT_AN_IMAGE}"
    ]


def test_the_checked_images_reach_the_model():
    from bulletin.model.load import load

    root = Path(__file__).resolve().parent.parent
    bulletin_ = load(root / "data", root).require()
    used = {f.image for a in bulletin_.articles for f in a.doc.figures}
    assert set(bulletin_.images) == used and all(isinstance(i, media.Image) for i in bulletin_.images.values())


def test_an_svg_nested_too_deep_is_refused_before_anything_walks_it(tmp_path: Path):
    deep = b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<g>" * 5000 + b"</g>" * 5000 + b"</svg>"
    assert _inspected(tmp_path, "sau.svg", deep) == "SVG lồng nhau quá 100 tầng; hãy xuất lại SVG từ phần mềm vẽ"


@pytest.mark.parametrize("mode", ["P", "LA", "I;16", "1", "CMYK"])
def test_every_pixel_mode_is_published(mode: str, tmp_path: Path):
    fmt, name = ("JPEG", "anh.jpg") if mode == "CMYK" else ("PNG", "anh.png")
    out = io.BytesIO()
    PILImage.linear_gradient("L").resize((1000, 600)).convert(mode).save(out, fmt)
    image = _inspected(tmp_path, name, out.getvalue())
    assert isinstance(image, media.Image)
    assert [_reopen(data).size for _, data in images.publish(image, tmp_path)] == [(480, 288), (960, 576), (1000, 600)]


def test_an_animation_with_too_many_frames_is_refused(tmp_path: Path):
    frames = [PILImage.new("L", (2, 2), i % 2 * 255) for i in range(media.MAX_FRAMES + 1)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], optimize=False)
    assert _inspected(tmp_path, "dai.gif", out.getvalue()) == (
        "ảnh động có quá nhiều khung hình (tối đa 1.000); hãy rút ngắn ảnh động hoặc dùng ảnh tĩnh"
    )


@pytest.mark.parametrize("fmt", [f for f, _, _ in RASTERS if f != "GIF"])  # GIF has no EXIF
def test_exif_and_gps_are_stripped_from_every_type_that_can_carry_them(fmt: str, tmp_path: Path):
    exif = PILImage.Exif()
    exif[0x010F] = "Canon"
    exif[0x0112] = 8  # turn 90 degrees counter-clockwise to display
    exif.get_ifd(0x8825).update({1: "N", 2: (21.0, 1.0, 30.0)})
    data = _encoded(fmt, (1000, 500), exif=exif.tobytes())
    assert _reopen(data).getexif().get(0x0112) == 8  # the input carries it
    image = _inspected(tmp_path, "anh.bin", data)
    assert isinstance(image, media.Image) and (image.width, image.height) == (500, 1000)
    for path, out in images.publish(image, tmp_path):
        im = _reopen(out)
        assert len(im.getexif()) == 0 and b"Canon" not in out, path
    assert _reopen(images.publish(image, tmp_path)[-1][1]).size == (500, 1000)


def test_an_svg_claiming_a_huge_size_is_refused(tmp_path: Path):
    huge = b'<svg xmlns="http://www.w3.org/2000/svg" width="100000000" height="50"><rect width="1" height="1"/></svg>'
    assert _inspected(tmp_path, "to.svg", huge) == (
        "ảnh quá lớn (100.000.000 × 50 điểm ảnh), tối đa 40.000.000 điểm ảnh; "
        "hãy thu nhỏ ảnh, rộng 2.000 đến 4.000 điểm ảnh là đủ cho trang tin"
    )


# -- rooms ----------------------------------------------------------------------------------


def _imported(module: ModuleType) -> set[str]:
    return spelled(Path(module.__file__ or ""))


def test_checking_media_never_imports_publishing():
    """One way: outputs.images makes the files from what data.media checked, never back."""
    from bulletin.data import svg

    for module in (media, svg):
        assert not {
            n for n in _imported(module) if n.startswith(("bulletin.outputs", "bulletin.model", "bulletin.pages"))
        }
    assert "bulletin.data.media" in _imported(images)
