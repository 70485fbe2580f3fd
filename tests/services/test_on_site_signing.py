"""Signing on site is one step: drawn signatures, refusal and the digital signature."""

from __future__ import annotations

from collections import Counter

import pytest

from inspector_app.core.errors import PassphraseError
from inspector_app.core.statuses import SignerRole
from inspector_app.demo.photos import make_signature_png
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.signing.on_site import DrawnSignature, RefusalToSign, sign_on_site
from inspector_app.storage import models as m

PASSPHRASE = b"test-passphrase"
COMPLETE = 2  # the demo's completed, unsigned inspection


def _pads(ctx: AppContext) -> list[DrawnSignature]:
    detail = inspections.inspection_detail(ctx, COMPLETE)
    drawn = [
        DrawnSignature(SignerRole.INSPECTOR, p.name, make_signature_png(p.name, 1))
        for p in detail.inspectors
    ]
    representative = detail.representatives[0].name
    return [
        *drawn,
        DrawnSignature(SignerRole.REPRESENTATIVE, representative, make_signature_png("r", 2)),
    ]


def _signers(ctx: AppContext) -> Counter[tuple[str, str]]:
    detail = inspections.inspection_detail(ctx, COMPLETE)
    return Counter((s.role, s.signer_name) for s in detail.signatures)


def test_a_wrong_passphrase_writes_nothing(demo_ctx: AppContext) -> None:
    with pytest.raises(PassphraseError):
        sign_on_site(demo_ctx, COMPLETE, b"wrong", _pads(demo_ctx))
    detail = inspections.inspection_detail(demo_ctx, COMPLETE)
    assert detail.status == m.COMPLETE and detail.signatures == ()


def test_a_retry_after_a_failure_leaves_one_signature_per_person(
    demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inspector_app.services.signing import on_site as on_site_signing

    def broken(*_args: object, **_kwargs: object) -> bytes:
        raise OSError("disk full while rendering")

    monkeypatch.setattr(on_site_signing, "sign_inspection", broken)
    with pytest.raises(OSError):
        sign_on_site(demo_ctx, COMPLETE, PASSPHRASE, _pads(demo_ctx))
    monkeypatch.undo()

    pdf = sign_on_site(demo_ctx, COMPLETE, PASSPHRASE, _pads(demo_ctx))

    expected = Counter((pad.role, pad.name) for pad in _pads(demo_ctx))
    assert _signers(demo_ctx) == expected  # a Counter: a duplicate would show as a 2
    assert max(expected.values()) == 1
    assert pdf.startswith(b"%PDF")
    assert inspections.inspection_detail(demo_ctx, COMPLETE).status == m.SIGNED


def test_a_refusal_stands_in_for_the_representative(demo_ctx: AppContext) -> None:
    detail = inspections.inspection_detail(demo_ctx, COMPLETE)
    witness = next(p.name for p in detail.inspectors if not p.is_self)
    inspectors_only = [pad for pad in _pads(demo_ctx) if pad.role == "inspector"]
    refused = RefusalToSign("对检查结论有异议", witness)

    sign_on_site(demo_ctx, COMPLETE, PASSPHRASE, inspectors_only, refused=refused)

    signed = inspections.inspection_detail(demo_ctx, COMPLETE)
    assert signed.status == m.SIGNED
    assert (signed.refusal_reason, signed.refusal_witness) == ("对检查结论有异议", witness)
    assert "representative" not in {s.role for s in signed.signatures}
