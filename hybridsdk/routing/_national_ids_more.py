"""More personal identity and tax numbers, as schemes of `WorldNationalIdDetector`.

Bare, on shape and check alone (a layout no other number has): ID NPWP dotted
(`12.345.678.9-012.345`), MX RFC of a person (four letters, a date, a check character),
PT Cartão de Cidadão (`12345678 9 ZZ4`), AU Medicare grouped 4-5-1.

After a word naming the scheme in its language (or a generic identity word, for schemes
with a check digit): HU TAJ (`TAJ-szám`), AU Medicare, VN MST (`mã số thuế`), ID NPWP, MX
RFC, PT CC, EC and DO cédula, IN VID, ZA income tax number, CA-BC PHN, BG ЛНЧ, BE BIS,
PE CUI, MU NIC, NL onderwijsnummer, AT Abgabenkontonummer, BE eID card, VE RIF of a
person, GB UPN. Format only, after their own name: FI veronumero, MX INE voter key
(`clave de elector`), US PTIN and ATIN, KE KRA PIN of a person (`A...`), CU identity number
(date), CR cédulas, LI PEID. Check rules in `_id_checksums_more`.
"""

from __future__ import annotations

import re

from hybridsdk.routing._id_checksums_more import (
    at_tin_valid,
    au_medicare_valid,
    bc_phn_valid,
    be_bis_valid,
    be_eid_valid,
    bg_pnf_valid,
    cu_ni_valid,
    do_cedula_valid,
    ec_ci_valid,
    fi_veronumero_valid,
    gb_upn_valid,
    hu_taj_valid,
    id_npwp_valid,
    in_vid_valid,
    mu_nid_valid,
    mx_ine_valid,
    mx_rfc_valid,
    nl_onderwijsnummer_valid,
    pe_cui_valid,
    pt_cc_valid,
    ve_rif_valid,
    vn_mst_valid,
    za_tin_valid,
)
from hybridsdk.routing._id_schemes import B as _B
from hybridsdk.routing._id_schemes import E as _E
from hybridsdk.routing._id_schemes import Scheme as _Scheme
from hybridsdk.routing._id_schemes import cue as _cue

__all__ = ["MORE_CUED", "MORE_DISTINCTIVE", "MORE_FORMAT_ONLY", "MORE_SHAPED"]


def _pt_cc_bare(v: str) -> bool:
    # Version characters are letters in practice ("ZZ", "ZY"); two digits there would be
    # a 12-digit number that passes one time in ten.
    return pt_cc_valid(v) and not v[9:11].isdigit()


MORE_SHAPED: tuple[_Scheme, ...] = (
    ("id_npwp", re.compile(_B + r"\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}" + _E), id_npwp_valid, None),
    ("mx_rfc", re.compile(_B + r"[A-Z&]{4}\d{6}[1-9A-V][1-9A-Z][0-9A]" + _E), mx_rfc_valid, None),
    ("pt_cc", re.compile(_B + r"\d{8} ?\d ?[A-Z][A-Z0-9] ?\d" + _E), _pt_cc_bare, None),
    ("au_medicare", re.compile(_B + r"[2-6]\d{3} \d{5} \d(?:[-/ ]\d)?" + _E), au_medicare_valid, None),
    # an initial, a birth date, six more characters and a mod-17 check character
    ("mu_nid", re.compile(_B + r"[A-Z][0-3]\d[01]\d{9}[0-9A-Z]" + _E), mu_nid_valid, None),
)  # fmt: skip

_MEDICARE_CUE = _cue(r"medicare")
# A Dominican person's RNC (taxpayer number) is their cédula number.
_CEDULA_CUE = _cue(r"c[ée]dula|\brnc\b")
MORE_CUED: tuple[_Scheme, ...] = (
    ("hu_taj", re.compile(_B + r"\d{3}[ -]?\d{3}[ -]?\d{3}" + _E), hu_taj_valid,
     _cue(r"\btaj\b|t[áa]rsadalombiztos[íi]t[áa]si")),
    ("au_medicare", re.compile(_B + r"[2-6]\d{3} ?\d{5} ?\d(?:[-/ ]?\d)?" + _E), au_medicare_valid,
     _MEDICARE_CUE),
    ("vn_mst", re.compile(_B + r"\d{10}(?:-\d{3})?" + _E), vn_mst_valid,
     _cue(r"s[ốo] thu[ếe]|(?<!\d )\bmst\b")),
    ("id_npwp", re.compile(_B + r"(?:\d{2}\.?\d{3}\.?\d{3}\.?\d-?\d{3}\.?\d{3}|0\d{15})" + _E), id_npwp_valid,
     _cue(r"\bnpwp\b|nomor pokok wajib pajak")),
    ("mx_rfc", re.compile(_B + r"[A-Za-z&]{4}\d{6}[A-Za-z0-9]{3}" + _E), lambda v: mx_rfc_valid(v.upper()),
     _cue(r"\brfc\b|registro federal de contribuyentes")),
    ("pt_cc", re.compile(_B + r"\d{8} ?\d ?[A-Z0-9]{2} ?\d" + _E), pt_cc_valid,
     _cue(r"cart[ãa]o (?:de )?cidad[ãa]o")),
    ("ec_ci", re.compile(_B + r"\d{9}-?\d" + _E), ec_ci_valid, _CEDULA_CUE),
    ("do_cedula", re.compile(_B + r"\d{3}-?\d{7}-?\d" + _E), do_cedula_valid, _CEDULA_CUE),
    ("in_vid", re.compile(_B + r"\d{4} ?\d{4} ?\d{4} ?\d{4}" + _E), in_vid_valid,
     _cue(r"(?-i:\bVID[: ])|virtual id")),
    ("za_tin", re.compile(_B + r"\d{10}" + _E), za_tin_valid,
     _cue(r"income tax (?:ref\w*|no|number)|tax reference|\bsars\b")),
    ("bc_phn", re.compile(_B + r"9\d{3} ?\d{3} ?\d{3}" + _E), bc_phn_valid,
     _cue(r"\bphn\b|personal health (?:number|no)|carecard|care card")),
    ("bg_pnf", re.compile(_B + r"\d{10}" + _E), bg_pnf_valid,
     _cue(r"\bлнч\b|\blnch\b|личен номер на чужденец")),
    ("be_bis", re.compile(_B + r"\d{2}\.?[2-5]\d\.?\d{2}[-. ]?\d{3}\.?\d{2}" + _E), be_bis_valid,
     _cue(r"bis-?nummer|\bbis[ -](?:no|nr|number)|num[ée]ro bis|\binsz\b|\bniss\b")),
    ("pe_cui", re.compile(_B + r"\d{8}-?[0-9A-Ka-k]" + _E), lambda v: pe_cui_valid(v.upper()),
     _cue(r"\bcui[: ]|c[ée]dula [úu]nica de identidad")),
    ("nl_onderwijsnummer", re.compile(_B + r"10\d{7}" + _E), nl_onderwijsnummer_valid,
     _cue(r"onderwijsnummer")),
    ("at_tin", re.compile(_B + r"\d{2}[- ]?\d{3}[/ ]?\d{4}" + _E), at_tin_valid,
     _cue(r"abgabenkontonummer|\bsteuernummer\b|\bst\.?-?nr\b")),
    ("be_eid", re.compile(_B + r"\d{3}-?\d{7}-?\d{2}" + _E), be_eid_valid,
     _cue(r"\beid\b|identiteitskaart|carte d'identit[ée]|personalausweis|kaartnummer|num[ée]ro de (?:la )?carte")),
    ("ve_rif", re.compile(_B + r"[VEve]-?\d{8}-?\d" + _E), lambda v: ve_rif_valid(v.upper()),
     _cue(r"\brif[: ]|registro de informaci[óo]n fiscal")),
    ("gb_upn", re.compile(_B + r"[A-Za-z]\d{11}[0-9A-Za-z]" + _E), lambda v: gb_upn_valid(v.upper()),
     _cue(r"\bupn\b|unique pupil number")),
    # Format only: their own name must come before them.
    ("fi_veronumero", re.compile(_B + r"\d{12}" + _E), fi_veronumero_valid,
     _cue(r"veronumero\w*|\bvero\b|verotunniste")),
    ("mx_ine", re.compile(_B + r"[A-Za-z]{6}\d{8}[HMXhmx]\d{3}" + _E), lambda v: mx_ine_valid(v.upper()),
     _cue(r"clave de elector|\bclave (?:ine|ife)\b|credencial para votar")),
    ("us_ptin", re.compile(_B + r"[Pp]\d{8}" + _E), lambda v: len(v) == 9,
     _cue(r"\bptin\b|preparer tax")),
    ("us_atin", re.compile(_B + r"9\d{2}-?93-?\d{4}" + _E), lambda v: len(v) == 9,
     _cue(r"(?-i:\bATIN[: ])|adoption taxpayer")),
    ("ke_pin", re.compile(_B + r"[Aa]\d{9}[A-Za-z]" + _E), lambda v: len(v) == 11,
     _cue(r"\bkra pin\b|\bkra[: ]")),
    ("cu_ni", re.compile(_B + r"\d{11}" + _E), cu_ni_valid,
     _cue(r"carn[ée] de identidad|n[úu]mero de identidad permanente")),
    ("cr_cedula", re.compile(_B + r"(?:0?[1-9]-?\d{4}-?\d{4}|1\d{10,11})" + _E), lambda v: len(v) in (9, 10, 11, 12),
     _cue(r"c[ée]dula de (?:identidad|residencia|persona f[íi]sica)|\bdimex\b")),
    ("li_peid", re.compile(_B + r"\d{4,12}" + _E), lambda v: len(v.lstrip("0")) >= 4,
     _cue(r"\bpeid\b")),
)  # fmt: skip
MORE_FORMAT_ONLY = frozenset(
    {"fi_veronumero", "mx_ine", "us_ptin", "us_atin", "ke_pin", "cu_ni", "cr_cedula", "li_peid"}
)
# Format-only schemes whose format is distinctive after their own name (letters of the
# names, a date, a state, the sex): they outrank a password reading of the same value
# ("clave de elector" has the Spanish word for password in it).
MORE_DISTINCTIVE = frozenset({"mx_ine", "ke_pin"})
