"""Identity, health-insurance and tax numbers of the Gulf, the Andes, Malaysia, Taiwan
and the former Yugoslavia, as schemes of `WorldNationalIdDetector` (session 9).

Bare, on shape and check alone: AE Emirates ID (`784-1990-1234567-1`), CO NIT written
dotted with its check digit (`900.123.456-7`), MY MyKad written dashed (`YYMMDD-PB-NNNN`:
a date and a place-of-birth code), MY income tax number of a person (`IG` and 11 digits).

After a word naming the scheme (or a generic identity word, for schemes with a check
digit): SA national id and iqama (`رقم الإقامة`, `السجل المدني`, "iqama"), CO NIT, PE and
EC RUC. Format only, after their own name: KW civil id (`الرقم المدني`, a date), QA id (QID), HR health insurance number (`MBO`, `HZZO`), SI ZZZS
number, RS LBO, TW National Health Insurance card (`健保卡號`), MY income tax number (`No.
cukai pendapatan`, "TIN"). Check rules in `_id_checksums_regional`.
"""

from __future__ import annotations

import datetime
import re

from hybridsdk.routing._id_checksums_more import ec_ci_valid
from hybridsdk.routing._id_checksums_regional import (
    ae_eid_valid,
    co_nit_valid,
    pe_ruc_valid,
    sa_id_valid,
)
from hybridsdk.routing._id_schemes import B as _B
from hybridsdk.routing._id_schemes import E as _E
from hybridsdk.routing._id_schemes import Scheme as _Scheme
from hybridsdk.routing._id_schemes import cue as _cue
from hybridsdk.routing._id_schemes import digits_of as _digits

__all__ = ["REGIONAL_CUED", "REGIONAL_FORMAT_ONLY", "REGIONAL_SHAPED"]


# MyKad place-of-birth codes never issued.
_MY_NO_PLACE = frozenset(
    {"00", "17", "18", "19", "20", "69", "70", "73", "80", "81", "94", "95", "96", "97"}
)


def _my_nric_dashed(v: str) -> bool:
    """MyKad: YYMMDD (a real day), a place-of-birth code that is issued, a serial."""
    if len(v) != 12 or not v.isdigit() or v[6:8] in _MY_NO_PLACE or v[8:] == "0000":
        return False
    try:
        datetime.date(2000, int(v[2:4]), int(v[4:6]))
    except ValueError:
        return False
    return True


def _my_tin(v: str) -> bool:
    """MY income tax number of a person: IG (or the older SG, OG) and 9 to 11 digits."""
    return v[:2] in ("IG", "SG", "OG") and v[2:].isdigit() and len(set(v[2:])) > 2


def _kw_civil(v: str) -> bool:
    """KW civil id: century (2 for 19xx, 3 for 20xx), YYMMDD, a serial of five."""
    if len(v) != 12 or not v.isdigit() or v[0] not in "23":
        return False
    try:
        datetime.date(1800 + 100 * int(v[0]) + int(v[1:3]), int(v[3:5]), int(v[5:7]))
    except ValueError:
        return False
    return True


def _qa_qid(v: str) -> bool:
    """QA id: century (2 for 19xx, 3 for 20xx), YY, a country code of three, a serial."""
    return len(v) == 11 and v.isdigit() and v[0] in "23" and len(set(v[3:])) > 2


def _ec_ruc(v: str) -> bool:
    """EC RUC of a person: the cédula (its check digit) and 001."""
    return len(v) == 13 and v.endswith("001") and ec_ci_valid(v[:10])


def _tw_nhi(v: str) -> bool:
    """TW National Health Insurance card: 12 digits, the first ones zeros."""
    return len(v) == 12 and v.isdigit() and v.startswith("0") and len(set(v)) > 2


REGIONAL_SHAPED: tuple[_Scheme, ...] = (
    ("ae_eid", re.compile(_B + r"784-(?:19|20)\d{2}-\d{7}-\d" + _E), ae_eid_valid, None),
    ("co_nit", re.compile(_B + r"\d{3}\.\d{3}\.\d{3}-\d" + _E), co_nit_valid, None),
    ("my_nric", re.compile(_B + r"\d{6}-\d{2}-\d{4}" + _E), _my_nric_dashed, None),
    ("my_tin", re.compile(_B + r"IG\d{11}" + _E), _my_tin, None),
)  # fmt: skip

# The Arabic words for a resident's permit (iqama) and the civil register, with and
# without the hamza; "iqama" in Latin letters.
_SA_CUE = (
    r"الإقامة|الاقامة|اقامة|إقامة|السجل المدني|سجل مدني|\biqama\b|\bikama\b|"
    r"saudi (?:national )?id|هوية وطنية|الهوية الوطنية"
)
REGIONAL_CUED: tuple[_Scheme, ...] = (
    ("sa_id", re.compile(_B + r"[12]\d{9}" + _E), sa_id_valid, _cue(_SA_CUE)),
    ("ae_eid", re.compile(_B + r"784-?(?:19|20)\d{2}-?\d{7}-?\d" + _E), ae_eid_valid,
     _cue(r"emirates id|الهوية الإماراتية|رقم الهوية الإماراتية")),
    ("co_nit", re.compile(_B + r"(?:\d{1,3}(?:\.\d{3}){2}|\d{7,10})-?\d" + _E), co_nit_valid,
     _cue(r"\bnit\b|identificaci[óo]n tributaria")),
    ("ec_ruc", re.compile(_B + r"\d{10}001" + _E), _ec_ruc,
     _cue(r"\bruc\b|registro [úu]nico de contribuyentes")),
    ("pe_ruc", re.compile(_B + r"(?:10|15|17|20)\d{9}" + _E), pe_ruc_valid,
     _cue(r"\bruc\b|registro [úu]nico de contribuyentes")),
    # A DNI or cédula written with thousands dots after an identity word ("ID number:
    # 12.345.678"): the dots make it a person's number, the word says which.
    ("dni_dotted", re.compile(_B + r"\d{1,2}\.\d{3}\.\d{3}" + _E), _digits(7, 8),
     _cue(r"\bdni\b|documento nacional de identidad")),
    # Format only: their own name must come before them.
    ("kw_civil", re.compile(_B + r"[23]\d{11}" + _E), _kw_civil,
     _cue(r"الرقم المدني|البطاقة المدنية|رقم مدني|kuwait(?:i)? civil id|\bcivil id\b")),
    ("qa_qid", re.compile(_B + r"[23]\d{10}" + _E), _qa_qid,
     _cue(r"\bqid\b|qatar id|البطاقة الشخصية القطرية|رقم البطاقة الشخصية")),
    ("hr_mbo", re.compile(_B + r"\d{9}" + _E), _digits(9),
     _cue(r"\bmbo\b|\bhzzo\b|mati[čc]ni broj osigur\w*|broj zdravstven\w*|zdravstven\w* iskaznic\w*")),
    ("si_zzzs", re.compile(_B + r"\d{9}" + _E), _digits(9),
     _cue(r"\bzzzs\b|[šs]tevilka zavarovan\w*|kartic\w* zdravstvenega")),
    ("rs_lbo", re.compile(_B + r"\d{11}" + _E), _digits(11),
     _cue(r"\blbo\b|li[čc]ni broj osigurani\w*|лични број осигураник\w*")),  # noqa: RUF001 (Cyrillic on purpose)
    ("tw_nhi", re.compile(_B + r"\d{12}" + _E), _tw_nhi,
     _cue(r"健保卡號?碼?|健保號碼|健保卡|全民健保")),
    ("my_tin", re.compile(_B + r"(?:IG|SG|OG)\d{9,11}" + _E), _my_tin,
     _cue(r"\btin\b|cukai pendapatan|no\.? cukai|nombor cukai|income tax (?:no|number|ref)|\blhdn\b")),
)  # fmt: skip
REGIONAL_FORMAT_ONLY = frozenset(
    {"hr_mbo", "si_zzzs", "rs_lbo", "tw_nhi", "my_tin", "kw_civil", "qa_qid"}
)
