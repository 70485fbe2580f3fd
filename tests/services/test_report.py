"""The PDF report: content, page numbering, embedded JPEGs as they are, both languages."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from inspector_app.services.reporting.model import ReportData
from inspector_app.services.reporting.render import RenderedReport, render_report
from tests import external
from tests.report_factory import (
    DOCUMENT_NO,
    FINDING_ZH,
    RULES_ZH,
    SITE_NAME,
    make_report_data,
)


@pytest.fixture(scope="module")
def photo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("photos")


@pytest.fixture(scope="module")
def data(photo_dir: Path) -> ReportData:
    return make_report_data(photo_dir, photos=4, photo_size=(1200, 900))


@pytest.fixture(scope="module")
def report(data: ReportData) -> RenderedReport:
    return render_report(data)


def pdftotext(pdf: bytes) -> str:
    done = external.run(["pdftotext", "-layout", "-", "-"], input=pdf, check=True)
    text: bytes = done.stdout
    return text.decode("utf-8")


def pdfimages_list(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    done = external.run(["pdfimages", "-list", str(path)], text=True, check=True)
    return [line.split() for line in done.stdout.splitlines()[2:]]


def test_chinese_report_shows_site_rules_findings_and_arrears(report: RenderedReport) -> None:
    text = pdftotext(report.pdf)

    assert SITE_NAME in text
    for title, _ in RULES_ZH:
        assert title in text
    assert FINDING_ZH[:12] in text
    assert "责令" in text and "改正期限" in text and "2024-05-20" in text
    assert "欠薪线索" in text and "168,400" in text
    assert "91110000101623741K" in text  # the client's credit code on the cover
    assert "SX-0042" in text
    assert "P1" in text and "34.2131 N" in text
    assert "拍摄时间早于检查开始" in text  # an integrity flag under its photo
    assert text.count("完整性提示") == 1  # only the flagged photo says anything about it


def test_every_page_says_page_x_of_y_and_the_document_number(report: RenderedReport) -> None:
    pages = PdfReader(io.BytesIO(report.pdf)).pages

    assert len(pages) == report.page_count
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert f"第 {number} 页 共 {report.page_count} 页" in text
        assert DOCUMENT_NO in text


def test_two_photos_fit_on_an_appendix_page(data: ReportData, report: RenderedReport) -> None:
    from dataclasses import replace

    fewer = render_report(replace(data, photos=data.photos[:2]))

    assert report.page_count - fewer.page_count == 1


def test_jpeg_evidence_is_embedded_byte_for_byte(
    data: ReportData, report: RenderedReport, tmp_path: Path
) -> None:
    rows = pdfimages_list(report.pdf, tmp_path)
    images = [row for row in rows if row[2] == "image"]
    jpegs = [row for row in images if row[8] == "jpeg"]

    assert len(images) == len(data.photos) + len(data.signatures)
    assert len(jpegs) == len(data.photos)
    embedded = _dct_streams(report.pdf)
    originals = {photo.image_path.read_bytes() for photo in data.photos}
    assert originals <= embedded


def _dct_streams(pdf: bytes) -> set[bytes]:
    reader = PdfReader(io.BytesIO(pdf))
    found = set()
    for page in reader.pages:
        resources = page["/Resources"]
        assert isinstance(resources, DictionaryObject)  # each page names its resources
        for ref in resources.get("/XObject", {}).values():
            image = ref.get_object()
            filters = image.get("/Filter")
            if filters in ("/DCTDecode", ["/DCTDecode"]):
                found.add(image._data)  # the stream as stored, before any decoding
    return found


def test_signature_box_is_reserved_empty_on_the_signatures_page(report: RenderedReport) -> None:
    box = report.signature_box
    page = PdfReader(io.BytesIO(report.pdf)).pages[box.page]

    assert "签名" in page.extract_text()
    assert box.width > 150 and box.height > 60
    assert 0 < box.x1 < box.x2 <= float(page.mediabox.width)
    assert 0 < box.y1 < box.y2 <= float(page.mediabox.height)
    assert "/Annots" not in page  # nothing there until pyHanko signs


def test_english_report_has_english_labels(photo_dir: Path) -> None:
    english = render_report(
        make_report_data(photo_dir, photos=1, language="en", photo_size=(1200, 900))
    )
    text = pdftotext(english.pdf)

    assert "Findings and corrections ordered" in text
    assert "Real-name registration" in text
    assert "Compliant" in text and "Not compliant" in text
    assert f"Page 1 of {english.page_count}" in text
    assert "检查明细" not in text


def test_invariant_mode_gives_identical_files(data: ReportData) -> None:
    first = render_report(data, invariant=True)
    second = render_report(data, invariant=True)

    assert first.pdf == second.pdf


def _long(seed: str, length: int) -> str:
    return (seed * (length // len(seed) + 1))[:length]


def test_text_of_any_length_wraps_and_splits_across_pages(photo_dir: Path) -> None:
    from dataclasses import replace

    from tests.pdf_reader import squeezed

    data = make_report_data(photo_dir, photos=2, photo_size=(1200, 900))
    note, site_name = _long("工资表未经本人签字确认，", 1000), _long("幸福里安置房项目", 5000)
    rules = [
        replace(rule, items=[replace(item, note=note) for item in rule.items])
        for rule in data.rules
    ]
    long_data = replace(
        data,
        site=replace(data.site, name=site_name, address=_long("丈八东路", 1000)),
        rules=rules,
        findings=[replace(f, description=note, correction=note) for f in data.findings],
        inspectors=[replace(p, unit=_long("劳动保障监察大队", 1000)) for p in data.inspectors],
        photos=[replace(p, caption=note) for p in data.photos],
        arrears=[replace(a, note=note, employer=note) for a in data.arrears],
    )

    rendered = render_report(long_data)  # no LayoutError
    # Page footers interrupt text that runs across pages.
    text = re.sub(r"编号：[^第]*第\d+页共\d+页", "", squeezed(pdftotext(rendered.pdf)))

    assert site_name in text  # the whole name, across pages
    # Every long note is there in full: 24 items, 2 findings twice, 2 captions, the arrears
    # case twice; a repeated table header may interrupt one that runs across pages.
    assert text.count("确") >= (24 + 2 * 2 + 2 + 2) * note.count("确")
    assert rendered.page_count > render_report(data).page_count + 10
