"""An imported inspection meets the domain rules local input meets (core.validation),
and its photos are images by the rule local photos are checked by."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from inspector_app.core.forms import Form
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.core.validation import (
    LIST_LIMITS,
    Problem,
    answer_problems,
    first,
    list_problem,
    record_problems,
    value_problems,
)
from inspector_app.services.sync.model import BundleRejected
from inspector_app.services.sync.payload import InspectionPayload


def _lists(payload: InspectionPayload) -> dict[str, list[dict[str, Any]]]:
    return {
        "answers": payload.answers,
        "findings": payload.findings,
        "arrears_cases": payload.arrears_cases,
        "evidence": payload.evidence,
        "inspectors": payload.inspectors,
        "representatives": payload.representatives,
        "signatures": [fields for fields, _path in payload.signatures],
        "subcontractors": payload.subcontractors,
    }


def _problems(payload: InspectionPayload, form: Form) -> Iterator[Problem]:
    lists = _lists(payload)
    for name, limit in LIST_LIMITS.items():
        too_many = list_problem(len(lists[name]), name, limit) if limit else None
        if too_many:
            yield too_many
    yield from answer_problems(form, payload.answers)
    yield from value_problems(payload.inspection, "inspection")
    yield from value_problems(payload.site, "site")
    for name, records in lists.items():
        # Answers, findings and photos each name an item, which must be on the form.
        yield from record_problems(records, name, form)


def check_domain(payload: InspectionPayload, form: Form) -> None:
    """Raise BundleRejected naming the first field that breaks a domain rule."""
    problem = first(_problems(payload, form))
    if problem is not None:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "inspection.json breaks a rule: {problem}"),
                problem=problem.message(),
            )
        )


def check_photos(payload: InspectionPayload, files: dict[str, bytes]) -> None:
    """Every photo decodes as an allowed image of the type its record names."""
    from inspector_app.services.evidence.render import PhotoRejected, check_photo_data

    by_sha = {path[7:71]: path for path in files if path.startswith("photos/")}
    for number, record in enumerate(payload.evidence):
        path = by_sha[record["sha256"]]  # _check_references made sure it is there
        try:
            check_photo_data(files[path], record["mime"])
        except PhotoRejected as error:
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service", "evidence[{number}] ({path}) is not an allowed photo: {reason}."
                    ),
                    number=number,
                    path=path,
                    reason=error.reason,
                )
            ) from error
