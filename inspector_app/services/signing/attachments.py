"""Files embedded in a signed PDF (PDF /EmbeddedFiles and /AF, as Factur-X invoices carry
their XML), put in before the signature and read back from the signed revision only.

The report carries the inspection's data this way, so the signed PDF alone is complete
evidence. Reading takes the bytes each signature covers, never the whole file: an
incremental update appended after a signature cannot swap an embedded file unnoticed.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from inspector_app.core.messages import QT_TRANSLATE_NOOP, Message, msg

log = logging.getLogger(__name__)

MIME_TYPE = "application/json"
# PDF 2.0 associated-file relationship: the data the visible content is made from.
AF_RELATIONSHIP = "/Data"
# An embedded JSON file larger than this is not ours (and not worth unpacking).
MAX_EMBEDDED_BYTES = 64 * 1024 * 1024
_MAX_TREE_DEPTH = 8
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


def embed_files(writer: Any, files: Mapping[str, bytes], when: dt.datetime) -> None:
    """Add `files` (name -> bytes) to the document pyHanko's `writer` is updating: each in
    the /EmbeddedFiles name tree and in the catalog's /AF array (AFRelationship /Data)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file

    for name, data in files.items():
        stream = EmbeddedFileObject.from_file_data(
            writer,
            data,
            compress=True,
            params=EmbeddedFileParams(modification_date=when),
            mime_type=MIME_TYPE,
        )
        spec = FileSpec(
            file_spec_string=name,
            file_name=name,
            embedded_data=stream,
            description=f"inspector-app {name}",
            af_relationship=generic.NameObject(AF_RELATIONSHIP),
        )
        embed_file(writer, spec)


class AttachmentError(Exception):
    """The embedded files cannot be read, or differ between the signed revisions; the
    argument is a message (msg) saying which."""

    @property
    def message(self) -> Message:
        message: Message = self.args[0]
        return message


_BAD_RANGE = msg(QT_TRANSLATE_NOOP("service", "its signature's byte range is malformed"))
_BAD_TREE = msg(QT_TRANSLATE_NOOP("service", "its list of embedded files is malformed"))
_ENCODING = msg(
    QT_TRANSLATE_NOOP("service", "an embedded file has an encoding this app does not read")
)


@dataclass(frozen=True)
class SignedAttachments:
    """The embedded files of the signed revision, by name (empty when it carries none)."""

    files: dict[str, bytes]

    def get(self, name: str) -> bytes | None:
        return self.files.get(name)


def signed_attachments(pdf: bytes, limit: int = MAX_EMBEDDED_BYTES) -> SignedAttachments:
    """The files embedded in the part of `pdf` its signatures cover.

    Every signature must cover the same embedded files (a later signature over a changed
    attachment would otherwise let the last signer rewrite what the first one signed).
    Raises AttachmentError when the PDF has no signature, cannot be read, or is ambiguous.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        ranges = _byte_ranges(reader, pdf)
    except Exception as error:  # a damaged file raises from many places in the parser
        log.info("no signatures readable: %s", error)
        raise AttachmentError(
            msg(QT_TRANSLATE_NOOP("service", "the PDF cannot be read"))
        ) from error
    if not ranges:
        raise AttachmentError(msg(QT_TRANSLATE_NOOP("service", "the PDF is not signed")))
    found = [_attachments_of(_signed_revision(pdf, reader, r), limit) for r in ranges]
    if any(files != found[0] for files in found[1:]):
        raise AttachmentError(
            msg(QT_TRANSLATE_NOOP("service", "its embedded files differ between its signatures"))
        )
    return SignedAttachments(found[0])


def _byte_ranges(reader: Any, pdf: bytes) -> list[Any]:
    """Each signature's /ByteRange. Read from the signature dictionary's own bytes where
    that is unambiguous: parsing the dictionary tokenises its /Contents (kilobytes of hex),
    which would double the cost of an import's signature checks. Anything unusual takes
    pyHanko's full parse."""
    try:
        quick = _quick_byte_ranges(reader, pdf)
    except Exception:  # any surprise in the structure: the full parse decides
        quick = None
    return quick or [sig.byte_range for sig in reader.embedded_signatures]


def _quick_byte_ranges(reader: Any, pdf: bytes) -> list[Any] | None:
    form = _entry(reader.root, "/AcroForm")
    fields = list(_entry(form, "/Fields") or []) if form is not None else []
    ranges = []
    for field in _signature_fields(fields, 0):
        value = field.raw_get("/V")
        offset = reader.xrefs[value.reference]  # an IndirectObject, else AttributeError
        end = pdf.find(b"endobj", offset) if isinstance(offset, int) else -1
        chunk = pdf[offset:end] if end > 0 else b""
        found = _BYTE_RANGE.findall(chunk)
        if len(found) != 1 or chunk.count(b"/ByteRange") != 1:
            return None
        ranges.append(tuple(int(n) for n in found[0]))
    return ranges


def _signature_fields(fields: list[Any], depth: int) -> list[Any]:
    if depth > _MAX_TREE_DEPTH:
        raise AttachmentError(_BAD_TREE)
    found = []
    for ref in fields:
        field = ref.get_object()
        if _entry(field, "/FT") == "/Sig" and "/V" in field:
            found.append(field)
        found += _signature_fields(list(_entry(field, "/Kids") or []), depth + 1)
    return found


def _signed_revision(pdf: bytes, reader: Any, byte_range: Any) -> Any:
    """A reader of the file as it stood when the signature was made: up to the end of its
    byte range (the whole file's reader when the signature covers all of it)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    covered = _covered(pdf, byte_range)
    if len(covered) == len(pdf):
        return reader
    try:
        return PdfFileReader(io.BytesIO(covered), strict=False)
    except Exception as error:
        log.info("signed revision not readable: %s", error)
        raise AttachmentError(
            msg(QT_TRANSLATE_NOOP("service", "its embedded files cannot be read"))
        ) from error


def _covered(pdf: bytes, byte_range: Any) -> bytes:
    """The file up to the end of a signature's byte range."""
    try:
        start, _len1, start2, len2 = (int(n) for n in byte_range)
    except (TypeError, ValueError) as error:
        raise AttachmentError(_BAD_RANGE) from error
    end = start2 + len2
    if start != 0 or not 0 < end <= len(pdf):
        raise AttachmentError(_BAD_RANGE)
    return pdf[:end]


def _attachments_of(revision: Any, limit: int) -> dict[str, bytes]:
    try:
        root = revision.root
        names = _entry(root, "/Names")
        tree = _entry(names, "/EmbeddedFiles") if names is not None else None
        if tree is None:
            return {}
        files: dict[str, bytes] = {}
        for name, spec in _tree_entries(tree, 0):
            if name in files:
                raise AttachmentError(
                    msg(QT_TRANSLATE_NOOP("service", "{name} is embedded twice"), name=name)
                )
            files[name] = _file_data(spec, limit)
        return files
    except AttachmentError:
        raise
    except Exception as error:
        log.info("embedded files not readable: %s", error)
        raise AttachmentError(
            msg(QT_TRANSLATE_NOOP("service", "its embedded files cannot be read"))
        ) from error


def _tree_entries(node: Any, depth: int) -> list[tuple[str, Any]]:
    """(name, file spec) pairs of a name tree, kids included (bounded depth)."""
    if depth > _MAX_TREE_DEPTH:
        raise AttachmentError(_BAD_TREE)
    entries: list[tuple[str, Any]] = []
    flat = _entry(node, "/Names")
    if flat is not None:
        if len(flat) % 2:
            raise AttachmentError(_BAD_TREE)
        entries += [(str(flat[i]), flat[i + 1]) for i in range(0, len(flat), 2)]
    for kid in _entry(node, "/Kids") or []:
        entries += _tree_entries(kid.get_object(), depth + 1)
    return entries


def _entry(dictionary: Any, key: str) -> Any:
    """A dictionary's value, indirect references followed; None when absent."""
    dictionary = dictionary.get_object()
    # Not .get(): only indexing follows an indirect reference in pyHanko.
    return dictionary[key] if key in dictionary else None  # noqa: SIM401


def _file_data(spec: Any, limit: int) -> bytes:
    stream = spec.get_object()["/EF"]["/F"]
    filters = _entry(stream, "/Filter")
    raw = stream.encoded_data
    names = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)]
    if filters is None:
        data = raw
    elif names == ["/FlateDecode"]:
        if _entry(stream, "/DecodeParms") is not None:
            raise AttachmentError(_ENCODING)
        # Bounded: a small stream may inflate to gigabytes.
        data = zlib.decompressobj().decompress(raw, limit + 1)
    else:
        raise AttachmentError(_ENCODING)
    if len(data) > limit:
        raise AttachmentError(msg(QT_TRANSLATE_NOOP("service", "an embedded file is too large")))
    return bytes(data)
