"""Sites: field parsing, identifier warnings, search."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from inspector_app.core.errors import ValidationError
from inspector_app.services.context import AppContext
from inspector_app.services.directory import sites


def test_fields_are_parsed_to_their_types() -> None:
    assert sites.parse_field("contract_value", "1,250,000.5") == Decimal("1250000.50")
    assert sites.parse_field("start_date", "2026-03-01") == dt.date(2026, 3, 1)
    assert sites.parse_field("workers_on_site", " 42 ") == 42
    assert sites.parse_field("client_code", " 91110000101623741k ") == "91110000101623741K"
    assert sites.parse_field("workers_on_site", "") is None
    for field, value in (
        ("workers_on_site", "-3"),
        ("contract_value", "abc"),
        ("start_date", "2026-13-01"),
        ("no_such_field", "x"),
    ):
        with pytest.raises(ValidationError):
            sites.parse_field(field, value)


def test_bad_credit_code_warns_but_is_stored(ctx: AppContext) -> None:
    site = sites.create_site(ctx, "项目", client_code="91310115MA1H8R7C6D")
    values = sites.site_values(ctx, site)
    assert values.client_code == "91310115MA1H8R7C6D"
    warnings = sites.identifier_warnings({"client_code": values.client_code})
    assert list(warnings) == ["client_code"] and not warnings["client_code"].valid
    assert sites.identifier_warnings({"client_code": "91110000101623741K"}) == {}


def test_each_field_change_is_committed(ctx: AppContext) -> None:
    site = sites.create_site(ctx, "项目甲")
    sites.update_site_field(ctx, site, "contractor", "中建八局")
    sites.set_subcontractors(ctx, site, [("宏达劳务", "91110000101623741K"), ("", "")])
    ctx.db.engine.dispose()  # nothing cached: read back from the file
    values = sites.site_values(ctx, site)
    assert values.contractor == "中建八局"
    assert values.subcontractors == (("宏达劳务", "91110000101623741K"),)
    with pytest.raises(ValidationError):
        sites.update_site_field(ctx, site, "name", "  ")


def test_search_matches_name_address_contractor_permit(demo_ctx: AppContext) -> None:
    assert len(sites.list_sites(demo_ctx)) == 5
    assert [r.name for r in sites.list_sites(demo_ctx, "渭滨")] == ["未央区渭滨小学改扩建工程"]
    assert len(sites.list_sites(demo_ctx, "中建八局")) == 1
    assert sites.list_sites(demo_ctx, "不存在的项目") == []
    assert all(r.inspections == 1 for r in sites.list_sites(demo_ctx))
