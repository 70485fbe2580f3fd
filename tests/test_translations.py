"""scripts/translations.py: the .ts files are the source of the translations; --check fails
on a stale .ts or .qm, an unfinished Chinese entry, a translation that loses a field and a
service message lupdate cannot see; import-legacy ports an English -> Chinese JSON table."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPT = Path("scripts") / "translations.py"
CHINESE_TS = Path("resources") / "translations" / "inspector_zh_CN.ts"


def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / SCRIPT), *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )


def copy_of_the_repository(target: Path) -> Path:
    """What the script reads: the package, the script and the translation files."""
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO / "inspector_app", target / "inspector_app", ignore=ignore)
    (target / "scripts").mkdir()
    shutil.copy(REPO / SCRIPT, target / SCRIPT)
    translations = target / "resources" / "translations"
    translations.mkdir(parents=True)
    for path in (REPO / "resources" / "translations").glob("inspector_*"):
        shutil.copy(path, translations / path.name)
    return target


def translation(root: Path, context: str, source: str) -> ET.Element | None:
    for element in ET.parse(root / CHINESE_TS).getroot().iter("context"):
        if element.findtext("name") == context:
            for message in element.iter("message"):
                if message.findtext("source") == source:
                    return message.find("translation")
    return None


def test_the_repository_translations_are_up_to_date_and_complete() -> None:
    result = run(REPO, "--check")
    assert result.returncode == 0, result.stderr
    assert "every zh_CN entry translated" in result.stdout


def test_check_names_a_new_string_a_lost_field_and_texts_lupdate_cannot_see(
    tmp_path: Path,
) -> None:
    root = copy_of_the_repository(tmp_path)
    (root / "inspector_app" / "ui" / "brand_new.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n\n"
        "def label() -> str:\n"
        '    return QCoreApplication.translate("BrandNew", "A brand new label")\n',
        encoding="utf-8",
    )
    (root / "inspector_app" / "ui" / "helper.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n\n"
        "def _tr(text: str) -> str:\n"
        '    return QCoreApplication.translate("helper", text)\n',
        encoding="utf-8",
    )
    (root / "inspector_app" / "services" / "unmarked.py").write_text(
        "from inspector_app.core.messages import msg\n\n"
        'PROBLEM = msg("Nobody marked {this}", this=1)\n',
        encoding="utf-8",
    )
    ts = root / CHINESE_TS
    text = ts.read_text(encoding="utf-8")
    assert "<translation>{year}年{month}月{day}日</translation>" in text
    ts.write_text(text.replace("{year}年{month}月{day}日", "{year}年{month}月", 1), "utf-8")

    result = run(root, "--check")

    assert result.returncode == 1
    assert "inspector_zh_CN.ts is stale" in result.stderr
    assert "+        <source>A brand new label</source>" in result.stderr
    assert "fields differ in 'order'" in result.stderr
    assert "services/unmarked.py:3: mark it msg(QT_TRANSLATE_NOOP('service', ...))" in (
        result.stderr
    )
    assert "ui/helper.py:4: lupdate cannot follow _tr()" in result.stderr

    assert run(root).returncode == 0  # update: the .ts now lists the string, unfinished
    after_update = run(root, "--check")
    assert after_update.returncode == 1
    assert "inspector_zh_CN.ts is stale" not in after_update.stderr
    assert "unfinished zh_CN translation in context 'BrandNew': 'A brand new label'" in (
        after_update.stderr
    )


def test_check_fails_when_a_ts_file_lost_an_entry(tmp_path: Path) -> None:
    root = copy_of_the_repository(tmp_path)
    ts = root / CHINESE_TS
    text = ts.read_text(encoding="utf-8")
    entry = "        <source>Show folder</source>\n"
    assert entry in text
    ts.write_text(text.replace(entry, "        <source>Show the folder</source>\n"), "utf-8")

    result = run(root, "--check")

    assert result.returncode == 1
    assert "inspector_zh_CN.ts is stale (run scripts/translations.py)" in result.stderr


def test_import_legacy_fills_unfinished_entries_by_source_text(tmp_path: Path) -> None:
    root = copy_of_the_repository(tmp_path)
    (root / "inspector_app" / "ui" / "brand_new.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n\n"
        "def label() -> str:\n"
        '    return QCoreApplication.translate("BrandNew", "A brand new label")\n',
        encoding="utf-8",
    )
    table = tmp_path / "zh_CN.brand.json"
    # "Show folder" is translated already: an old table must not overwrite it.
    table.write_text(
        json.dumps({"A brand new label": "全新标签", "Show folder": "别的译文"}), "utf-8"
    )

    result = run(root, "import-legacy", str(table))

    assert result.returncode == 0, result.stderr
    new = translation(root, "BrandNew", "A brand new label")
    assert new is not None and new.text == "全新标签" and new.get("type") is None
    kept = translation(root, "app", "Show folder")
    assert kept is not None and kept.text == "打开所在文件夹"
    assert run(root, "--check").returncode == 0
