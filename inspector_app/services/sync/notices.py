"""Orders to correct in a bundle (notices/*.pdf, format version 2): named, listed, signed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cryptography import x509

from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services.sync.model import NOTICES, BundleRejected, Manifest
from inspector_app.services.sync.payload import InspectionPayload
from inspector_app.storage import models as m


def check_orders(payload: InspectionPayload, manifest: Manifest) -> None:
    """Every notices/*.pdf is an order inspection.json names, with the same hash; no more."""
    from inspector_app.services.reporting.orders import notice_path

    listed = manifest.listed()
    named = set()
    for order in payload.orders:
        path = notice_path(order["position"])
        if path in named:
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP("service", "inspection.json names the order {path} twice."),
                    path=path,
                )
            )
        named.add(path)
        if path not in listed:
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service", "The order to correct {path} is not in the bundle."
                    ),
                    path=path,
                )
            )
        if listed[path].sha256 != order["sha256"]:
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service", "{path} is not the signed order inspection.json names."
                    ),
                    path=path,
                )
            )
    for path in listed:
        if path.startswith(NOTICES) and path not in named:
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service", "{path} is not an order to correct inspection.json names."
                    ),
                    path=path,
                )
            )


def check_order_signatures(
    files: dict[str, bytes], manifest: Manifest, trusted: Sequence[x509.Certificate]
) -> None:
    """Each order to correct is signed, intact and whole, by the bundle's signer."""
    from inspector_app.services.signing.pades import verify_pdf

    for path in sorted(p for p in files if p.startswith(NOTICES)):
        result = verify_pdf(files[path], trusted)
        if not (result.signed and result.intact and result.trusted and result.covers_whole_file):
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service", "The order to correct {path} does not verify: {reason}"
                    ),
                    path=path,
                    reason=result.reason,
                )
            )
        if result.signer_fingerprint != manifest.signer_fingerprint:
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "The order to correct {path} is signed by someone other than the "
                        "bundle's signer.",
                    ),
                    path=path,
                )
            )


def order_rows(
    inspection_id: int, orders: list[dict[str, Any]], files: dict[str, bytes]
) -> list[m.SignedOrder]:
    """A verified bundle's signed orders to correct, as rows of the imported inspection."""
    from inspector_app.services.reporting.orders import notice_path

    return [
        m.SignedOrder(
            inspection_id=inspection_id, **order, pdf=files[notice_path(order["position"])]
        )
        for order in orders
    ]
