"""Reading EXIF facts: odd capture times, GPS references and broken rationals, camera names."""

from __future__ import annotations

from datetime import datetime

from PIL.TiffImagePlugin import IFDRational

from inspector_app.services.evidence.exif import (
    parse_camera,
    parse_exif_time,
    parse_gps,
    parse_orientation,
)


def test_exif_times() -> None:
    assert parse_exif_time("2025:03:09 14:05:30") == datetime(2025, 3, 9, 14, 5, 30)
    assert parse_exif_time("2025:03:09 14:05:30\x00") == datetime(2025, 3, 9, 14, 5, 30)
    assert parse_exif_time(b"2025-03-09 14:05:30") == datetime(2025, 3, 9, 14, 5, 30)
    for blank in ("0000:00:00 00:00:00", "    :  :     :  :  ", "", None, 12):
        assert parse_exif_time(blank) is None


def test_gps_is_signed_by_its_reference() -> None:
    rationals = (IFDRational(31, 1), IFDRational(14, 1), IFDRational(305, 10))
    lat, lon = parse_gps({1: "S", 2: rationals, 3: "W", 4: rationals})
    assert lat == lon == -round(31 + 14 / 60 + 30.5 / 3600, 7)


def test_broken_gps_gives_no_position() -> None:
    broken = (IFDRational(31, 0), IFDRational(0, 1), IFDRational(0, 1))  # zero denominator
    good = (31.0, 0.0, 0.0)
    assert parse_gps({1: "N", 2: broken, 3: "E", 4: good}) == (None, None)
    assert parse_gps({1: "N", 2: (95.0, 0.0, 0.0), 3: "E", 4: good}) == (None, None)
    assert parse_gps({1: "N", 2: good}) == (None, None)  # no longitude
    assert parse_gps({}) == (None, None)


def test_camera_names() -> None:
    assert parse_camera("Canon", "Canon EOS R6") == "Canon EOS R6"
    assert parse_camera("HUAWEI", "ELS-AN00") == "HUAWEI ELS-AN00"
    assert parse_camera("Apple\x00", None) == "Apple"
    assert parse_camera(None, "  ") is None


def test_orientation_values() -> None:
    assert [parse_orientation(v) for v in (1, 8, 0, 9, "6", None)] == [1, 8, None, None, None, None]
