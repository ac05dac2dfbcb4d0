"""Where an identity number's cue is when it is not right before the number.

Two layouts put the word that names a value far from it:

- a table (CSV, TSV, a pipe table): the cue is the header of the value's column, written
  once on the first line ("Nr;PESEL;Suma" ... "#262660;90010112345;334.99");
- a generic identity word rather than a scheme's name ("ID number", "identity document",
  "KYC", "Ausweisnummer", "身份证号", "رقم الهوية" ...): it says "a person's identity
  number follows" without saying which country's, so any scheme whose check digit passes
  may follow.

`column_header` returns the header cell above a value; `GENERIC_ID_RE` matches the generic
identity words of many languages (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari,
Thai, CJK and Korean scripts). Bare "id", "user_id" or "order id" are not among them: row
numbers and order ids are not people's identities.
"""

from __future__ import annotations

import re

__all__ = ["GENERIC_ID_RE", "column_header", "cue_reaches"]

# Words naming a person's identity number or document without naming the country's scheme.
GENERIC_ID_RE = re.compile(
    r"(?i)(?:"
    # English and codes seen in forms, JSON keys and logs
    r"(?<![a-z])(?:national|personal|citizen|resident|tax(?:payer)?|identity|identification"
    r"|social)[ _-]?(?:id|no|nr|num(?:ber)?|code|card)(?![a-z])"
    r"|(?<![a-z])id[ _-]?(?:number|num|no|nr|card|code|doc(?:ument)?)(?![a-z])"
    r"|(?<![a-z])identity(?![a-z])|(?<![a-z])kyc(?![a-z])"
    r"|(?<![a-z])id[ _-]?(?:check|verif\w*|scan\w*)"
    # Romance languages
    r"|n[úu]mero de (?:identifica\w+|documento|identidad|contribuinte|c[ée]dula)"
    r"|documento (?:de identidad|nacional|d'identit|d'identità)|c[ée]dula|\bdoc\.? identidad"
    r"|num[ée]ro (?:d'identit[ée]|fiscal|national|de s[ée]curit[ée] sociale)"
    r"|pi[eè]ce d'identit[ée]|carte d'identit[ée]|carta d'identit[àa]|codice identificativo"
    r"|identificaç[ãa]o|identifica(?:ci[óo]n|tivo) fiscal|c[óo]digo (?:fiscal|personal)"
    r"|cod(?:ul)? numeric personal|num[ăa]r (?:de )?identificare|carte de identitate"
    # Germanic and Nordic languages
    r"|ausweis\w*|identifikationsnummer|steuer[ -]?(?:id|nummer|nr)|personenkennzahl"
    r"|identiteit\w*|persoonsnummer|persoonlijk nummer|burgerservicenummer"
    r"|person(?:nummer|nr|numret|kod|kode|nummeret|lig identifikation)"
    r"|f[øo]dselsnummer|personbevis|henkil[öo]tunnus|henkil[öo]llisyys|kennitala"
    r"|identitetskort|legitimation|id-?kort"
    # Slavic, Baltic, Hungarian, Greek, Turkish languages
    r"|numer (?:identyfikacyjny|dowodu|ewidencyjny)|dow[oó]d osobisty|osobn[ií] (?:č[ií]slo|identifika\w+)"
    r"|rodn[ée] [čc][ií]slo|ob[čc]iansk\w*|osobn[ií] iskaznic\w*|li[čc]n[ae] (?:karta|izkaznica)"
    r"|jmbg|emšo|emso|egn|oib|asmens kodas|personas kods|isikukood|szem[ée]lyi (?:sz[áa]m|igazolv\w*)"
    r"|ad[óo]azonos[íi]t\w*|идентификацион\w*|удостоверени\w* личност\w*|личн\w* (?:номер|код)"
    r"|паспорт\w*|посвідчен\w*|особов\w* (?:номер|код)|податков\w* (?:номер|код)"
    r"|ταυτότητ\w*|αριθμός μητρώου|kimlik|vatanda[şs]l[ıi]k"
    # Semitic, Indic, South-East Asian languages
    r"|هوي[ةه]|الهوي[ةه]|رقم قومي|الرقم القومي|الرقم الشخصي|رقم ملي|کد ملی|شناسه"
    r"|תעודת זהות|מספר זהות|ת\.ז|"
    r"पहचान|आईडी|पहचान पत्र|नागरिकता|ব্যক্তিগত|পরিচয়|அடையாள|గుర్తింపు"
    r"|บัตรประชาชน|เลขประจำตัว|nomor induk|kartu tanda penduduk|\bktp\b|\bnik\b"
    r"|s[ốo] (?:định danh|cmnd|cccd|căn cước)|căn cước|\bcccd\b|\bcmnd\b"
    r"|kad pengenalan|\bmykad\b|\bnric\b|\bphilsys\b|\bumid\b"
    # CJK and Korean
    r"|身[份分]证\w*|身[份分]證\w*|证件号\w*|證件號\w*|个人编号|統一編號|居民身份"
    r"|身分証\w*|本人確認|個人番号|マイナンバー|証明書番号|在留カード"
    r"|주민(?:등록)?번호|신분증|외국인등록번호|개인식별번호"
    r")"
)

# What may follow a cue at the end of its line when its value is on the next line.
_CUE_LINE_END_RE = re.compile(r"[^\S\n]*[:=#\uff1a|\-]?[^\S\n]*\n\s*")


def cue_reaches(text: str, cue_end: int, start: int) -> bool:
    """Whether a cue ending at `cue_end` can name a value starting at `start`: on the same
    line, or at the end of its line ("Passport:" above the number). A cue in a table
    header ("Phone,National ID,Card") names its column, not the next line's first cell
    (`column_header` reads those).

    Args:
        text: the whole text.
        cue_end: where the cue word ends.
        start: where the value starts.
    """
    newline = text.find("\n", cue_end, start)
    if newline < 0:
        return True
    return _CUE_LINE_END_RE.fullmatch(text, cue_end, start) is not None


_DELIMITERS = (";", "\t", "|", ",")


def _cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """Spans of the cells of one delimited line, a quoted cell taken whole."""
    spans: list[tuple[int, int]] = []
    start, quoted = 0, False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(line)))
    return spans


_MAX_HEADER_LINES_BACK = 200
_MAX_SINGLE_HEADER = 40


def column_header(text: str, start: int) -> str | None:
    """The header cell of the column holding position `start` in a delimited table.

    The header is the first line of the block of non-blank lines around `start`; the
    value's line and the header must split into the same number of cells with the same
    delimiter. None when the text there is not a table.

    Args:
        text: the whole text.
        start: a position inside a table cell (the start of a candidate value).
    """
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return None  # the value is on the first line: it is the header itself, or no table
    line_end = text.find("\n", start)
    if line_end < 0:
        line_end = len(text)
    line = text[line_start:line_end]
    # The block's first line: walk up while lines are non-blank.
    head_start = line_start
    for _ in range(_MAX_HEADER_LINES_BACK):
        prev_end = head_start - 1
        if prev_end < 0:
            break
        prev_start = text.rfind("\n", 0, prev_end) + 1
        if not text[prev_start:prev_end].strip():
            break
        head_start = prev_start
    if head_start == line_start:
        return None
    head_end = text.find("\n", head_start)
    header = text[head_start:head_end]
    if not any(d in header or d in line for d in _DELIMITERS):
        # One column: a short header line without digits above a column of values.
        if len(header) <= _MAX_SINGLE_HEADER and not any(c.isdigit() for c in header):
            return header.strip().strip('"').strip()
        return None
    for delimiter in _DELIMITERS:
        if delimiter not in line or delimiter not in header:
            continue
        row, head = _cells(line, delimiter), _cells(header, delimiter)
        if len(row) != len(head) or len(row) < 2:
            continue
        at = start - line_start
        for i, (a, b) in enumerate(row):
            if a <= at <= b:
                ha, hb = head[i]
                return header[ha:hb].strip().strip('"').strip()
        return None
    return None
