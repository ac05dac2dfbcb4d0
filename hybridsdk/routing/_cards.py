"""Payment card numbers: 13-19 digits that pass Luhn and start with a real issuer prefix.

    4111 1111 1111 1111    5500-0000-0000-0004    3782 822463 10005    6011.0009.9013.9424
    4111  1111  1111  1111 (two spaces)          name,4111111111111111,city (CSV cells)

Grouped forms use one separator throughout (a space, two spaces, a no-break space, a dot or
a dash); Amex and Diners are also grouped 4-6-5 and 4-6-4, 13-digit cards 4-3-3-3. Masked forms (`4111 **** ****
1111`) hold no card and are not matched. Issuer prefixes follow the schemes' published
IIN ranges (Visa, Mastercard, Amex, Discover, UnionPay, JCB, Diners, Maestro, Mir, RuPay,
Troy, Verve, Elo and other 6-series, UzCard, Humo, Napas, UATP); a Luhn-valid run with no
scheme's prefix (order numbers starting with 7 or 8, say) is no card.

Digits of other scripts (fullwidth, Arabic-Indic, Devanagari, Bengali) are read too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._card_lookalikes import CHIP_CUE_RE, id_keyed_value, id_shaped_13
from hybridsdk.routing._detectors import Finding, PiiKind, luhn_valid

__all__ = ["CardDetector"]

# A comma may stand before or after (CSV cells: "Ball,4111111111111111,Leeds"); a comma
# that makes the run a decimal fraction ("0,4111111111111111") is checked in code.
_CARD_RE = re.compile(
    r"(?<![\w.+-])(?:"
    r"\d{4}(?P<s1> {1,2}|[.\u00a0\u2009\u202f-])\d{4}(?P=s1)\d{4}(?P=s1)\d{1,4}(?:(?P=s1)\d{1,3})?"
    r"|\d{4}(?P<s2> {1,2}|[.\u00a0\u2009\u202f-])\d{6}(?P=s2)\d{4,5}"  # Amex 4-6-5
    r"|\d{4}(?P<s3> {1,2}|[.\u00a0\u2009\u202f-])\d{3}(?P=s3)\d{3}(?P=s3)\d{3}"  # 4-3-3-3
    r"|\d{13,19}"
    r")(?![\w]|[.-]\d)",
    re.ASCII,
)
# Schemes whose cards mostly have 19 digits, printed 4-4-4-4-3: Nigeria's Verve (IIN
# 506099-506198, 650002-650027) and UnionPay debit cards (62). For them a Luhn-valid
# 19-digit run is read whole before its first 16 digits.
_NINETEEN_FIRST_RE = re.compile(r"50609[9]|5061|6500[0-2]|62")
_SEPARATORS_RE = re.compile(r"[ .\u00a0\u2009\u202f-]")
# Handset identities are Luhn-checked too (IMEISVs start with 35 like JCB cards), and
# product barcodes are numbers of the same length.
_IMEI_CUE_RE = re.compile(
    r"(?i)(?:\b(?:imei(?:sv)?|meid|imsi|iccid|barcode|ean|gtin|upc|jan|isbn)\b|janコード|バーコード|条码|条形码|바코드)"
    r"[^\d\n]{0,12}$"
)


def card_iin_ok(digits: str) -> bool:
    """Issuer prefix and length are those of a real card scheme."""
    n = len(digits)
    if len(set(digits)) == 1:
        return False
    p2, p3, p4, p6 = int(digits[:2]), int(digits[:3]), int(digits[:4]), int(digits[:6])
    if digits[0] == "4":  # Visa (and Elo's 4-series, also 16 digits)
        return n in (13, 16, 19)
    if 2200 <= p4 <= 2204:  # Mir
        return 16 <= n <= 19
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:  # Mastercard
        return n == 16
    if p2 in (34, 37):  # American Express
        return n == 15
    if p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925:  # Discover
        return 16 <= n <= 19
    if p2 == 62 or p2 == 81:  # UnionPay (81: its newer range)
        return 16 <= n <= 19
    if p2 == 35:  # JCB (3528-3589 issued; test and generated numbers use all of 35)
        return 16 <= n <= 19
    if 300 <= p3 <= 305 or p4 == 3095 or p2 in (36, 38, 39):  # Diners Club
        return 14 <= n <= 19
    if p2 in (50, 56, 57, 58) or digits[0] == "6":  # Maestro, Verve, Elo, RuPay, 6-series
        return 13 <= n <= 19
    if p2 == 82 or p4 in (
        8600,
        9860,
        9792,
        9704,
        9112,
    ):  # RuPay, UzCard, Humo, Troy, Napas, BelCard
        return n in (16, 19)
    if p4 in (2131, 1800):  # JCB's older 15-digit numbers
        return n == 15
    if digits[0] == "1":  # UATP
        return n == 15
    return False


# Decimal digits of other scripts (Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali,
# fullwidth) and the fullwidth hyphen, mapped one to one so offsets hold.
_OTHER_DIGITS = {
    b + i: ord("0") + i for b in (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10) for i in range(10)
}
_OTHER_DIGITS[0xFF0D] = ord("-")
_OTHER_DIGIT_RE = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]")


class CardDetector:
    """Payment card numbers: 13-19 digits, Luhn-valid, with a real issuer prefix; digits of
    other scripts (fullwidth, Arabic-Indic, Devanagari) are read too."""

    kind = PiiKind.CARD

    def __call__(self, text: str) -> Iterator[Finding]:
        if _OTHER_DIGIT_RE.search(text) is not None:
            text = text.translate(_OTHER_DIGITS)
        pos = 0
        while (m := _CARD_RE.search(text, pos)) is not None:
            pos = m.end()
            found = self._check(text, m)
            if found is not None:
                yield found
            elif _in_group_run(text, m.start(), m.end()):
                # Part of a longer run of digit groups ("+44 20 7946 0000 4000 0000 0000
                # 0002"): the card may start at a later group of this match.
                nxt = text.find(" ", m.start(), m.end())
                if nxt != -1:
                    pos = nxt + 1

    def _check(self, text: str, m: re.Match[str]) -> Finding | None:
        start = m.start()
        if start and text[start - 1] == "," and m.group(0).isdigit() and _decimal(text, start - 1):
            return None
        if _IMEI_CUE_RE.search(text, max(0, start - 24), start):
            return None  # "IMEISV 3512...", "GTIN 1234...": a handset or a product
        raw = m.group(0)
        # A trailing short group may be a neighbouring number; retry without it.
        candidates = [raw]
        sep = m.group("s1")
        # Only for spaces: a dash-joined tail belongs to the same token.
        if sep is not None and sep.strip(" \u00a0\u2009\u202f") == "" and raw.count(sep) == 4:
            # "4111 1111 1111 1111 123": a CVV or a month after a valid 16-digit number is
            # more likely than a 19-digit card whose first 16 digits pass Luhn by chance.
            if not _NINETEEN_FIRST_RE.match(_SEPARATORS_RE.sub("", raw[:8])):
                candidates.insert(0, raw[: raw.rfind(sep)])
            else:  # a Verve or UnionPay card is mostly 19 digits long: the whole run first
                candidates.append(raw[: raw.rfind(sep)])
        for cand in candidates:
            digits = _SEPARATORS_RE.sub("", cand)
            end = start + len(cand)
            if _in_group_run(text, start, end, both=True):
                continue  # groups on both sides: part of a longer account number
            if 13 <= len(digits) <= 19 and luhn_valid(digits) and card_iin_ok(digits):
                if len(digits) == 13 and cand.isdigit() and id_shaped_13(digits):
                    continue  # "6407093452085": a South African ID number, a Romanian CNP
                if cand.isdigit() and id_keyed_value(text, start):
                    continue  # '"flow_id": 5346...', "<cbc:CompanyID>": an id drawn at random
                if len(digits) == 15 and CHIP_CUE_RE.search(text, max(0, start - 30), start):
                    continue  # "chip 9410000...": an animal's microchip
                # UATP (airline) cards are rare; a 15-digit run starting with 1 is more
                # often a French NIR, which then wins the overlap (0.93).
                confidence = 0.9 if digits[0] == "1" else 0.99
                return Finding.from_span(
                    self.kind, text, start, start + len(cand), confidence, "card"
                )
        return None


def _decimal(text: str, comma: int) -> bool:
    """Whether the comma at `comma` is the decimal comma of a short number ("0,4111...",
    "x = -12,4111..."), not a cell delimiter ("PO-79702-75,4111...", "0207 68,4111...")."""
    j = comma
    while j > 0 and text[j - 1].isdigit():
        j -= 1
    if not 1 <= comma - j <= 3:
        return False  # no integer part, or a long one: another cell
    before = text[j - 2 : j]
    if not before or before[-1] in "(=:[":
        return True
    if before[-1] in " \t":
        return len(before) == 1 or not before[0].isdigit()  # "0207 68,": a group's end
    if before[-1] == "-":
        return len(before) == 1 or not before[0].isalnum()  # "PO-79702-75,": an id's end
    return False


def _in_group_run(text: str, start: int, end: int, *, both: bool = False) -> bool:
    """Whether digit groups continue right before `start` or right after `end`.

    With `both`, whether the grouped candidate sits inside a longer grouped account number
    ("61 1090 1014 0000 0712 1981 2874"): groups of two or more digits on both sides, one of
    them of four or more. A bare run between short numbers ("0 4000000000000002 0") stays a
    card: missing a card leaks it, a wrong card only masks a number.
    """
    before = _group_len(text, start, -1)
    after = _group_len(text, end, 1)
    if not both:
        return before > 0 or after > 0
    if not any(not c.isdigit() for c in text[start:end]):
        return False
    if not (before >= 2 and after >= 2 and max(before, after) >= 4):
        return False
    # No account number has more than 32 digits (an IBAN's BBAN and check digits): a longer
    # run is several numbers side by side ("10 4000 0000 0000 0002 4000 0000 0000 0002").
    return _run_digits(text, start, end) <= _LONGEST_ACCOUNT


_LONGEST_ACCOUNT = 32


def _run_digits(text: str, start: int, end: int) -> int:
    """Digits in the run of digit groups, one space apart, around text[start:end];
    counting stops a little past `_LONGEST_ACCOUNT`, so the cost stays bounded."""
    limit = _LONGEST_ACCOUNT + 1
    n = sum(c.isdigit() for c in text[start:end])
    for i, step in ((start - 1, -1), (end, 1)):
        while n < limit and 0 <= i < len(text):
            c = text[i]
            if c.isdigit():
                n += 1
            elif c != " " or not (0 <= i + step < len(text) and text[i + step].isdigit()):
                break
            i += step
    return n


def _group_len(text: str, edge: int, step: int) -> int:
    """Digits of the group one space away from `edge` (before it with step -1, after
    it with step 1); 0 when no group is there. Counts at most 8."""
    i = edge - 1 if step < 0 else edge
    if not 0 <= i < len(text) or text[i] != " ":
        return 0
    n, j = 0, i + step
    while 0 <= j < len(text) and text[j].isdigit() and n < 8:
        n, j = n + 1, j + step
    return n
