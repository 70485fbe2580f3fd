"""The inspector's signing identity: creation, storage, passphrase handling, descriptions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from inspector_app.core.errors import InspectorError, PassphraseError, ValidationError
from inspector_app.core.paths import DataDir
from inspector_app.services.signing import identity as ids

PASS = b"test-passphrase"


def test_created_identity_names_the_inspector_in_chinese(data_dir: DataDir) -> None:
    made = ids.create_identity(data_dir.keys, "张三", "雁塔区劳动保障监察大队", "SX-0042", PASS)

    facts = ids.describe_certificate(made.certificate)
    assert (facts.name, facts.unit, facts.badge) == (
        "张三",
        "雁塔区劳动保障监察大队",
        "SX-0042",
    )
    assert facts.not_after - facts.not_before > dt.timedelta(days=3600)
    assert isinstance(made.private_key, ec.EllipticCurvePrivateKey)
    usage = made.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment


def test_identity_round_trips_through_the_passphrase_protected_file(data_dir: DataDir) -> None:
    made = ids.create_identity(data_dir.keys, "Li Si", "Unit", "B-7", PASS)

    loaded = ids.load_identity(data_dir.keys, PASS)

    assert ids.has_identity(data_dir.keys)
    assert loaded.certificate == made.certificate
    assert ids.fingerprint(loaded.certificate) == ids.fingerprint(made.certificate)
    # The file is PKCS#12 that opens only with the passphrase.
    blob = (data_dir.keys / "identity.p12").read_bytes()
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(blob, None)


def test_wrong_passphrase_is_a_passphrase_error(data_dir: DataDir) -> None:
    ids.create_identity(data_dir.keys, "张三", "", "", PASS)

    with pytest.raises(PassphraseError, match="Wrong passphrase for the signing key"):
        ids.load_identity(data_dir.keys, b"not-it")


def test_missing_identity_tells_how_to_create_one(data_dir: DataDir) -> None:
    assert not ids.has_identity(data_dir.keys)
    with pytest.raises(InspectorError, match="inspector keys init"):
        ids.load_identity(data_dir.keys, PASS)


def test_rsa_identity_and_unknown_algorithm(data_dir: DataDir) -> None:
    made = ids.create_identity(data_dir.keys, "王五", "", "", PASS, algorithm="rsa-3072")
    assert isinstance(made.private_key, rsa.RSAPrivateKey)
    assert made.private_key.key_size == 3072
    with pytest.raises(ValidationError):
        ids.create_identity(data_dir.keys, "王五", "", "", PASS, algorithm="dsa")


def test_import_stores_an_organisation_identity_under_the_passphrase(
    data_dir: DataDir, tmp_path: Path
) -> None:
    issued = ids.create_identity(tmp_path / "org", "赵六", "执法局", "Z-1", b"org-pass")
    target = DataDir(tmp_path / "other").ensure()

    with pytest.raises(PassphraseError):
        ids.import_identity(target.keys, tmp_path / "org" / "identity.p12", b"wrong")
    imported = ids.import_identity(target.keys, tmp_path / "org" / "identity.p12", b"org-pass")

    assert imported.certificate == issued.certificate
    assert ids.load_identity(target.keys, b"org-pass").certificate == issued.certificate


def test_exported_certificate_is_pem_and_fingerprint_is_plain_hex(
    data_dir: DataDir, tmp_path: Path
) -> None:
    made = ids.create_identity(data_dir.keys, "张三", "", "", PASS)

    out = ids.export_certificate(made, tmp_path / "cert.pem")

    assert out.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert ids.load_certificate(out.read_bytes()) == made.certificate
    digest = ids.fingerprint(made.certificate)
    assert len(digest) == 64 and digest == digest.lower() and ":" not in digest
    with pytest.raises(ValidationError):
        ids.load_certificate(b"not a certificate")


def test_passphrase_comes_from_file_then_environment_then_prompt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("口令-from-file\n", encoding="utf-8")
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", "from-env")

    assert ids.resolve_passphrase(secret, lambda: "typed") == "口令-from-file".encode()
    assert ids.resolve_passphrase(None, lambda: "typed") == b"from-env"
    monkeypatch.delenv("INSPECTOR_PASSPHRASE")
    assert ids.resolve_passphrase(None, lambda: "typed") == b"typed"
    with pytest.raises(PassphraseError):
        ids.resolve_passphrase(None, None)
    with pytest.raises(PassphraseError):
        ids.resolve_passphrase(tmp_path / "missing.txt", None)
