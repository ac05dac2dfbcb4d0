"""Names that a bank statement's layout marks, in any language (docs/privacy_figures.md, "Sixth
set as a dev set"):

- a transaction line: a date, a wide gap, the payer's or payee's name (two to four
  capitalised or upper-case words, after an optional transfer code such as "IB TRANSFER"),
  a wide gap, then an amount or an IBAN ("2025-03-14  PIET DU TOIT  -R1 200.00"). The
  tagger misses most of these: upper-case words between numbers read as codes to it. A
  line whose first word is a transaction kind ("POS", "ATM", "Fee", "Ref") is a merchant
  or bank line, not a name;
- a statement's heading: a title, a dash, a name alone on its line, with an account
  label and its number on the next line ("Kontoauszug — Jana Novak" + "IBAN: DE44...").

Both read one line (at most 160 characters) per match, so the scan stays linear.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re

__all__ = ["ledger_label", "ledger_names"]

_NAME_WORD = r"[^\W\d_][\w'’-]*\.?"
_NAME = rf"((?:{_NAME_WORD}[ \t]){{1,3}}{_NAME_WORD})"
_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?"
# Transfer codes that may stand before the name ("IB TRANSFER", "SEPA", "TRF").
_PREFIX = (
    r"(?i:(?:IB|MULTICAIXA|ПЕРЕВОД|АУДАРЫМ|PRENOS|EFT|SEPA|TRF|TRANSFER|TRANSF|"
    r"TRANSFERENCIA|TRANSFERÊNCIA|VIREMENT|BONIFICO|"
    r"ÜBERWEISUNG|NAKAZILO|ÜLEKANNE|MILLIFÆRSLA|KÖTTRANSFER|PAYMENT|FROM|TO|DE|A|PARA|"
    r"RECEIVED|SENT|GCASH|INSTAPAY|PESONET|PAYNOW|FAST|GIRO)[ \t]+){0,3}"
)
# An amount (a sign, a currency code or sign, digits) or an IBAN after a wide gap.
_AFTER = (
    r"(?=[ \t]{2,}(?:[+\-−][ \t]?)?(?:[^\W\d_]{1,3}\$?|[$€£¥₦₱৳₸₼₾₹])?[ \t]?\d"
    r"|[ \t]+[A-Z]{2}\d{2}[A-Z0-9 ]{10,})"
)
_TXN_RE = re.compile(rf"^[ \t]*{_DATE}[ \t]{{2,}}{_PREFIX}{_NAME}{_AFTER}", re.M)
_HEAD_RE = re.compile(
    rf"^[^\W\d_][^\n—–]{{0,40}}?[ \t]+[—–-][ \t]+{_NAME}[ \t]*\n"
    r"[ \t]*[^\W\d_][\w.]*(?:[ \t][\w.]+){0,2}[ \t]*[:#№][ \t]*(?:[A-Z]{2})?\d",
    re.M,
)
# First words of a merchant's, a fee's or a reference's line, in several languages.
_KINDS = frozenset(
    {
        "pos",
        "atm",
        "eft",
        "fee",
        "fees",
        "ref",
        "reference",
        "referencia",
        "référence",
        "riferimento",
        "referenca",
        "viide",
        "viitenumber",
        "tilvísun",
        "sklic",
        "card",
        "debit",
        "credit",
        "interest",
        "charge",
        "salary",
        "payroll",
        "purchase",
        "withdrawal",
        "deposit",
        "cash",
        "compra",
        "cargo",
        "abono",
        "retiro",
        "comisión",
        "achat",
        "retrait",
        "frais",
        "prelievo",
        "commissione",
        "pagamento",
        "levantamento",
        "provizija",
        "dvig",
        "kaart",
        "sissemakse",
        "úttekt",
        "kort",
        "opening",
        "closing",
        "balance",
        "saldo",
        "total",
        "communication",
        "mededeling",
        "verwendungszweck",
        "concepto",
        "causale",
        "namen",
        "selgitus",
        "təyinat",
        "назначение",
        "svrha",
        "skýring",
        "narration",
        "description",
        "memo",
    }
)


def _name_words(value: str) -> bool:
    words = value.split()
    if words[0].strip(".").lower() in _KINDS:
        return False
    return all(w[0].isupper() or w[0].lower() == w[0].upper() for w in words)


def ledger_names(text: str) -> list[tuple[int, int]]:
    """Spans of names on a statement's transaction lines and heading."""
    out: list[tuple[int, int]] = []
    if "  " in text:
        for m in _TXN_RE.finditer(text):
            if _name_words(m.group(1)):
                out.append(m.span(1))
    if "—" in text or "–" in text or " - " in text:
        for m in _HEAD_RE.finditer(text):
            if _name_words(m.group(1)):
                out.append(m.span(1))
    return out


_LINE_HEAD_RE = re.compile(rf"(?:^|\n)[ \t]*{_DATE}[ \t]{{2,}}\Z")


def ledger_label(text: str, start: int, end: int) -> bool:
    """Whether the person span opens a transaction line with a transaction kind or a
    reference's label ("Communication", "Riferimento", "Ref")."""
    if not _LINE_HEAD_RE.search(text, max(0, start - 40), start):
        return False
    return text[start:end].split()[0].strip(".:").lower() in _KINDS
