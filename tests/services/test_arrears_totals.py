"""Arrears totals stay exact to the fen with the largest amount in many cases."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import update

from inspector_app.core.parsing import MAX_AMOUNT
from inspector_app.core.statuses import ArrearsResolution
from inspector_app.core.validation import MAX_ARREARS_CASES
from inspector_app.services.context import AppContext
from inspector_app.services.supervision.dashboard import arrears_totals
from inspector_app.storage import models as m


def test_the_largest_amounts_add_up_exactly(demo_ctx: AppContext) -> None:
    before = arrears_totals(demo_ctx)
    largest = MAX_AMOUNT - Decimal("0.01")
    cases = 25 * MAX_ARREARS_CASES  # 5000: a float sum is 48 yuan off here
    with demo_ctx.db.transaction() as session:
        session.add_all(
            m.ArrearsCase(
                inspection_id=1,
                employer=f"劳务公司{n}",
                workers_affected=10,
                amount_owed=largest,
                resolution=ArrearsResolution.RESOLVED_ON_SITE if n % 2 else ArrearsResolution.OPEN,
            )
            for n in range(cases)
        )
        session.flush()
        session.execute(update(m.Inspection).where(m.Inspection.id == 1).values(status=m.SIGNED))
    totals = arrears_totals(demo_ctx)
    assert totals.cases == before.cases + cases
    assert totals.amount_owed == before.amount_owed + cases * largest
    assert totals.amount_owed - before.amount_owed == Decimal("4999999999999950.00")
    assert totals.unresolved_amount == before.unresolved_amount + cases // 2 * largest
