"""Decoding a photo safely once and making its report-size copy and thumbnail from it."""

from __future__ import annotations

import io
import logging
import re
import struct
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageCms, UnidentifiedImageError

from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services.evidence.exif import ExifFacts, parse_orientation, read_exif_facts

log = logging.getLogger(__name__)

DEFAULT_MAX_PIXELS = 120_000_000
REPORT_LONG_EDGE = 1600
THUMB_LONG_EDGE = 320
REPORT_QUALITY = 85
THUMB_QUALITY = 80
# Evidence is photographs; other formats Pillow knows (EPS, PSD, ICO...) only widen the
# attack surface. Multi-picture JPEGs from phones (MPO) come through the JPEG opener.
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP", "HEIF", "AVIF", "TIFF", "BMP", "GIF")
MIME_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "HEIF": "image/heif",
    "AVIF": "image/avif",
    "TIFF": "image/tiff",
    "BMP": "image/bmp",
    "GIF": "image/gif",
}
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
# What Pillow's openers and decoders raise on a damaged or truncated file (its
# UnidentifiedImageError and "image file is truncated" are OSErrors). Caught only around
# Pillow's own open and decode calls: the same exception from our resizing is a bug and
# must reach the crash handler, not be reported as a corrupt photo.
DECODE_ERRORS = (OSError, SyntaxError, EOFError, ValueError, struct.error)
_open_lock = threading.Lock()
_heif_lock = threading.Lock()
_heif_registered = False


class PhotoRejected(Exception):
    """A file that cannot be evidence; `reason` is plain English for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class RenderedPhoto:
    """A decoded photo: its facts and its derived copies, encoded as JPEG."""

    format: str
    mime: str
    width: int  # after orientation, at full resolution
    height: int
    orientation: int | None
    facts: ExifFacts
    report_jpeg: bytes
    thumb_jpeg: bytes


def ensure_heif_opener() -> None:
    """Teach Pillow HEIC/HEIF, once per process, on first use (it is a heavy import)."""
    global _heif_registered
    with _heif_lock:
        if not _heif_registered:
            import pillow_heif

            pillow_heif.register_heif_opener()
            _heif_registered = True


def fit_within(size: tuple[int, int], long_edge: int) -> tuple[int, int]:
    """The size scaled down (never up) so that its longer side is at most `long_edge`."""
    width, height = size
    if max(width, height) <= long_edge:
        return size
    scale = long_edge / max(width, height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def too_large_reason(width: int, height: int, max_pixels: int) -> str:
    return msg(
        QT_TRANSLATE_NOOP(
            "service",
            "image too large: {width} x {height} pixels exceeds the {limit:g}-megapixel limit",
        ),
        width=width,
        height=height,
        limit=max_pixels / 1e6,
    )


def _bomb_reason(exc: Exception, max_pixels: int) -> str:
    # Pillow refuses the worst bombs before we see their size; its message has the count.
    found = re.search(r"\((\d+) pixels\)", str(exc))
    if found:
        megapixels = int(found.group(1)) / 1e6
        return msg(
            QT_TRANSLATE_NOOP(
                "service",
                "image too large: {megapixels:.0f} megapixels "
                "exceeds the {limit:g}-megapixel limit",
            ),
            megapixels=megapixels,
            limit=max_pixels / 1e6,
        )
    return msg(
        QT_TRANSLATE_NOOP("service", "image too large: exceeds the {limit:g}-megapixel limit"),
        limit=max_pixels / 1e6,
    )


def _open_unchecked(path: Path | BinaryIO) -> Image.Image:
    # Our own limit replaces Pillow's warning; the lock keeps the process-wide warning
    # filter change from interleaving between our own threads.
    with _open_lock, warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(path, formats=PHOTO_FORMATS)


def open_photo(path: Path | BinaryIO, max_pixels: int = DEFAULT_MAX_PIXELS) -> Image.Image:
    """Open (lazily, without decoding) and check the pixel limit; raise PhotoRejected."""
    ensure_heif_opener()
    try:
        image = _open_unchecked(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoRejected(_bomb_reason(exc, max_pixels)) from exc
    except UnidentifiedImageError as exc:
        raise PhotoRejected(msg(QT_TRANSLATE_NOOP("service", "not an image file"))) from exc
    except OSError as exc:
        if exc.errno is not None:
            raise PhotoRejected(
                msg(QT_TRANSLATE_NOOP("service", "cannot read file: {error}"), error=exc.strerror)
            ) from exc
        raise PhotoRejected(
            msg(QT_TRANSLATE_NOOP("service", "file is truncated or corrupt"))
        ) from exc
    except DECODE_ERRORS as exc:
        raise PhotoRejected(
            msg(QT_TRANSLATE_NOOP("service", "file is truncated or corrupt"))
        ) from exc
    width, height = image.size
    if width * height > max_pixels:
        image.close()
        raise PhotoRejected(too_large_reason(width, height, max_pixels))
    return image


def _flatten_on_white(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    background = Image.new("RGB", rgba.size, (255, 255, 255))
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background


def _cmyk_to_rgb(image: Image.Image) -> Image.Image:
    profile = image.info.get("icc_profile")
    if profile:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            converted = ImageCms.profileToProfile(
                image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
            )
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError) as exc:
            log.info("Ignoring unusable CMYK colour profile: %s", exc)
    return image.convert("RGB")


def _sixteen_bit_to_l(image: Image.Image) -> Image.Image:
    # convert("L") clips 16-bit values at 255 (all white); scale them instead.
    if image.mode == "I":
        low, high = image.getextrema()
        if isinstance(high, int) and high <= 255 and isinstance(low, int) and low >= 0:
            return image.convert("L")
    return image.point(lambda value: value / 256).convert("L")


def to_display_mode(image: Image.Image) -> Image.Image:
    """An "RGB" or "L" image that looks like the original on a white page."""
    mode = image.mode
    if mode in ("RGB", "L"):
        return image
    if mode == "CMYK":
        return _cmyk_to_rgb(image)
    if mode == "I" or mode.startswith("I;16"):
        return _sixteen_bit_to_l(image)
    if mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in image.info:
        return _flatten_on_white(image)
    if mode in ("1", "F"):
        return image.convert("L")
    return image.convert("RGB")


def _decode_for_report(image: Image.Image, target: tuple[int, int]) -> Image.Image:
    # JPEG can decode at 1/2, 1/4, 1/8 scale. Ask for the target in the stored (not yet
    # rotated) orientation: draft only shrinks while both sides stay >= the request.
    if image.format in ("JPEG", "MPO"):
        image.draft("RGB", target)
    image.load()
    return image


def _encode_jpeg(image: Image.Image, quality: int, icc_profile: bytes | None) -> bytes:
    buffer = io.BytesIO()
    image.save(
        buffer,
        "JPEG",
        quality=quality,
        progressive=False,
        optimize=False,
        icc_profile=icc_profile,
    )
    return buffer.getvalue()


def _derived_copies(
    decoded: Image.Image, target: tuple[int, int], orientation: int | None
) -> tuple[Image.Image, Image.Image]:
    """The upright report-size copy and its thumbnail, from the decoded picture."""
    report = to_display_mode(decoded)
    if report.size != target:
        # Draft decoding left at most a 2x step; bicubic looks the same there as
        # Lanczos and costs a quarter less.
        report = report.resize(target, Image.Resampling.BICUBIC)
    if orientation in _TRANSPOSE:
        report = report.transpose(_TRANSPOSE[orientation])
    thumb = report.resize(
        fit_within(report.size, THUMB_LONG_EDGE), Image.Resampling.LANCZOS, reducing_gap=2.0
    )
    return report, thumb


def _oriented_size(size: tuple[int, int], orientation: int | None) -> tuple[int, int]:
    if orientation in (5, 6, 7, 8):
        return size[1], size[0]
    return size


def render_photo(image: Image.Image, max_pixels: int = DEFAULT_MAX_PIXELS) -> RenderedPhoto:
    """Decode once at the smallest useful scale; the thumbnail comes from the report copy."""
    facts = read_exif_facts(image)
    orientation = facts.orientation
    # pillow_heif applies the rotation while decoding and resets EXIF to 1; it keeps
    # the file's own value in info for the record.
    file_orientation = image.info.get("original_orientation", orientation)
    full_size = image.size
    target = fit_within(full_size, REPORT_LONG_EDGE)
    try:
        decoded = _decode_for_report(image, target)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoRejected(_bomb_reason(exc, max_pixels)) from exc
    except DECODE_ERRORS as exc:
        raise PhotoRejected(
            msg(QT_TRANSLATE_NOOP("service", "file is truncated or corrupt"))
        ) from exc
    # The pixels are in memory from here on: nothing below reads the file.
    report, thumb = _derived_copies(decoded, target, orientation)
    icc = image.info.get("icc_profile") if report.mode == image.mode else None
    format_name = "JPEG" if image.format == "MPO" else str(image.format)
    width, height = _oriented_size(full_size, orientation)
    return RenderedPhoto(
        format=format_name,
        mime=MIME_TYPES.get(format_name) or Image.MIME.get(format_name, "image/*"),
        width=width,
        height=height,
        orientation=parse_orientation(file_orientation) or orientation,
        facts=facts,
        report_jpeg=_encode_jpeg(report, REPORT_QUALITY, icc),
        thumb_jpeg=_encode_jpeg(thumb, THUMB_QUALITY, icc),
    )


def render_file(path: Path, max_pixels: int = DEFAULT_MAX_PIXELS) -> RenderedPhoto:
    """Open, check and render one file; raise PhotoRejected with the reason."""
    with open_photo(path, max_pixels) as image:
        return render_photo(image, max_pixels)


def check_photo_data(data: bytes, mime: str, max_pixels: int = DEFAULT_MAX_PIXELS) -> str:
    """The format of photo bytes from outside (a bundle), checked by the rule local photos
    meet: an allowed image type that decodes, of the type its record names. A PDF, zip
    or script renamed .jpg raises PhotoRejected. Decoded at thumbnail scale (cheap)."""
    with open_photo(io.BytesIO(data), max_pixels) as image:
        format_name = "JPEG" if image.format == "MPO" else str(image.format)
        if format_name not in PHOTO_FORMATS:
            raise PhotoRejected(msg(QT_TRANSLATE_NOOP("service", "not an image file")))
        if MIME_TYPES.get(format_name) != mime:
            raise PhotoRejected(
                msg(
                    QT_TRANSLATE_NOOP("service", "a {format} image recorded as {mime}"),
                    format=format_name,
                    mime=mime,
                )
            )
        try:
            image.draft("RGB", fit_within(image.size, THUMB_LONG_EDGE))
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise PhotoRejected(_bomb_reason(exc, max_pixels)) from exc
        except DECODE_ERRORS as exc:
            raise PhotoRejected(
                msg(QT_TRANSLATE_NOOP("service", "file is truncated or corrupt"))
            ) from exc
    return format_name
