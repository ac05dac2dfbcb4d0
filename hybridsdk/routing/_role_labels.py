"""Names after a label that names a person's role in a record: "Treasurer: Teresa Jamisse",
"Guarantors: A; B", "ผู้ปกครอง: นายวิชัย อาแว   มือถือ: 081-...", "Գանձապահ: Վարսենիկ".

A role label (student, guardian, cashier, treasurer, owner, guarantor, driver, witness ...,
in English, French, Portuguese, Spanish and the languages of South and South-East Asia,
the Caucasus and Central Asia) opens a line or a field of a line (after two blanks or a
"|"), then a colon; its value runs to the line's end, two blanks or a "|", and is split
at ";". Each part is a name when, after its titles (also a Thai, Lao or Myanmar title
glued to it), it has a name's shape: one to six words of letters and marks, capitalised
or of a script without case.
"""

from __future__ import annotations

import re

from hybridsdk.routing._glued_titles import glued_title
from hybridsdk.routing._honorifics import strip_title
from hybridsdk.routing._script_letters import INITIALS, LETTER_WORD, titled

__all__ = ["role_names"]

Span = tuple[int, int]

_ROLE_TEXT = (
    "doctor|physician|แพทย์|ແພດ|բժիշկ|эмч|ဆရာဝန်|ڈاکٹر|डाक्टर|daktari|médecin|médico|"
    "student|pupil|learner|guardian|parent|father|mother|cashier|treasurer|secretary|"
    "chairperson|chairman|chair|owner|landowner|proprietor|driver|rider|conductor|"
    "guarantor|guarantors|witness|witnesses|applicant|borrower|member|tenant|landlord|"
    "seller|buyer|vendor|purchaser|teacher|class teacher|coordinator|contact person|"
    "received by|prepared by|approved by|checked by|issued by|signed by|collected by|"
    "élève|parent/tuteur|tuteur|caissier|caissière|trésorier|trésorière|secrétaire|"
    "propriétaire|chauffeur|garant|garants|témoin|demandeur|emprunteur|locataire|"
    "aluno|aluna|encarregado de educação|caixa|tesoureiro|tesoureira|tesoureiro(a)|"
    "proprietário|proprietária|motorista|fiador|fiadores|testemunha|requerente|mutuário|"
    "alumno|alumna|estudiante|tutor|cajero|cajera|tesorero|tesorera|propietario|"
    "propietaria|conductor|chofer|fiador|testigo|solicitante|prestatario|inquilino|"
    "nakala|mwanafunzi|mzazi|mlezi|mweka hazina|katibu|mmiliki|dereva|mdhamini|shahidi|"
    "นักเรียน|ผู้ปกครอง|ผู้รับเงิน|เหรัญญิก|เลขานุการ|เจ้าของ|ผู้ถือกรรมสิทธิ์|คนขับ|"
    "ผู้ค้ำประกัน|พยาน|ผู้ขอ|ผู้กู้|ผู้ขาย|ผู้ซื้อ|ครูประจำชั้น|ผู้ประสานงาน|"
    "ນັກຮຽນ|ຜູ້ປົກຄອງ|ຜູ້ຮັບເງິນ|ເຈົ້າຂອງ|ຜູ້ຄ້ຳປະກັນ|ພະຍານ|ຄົນຂັບ|"
    "ကျောင်းသား|ကျောင်းသူ|အုပ်ထိန်းသူ|ငွေကိုင်|ပိုင်ရှင်|ယာဉ်မောင်း|အာမခံသူ|သက်သေ|"
    "ශිෂ්‍යයා|භාරකරු|අයකැමි|භාණ්ඩාගාරික|ලේකම්|හිමිකරු|රියදුරු|ඇපකරුවන්|ඇපකරු|සාක්ෂිකරු|"
    "छात्र|विद्यार्थी|अभिभावक|क्यासियर|कोषाध्यक्ष|सचिव|धनी|जग्गाधनी|चालक|जमानी|साक्षी|"
    "طالب علم|سرپرست|خزانچی|کیشیئر|سیکرٹری|مالک|ڈرائیور|ضامن|گواہ|"
    "աշակերտ|ծնող|գանձապահ|քարտուղար|սեփականատեր|վարորդ|երաշխավոր|վկա|"
    "сурагч|асран хамгаалагч|нярав|нягтлан|эзэмшигч|жолооч|батлан даагч|гэрч|"
    "o'quvchi|ota-ona|kassir|g'aznachi|kotib|egasi|mulk egasi|haydovchi|kafil|guvoh|"
    "учащийся|ученик|родитель|кассир|казначей|секретарь|владелец|водитель|поручитель|"
    "поручители|свидетель|вучань|бацька|уласнік|вадзіцель|skolnieks|vecāks|kasieris|"
    "īpašnieks|vadītājs|galvotājs|liecinieks|ученик|родител|благајник|сопственик|"
    "возач|гарант|сведок|žiak|rodič|pokladník|pokladníčka|vlastník|vodič|ručiteľ|svedok"
)
_ROLES = frozenset(_ROLE_TEXT.split("|"))
_FIELD_RE = re.compile(
    r"(?:^|[ \t]{2,}|\|[ \t]*)[ \t]*([^\W\d_][^\n:：|]{0,30}?)[ \t]*[:：][ \t]*"
    r"([^\n:：|]{1,80}?)[ \t]*(?=[ \t]{2,}|\||$)",
    re.MULTILINE,
)
# A value's parts: names split by ";" or by a parent's or a spouse's link ("A s/o B").
_SPLIT_RE = re.compile(
    r";[ \t]*|[ \t]+(?:ولد|زوجہ|بنت|دختر|s/o|d/o|w/o|son of|daughter of|wife of)[ \t]+",
    re.IGNORECASE,
)
_WORD_RE = re.compile(rf"{INITIALS}|{LETTER_WORD}\.?")


def _parts(value: str) -> list[tuple[int, str]]:
    """The parts of a value split at ";" and at "son of", "wife of" (offset, part)."""
    parts = []
    at = 0
    for sep in _SPLIT_RE.finditer(value):
        parts.append((at, value[at : sep.start()]))
        at = sep.end()
    parts.append((at, value[at:]))
    return parts


def role_names(text: str) -> list[Span]:
    """The names after role labels in `text`."""
    names: list[Span] = []
    for m in _FIELD_RE.finditer(text):
        if m.group(1).strip().casefold() not in _ROLES:
            continue
        for at, part in _parts(m.group(2)):
            at += m.start(2)
            s = len(part) - len(part.lstrip())
            e = len(part.rstrip())
            s += strip_title(part[s:e])
            s += glued_title(part[s:e])
            words = part[s:e].split()
            if (
                1 <= len(words) <= 6
                and all(_WORD_RE.fullmatch(w) for w in words)
                and all(titled(w) for w in words)
            ):
                names.append((at + s, at + e))
    return names
