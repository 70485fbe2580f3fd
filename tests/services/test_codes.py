"""The codes a bundle carries are the enums' values: the format's table (docs/bundle-format.md)
lists exactly them, export writes them as those strings and import refuses any other."""

from __future__ import annotations

import json
import re
from enum import StrEnum
from pathlib import Path

import pytest

from inspector_app.core.results import Result
from inspector_app.core.scoring import Verdict
from inspector_app.core.statuses import ArrearsResolution, SignerRole
from inspector_app.services.inspection.detail import ArrearsCaseInfo
from inspector_app.services.sync import payload as p
from inspector_app.services.sync.model import BundleRejected

FORMAT = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"
CODED = {
    "answers[].result": (Result, p.ANSWER, "result"),
    "arrears_cases[].resolution": (ArrearsResolution, p.ARREARS, "resolution"),
    "signatures[].role": (SignerRole, p.SIGNATURE, "role"),
}


def _documented() -> dict[str, list[str]]:
    """The rows of the format's table of codes: field -> its codes."""
    rows = re.findall(r"^\| `([^`]+)` \| (.+) \|$", FORMAT.read_text(encoding="utf-8"), re.M)
    return {field: re.findall(r"`([^`]+)`", codes) for field, codes in rows}


def _values(kind: type[StrEnum]) -> list[str]:
    return [member.value for member in kind]


def test_the_format_lists_each_enums_values() -> None:
    documented = _documented()
    assert documented == {field: _values(kind) for field, (kind, _, _) in CODED.items()}
    verdicts = re.search(r"^`verdict` \(([^)]+)\)", FORMAT.read_text(encoding="utf-8"), re.M)
    assert verdicts is not None
    assert re.findall(r"`([^`]+)`", verdicts.group(1)) == _values(Verdict)


@pytest.mark.parametrize("field", CODED)
def test_import_takes_each_code_as_its_text_and_refuses_others(field: str) -> None:
    kind, spec, key = CODED[field]
    check = spec[key]  # what import runs the field's value through
    for member in kind:
        loaded = check(member.value)
        assert loaded == member.value and type(loaded) is str
    for wrong in ("Open", "forgotten", "", None, 3):
        with pytest.raises(BundleRejected):
            check(wrong)


def test_export_writes_a_resolution_as_the_same_string() -> None:
    case = ArrearsCaseInfo(id=1, resolution=ArrearsResolution.HANDED_OVER)
    written = json.dumps(p.dump(case, p.ARREARS), ensure_ascii=False, sort_keys=True)
    assert '"resolution": "handed_over"' in written
    assert json.loads(written)["resolution"] == "handed_over"
