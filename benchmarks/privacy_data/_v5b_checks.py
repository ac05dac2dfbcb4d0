"""Self-checks for eval_v5b records: span hygiene, structured values re-validated from the text
alone, and the machine-readable styles parsed."""

from __future__ import annotations

import ipaddress
import json
import re
import xml.etree.ElementTree as ET

import _v5b_lex_eu as eu
import _v5b_lex_world as world
import phonenumbers
import yaml
from _v5b_doc import KINDS
from _v5b_values import BBOX, REGION, tw_id_valid
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.be import eid as be_eid
from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn
from stdnum.co import nit as co_nit
from stdnum.hr import oib as hr_oib
from stdnum.ie import pps as ie_pps
from stdnum.in_ import aadhaar, epic, pan
from stdnum.lt import asmens
from stdnum.my import nric
from stdnum.us import ssn as us_ssn

AR = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
WORDS: dict[str, str] = {}
for table in (eu.DIGIT_WORDS, world.DIGIT_WORDS):
    for words in table.values():
        for d, w in enumerate(words):
            WORDS.setdefault(w.lower(), str(d))
PLUS_WORDS = {"plus", "più", "más", "plius", "加", "tambah", "زائد"}


def _phone_ok(text: str, locale: str) -> bool:
    s = text.translate(AR).lower()
    for w in sorted(WORDS, key=len, reverse=True):
        s = s.replace(w, WORDS[w]) if not w.isascii() else re.sub(rf"\b{re.escape(w)}\b", WORDS[w], s)
    for w in PLUS_WORDS:
        s = s.replace(w, "+")
    s = re.sub(r"[^\d+]", "", s)
    if not s.startswith("+") and s.startswith("00"):
        s = "+" + s[2:]
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, REGION[locale]))
    except phonenumbers.NumberParseException:
        return False


EMAIL_RX = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


def _email_ok(text: str) -> bool:
    s = text.lower()
    for at in ("[at]", "(at)", "[@]", "(a)", " at ", " arobase ", " chiocciola ", " apenstaartje ", " arroba ", " et ", " eta ", "小老鼠", " ات "):
        s = s.replace(at, "@")
    for dot in ("[dot]", "(dot)", " dot ", " punkt ", " point ", " punto ", " punt ", " točka ", " taškas ", "點", " دوت "):
        s = s.replace(dot, ".")
    return bool(EMAIL_RX.match(s.replace(" ", "")))


NID_RX = {
    "en_IN": [r"[A-Z]\d{7}", r"[A-Z]{2}-?\d{2} ?\d{11}"], "en_IE": [r"[PL][A-Z]\d{7}", r"\d{3} \d{3} \d{3}"],
    "de_CH": [r"[XSF]\d{7}", r"\d{9}"], "nl_BE": [r"E[HJMP]\d{6}", r"\d{10}"],
    "es_CO": [r"\d{1,3}(\.\d{3}){2,3}", r"\d{7,10}", r"(AT|AR|PE)\d{6}"], "zh_TW": [r"0000\d{8}", r"3\d{8}", r"\d{10}"],
    "hr_HR": [r"\d{9}", r"\d{8}"], "lt_LT": [r"\d{8}"], "ms_MY": [r"IG\d{11}", r"[AHK]\d{8}", r"\d{10}"],
    "ar_SA": [r"[A-Z]\d{8}", r"\d{10}"],
}
NID_CHECK = {
    "en_IN": [aadhaar.is_valid, pan.is_valid, epic.is_valid], "en_IE": [ie_pps.is_valid], "de_CH": [ch_ssn.is_valid],
    "nl_BE": [be_nn.is_valid, be_eid.is_valid], "es_CO": [co_nit.is_valid], "zh_TW": [tw_id_valid], "hr_HR": [hr_oib.is_valid],
    "lt_LT": [asmens.is_valid], "ms_MY": [nric.is_valid],
    "ar_SA": [lambda s: bool(re.fullmatch(r"[12]\d{9}", s)) and luhn.is_valid(s)],
}


def _nid_ok(text: str, locale: str) -> bool:
    if any(f(text) for f in NID_CHECK[locale]):
        return True
    return any(re.fullmatch(rx, text) for rx in NID_RX[locale])


def _gps_ok(text: str, locale: str) -> bool:
    nums: list[float] = []
    dms = re.findall(r"(\d+)°\s*(\d+)['′]\s*([\d.]+)[\"″]\s*([NSEW])", text)
    if len(dms) == 2:
        for d, m, s, h in dms:
            nums.append((int(d) + int(m) / 60 + float(s) / 3600) * (-1 if h in "SW" else 1))
    else:
        found = re.findall(r"(-?\d+\.\d+)°?\s*([NSEW])?", text)
        for v, h in found:
            nums.append(float(v) * (-1 if h in ("S", "W") else 1))
    if len(nums) != 2:
        return False
    return any(abs(nums[0] - a) < 0.5 and abs(nums[1] - b) < 0.5 for a, b in BBOX[locale])


def _mac_ok(text: str) -> bool:
    return bool(re.fullmatch(r"([0-9A-Fa-f]{2}([:-])){5}[0-9A-Fa-f]{2}|[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}|[0-9A-Fa-f]{12}", text))


def value_ok(kind: str, text: str, locale: str) -> bool:
    """Does `text`, read alone, hold a valid value of `kind` for the locale?"""
    if kind == "phone":
        return _phone_ok(text, locale)
    if kind == "email":
        return _email_ok(text)
    if kind == "card":
        digits = re.sub(r"[ -]", "", text)
        return digits.isdigit() and 13 <= len(digits) <= 19 and luhn.is_valid(digits)
    if kind == "iban":
        return std_iban.is_valid(text.upper().replace("-", ""))
    if kind == "ssn":
        return us_ssn.is_valid(text.replace(" ", "-"))
    if kind == "national_id":
        return _nid_ok(text, locale)
    if kind == "ipv4":
        return isinstance(ipaddress.ip_address(text), ipaddress.IPv4Address)
    if kind == "ipv6":
        return isinstance(ipaddress.ip_address(text), ipaddress.IPv6Address)
    if kind == "mac":
        return _mac_ok(text)
    if kind == "gps":
        return _gps_ok(text, locale)
    if kind == "secret":
        return len(text) >= 8 and not any(c.isspace() for c in text)
    if kind == "dob":
        return bool(re.search(r"\d", text.translate(AR)))
    if kind in ("person", "address"):
        return "\n" not in text and not (kind == "person" and any(c.isdigit() for c in text))
    return False


def check_structure(rec: dict[str, object]) -> list[str]:
    errs: list[str] = []
    if sorted(rec) != ["locale", "spans", "style", "text"]:
        return [f"keys {sorted(rec)}"]
    text = rec["text"]
    assert isinstance(text, str)
    if text != text.strip():
        errs.append("text has outer whitespace")
    last = 0
    for span in rec["spans"]:  # type: ignore[union-attr]
        kind, start, end = span
        if kind not in KINDS:
            errs.append(f"kind {kind}")
        if not (0 <= start < end <= len(text)) or start < last:
            errs.append(f"span {span} out of order or bounds")
        value = text[start:end]
        if value != value.strip() or not value:
            errs.append(f"span {span} {value!r} has outer whitespace")
        if not value_ok(kind, value, rec["locale"]):  # type: ignore[arg-type]
            errs.append(f"{kind} {value!r} does not validate for {rec['locale']}")
        last = end
    return errs


def check_parse(style: str, text: str) -> list[str]:
    """The machine-readable styles must parse."""
    try:
        if style == "slack_export":
            json.loads(text)
        elif style == "html_form":
            ET.fromstring(f"<root>{text}</root>")
        elif style == "env_config" and ("services:" in text or "apiVersion:" in text):
            list(yaml.safe_load_all(text))
        elif style == "github_issue":
            block = text.split("```yaml\n", 1)[1].split("```", 1)[0]
            yaml.safe_load(block)
        elif style == "http_dump" and text.startswith("POST "):
            body = text.split("\n\n", 1)[1].split("\n", 1)[0]
            json.loads(body)
        elif style == "http_dump":
            payload = re.search(r"-d ([\"'])(.*)\1(?:\n|$)", text)
            assert payload, "no -d payload"
            json.loads(payload.group(2).replace('\\"', '"'))
        elif style == "vcard":
            for line in text.splitlines():
                assert re.match(r"^[A-Z]+[;:]", line), line
    except Exception as exc:
        return [f"{style} does not parse: {exc}"]
    return []
