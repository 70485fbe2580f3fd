"""The English detector of the zh interface walk: words are caught, codes and names pass."""

from __future__ import annotations

import pytest

from tests.ui.zh_texts import english_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Preview report", ["Preview", "report"]),
        ("预览 report", ["report"]),
        ("可用字段：{unit_short}（单位简称）、{seq:03d}（序号）", []),
        ("{unit_short} short", ["short"]),
        ("Files of &type:", ["Files", "of", "type"]),
        ("Import/export", ["Import", "export"]),
        ("Not trusted", ["Not", "trusted"]),
        ("'Up' here", ["Up", "here"]),
        (" h", ["h"]),
        ("预览报告", []),
        ("文件类型(&T)：", []),
        ("R2.1 工资专用账户", []),
        ("导出 XLSX/CSV…", []),
        ("SHA-256 指纹", []),
        ("PAdES 签名 · 12.5 MB", []),
        ("总分：86.8 (等级 B)", []),
        ("执法证号 A001，信用代码 91610131MA6TXXXXX0", []),
        ("校验码应为 'U'，而不是 '0'", []),
        ("/tmp/data/exports 已写入", []),
        ("C:\\Users\\王\\data", []),
        ("3-R1.1.jpg · 报告.pdf", []),
        ("English", []),
    ],
)
def test_english_words(text: str, words: list[str]) -> None:
    assert english_words(text) == words
