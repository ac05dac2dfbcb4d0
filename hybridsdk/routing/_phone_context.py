"""Whether a number that fits a numbering plan is written as a phone number in its text.

A plan accepts many digit strings that are something else: "Bestellnummer 0258 999546",
"montant 628 320 923 €", "Steuer-ID 27 120 832 833" (a failed check digit), "TX 04832-7691".
A phone candidate is kept only when nothing around it says it is another kind of number:

- a non-phone cue word right before the run of digit groups that holds it (order, invoice,
  Bestellung, commande, pedido, ordine, 注文, 订单, 주문번호, account, serial, tracking, the
  national-id words ...), with only connecting words between ("number", "Nr.", "n°",
  "番号", "is", a JSON key's quotes);
- an amount or a measurement: a currency or a unit right after or before it, or a decimal
  part glued to it ("93.041.783,03 €");
- a date ("04-05-2025 14", "2025 02 24 14"), a US ZIP+4 after a state code, the tail of an
  IBAN-shaped head ("DE85 0873 ...");
- a national number written without its trunk prefix in a plan that always writes one
  ("6 12 34 56 78" in France, "75018 50 44" after a street): `national_form_plausible`.

A phone cue right before the number ("Tel.", "Handy", "portable", "móvil", "電話", "手机",
"전화" ...) vouches for it: the checks above are skipped and the shape-only detector
accepts a bare digit run after it.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "extension_end",
    "has_phone_cue",
    "nanpa_grouping_plausible",
    "national_form_plausible",
    "other_kind_of_number",
    "run_start",
    "trunk_written",
]

# Words with only connectors between them and the number; ASCII words get \b, CJK none.
_NOT_PHONE_WORDS = (
    # English
    r"\bp\.?\s?o\b\.?|purchase order|\border|\binvoice|\binv\b|\breceipt|\bref\b|reference|"
    r"\bticket|\bcase|\bincident|confirmation|\bbooking|reservation|tracking|\btrack\b|"
    r"shipment|\bawb\b|waybill|parcel|consignment|\bsku\b|\bitems?\b|\bparts?\b|\bmodel\b|"
    r"serial|\bs/n\b|\bsn\b|\bimei\b|\bmeid\b|\biccid\b|\bimsi\b|(?:licen[cs]e|product) key|"
    r"\bacct\b|\baccount|\ba/c\b|\bpolicy|\bclaim|\bcontract|\bvoucher|\bcoupon|\bbatch|"
    r"\blot\b|\bversion|\bbuild|\bisbn|\bissn|\bean\b|\bupc\b|\bgtin\b|barcode|\brouting|"
    r"\baba\b|sort code|\bswift|\bbic\b|\biban\b|\bvat\b|\btin\b|\bein\b|\bssn\b|"
    r"social security|\bsin\b|\btfn\b|medicare|\bnhs\b|\bups\b|\busps\b|\bfedex\b|\bdhl\b|"
    r"\bts\b|timestamp|\bepoch|\bcreated|\bupdated|\bpid\b|\buid\b|\bport\b|\bzip\b|"
    r"postcode|postal code|\butm\b|grid ref|\bid\b|\bjob\b|\bseq\b|sequence|\bdevice|"
    r"\bpackage|\bpnr\b|\be-?ticket|\bflight|\babn\b|\bacn\b|\bbsb\b|\bclabe\b|\biuv\b|"
    r"\bnrb\b|\bfiscal\w*|\bgstin\b|\bcin\b|\brcs\b|\bhr[ab]\b|\brea\b|\bboleto|\bfolio|"
    r"(?:customer|client|member|membership|loyalty|patient|employee|student|order|"
    r"invoice|account|tracking|reference|document|passport|licen[cs]e)[ -]?(?:id|no|nr|number)\b|"
    # German
    r"bestell\w*|rechnung\w*|auftrag\w*|kunden\w*|vertrag\w*|akten\w*|vorgang\w*|"
    r"lieferschein\w*|zahlschein\w*|sendung\w*|paketnummer|serien\w*|artikel\w*|konto\w*|"
    r"\bkto\b|\bblz\b|steuer\w*|\bust\b|ust-id\w*|\bidnr|versicherungs\w*|mitglieds\w*|"
    r"buchung\w*|referenz\w*|beleg\w*|quittung|gutschein\w*|\bplz\b|ausweis\w*|"
    r"identifikationsnummer|\bkvk\b|\bsiret|\bsiren|\bpaket\w*|\bgerät\w*|\bsvnr\b|"
    r"sozialversicherung\w*|\bappareil|\bdispositivo|\bpaquete|\bpacco|\bpakket|"
    r"\bpaczk\w*|ondernemingsnummer|\bkbo\b|\bbce\b|\borgnr\b|"
    # French
    r"commande|facture|référence|\bréf\b|(?:n°|numéro|code|réf\.?) client|client n°|"
    r"dossier|contrat|suivi|colis|\bsérie|\bcompte|\brib\b|\btva\b|sécu\b|\bnir\b|"
    r"réservation|\bbillet|\breçu\b|code postal|"
    # Spanish, Italian, Portuguese
    r"pedido|factura|albarán|referencia|\bcliente\b|expediente|contrato|\bfolio|"
    r"seguimiento|\benvío|\bcuenta|póliza|\breserva|\brecibo|\bnif\b|\bnie\b|\bdni\b|"
    r"\bnss\b|\bcif\b|\brfc\b|\bcurp\b|código postal|ordine|fattura|riferimento|\brif\b|"
    r"pratica|contratto|spedizione|\bconto\b|seriale|polizza|prenotazione|ricevuta|"
    r"scontrino|codice fiscale|partita iva|p\.\s?iva|nota fiscal|\bnf-?e?\b|protocolo|"
    r"encomenda|fatura|referência|agência|\bconta\b|rastreio|rastreamento|apólice|"
    r"\bcpf\b|\bcnpj\b|\bcep\b|"
    # Dutch, Polish, Swedish
    r"bestel\w*|factuur\w*|ordernummer|klant\w*|zending|track & trace|rekening\w*|"
    r"polis\w*|reservering\w*|\bbtw\b|\bbsn\b|burgerservice\w*|zamówieni\w*|faktur\w*|"
    r"klienta|umow\w*|przesyłk\w*|rachun\w*|\bpolisa|rezerwacj\w*|paragon\w*|\bpesel\b|"
    r"\bnip\b|\bregon\b|kod pocztowy|\bkund\w*|\bavtal\b|försändelse\w*|kolli\w*|"
    r"bankgiro|plusgiro|\bocr\b|bokning\w*|kvitto|personnummer|organisationsnummer|"
    r"postnummer|"
    # National ids elsewhere
    r"\baadhaa?r|\bpan\b|\bnino\b|national insurance|my ?number|\bcodice\b|"
    # Japanese, Chinese, Korean (no word boundaries there)
    r"注文|請求書|顧客番号|お客様番号|会員番号|受付番号|伝票番号|製造番号|シリアル|口座|"
    r"契約番号|予約番号|管理番号|品番|型番|郵便番号|〒|マイナンバー|個人番号|領収書|"
    r"追跡番号|訂單|订单|发票|發票|单号|單號|快递|运单|客户编号|编号|账号|帐号|账户|卡号|"
    r"序列号|合同|预订|身份证|邮编|邮政编码|주문|송장|운송장|고객번호|회원번호|계좌|"
    r"일련번호|계약번호|예약번호|주민등록번호|사업자등록번호|우편번호|设备|設備|장치|기기|装置"
)
_PHONE_WORDS = (
    r"\btel\b|\btél\b|telephone|téléphone|tel[eé]fono|telefone|\btelefon|telefoon|"
    r"\bphone|\bph\b|\bmobile?\b|\bmobil\b|\bmob\b|mobiel|m[oó]vil|\bcell|celular|cellulare|"
    r"\bportable|\bhandy|rufnummer|durchwahl|\bfax\b|\bcall(?: me)?(?: on| at)?|"
    r"\bring(?: mig)?(?: på)?|reach me(?: on| at)?|whats ?app|\bsms\b|text me(?: on| at)?|"
    r"hotline|helpline|telemóvel|ligue(?: para)?|ll[aá]mame(?: al)?|llame(?: al)?|"
    r"chiamami(?: al)?|chiama(?: al)?|\bbel(?: me)?(?: op)?|\bappelez(?:-moi)?(?: le| au)?|"
    r"joindre(?: au)?|erreichbar unter|anrufen|komórk\w*|\bcontact\b|contact number|my number(?= is)|"
    r"電話|携帯|联系电话|聯絡電話|电话|電話番号|手机|手機|拨打|致电|전화|휴대폰|핸드폰|연락처|"
    r"☎|📞|📱"
)
_CONNECT = (
    r"[\s#:.=\-\"'_,()\[\]]*"
    r"(?:(?:client|cliente|customer|kunde|klant)\s*)?"
    r"(?:(?:number|num|nr|no|n°|nº|n\.º|n\.?|id|numéro|numero|número|nummer|番号|号码|号|번호)"
    r"[\s#:.=\-\"'_]*)?"
    r"(?:(?:is|was|ist|est|es|é|è|är|jest|は|是|:)\s*)?"
    r"(?:[A-Z]{2}\s?)?[\s\"']*$"
)
_NOT_PHONE_CUE_RE = re.compile(r"(?i)(?:" + _NOT_PHONE_WORDS + r")" + _CONNECT)
_PHONE_CUE_RE = re.compile(r"(?i)(?:" + _PHONE_WORDS + r")" + _CONNECT)
_CUE_WINDOW = 48

# Amounts and measurements: a currency or unit right after or right before the number.
_UNIT_AFTER_RE = re.compile(
    r"\s?(?:€|\$|£|¥|₹|₩|円|元|원|zł|kr\b|eur\b|usd\b|gbp\b|chf\b|sek\b|nok\b|dkk\b|pln\b|"
    r"brl\b|mxn\b|inr\b|jpy\b|cny\b|krw\b|aud\b|cad\b|ft\b|czk\b|"
    r"m²|m2\b|km²|km\b|m\b|cm\b|mm\b|kg\b|g\b|t\b|mah\b|kwh\b|wh\b|mw\b|kw\b|w\b|"
    r"bytes?\b|kb\b|mb\b|gb\b|tb\b|px\b|pixels?\b|l\b|ml\b|hz\b|mhz\b|ghz\b|"
    r"einwohner|inhabitants|habitants|habitantes|abitanti|inwoners|people|units|pcs\b|"
    r"stück|stk\b|views|users|votes|km/h|mph\b|rows|records|entries|events|requests|"
    r"messages|files|lines|points|pts\b|times|visits|clicks|downloads|followers|steps|"
    r"kcal\b|calories|punkte|zeilen|lignes|filas|righe|regels)",
    re.IGNORECASE,
)
_UNIT_BEFORE_RE = re.compile(
    r"(?:€|\$|£|¥|₹|₩|r\$|eur|usd|gbp|chf|sek|pln|brl|mxn|inr|rs\.?|jpy|cny)\s?$", re.IGNORECASE
)
_DATE_HEAD_RE = re.compile(  # used with .match(text, pos): no "^"
    r"(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)|"
    r"(?:19|20)\d\d ?[-\u2013/] ?(?:19|20)\d\d(?![\d-])|(?:19|20)\d\d[ ./-](?:0?[1-9]|1[0-2])[ ./-](?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])[ ./-](?:0?[1-9]|1[0-2])[ ./-](?:19|20)\d\d)(?!\d)"
)
_ZIP4_RE = re.compile(r"\d{5}-\d{4}")
_STATE_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?!TEL|FAX|MOB)[A-Z]{2,4},?\s$")
# "DE85 0873 ...": the run of groups starts right after an IBAN's country code.
_IBAN_HEAD_BEFORE_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}(?:\d{2}\s)?$")


def run_start(text: str, start: int) -> int:
    """Where the run of digit groups that ends in text[start:] begins: digits with single
    spaces, dashes, dots, slashes or parentheses between them ("0 36032 98527" after
    "UPC"), never across a sentence end (". ")."""
    i = start
    while i > 0:
        c = text[i - 1]
        if c.isdigit() or c in "()":
            i -= 1
        elif c == "+":
            return i - 1
        elif (
            c in " -./"
            and i >= 2
            and (text[i - 2].isdigit() or text[i - 2] == ")")
            and not (c == "." and i < len(text) and text[i] == " ")
        ):
            i -= 1
        else:
            break
    while i < start and text[i] in " -./":
        i += 1
    return i


def has_phone_cue(text: str, start: int) -> bool:
    """A phone cue word right before the run holding text[start:]."""
    run = run_start(text, start)
    return _PHONE_CUE_RE.search(_cue_window(text, run)) is not None


def _cue_window(text: str, run: int) -> str:
    """The text before a run, with underscores as spaces: JSON keys ("customer_id",
    "n°_client") hold their words apart with them."""
    return text[max(0, run - _CUE_WINDOW) : run].replace("_", " ")


def other_kind_of_number(text: str, start: int, end: int) -> str | None:
    """Why text[start:end], though phone-shaped, is another kind of number; None if it may
    be a phone. A phone cue right before it wins over everything else."""
    run = run_start(text, start)
    window = _cue_window(text, run)
    if _PHONE_CUE_RE.search(window):
        return None
    if _NOT_PHONE_CUE_RE.search(window) and not text.startswith("+", run):
        return "non-phone cue"  # "+49 30 ..." after "Ref" is still a phone: no id has a "+"
    raw = text[start:end]
    after = text[end : end + 12]
    if _UNIT_AFTER_RE.match(after) or _UNIT_BEFORE_RE.search(text, max(0, run - 6), run):
        return "amount or measurement"
    if len(after) >= 2 and after[0] in ",." and after[1].isdigit():
        return "decimal number"
    if run >= 2 and text[run - 1] in ",." and text[run - 2].isdigit():
        return "decimal number"
    if _DATE_HEAD_RE.match(text, run):
        return "date"
    if _ZIP4_RE.fullmatch(raw) and _STATE_BEFORE_RE.search(text, max(0, start - 8), start):
        return "ZIP+4 postcode"
    if _IBAN_HEAD_BEFORE_RE.search(text, max(0, run - 6), run):
        return "IBAN fragment"
    if _run_digits(text, run) > 15:
        return "part of a longer number"  # no phone number has more than 15 digits (E.164)
    return None


def _run_digits(text: str, run: int) -> int:
    """Digits in the run of digit groups starting at `run`, one space between groups (how
    account, tracking and payment references are printed; two phone numbers written
    one after the other keep their own parentheses or dashes)."""
    m = _GROUP_RUN_RE.match(text, run)
    return sum(c.isdigit() for c in m.group(0)) if m else 0


_GROUP_RUN_RE = re.compile(r"\+?\(?\d+\)?(?: \d+)*")


# North American plan numbers are written 3-3-4 ("(212) 555-0123", "212.555.0123"), or as
# one run of 10 digits, after an optional "1", "+1" or "001".
_NANPA = frozenset({"US", "CA"})
_NANPA_GROUPS = ((10,), (3, 3, 4), (3, 7), (6, 4))


def nanpa_grouping_plausible(raw: str) -> bool:
    """Whether `raw` is grouped the way North American numbers are written ("2626 662098"
    is not).

    Args:
        raw: the candidate as written.
    """
    groups = [len(g) for g in re.findall(r"\d+", raw)]
    if len(groups) == 1:
        return groups[0] in (10, 11)  # "2015550123", "+12015550123"
    if groups and (groups[0] in (1, 3) and raw.lstrip("( ").startswith(("1", "+1", "001"))):
        groups = groups[1:]
    return tuple(groups) in _NANPA_GROUPS


# Plans where a national number is always written with its trunk prefix "0" ("06 12 34 56
# 78", "030 123456"): a bare national significant number there is some other number.
# Not Brazil, India or China, where mobile numbers are commonly written without it.
_TRUNK_WRITTEN = frozenset(
    [
        "GB",
        "DE",
        "FR",
        "NL",
        "BE",
        "CH",
        "AT",
        "SE",
        "AU",
        "JP",
        "KR",
        "IE",
        "NZ",
        "ZA",
        "FI",
        "TR",
        "IL",
        "TH",
        "UA",
        "LU",
    ]
)


def national_form_plausible(pn: Any, number: Any, raw: str, region: str) -> bool:
    """False for a number read in `region`'s plan without a country code and without the
    trunk prefix that plan always writes.

    Args:
        pn: the `phonenumbers` module.
        number: the parsed number.
        raw: the text it was parsed from.
        region: the plan it was read in.
    """
    if region in _NANPA and number.country_code == 1 and not nanpa_grouping_plausible(raw):
        return False
    if region not in _TRUNK_WRITTEN or raw.lstrip("([ ").startswith(("0", "+")):
        return True
    # Read with its country code but no plus sign ("33 6 12 34 56 78"): fine too.
    source = pn.CountryCodeSource
    return number.country_code_source in (
        source.FROM_NUMBER_WITH_PLUS_SIGN,
        source.FROM_NUMBER_WITH_IDD,
        source.FROM_NUMBER_WITHOUT_PLUS_SIGN,
    )


def trunk_written(locale: str) -> bool:
    """Whether the locale's country always writes its trunk prefix on national numbers.

    Args:
        locale: a locale tag ("fr_FR"); an unreadable one counts as False.
    """
    from hybridsdk._exceptions import ConfigurationError
    from hybridsdk.routing._phone_region import region_from_locale

    try:
        return region_from_locale(locale) in _TRUNK_WRITTEN
    except ConfigurationError:
        return False


_EXTENSION_RE = re.compile(r"(?i)(?: ?;ext=| ?(?:ext\.?|x|内線) ?)\d{1,6}(?!\w)")


def extension_end(text: str, end: int) -> int:
    """The end of a phone number with its extension (" ext. 123", " x204", ";ext=12"),
    as the phonenumbers matcher reports it.

    Args:
        text: the scanned text.
        end: where the number itself ends.
    """
    m = _EXTENSION_RE.match(text, end)
    return m.end() if m else end
