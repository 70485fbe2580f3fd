"""`inspector keys ...`, `held list` and `verify` with hostile certificates and files:
escaped output, certificates only, validity, replacing a key, passphrase files."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from inspector_app.cli import output
from inspector_app.cli.main import main
from inspector_app.core.errors import PassphraseError
from inspector_app.services.context import AppContext, open_context
from inspector_app.services.signing.identity import (
    Identity,
    describe_certificate,
    fingerprint,
    identity_path,
    load_identity,
    resolve_passphrase,
)
from inspector_app.services.sync.export import to_json_bytes
from inspector_app.services.sync.model import INSPECTION
from inspector_app.services.sync.verify import check_bundle
from tests.bundle_factory import InspectorFolder, entries_of, resigned, snapshot, supervisor
from tests.cert_factory import (
    DAY,
    expired_identity,
    future_identity,
    key_pem_of,
    make_identity,
    pem_of,
    write_p12,
)

PASSPHRASE = b"test-passphrase"  # INSPECTOR_PASSPHRASE in tests/conftest.py
EVIL = "\x1b[2K\rimported"


def signed_by(bundle: Path, identity: Identity) -> bytes:
    """The bundle re-signed by `identity`, its inspection.json naming that signer (a forger's
    bundle: sound, but held for an untrusted signer)."""
    record = json.loads(entries_of(bundle.read_bytes())[INSPECTION])
    record["signer_fingerprint"] = fingerprint(identity.certificate)
    return resigned(bundle.read_bytes(), identity, change={INSPECTION: to_json_bytes(record)})


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_no_raw_controls(text: str) -> None:
    assert "\x1b" not in text and "\r" not in text and "\u202e" not in text, repr(text)


# -- 1. escaped output ---------------------------------------------------------------------


def test_visible_shows_controls_escapes_and_bidi_overrides() -> None:
    assert output.visible("a\x1b[2K\rb") == "a\\x1b[2K\\x0db"
    assert output.visible("x\u202ey\u2066z\x9b") == "x\\u202ey\\u2066z\\x9b"
    assert output.visible("two\nlines") == "two\\x0alines"
    assert output.visible("two\nlines", keep_newlines=True) == "two\nlines"
    assert output.visible("李明 C:\\data") == "李明 C:\\data"


def test_trust_and_verify_print_a_hostile_name_escaped(
    tmp_path: Path, inspector: InspectorFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = make_identity(EVIL, "\u202eunit")
    pem = tmp_path / "evil.pem"
    pem.write_bytes(pem_of(evil))
    bundle = tmp_path / "evil.inspection.zip"
    bundle.write_bytes(signed_by(inspector.bundles[0], evil))
    office = str(tmp_path / "office")

    code, out, err = run(capsys, "--data-dir", office, "verify", str(bundle))
    assert code == 1 and "\\x1b[2K\\x0dimported" in out
    assert_no_raw_controls(out + err)

    code, out, err = run(capsys, "--data-dir", office, "import", str(bundle))
    assert code == 1 and "held" in out
    assert_no_raw_controls(out + err)
    code, out, err = run(capsys, "--data-dir", office, "held", "list")
    assert code == 0 and "\\x1b[2K\\x0dimported" in out
    assert_no_raw_controls(out + err)

    code, out, err = run(capsys, "--data-dir", office, "keys", "trust", str(pem))
    assert "trusted: \\x1b[2K\\x0dimported (\\u202eunit)" in out
    # Trusted now, the held bundle is checked in full: its report is someone else's.
    assert code == 1 and "rejected" in out
    assert_no_raw_controls(out + err)


def test_json_output_escapes_bidi_overrides(capsys: pytest.CaptureFixture[str]) -> None:
    output.print_json({"name": "abc\u202eexe.pdf", "c1": "\x9b"})
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\\u202e" in out and "\\u009b" in out


# -- 6. certificates only -------------------------------------------------------------------


def test_trust_names_every_certificate_in_the_pem(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = make_identity("甲"), make_identity("乙")
    pem = tmp_path / "two.pem"
    pem.write_bytes(pem_of(first) + pem_of(second))
    code, out, _ = run(capsys, "--data-dir", str(ctx.data_dir.root), "keys", "trust", str(pem))
    lines = [line for line in out.splitlines() if line.startswith("trusted: ")]
    assert code == 0 and len(lines) == 2
    assert fingerprint(first.certificate) in lines[0]
    assert fingerprint(second.certificate) in lines[1]


@pytest.mark.parametrize(
    "content",
    [
        "cert_then_key",
        "key_only",
        "garbage",
        "pem_garbage",
        "other_block",
    ],
)
def test_trust_refuses_keys_and_garbage_and_trusts_nothing(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    identity = make_identity("丙")
    data = {
        "cert_then_key": pem_of(identity) + key_pem_of(identity),
        "key_only": key_pem_of(identity),
        "garbage": os.urandom(300),
        "pem_garbage": b"-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n",
        "other_block": pem_of(identity)
        + b"-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n",
    }[content]
    pem = tmp_path / "offered.pem"
    pem.write_bytes(data)
    before = snapshot(ctx)
    code, out, err = run(capsys, "--data-dir", str(ctx.data_dir.root), "keys", "trust", str(pem))
    assert code == 1 and "trusted:" not in out
    assert "Traceback" not in err and err.startswith("inspector: ")
    if "key" in content:
        assert "private key" in err
    assert snapshot(ctx) == before


# -- 3. validity at import, 4. replacing a key ----------------------------------------------


@pytest.mark.parametrize("make", [expired_identity, future_identity])
def test_keys_import_refuses_a_certificate_outside_its_validity(
    ctx: AppContext,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[], Identity],
) -> None:
    p12 = write_p12(make(), tmp_path / "org.p12", PASSPHRASE)
    before = snapshot(ctx)
    code, _, err = run(capsys, "--data-dir", str(ctx.data_dir.root), "keys", "import", str(p12))
    assert code == 1 and ("expired" in err or "not valid yet" in err)
    assert "Traceback" not in err
    assert not identity_path(ctx.data_dir.keys).exists()
    assert snapshot(ctx) == before


def test_keys_import_replaces_only_with_replace_and_old_key_still_exports(
    demo_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, keys = str(demo_ctx.data_dir.root), demo_ctx.data_dir.keys
    old = load_identity(keys, PASSPHRASE)
    old_bytes = identity_path(keys).read_bytes()
    p12 = write_p12(make_identity("李明"), tmp_path / "org.p12", PASSPHRASE)
    before = snapshot(demo_ctx)

    code, out, err = run(capsys, "--data-dir", root, "keys", "import", str(p12))
    assert code == 1 and "--replace" in err and "imported" not in out
    assert identity_path(keys).read_bytes() == old_bytes and snapshot(demo_ctx) == before

    code, out, _ = run(capsys, "--data-dir", root, "keys", "import", str(p12), "--replace")
    assert code == 0 and "imported" in out
    retired = keys / "retired" / f"{fingerprint(old.certificate)}.p12"
    assert retired.read_bytes() == old_bytes
    assert load_identity(keys, PASSPHRASE).certificate != old.certificate

    # Inspection 3 was signed by the old key: its bundle is signed by that key again.
    bundle = tmp_path / "three.inspection.zip"
    code, out, err = run(capsys, "--data-dir", root, "export-bundle", "3", "-o", str(bundle))
    assert code == 0, err
    assert check_bundle(bundle.read_bytes(), [old.certificate]).verdict == "ok"


def test_export_refuses_when_the_signing_key_is_gone(
    demo_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = demo_ctx.data_dir.keys
    old = load_identity(keys, PASSPHRASE)
    p12 = write_p12(make_identity("李明"), tmp_path / "org.p12", PASSPHRASE)
    root = str(demo_ctx.data_dir.root)
    assert run(capsys, "--data-dir", root, "keys", "import", str(p12), "--replace")[0] == 0
    (keys / "retired" / f"{fingerprint(old.certificate)}.p12").unlink()
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "--data-dir", root, "export-bundle", "3", "-o", str(out_dir))
    assert code == 1 and "exported" not in out and "retired" in err
    assert not out_dir.exists() or not any(out_dir.iterdir())


def test_keys_show_warns_30_days_before_expiry(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = dt.datetime.now(dt.UTC)
    soon = make_identity("钱七", not_after=now + 10 * DAY)
    p12 = write_p12(soon, tmp_path / "org.p12", PASSPHRASE)
    root = str(ctx.data_dir.root)
    assert run(capsys, "--data-dir", root, "keys", "import", str(p12))[0] == 0
    code, out, _ = run(capsys, "--data-dir", root, "keys", "show")
    assert code == 0 and "warning: Your signing certificate expires on" in out
    assert "钱七" in out


def test_keys_show_is_quiet_for_a_certificate_far_from_expiry(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p12 = write_p12(make_identity("孙八"), tmp_path / "org.p12", PASSPHRASE)
    root = str(ctx.data_dir.root)
    assert run(capsys, "--data-dir", root, "keys", "import", str(p12))[0] == 0
    code, out, _ = run(capsys, "--data-dir", root, "keys", "show")
    assert code == 0 and "warning" not in out and "孙八" in out


# -- 7. look-alike signer -------------------------------------------------------------------


def test_held_list_flags_a_trusted_name_under_another_key(
    tmp_path: Path, inspector: InspectorFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    name = describe_certificate(inspector.identity.certificate).name
    twin = make_identity(name, "同名单位")
    bundle = tmp_path / "twin.inspection.zip"
    bundle.write_bytes(signed_by(inspector.bundles[0], twin))
    office = supervisor(tmp_path / "office", inspector)
    office.close()
    root = str(tmp_path / "office")
    assert run(capsys, "--data-dir", root, "import", str(bundle))[0] == 1
    code, out, _ = run(capsys, "--data-dir", root, "held", "list")
    assert code == 0 and f"same name as trusted {name}, different key" in out


# -- 5. passphrase files --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"secret\n", b"secret"),
        (b"\xef\xbb\xbfsecret\r\n", b"secret"),
        ("口令 with spaces\n".encode(), "口令 with spaces".encode()),
        (b"x" * 4096, b"x" * 4096),
    ],
)
def test_passphrase_file_utf8_with_or_without_bom(
    tmp_path: Path, data: bytes, expected: bytes
) -> None:
    path = tmp_path / "pass.txt"
    path.write_bytes(data)
    assert resolve_passphrase(path) == expected


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("secret\n".encode("utf-16"), "UTF-8"),
        ("secret".encode("utf-16-le"), "UTF-8"),
        (b"\xb8\xdf\xbc\xb6", "UTF-8"),  # GBK
        (b"x" * 4097, "4 KiB"),
    ],
)
def test_passphrase_file_other_encodings_and_large_files_refused(
    tmp_path: Path, data: bytes, words: str
) -> None:
    path = tmp_path / "pass.txt"
    path.write_bytes(data)
    with pytest.raises(PassphraseError, match=words):
        resolve_passphrase(path)


def test_passphrase_from_dev_zero_is_refused_without_reading_it_all() -> None:
    with pytest.raises(PassphraseError, match="4 KiB"):
        resolve_passphrase(Path("/dev/zero"))


def test_keys_init_with_a_utf16_passphrase_file_says_so_plainly(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pass.txt"
    path.write_bytes("secret".encode("utf-16"))
    root = str(ctx.data_dir.root)
    args = ["--data-dir", root, "keys", "init", "--name", "周九", "--passphrase-file", str(path)]
    code, _, err = run(capsys, *args)
    assert code == 1 and "UTF-8" in err and "Traceback" not in err
    assert not identity_path(ctx.data_dir.keys).exists()


# -- 9. backups after changes ---------------------------------------------------------------


def _backups(root: Path) -> list[Path]:
    folder = root / "backups"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_cli_backs_up_after_a_change_at_most_as_often_as_the_app(
    demo_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = demo_ctx.data_dir.root
    demo_ctx.close()
    for old in _backups(root):
        old.unlink()
    assert run(capsys, "--data-dir", str(root), "sites", "list")[0] == 0
    assert _backups(root) == []  # nothing changed: no backup
    args = ["--data-dir", str(root), "inspections", "amend", "3", "--reason", "错字"]
    assert run(capsys, *args)[0] == 0
    made = _backups(root)
    assert len(made) == 1
    args = ["--data-dir", str(root), "inspections", "amend", "4", "--reason", "错字"]
    assert run(capsys, *args)[0] == 0
    assert _backups(root) == made  # within the app's interval: not again
    ctx = open_context(root)  # the backup is a sound database with the amendment
    ctx.close()
