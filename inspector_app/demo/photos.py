"""Made-up site photos for the demo: JPEGs with an EXIF capture time and GPS position."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

# Around Xi'an, where the demo sites are.
BASE_LAT, BASE_LON = 34.26, 108.94
GPS_IFD, DATETIME_ORIGINAL = 0x8825, 0x9003


def _dms(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60, 2)
    return (float(degrees), float(minutes), seconds)


def _exif(captured_at: dt.datetime, lat: float, lon: float) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "DemoCam", "Site Phone 12"
    exif[0x0132] = captured_at.strftime("%Y:%m:%d %H:%M:%S")
    exif.get_ifd(0x8769)[DATETIME_ORIGINAL] = captured_at.strftime("%Y:%m:%d %H:%M:%S")
    gps = exif.get_ifd(GPS_IFD)
    gps[1], gps[2], gps[3], gps[4] = "N", _dms(lat), "E", _dms(lon)
    return exif


def _scene(rng: random.Random, label: str, size: tuple[int, int]) -> Image.Image:
    sky = (rng.randrange(150, 210), rng.randrange(180, 225), 235)
    image = Image.new("RGB", size, sky)
    draw = ImageDraw.Draw(image)
    width, height = size
    draw.rectangle((0, height * 0.62, width, height), fill=(150, 140, 120))
    for _ in range(6):
        x, w = rng.randrange(0, width - 200), rng.randrange(120, 320)
        top = rng.randrange(int(height * 0.2), int(height * 0.55))
        shade = rng.randrange(90, 180)
        draw.rectangle((x, top, x + w, height * 0.66), fill=(shade, shade - 20, shade - 40))
    board = (width * 0.3, height * 0.3, width * 0.7, height * 0.58)
    draw.rectangle(board, fill=(250, 250, 245), outline=(200, 30, 30), width=8)
    font = ImageFont.load_default(size=max(24, width // 30))
    draw.text((board[0] + 30, board[1] + 30), label, fill=(30, 30, 30), font=font)
    return image


def make_demo_photo(path: Path, label: str, captured_at: dt.datetime, seed: int) -> Path:
    """A 1600x1200 JPEG of a made-up site scene with `label` on a board."""
    rng = random.Random(seed)
    lat = BASE_LAT + rng.uniform(-0.1, 0.1)
    lon = BASE_LON + rng.uniform(-0.1, 0.1)
    image = _scene(rng, label, (1600, 1200))
    image.save(path, "JPEG", quality=85, exif=_exif(captured_at, lat, lon))
    return path


def make_signature_png(name: str, seed: int) -> bytes:
    """A scribble that stands in for a drawn signature."""
    import io

    rng = random.Random(seed)
    image = Image.new("RGBA", (480, 160), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [(30 + i * 26, 80 + rng.randrange(-40, 40)) for i in range(16)]
    draw.line(points, fill=(20, 30, 90, 255), width=5, joint="curve")
    draw.line([(40, 130), (440, 120)], fill=(20, 30, 90, 255), width=3)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
