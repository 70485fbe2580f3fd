"""Capture-time flags on evidence and their wording in both languages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from inspector_app.core.evidence_flags import EvidenceFlag, capture_time_flags, describe_flag

INSPECTION = datetime(2025, 3, 10, 9, 0)


def test_flag_values_are_stable() -> None:
    assert [flag.value for flag in EvidenceFlag] == [
        "time_mismatch",
        "recycled",
        "no_capture_time",
    ]


def test_no_capture_time() -> None:
    assert capture_time_flags(None, INSPECTION) == {EvidenceFlag.NO_CAPTURE_TIME}


def test_within_tolerance_is_clean() -> None:
    assert capture_time_flags(INSPECTION - timedelta(hours=23), INSPECTION) == set()
    assert capture_time_flags(INSPECTION + timedelta(hours=24), INSPECTION) == set()


def test_outside_tolerance_either_side() -> None:
    assert capture_time_flags(INSPECTION - timedelta(days=3), INSPECTION) == {
        EvidenceFlag.TIME_MISMATCH
    }
    assert capture_time_flags(INSPECTION + timedelta(hours=25), INSPECTION) == {
        EvidenceFlag.TIME_MISMATCH
    }


def test_custom_tolerance() -> None:
    taken = INSPECTION - timedelta(hours=2)
    assert capture_time_flags(taken, INSPECTION, tolerance=timedelta(hours=1)) == {
        EvidenceFlag.TIME_MISMATCH
    }


def test_aware_inspection_time_is_compared_in_local_time() -> None:
    aware = INSPECTION.astimezone(UTC)  # the same moment, expressed in UTC
    assert capture_time_flags(INSPECTION + timedelta(hours=1), aware) == set()


def test_describe_time_mismatch() -> None:
    taken = INSPECTION - timedelta(days=3)
    flag = EvidenceFlag.TIME_MISMATCH
    assert describe_flag(flag, "zh", captured_at=taken, inspection_time=INSPECTION) == (
        "拍摄时间与检查时间相差 3 天"
    )
    assert describe_flag(flag, "en", captured_at=taken, inspection_time=INSPECTION) == (
        "taken 3 days before the inspection"
    )
    assert describe_flag(flag, "en", difference=timedelta(hours=30)) == (
        "taken 1 day after the inspection"
    )
    assert describe_flag(flag, "en", difference=timedelta(hours=-5)) == (
        "taken 5 hours before the inspection"
    )
    assert describe_flag(flag, "zh_CN", difference=timedelta(hours=5)) == (
        "拍摄时间与检查时间相差 5 小时"
    )


def test_describe_other_flags() -> None:
    assert describe_flag(EvidenceFlag.RECYCLED, "en", ref="INS-2025-0042") == (
        "also used as evidence in inspection INS-2025-0042"
    )
    assert "INS-2025-0042" in describe_flag(EvidenceFlag.RECYCLED, ref="INS-2025-0042")
    assert describe_flag(EvidenceFlag.NO_CAPTURE_TIME, "en") == "the photo has no capture time"
    assert describe_flag(EvidenceFlag.NO_CAPTURE_TIME) == "照片中没有拍摄时间"
    # Without details the sentence is still complete.
    assert describe_flag(EvidenceFlag.TIME_MISMATCH, "en")
    assert describe_flag(EvidenceFlag.RECYCLED, "zh")
