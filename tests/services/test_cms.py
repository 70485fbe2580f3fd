"""Detached CMS signatures over a bundle manifest, checked by openssl and by pyHanko."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.core.paths import DataDir
from inspector_app.services.signing import cms
from inspector_app.services.signing.identity import Identity, create_identity, export_certificate
from tests.openssl_cms import openssl_cms_verify

MANIFEST = '{"format": "inspection-bundle", "site": "幸福里安置房"}'.encode()


@pytest.fixture
def signer(data_dir: DataDir) -> Identity:
    return create_identity(data_dir.keys, "张三", "监察大队", "SX-0042", b"test-passphrase")


def test_openssl_accepts_the_detached_signature(signer: Identity, tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_bytes(MANIFEST)
    (tmp_path / "manifest.p7s").write_bytes(cms.sign_detached(MANIFEST, signer))
    export_certificate(signer, tmp_path / "cert.pem")

    good = openssl_cms_verify(tmp_path)
    (tmp_path / "manifest.json").write_bytes(MANIFEST.replace(b"site", b"sitf"))
    bad = openssl_cms_verify(tmp_path)

    assert good.returncode == 0, good.stderr
    assert "Verification successful" in good.stderr
    assert bad.returncode != 0


def test_trusted_signer_and_intact_data(signer: Identity) -> None:
    result = cms.verify_detached(
        MANIFEST, cms.sign_detached(MANIFEST, signer), [signer.certificate]
    )

    assert result.intact and result.trusted and result.reason is None
    assert result.signer_certificate == signer.certificate
    assert result.signer_fingerprint is not None and len(result.signer_fingerprint) == 64
    assert result.signed_at is not None


def test_changed_data_is_not_intact(signer: Identity) -> None:
    signature = cms.sign_detached(MANIFEST, signer)

    result = cms.verify_detached(MANIFEST + b" ", signature, [signer.certificate])

    assert not result.intact and not result.trusted
    assert result.reason and "changed" in result.reason


def test_unknown_signer_is_intact_but_untrusted(signer: Identity, tmp_path: Path) -> None:
    stranger = create_identity(tmp_path / "k", "李四", "", "", b"pw")

    result = cms.verify_detached(
        MANIFEST, cms.sign_detached(MANIFEST, signer), [stranger.certificate]
    )

    assert result.intact and not result.trusted
    assert result.reason and "trust list" in result.reason


@pytest.mark.parametrize("garbage", [b"", b"\x30\x03\x02\x01\x01", b"not der at all" * 10])
def test_garbage_signature_is_reported_not_raised(signer: Identity, garbage: bytes) -> None:
    result = cms.verify_detached(MANIFEST, garbage, [signer.certificate])

    assert not result.intact and not result.trusted and result.reason


def test_truncated_signature_is_reported_not_raised(signer: Identity) -> None:
    signature = cms.sign_detached(MANIFEST, signer)

    result = cms.verify_detached(MANIFEST, signature[: len(signature) // 2], [])

    assert not result.intact and result.reason
