"""Facts read from a photo's EXIF block: orientation, capture time, GPS position, camera."""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PIL import ExifTags, Image

log = logging.getLogger(__name__)

_ORIENTATION = 0x0112
_MAKE = 0x010F
_MODEL = 0x0110
_DATETIME = 0x0132
_DATETIME_ORIGINAL = 0x9003
_DATETIME_DIGITIZED = 0x9004
_GPS_LAT_REF, _GPS_LAT, _GPS_LON_REF, _GPS_LON = 1, 2, 3, 4
_EXIF_TIME_FORMATS = ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y:%m:%d %H:%M")


@dataclass(frozen=True)
class ExifFacts:
    """What the evidence record needs from EXIF; every field may be missing."""

    orientation: int | None = None
    captured_at: datetime | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    camera: str | None = None


def read_exif_facts(image: Image.Image) -> ExifFacts:
    """Read the facts; a malformed EXIF block gives empty facts rather than a rejection."""
    try:
        exif = image.getexif()
        details = exif.get_ifd(ExifTags.IFD.Exif)
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    except Exception as exc:  # Pillow raises many types on broken EXIF; metadata is optional
        log.info("Ignoring unreadable EXIF: %s", exc)
        return ExifFacts()
    lat, lon = parse_gps(gps)
    return ExifFacts(
        orientation=parse_orientation(exif.get(_ORIENTATION)),
        captured_at=parse_exif_time(
            details.get(_DATETIME_ORIGINAL)
            or details.get(_DATETIME_DIGITIZED)
            or exif.get(_DATETIME)
        ),
        gps_lat=lat,
        gps_lon=lon,
        camera=parse_camera(exif.get(_MAKE), exif.get(_MODEL)),
    )


def parse_orientation(value: object) -> int | None:
    if isinstance(value, int) and 1 <= value <= 8:
        return value
    return None


def _clean_text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return ""
    return value.replace("\x00", " ").strip()


def parse_exif_time(value: object) -> datetime | None:
    """EXIF "YYYY:MM:DD HH:MM:SS" as a naive local datetime; blanks and zeros give None."""
    text = _clean_text(value)[:19]
    for layout in _EXIF_TIME_FORMATS:
        try:
            return datetime.strptime(text, layout)
        except ValueError:
            continue
    return None


def _degrees(value: Any) -> float | None:
    """Degrees, minutes, seconds (rationals) as decimal degrees."""
    try:
        parts = [float(part) for part in value]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not 1 <= len(parts) <= 3 or not all(math.isfinite(part) for part in parts):
        return None
    parts += [0.0] * (3 - len(parts))
    return parts[0] + parts[1] / 60 + parts[2] / 3600


def _signed(value: Any, ref: object, negative: str, limit: float) -> float | None:
    degrees = _degrees(value)
    if degrees is None or degrees > limit:
        return None
    if _clean_text(ref).upper().startswith(negative):
        degrees = -degrees
    return round(degrees, 7)  # about 1 cm; hides float noise from the rationals


def parse_gps(gps: Mapping[int, Any]) -> tuple[float | None, float | None]:
    """(latitude, longitude), south and west negative; both None unless both are valid."""
    lat = _signed(gps.get(_GPS_LAT), gps.get(_GPS_LAT_REF), "S", 90.0)
    lon = _signed(gps.get(_GPS_LON), gps.get(_GPS_LON_REF), "W", 180.0)
    if lat is None or lon is None:
        return None, None
    return lat, lon


def parse_camera(make: object, model: object) -> str | None:
    """ "Make Model", without repeating the make when the model already starts with it."""
    make_text, model_text = _clean_text(make), _clean_text(model)
    if make_text and model_text.lower().startswith(make_text.lower()):
        return model_text
    return " ".join(part for part in (make_text, model_text) if part) or None
