"""The order to correct's fixed wording, and how it writes dates, in the user's language.

The English wording is marked here; its Chinese is in the Qt Linguist catalogue
(inspector_zh_CN.ts, context "order"), read through core.catalogue.

The legal wording follows 《劳动保障监察条例》 (LSIR) Art. 18, 19 and 30 and
《保障农民工工资支付条例》 Art. 54-57 (see docs and domain/eight-rules.md): the order is made
under LSIR Art. 18(1)(2); not correcting in time is punished under the Regulation's
Art. 54-57 (fines; stopping the project under Art. 55 and 57), refusing to correct under
LSIR Art. 30(1)(3) (2,000 to 20,000 yuan). Appeal: administrative reconsideration within
60 days, or an administrative lawsuit within 6 months.
"""

from __future__ import annotations

import datetime as dt

from inspector_app.core.catalogue import Catalogue, Numeral
from inspector_app.core.messages import QT_TRANSLATE_NOOP

_TEXTS = {
    "title": QT_TRANSLATE_NOOP("order", "Labour Security Inspection Order to Correct"),
    "number": QT_TRANSLATE_NOOP("order", "Order no."),
    "credit_code": QT_TRANSLATE_NOOP("order", "Unified social credit code"),
    "record_number": QT_TRANSLATE_NOOP("order", "Inspection record no."),
    "intro": QT_TRANSLATE_NOOP(
        "order",
        "On {date} this authority carried out a labour security inspection of the project"
        " {site}{address} and found that your unit breached labour security laws and "
        "regulations, including the Regulation on Guaranteeing Payment of Wages to "
        "Migrant Workers, as set out below. Under Article 18(1)(2) of the Labour Security"
        " Inspection Regulation, your unit is ordered to correct each breach within its "
        "deadline and to report the correction to this authority in writing before the "
        "deadline.",
    ),
    "address": QT_TRANSLATE_NOOP("order", " ({address})"),
    "facts": QT_TRANSLATE_NOOP("order", "Facts"),
    "item": QT_TRANSLATE_NOOP("order", "Item checked"),
    "provision": QT_TRANSLATE_NOOP("order", "Provision breached"),
    "correction": QT_TRANSLATE_NOOP("order", "Correction ordered"),
    "deadline": QT_TRANSLATE_NOOP("order", "Deadline"),
    "deadline_value": QT_TRANSLATE_NOOP("order", "by {date}"),
    "no_deadline": QT_TRANSLATE_NOOP("order", "not set"),
    "consequences_heading": QT_TRANSLATE_NOOP("order", "If the breaches are not corrected"),
    "consequences": QT_TRANSLATE_NOOP(
        "order",
        "If a breach is not corrected within its deadline, this authority will impose the"
        " penalties of Articles 54 to 57 of the Regulation on Guaranteeing Payment of "
        "Wages to Migrant Workers: fines on the unit and, in the cases of Articles 55 and"
        " 57, an order to stop work on the project. Refusing to correct after this order "
        "is fined 2,000 to 20,000 yuan under Article 30(1)(3) of the Labour Security "
        "Inspection Regulation.",
    ),
    "rights_heading": QT_TRANSLATE_NOOP("order", "Your rights"),
    "rights": QT_TRANSLATE_NOOP(
        "order",
        "Your unit may state its case and defend itself before this authority on the "
        "facts of this order. If your unit disagrees with this order, it may apply for "
        "administrative reconsideration within 60 days of receiving it, or bring an "
        "administrative lawsuit before a people's court within 6 months.",
    ),
    "inspectors": QT_TRANSLATE_NOOP("order", "Inspectors"),
    "name": QT_TRANSLATE_NOOP("order", "Name"),
    "badge": QT_TRANSLATE_NOOP("order", "Badge no."),
    "signature": QT_TRANSLATE_NOOP("order", "Signature"),
    "signed_at": QT_TRANSLATE_NOOP("order", "Signed at"),
    "not_signed": QT_TRANSLATE_NOOP("order", "not signed"),
    "seal": QT_TRANSLATE_NOOP("order", "(seal)"),
    "digital_signature": QT_TRANSLATE_NOOP("order", "Digital signature"),
    "receipt_title": QT_TRANSLATE_NOOP("order", "Proof of service"),
    "receipt_document": QT_TRANSLATE_NOOP("order", "Document served"),
    "receipt_addressee": QT_TRANSLATE_NOOP("order", "Served on"),
    "receipt_place": QT_TRANSLATE_NOOP("order", "Place of service"),
    "receipt_method": QT_TRANSLATE_NOOP("order", "Method"),
    "receipt_methods": QT_TRANSLATE_NOOP(
        "order",
        "□ in person  □ left at the premises  □ by post  □ by agent",
    ),
    "receipt_received": QT_TRANSLATE_NOOP("order", "Received by"),
    "receipt_agent": QT_TRANSLATE_NOOP("order", "Received for the unit by, and why"),
    "receipt_refusal": QT_TRANSLATE_NOOP("order", "Refusal: reason and witness"),
    "receipt_server": QT_TRANSLATE_NOOP("order", "Served by"),
    "receipt_note": QT_TRANSLATE_NOOP("order", "Notes"),
    "sign_line": QT_TRANSLATE_NOOP("order", "Signature: __________________    Date: ____________"),
    "witness_line": QT_TRANSLATE_NOOP(
        "order",
        "Witness's signature: ______________    Date: ____________",
    ),
    "page_of": QT_TRANSLATE_NOOP("order", "Page {page} of {pages}"),
    "blank": QT_TRANSLATE_NOOP("order", "__________________"),
    # A date, and a heading number: "1. " in English, "一、" ("{number:cn}") in Chinese.
    "date": QT_TRANSLATE_NOOP("order", "{year}-{month:02}-{day:02}"),
    "ordinal": QT_TRANSLATE_NOOP("order", "{number}. "),
    "colon": QT_TRANSLATE_NOOP("order", ": ", "after a label"),
    "addressed": QT_TRANSLATE_NOOP("order", "{addressee}:"),
}


class OrderTexts:
    """Texts for one language: `texts["title"]`, `texts.date(day)`."""

    def __init__(self, language: str) -> None:
        self.language = "en" if language == "en" else "zh"
        self._catalogue = Catalogue(self.language)

    def __getitem__(self, key: str) -> str:
        return self._catalogue.text(_TEXTS[key])

    def date(self, day: dt.date | None) -> str:
        if day is None:
            return self["no_deadline"]
        return self["date"].format(year=day.year, month=day.month, day=day.day)

    def deadline(self, day: dt.date | None) -> str:
        if day is None:
            return self["no_deadline"]
        return self["deadline_value"].format(date=self.date(day))

    def ordinal(self, number: int) -> str:
        """A heading number: 一、 二、 ... in Chinese, 1. 2. ... in English."""
        return self["ordinal"].format(number=Numeral(number))

    def page_of(self, page: int, pages: int) -> str:
        return self["page_of"].format(page=page, pages=pages)
