"""Thai and Lao names written after a title glued to them, in running text, forms and
deeds: "ระหว่าง นายบุญส่ง สาและ ผู้ขาย", "ผู้ถือกรรมสิทธิ์ นางนูรีฮัน อุดมสุข", "ທ້າວສົມພອນ ວົງສາ".

Thai and Lao write a title (นาย, นาง, นางสาว, ด.ช., ด.ญ.; ທ້າວ, ນາງ) with no blank
before the given name, and a blank between the given name and the surname and after
the surname (words of a sentence run together, names do not). The name is the given
name and the surname, without the title. Words that begin with a title's letters
("นายก" mayor, "นางพยาบาล" nurse, "นายจ้าง" employer) are no title.

`glued_title` measures such a title at the start of a value that a label or a list already
names as a name ("ชื่อ: นายทองสุข ศรีวงศ์", "3. ဦးအောင်မြင့်"), Myanmar titles too.
"""

from __future__ import annotations

import re

__all__ = ["glued_title", "glued_title_names"]

Span = tuple[int, int]

_THAI = "\u0e00-\u0e7f"
_LAO = "\u0e80-\u0eff"
_NAME_RE = re.compile(
    rf"(?<![{_THAI}.])(?:นางสาว|นาย|นาง|ด\.ช\.|ด\.ญ\.)([{_THAI}]{{2,}}[ ][{_THAI}]{{2,}})(?![{_THAI}])"
    rf"|(?<![{_LAO}])(?:ທ້າວ|ນາງ)([{_LAO}]{{2,}}[ ][{_LAO}]{{2,}})(?![{_LAO}])"
)
# Words that start with a title's letters but are none: offices, trades, roles.
_NOT_NAME_STARTS = (
    "นายกเทศมนตรี",  # mayor ("นายก" alone would block Kittisak, "นายกิตติศักดิ์")
    "นายกรัฐมนตรี",
    "นายกสมาคม",
    "นายกองค์การ",
    "นายกสภา",
    "นายหน้า",
    "นายจ้าง",
    "นายทะเบียน",
    "นายอำเภอ",
    "นายทหาร",
    "นายสถานี",
    "นายช่าง",
    "นายตรวจ",
    "นายประกัน",
    "นายด่าน",
    "นายท่า",
    "นายพราน",
    "นายงาน",
    "นางพยาบาล",
    "นางแบบ",
    "นางฟ้า",
    "นางเอก",
    "นางสนม",
    "นางกำนัล",
)


def glued_title_names(text: str) -> list[Span]:
    """The Thai and Lao names after a glued title in `text`."""
    spans = []
    for m in _NAME_RE.finditer(text):
        group = 1 if m.group(1) else 2
        if group == 1 and m.group(0).startswith(_NOT_NAME_STARTS):
            continue
        spans.append(m.span(group))
    return spans


# Titles written glued to the name in scripts without spaces between a title and a name
# (Thai, Lao, Myanmar), longest first.
_GLUED_TITLES = (
    "นางสาว",
    "นาย",
    "นาง",
    "ด.ช.",
    "ด.ญ.",
    "คุณ",
    "ທ່ານນາງ",
    "ທ້າວ",
    "ທ່ານ",
    "ນາງ",
    "ဒေါ်",
    "ဦး",
    "မောင်",
    "ကို",
    "ครอบครัว",  # "family": the roll names the family by its surname
    "မိသားစု",
)


def glued_title(value: str) -> int:
    """The length of a title glued to the start of a Thai, Lao or Myanmar name (0 when
    none): "นาย", "ဦး", and the Myanmar "မ" (Ma) when a consonant with its own vowel
    follows ("မမြဝေ"), not the first letter of a syllable ("မင်း", "မေ")."""
    for title in _GLUED_TITLES:
        if value.startswith(title) and len(value) - len(title) >= 2:
            return len(title)
    if (
        value.startswith("မ")
        and len(value) > 3
        and "\u1000" <= value[1] <= "\u1021"
        and value[2] not in "\u1039\u103a"
    ):
        return 1
    return 0
