"""The states an inspection goes through, the roles of its signers and what became of an
arrears case, written once.

Str-valued enums: the values are what the database stores and the bundle carries, so a
member compares equal to the stored text and is written as that text."""

from __future__ import annotations

from enum import StrEnum


class InspectionStatus(StrEnum):
    """draft -> complete (finished, still editable) -> signed -> exported."""

    DRAFT = "draft"
    COMPLETE = "complete"
    SIGNED = "signed"
    EXPORTED = "exported"

    @property
    def locked(self) -> bool:
        """Signed (or exported after signing): read-only; amendments are new revisions."""
        return self in LOCKED_STATUSES


EDITABLE_STATUSES = (InspectionStatus.DRAFT, InspectionStatus.COMPLETE)
LOCKED_STATUSES = (InspectionStatus.SIGNED, InspectionStatus.EXPORTED)


class SignerRole(StrEnum):
    """Who drew a signature on the record (and names its file, signatures/<role>.png)."""

    INSPECTOR = "inspector"
    REPRESENTATIVE = "representative"


class Origin(StrEnum):
    """Where an inspection revision was made: on this computer, or read from a bundle."""

    LOCAL = "local"
    IMPORTED = "imported"


class HeldKind(StrEnum):
    """Why a verified bundle waits in held/: its signer is not trusted yet, or it is another
    inspector's revision of an inspection here, for the supervisor to accept or refuse."""

    UNTRUSTED_SIGNER = "untrusted_signer"
    ANOTHER_INSPECTOR = "another_inspectors_revision"


class PartyRole(StrEnum):
    """A unit's part in the project, as a finding's responsible party is chosen from."""

    CONTRACTOR = "contractor"
    SUBCONTRACTOR = "subcontractor"
    CLIENT = "client"


class ArrearsResolution(StrEnum):
    """What became of a wage-arrears case: still open, settled on the site, or handed to
    the enforcement bureau. Only a case settled on the site counts as resolved."""

    OPEN = "open"
    RESOLVED_ON_SITE = "resolved_on_site"
    HANDED_OVER = "handed_over"

    @property
    def resolved(self) -> bool:
        return self is ArrearsResolution.RESOLVED_ON_SITE
