"""The order to correct's fixed wording in Chinese and English, and how it writes dates.

The legal wording follows 《劳动保障监察条例》 (LSIR) Art. 18, 19 and 30 and
《保障农民工工资支付条例》 Art. 54-57 (see docs and domain/eight-rules.md): the order is made
under LSIR Art. 18(1)(2); not correcting in time is punished under the Regulation's
Art. 54-57 (fines; stopping the project under Art. 55 and 57), refusing to correct under
LSIR Art. 30(1)(3) (2,000 to 20,000 yuan). Appeal: administrative reconsideration within
60 days, or an administrative lawsuit within 6 months.
"""

from __future__ import annotations

import datetime as dt

_TEXTS: dict[str, tuple[str, str]] = {
    # key: (zh, en)
    "title": ("劳动保障监察限期整改指令书", "Labour Security Inspection Order to Correct"),
    "number": ("文书编号", "Order no."),
    "credit_code": ("统一社会信用代码", "Unified social credit code"),
    "record_number": ("现场检查记录编号", "Inspection record no."),
    "intro": (
        "本机关于{date}对{site}{address}实施劳动保障监察，发现你单位存在下列违反"
        "《保障农民工工资支付条例》等劳动保障法律、法规的行为。依据《劳动保障监察条例》"
        "第十八条第一款第（二）项的规定，现责令你单位在下列期限内改正，并于期限届满前将改正情况"
        "书面报告本机关。",
        "On {date} this authority carried out a labour security inspection of the project "
        "{site}{address} and found that your unit breached labour security laws and "
        "regulations, including the Regulation on Guaranteeing Payment of Wages to Migrant "
        "Workers, as set out below. Under Article 18(1)(2) of the Labour Security Inspection "
        "Regulation, your unit is ordered to correct each breach within its deadline and to "
        "report the correction to this authority in writing before the deadline.",
    ),
    "address": ("（地址：{address}）", " ({address})"),
    "facts": ("违法事实", "Facts"),
    "item": ("检查事项", "Item checked"),
    "provision": ("违反的规定", "Provision breached"),
    "correction": ("责令改正事项", "Correction ordered"),
    "deadline": ("改正期限", "Deadline"),
    "deadline_value": ("{date}前", "by {date}"),
    "no_deadline": ("未指定", "not set"),
    "consequences_heading": ("逾期不改正的法律后果", "If the breaches are not corrected"),
    "consequences": (
        "逾期不改正的，本机关将依照《保障农民工工资支付条例》第五十四条至第五十七条的相应规定"
        "依法予以处罚，对单位处以罚款；属于该条例第五十五条、第五十七条规定情形的，依法责令项目"
        "停工。经责令改正拒不改正的，依照《劳动保障监察条例》第三十条第一款第（三）项的规定，"
        "处2000元以上2万元以下的罚款。",
        "If a breach is not corrected within its deadline, this authority will impose the "
        "penalties of Articles 54 to 57 of the Regulation on Guaranteeing Payment of Wages to "
        "Migrant Workers: fines on the unit and, in the cases of Articles 55 and 57, an order "
        "to stop work on the project. Refusing to correct after this order is fined 2,000 to "
        "20,000 yuan under Article 30(1)(3) of the Labour Security Inspection Regulation.",
    ),
    "rights_heading": ("权利告知", "Your rights"),
    "rights": (
        "你单位有权就本指令认定的事实向本机关陈述和申辩。如对本指令不服，可以在收到本指令书之日起"
        "60日内依法申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。",
        "Your unit may state its case and defend itself before this authority on the facts of "
        "this order. If your unit disagrees with this order, it may apply for administrative "
        "reconsideration within 60 days of receiving it, or bring an administrative lawsuit "
        "before a people's court within 6 months.",
    ),
    "inspectors": ("执法人员", "Inspectors"),
    "name": ("姓名", "Name"),
    "badge": ("执法证号", "Badge no."),
    "signature": ("签名", "Signature"),
    "signed_at": ("签名时间", "Signed at"),
    "not_signed": ("未签名", "not signed"),
    "seal": ("（印章）", "(seal)"),
    "digital_signature": ("电子签章", "Digital signature"),
    "receipt_title": ("送达回证", "Proof of service"),
    "receipt_document": ("送达文书", "Document served"),
    "receipt_addressee": ("受送达人", "Served on"),
    "receipt_place": ("送达地点", "Place of service"),
    "receipt_method": ("送达方式", "Method"),
    "receipt_methods": (
        "□ 直接送达  □ 留置送达  □ 邮寄送达  □ 委托送达",
        "□ in person  □ left at the premises  □ by post  □ by agent",
    ),
    "receipt_received": ("受送达人签收", "Received by"),
    "receipt_agent": ("代收人及代收理由", "Received for the unit by, and why"),
    "receipt_refusal": ("拒收事由及见证人", "Refusal: reason and witness"),
    "receipt_server": ("送达人", "Served by"),
    "receipt_note": ("备注", "Notes"),
    "sign_line": (
        "签名：__________________    ______年____月____日",
        "Signature: __________________    Date: ____________",
    ),
    "witness_line": (
        "见证人签名：______________    ______年____月____日",
        "Witness's signature: ______________    Date: ____________",
    ),
    "page_of": ("第 {page} 页 共 {pages} 页", "Page {page} of {pages}"),
    "blank": ("__________________", "__________________"),
}
_NUMERALS = "零一二三四五六七八九"


class OrderTexts:
    """Texts for one language: `texts["title"]`, `texts.date(day)`."""

    def __init__(self, language: str) -> None:
        self.language = "en" if language == "en" else "zh"
        self._column = 1 if self.language == "en" else 0

    def __getitem__(self, key: str) -> str:
        return _TEXTS[key][self._column]

    def date(self, day: dt.date | None) -> str:
        if day is None:
            return self["no_deadline"]
        if self.language == "zh":
            return f"{day.year}年{day.month}月{day.day}日"
        return day.isoformat()

    def deadline(self, day: dt.date | None) -> str:
        if day is None:
            return self["no_deadline"]
        return self["deadline_value"].format(date=self.date(day))

    def ordinal(self, number: int) -> str:
        """A heading number: 一、 二、 ... in Chinese, 1. 2. ... in English."""
        if self.language == "en":
            return f"{number}. "
        return f"{chinese_number(number)}、"

    def page_of(self, page: int, pages: int) -> str:
        return self["page_of"].format(page=page, pages=pages)


def chinese_number(number: int) -> str:
    """1 -> 一, 10 -> 十, 21 -> 二十一 (up to 99; larger numbers in digits)."""
    if not 0 < number < 100:
        return str(number)
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else f"{_NUMERALS[tens]}十")
    return head + (_NUMERALS[ones] if ones else "")
