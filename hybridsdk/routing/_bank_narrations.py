"""Names in a bank statement's export (CSV or tab-separated): the account holder's line
above the table ("Account Name,BOONSONG KITTIWONG", "Titular;Araceli Alderete") and the
counterparty in a transaction's narration after a transfer's words ("SWIFT IN WEERAPHONG
MAHAW GB98BARC...", "Transf. recibida de SIXTO ESCOBAR", "Prijatá platba JURAJ DEMKO SK87...",
"Փոխանցում MERI PETROSYAN", "MPESA B2C 0741 108 161 JEPKOSGEI CHENGO").

A statement row is a line whose first cell is a date and which has two amount cells or
more (empty cells count: a debit row has no credit); the text needs two such rows. In a
row's text cell, a name is two to four words of letters, each capitalised or of a script
without case, after a transfer's words (and the phone or account they may carry) and
before the cell's end or an IBAN or account number. Merchants and bills ("Pago ESSAP",
"K-ELECTRIC BILL") follow no such words.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re

from hybridsdk.routing._script_letters import MARKS, titled

__all__ = ["statement_names"]

Span = tuple[int, int]

_DATE_RE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_AMOUNT_RE = re.compile(r"[-+]?\d[\d,.' ]*|")
_CUE = (
    r"swift(?:[ \t]+(?:in|out))?|ibft[ \t]+(?:to|from)|(?:home[ \t]+)?remittance(?:[ \t]+from)?|"
    r"remit[ \t]+from|(?:fund[ \t]+)?transfer[ \t]+(?:from|to)|trf[ \t]+(?:from|to)|"
    r"received[ \t]+from|payment[ \t]+(?:from|to)|b2c|p2p|neft[ \t]+to|imps[ \t]+to|"
    r"transf\.?[ \t]+(?:recibida[ \t]+de|enviada[ \t]+a|\w+[ \t]+a|a|de)|"
    r"transferencia[ \t]+(?:recibida[ \t]+)?(?:a|de)|transferência[ \t]+(?:de|para)|"
    r"prijatá[ \t]+platba|odoslaná[ \t]+platba|platba[ \t]+(?:od|pre|pro)|"
    r"převod[ \t]+(?:od|pro)|virement[ \t]+(?:de|à|a)|überweisung[ \t]+(?:von|an)|"
    r"(?:rtgs|eft|ach|wire|pesalink|eazzypay|zelle|upi)[ \t]+(?:in|out|to|from)|"
    r"(?:sepa[ \t]+)?(?:prevod|převod|überweisung|virement|credit[ \t]+transfer)|"
    r"перевод(?:[ \t]+(?:от|для))?|переказ(?:[ \t]+(?:від|для))?|шилжүүлэг|орлого|"
    r"փոխանցում|รับโอนจาก|โอนไปยัง|โอนเงินให้|โอนให้|ໂອນຈາກ|ໂອນໄປ"
)
_WORD = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}'’.-])*"
_NAME_RE = re.compile(
    rf"(?<![\w{MARKS}])(?:{_CUE})[ \t]+(?:\+?\d[\d \-]{{5,}}\d[ \t]+)?"
    rf"((?:{_WORD}[ \t]+){{1,3}}{_WORD})(?=[ \t]*\Z|[ \t]+[A-Z]{{2}}\d{{2}}[A-Z0-9]{{8,}}|[ \t]+\d{{6,}})",
    re.IGNORECASE,
)
_HOLDER_RE = re.compile(
    r"^[ \t]*(account[ \t]+(?:name|holder|title|owner)|name[ \t]+on[ \t]+account|titular|"
    r"titular[ \t]+da[ \t]+conta|titulaire|kontoinhaber|majiteľ[ \t]+účtu|majitel[ \t]+účtu|"
    r"данс[ \t]+эзэмшигч|владелец[ \t]+счета|հաշվետեր|ชื่อบัญชี|ຊື່ບັນຊີ)[ \t]*[,;\t]"
    r"[ \t]*([^\n,;\t\"]{2,60}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)

_KEY_RE = re.compile(r"^([^\W\d_][^\n,;\t\d\"]{0,39})[,;\t](?=[^\n]*\S)", re.MULTILINE)


def _rows(text: str) -> tuple[list[tuple[int, list[str]]], Span | None]:
    """The statement rows (offset, cells) and the table's header line above the first."""
    rows: list[tuple[int, list[str]]] = []
    head = None
    at = 0
    last: Span | None = None
    for line in text.split("\n"):
        d = next((c for c in ",;\t" if line.count(c) >= 3), "")
        if d and '"' not in line:
            cells = line.split(d)
            if _DATE_RE.fullmatch(cells[0].strip()) and (
                sum(1 for c in cells[1:] if _AMOUNT_RE.fullmatch(c.strip())) >= 2
            ):
                if not rows and last is not None:
                    head = last
                rows.append((at, cells))
        last = (at, at + len(line)) if d and not any(c.isdigit() for c in line) else None
        at += len(line) + 1
    return rows, head


def statement_names(text: str) -> tuple[list[Span], list[Span]]:
    """The account holder's and the counterparties' names in a bank statement's export,
    and the fields where a name the tagger saw is none: the table's header, and a
    narration (a row's one text cell) outside its name ("Pago ESSAP", "ATM Withdrawal").
    Both empty when `text` has fewer than two statement rows."""
    rows, head = _rows(text)
    if len(rows) < 2:
        return [], []
    names = [m.span(2) for m in _HOLDER_RE.finditer(text)]
    no_names = [head] if head is not None else []
    # the keys of the account's lines above the table ("Period,01/02/2024 - ...")
    no_names += [m.span(1) for m in _KEY_RE.finditer(text, 0, rows[0][0])]
    for at, cells in rows:
        texts = [i for i, c in enumerate(cells) if i and not _AMOUNT_RE.fullmatch(c.strip())]
        pos = at
        for i, cell in enumerate(cells):
            if i in texts:
                value = cell.rstrip()
                for m in _NAME_RE.finditer(value):
                    if all(titled(w) for w in m.group(1).split()):
                        names.append((pos + m.start(1), pos + m.end(1)))
                if len(texts) == 1:
                    no_names.append((pos, pos + len(value)))
            pos += len(cell) + 1
    return names, no_names
