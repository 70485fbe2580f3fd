"""Verify a detached manifest signature the way a third party would: the openssl binary."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests import external


def openssl_cms_verify(folder: Path) -> subprocess.CompletedProcess[str]:
    """`openssl cms -verify` of manifest.p7s over manifest.json, trusting cert.pem, in `folder`.

    Verification succeeded when returncode is 0 and stderr says "Verification successful".
    """
    command = [
        "openssl",
        "cms",
        "-verify",
        "-binary",
        "-inform",
        "DER",
        "-in",
        "manifest.p7s",
        "-content",
        "manifest.json",
        "-CAfile",
        "cert.pem",
        "-out",
        "/dev/null",
    ]
    return external.run(command, cwd=folder, text=True)
