"""Thai and Lao names after a title glued to them (hybridsdk/routing/_glued_titles.py).
All names are made up."""

from __future__ import annotations

from hybridsdk.routing._glued_titles import glued_title_names


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in glued_title_names(text)]


def test_names_after_glued_titles_without_the_title() -> None:
    text = (
        "จดทะเบียน ขาย ระหว่าง นายประเสริฐ แสงอรุณ ผู้ขาย กับ นางสาวกมลชนก วิริยะกุล ผู้ซื้อ\n"
        "ผู้ถือกรรมสิทธิ์ ด.ญ.ปวริศา ทองดี\n"
        "ເຈົ້າຂອງ: ທ້າວສົມພອນ ວົງສາລີ\n"
    )
    assert _names(text) == [
        "ประเสริฐ แสงอรุณ",
        "กมลชนก วิริยะกุล",
        "ปวริศา ทองดี",
        "ສົມພອນ ວົງສາລີ",
    ]


def test_offices_and_trades_that_begin_like_a_title_are_no_names() -> None:
    text = "นายกเทศมนตรี เมืองขอนแก่น\nนายกิตติศักดิ์ ใจดี\nนางพยาบาล ประจำตึก\nนายทะเบียน อำเภอเมือง\n"
    assert _names(text) == ["กิตติศักดิ์ ใจดี"]
