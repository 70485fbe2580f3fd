"""Figures over many inspections: compliance per rule, for dashboards and the assessment."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RuleCompliance:
    """How one rule fared across inspections: items compliant, not compliant, applicable."""

    rule_id: str
    compliant: int
    not_compliant: int
    not_applicable: int
    inspections: int

    @property
    def rate(self) -> float | None:
        checked = self.compliant + self.not_compliant
        return None if checked == 0 else self.compliant / checked
