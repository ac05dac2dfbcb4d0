"""Persian and Arabic words taken for names (docs/privacy_tagger.md, "Span rules, third pass").

Arabic script has no capitals, so the tagger cannot tell a name from a common word by its
shape and finds labels, nouns and verbs of forms and messages as persons: "شماره" (number)
before a colon or a phone, "گزارش" (report), "فاتورة" (invoice), "للبيع" (for sale), "تم"
(done), and companies named with their kind first ("شرکت ...", "مؤسسة ...", "مجموعة ...").

- `common_word`: a person span made of those words only, or opening with a company's
  kind, is dropped;
- `leading_particle`: a preposition the tagger took in front of a name ("به" + name, "از",
  "برای", "با", "في", "من", "إلى", "على", "ل") is taken off.
"""

from __future__ import annotations

__all__ = ["common_word", "leading_particle"]

_ZWNJ = "\u200c"
# Labels, nouns, verbs and function words of Persian and Arabic documents and chats: a span
# made of these only is no name.
_COMMON_TEXT = """
شماره شمارهٔ تلفن موبایل همراه ایمیل آدرس نشانی گزارش گزارشگر حادثه پرونده بیمه بیمه‌نامه
فاکتور قیمت فروش خرید اجاره رهن توافقی تماس واتساپ تلگرام دمای دما اتاق سرور مقابل روبروی
اظهار داشت کرد تاریخ ساعت مبلغ کد شبانه شبانه‌روزی روزی
رقم هاتف جوال البريد عنوان تقرير حادث ملف فاتورة السعر للبيع للإيجار بيع شراء إيجار تواصل
واتساب مواليد تاريخ الساعة المبلغ المكتب مغلق تم تمت عرض خصم الطريق جواز السفر الهوية
"""
_COMMON = frozenset(_COMMON_TEXT.split())
# The words that open a company's or an institution's name: the whole span is no person.
_COMPANY_TEXT = """
شرکت سازمان موسسه مؤسسه گروه فروشگاه داروخانه بیمارستان درمانگاه کارخانه
شركة مؤسسة مجموعة مجموعه مصنع مستشفى صيدلية متجر مكتب
"""
_COMPANY = frozenset(_COMPANY_TEXT.split())
_PARTICLE_TEXT = "به از برای با در تا في من إلى الى على عن مع و وفي"
_PARTICLES = frozenset(_PARTICLE_TEXT.split())


def _arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufdff"


def common_word(text: str, start: int, end: int) -> bool:
    """Whether the person span is Persian or Arabic common words only, or opens with a
    company's kind."""
    value = text[start:end]
    if not value or not _arabic(value[0]):
        return False
    words = [w for part in value.split() for w in part.split(_ZWNJ) if w]
    if not words:
        return False
    if words[0] in _COMPANY:
        return True
    return all(w in _COMMON or w in _PARTICLES for w in words)


def leading_particle(text: str, start: int, end: int) -> int:
    """Where the name starts once a preposition in front of it is taken off."""
    value = text[start:end]
    if not value or not _arabic(value[0]):
        return start
    parts = value.split(maxsplit=1)
    if len(parts) < 2 or parts[0] not in _PARTICLES:
        return start
    return end - len(parts[1])
