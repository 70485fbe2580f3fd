"""Test images made on the fly: every orientation, odd modes, broken files, bombs, big photos."""

from __future__ import annotations

import random
import struct
import zlib
from datetime import datetime
from pathlib import Path

from PIL import ExifTags, Image

MARKER = (230, 20, 20)  # red block in the top-left corner of the photo as seen upright
BACKGROUND = (20, 40, 200)  # blue
# How to turn the upright picture into the stored pixels for each EXIF orientation:
# the inverse of what a viewer does to display it.
_STORE_AS = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def upright_picture(size: tuple[int, int]) -> Image.Image:
    """Blue, with a red block in the top-left quarter's corner."""
    picture = Image.new("RGB", size, BACKGROUND)
    picture.paste(MARKER, (0, 0, size[0] // 4, size[1] // 4))
    return picture


def _exif(
    orientation: int | None = None,
    captured_at: datetime | None = None,
    gps: tuple[float, float] | None = None,
    camera: tuple[str, str] | None = None,
) -> Image.Exif:
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    if captured_at is not None:
        stamp = captured_at.strftime("%Y:%m:%d %H:%M:%S")
        exif[0x0132] = stamp
        exif.get_ifd(ExifTags.IFD.Exif)[0x9003] = stamp
    if gps is not None:
        exif.get_ifd(ExifTags.IFD.GPSInfo).update(_gps_tags(*gps))
    if camera is not None:
        exif[0x010F], exif[0x0110] = camera
    return exif


def _dms(value: float) -> tuple[float, float, float]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 4)
    return float(degrees), float(minutes), seconds


def _gps_tags(lat: float, lon: float) -> dict[int, object]:
    return {
        1: "N" if lat >= 0 else "S",
        2: _dms(lat),
        3: "E" if lon >= 0 else "W",
        4: _dms(lon),
    }


def oriented_jpeg(path: Path, orientation: int, size: tuple[int, int] = (3400, 2000)) -> Path:
    """A JPEG that shows `upright_picture(size)` once its EXIF orientation is applied."""
    stored = upright_picture(size)
    method = _STORE_AS[orientation]
    if method is not None:
        stored = stored.transpose(method)
    stored.save(path, "JPEG", quality=90, exif=_exif(orientation))
    return path


def jpeg_with_exif(
    path: Path,
    captured_at: datetime | None = None,
    gps: tuple[float, float] | None = None,
    camera: tuple[str, str] | None = None,
    size: tuple[int, int] = (640, 480),
    seed: int = 0,
) -> Path:
    """A small JPEG with capture time, GPS and camera in EXIF; `seed` changes its pixels."""
    exif = _exif(None, captured_at, gps, camera)
    exif[0x010E] = f"test photo {seed}"  # ImageDescription: distinct bytes per seed
    upright_picture(size).save(path, "JPEG", quality=95, exif=exif)
    return path


def mpo_jpeg(path: Path, size: tuple[int, int] = (800, 600)) -> Path:
    """A multi-picture JPEG, as some phones write (a main image and a second view)."""
    first = upright_picture(size)
    first.save(path, "MPO", save_all=True, append_images=[first.rotate(180)], quality=90)
    return path


def cmyk_jpeg(path: Path, cmyk: tuple[int, int, int, int] = (0, 255, 255, 0)) -> Path:
    """A CMYK JPEG (as from print workflows); the default colour is pure red."""
    Image.new("CMYK", (400, 300), cmyk).save(path, "JPEG", quality=95)
    return path


def png_16bit(path: Path, value: int = 40000) -> Path:
    """A 16-bit greyscale PNG (mode "I;16"); 40000/65535 is a mid-light grey."""
    Image.new("I;16", (300, 200), value).save(path, "PNG")
    return path


def palette_png_transparent(path: Path) -> Path:
    """A palette PNG: left half transparent, right half opaque red."""
    picture = Image.new("P", (200, 100), 0)
    picture.putpalette([0, 0, 0, 230, 20, 20] + [0, 0, 0] * 254)
    picture.paste(1, (100, 0, 200, 100))
    picture.save(path, "PNG", transparency=0)
    return path


def rgba_png(path: Path) -> Path:
    """An RGBA PNG: left half fully transparent black, right half opaque red."""
    picture = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    picture.paste((230, 20, 20, 255), (100, 0, 200, 100))
    picture.save(path, "PNG")
    return path


def webp_photo(path: Path, size: tuple[int, int] = (800, 600)) -> Path:
    upright_picture(size).save(path, "WEBP", quality=90)
    return path


def heic_photo(path: Path, size: tuple[int, int] = (800, 600)) -> Path:
    import pillow_heif

    pillow_heif.register_heif_opener()
    upright_picture(size).save(path, "HEIF", quality=90)
    return path


def truncated_jpeg(path: Path) -> Path:
    """The first half of a real photo, as left by an interrupted copy."""
    full = path.with_suffix(".full.jpg")
    noisy = Image.effect_noise((800, 600), 60).convert("RGB")
    noisy.save(full, "JPEG", quality=90)
    data = full.read_bytes()
    full.unlink()
    path.write_bytes(data[: len(data) // 2])
    return path


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def text_named_jpeg(path: Path) -> Path:
    path.write_text("Meeting notes, not a photo.\n", encoding="utf-8")
    return path


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def decompression_bomb_png(path: Path, width: int = 40000, height: int = 40000) -> Path:
    """A small, valid one-bit PNG declaring huge dimensions, all black.

    Written row by row through zlib so that making it never needs the pixels in memory.
    """
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + packed bits
    compressor = zlib.compressobj(9)
    rows_per_chunk = max(1, (1 << 20) // len(row))
    parts = []
    for start in range(0, height, rows_per_chunk):
        parts.append(compressor.compress(row * min(rows_per_chunk, height - start)))
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", b"".join(parts))
        + _png_chunk(b"IEND", b"")
    )
    return path


def _noise(size: tuple[int, int], rng: random.Random, amplitude: int) -> Image.Image:
    raw = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    return raw.point(lambda v: 128 - amplitude + v * 2 * amplitude // 255)


def _textured_band(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A gradient with coarse blotches and fine grain, like sky, concrete and sensor noise."""
    width, height = size
    gradient = Image.linear_gradient("L").rotate(rng.uniform(0, 360)).resize(size)
    coarse = _noise((width // 32 + 1, height // 32 + 1), rng, 90).resize(
        size, Image.Resampling.BICUBIC
    )
    fine = _noise(size, rng, 60)
    mixed = Image.blend(gradient, coarse, 0.5)
    return Image.blend(mixed, fine, 0.33)


def realistic_jpeg(
    path: Path, megapixels: float = 12, seed: int = 0, orientation: int = 6, quality: int = 92
) -> Path:
    """A camera-like JPEG (4:3, about 4-6 MB at 12 MP) with EXIF orientation and time."""
    rng = random.Random(seed)
    width = int((megapixels * 1e6 * 4 / 3) ** 0.5)
    size = (width, int(width * 3 / 4))
    bands = [_textured_band(size, rng) for _ in range(3)]
    picture = Image.merge("RGB", bands)
    captured = datetime(2025, 3, 1 + seed % 28, 9, 30, seed % 60)
    exif = _exif(orientation, captured, (31.2304, 121.4737), ("Example", "Phone 12"))
    picture.save(path, "JPEG", quality=quality, exif=exif)
    return path
