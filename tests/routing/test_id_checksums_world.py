"""The check-digit rules of _id_checksums_world against python-stdnum as an oracle.

For each scheme: random bodies, every possible last character; every number stdnum
accepts we accept, and we accept few that it rejects (stdnum is a dev dependency, not a
runtime one).
"""

from __future__ import annotations

import importlib
import random
import string
from collections.abc import Callable

import pytest

from hybridsdk.routing import _id_checksums_world as w

DIGITS = string.digits


def _date_body(rng: random.Random, order: str) -> str:
    y, m, d = rng.randrange(100), rng.randrange(1, 13), rng.randrange(1, 29)
    parts = {"Y": f"{y:02d}", "M": f"{m:02d}", "D": f"{d:02d}"}
    return "".join(parts[c] for c in order)


def _rand(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


# (ours, stdnum module, body maker, alphabet of the last character)
CASES: list[tuple[Callable[[str], bool], str, Callable[[random.Random], str], str]] = [
    (w.no_fnr_valid, "no.fodselsnummer", lambda r: _date_body(r, "DMY") + r.choice("01234") + _rand(r, 3), DIGITS),
    (w.is_kennitala_valid, "is_.kennitala", lambda r: _date_body(r, "DMY") + _rand(r, 2) + r.choice("0123456789") + "9", ""),
    (w.ro_cnp_valid, "ro.cnp", lambda r: r.choice("125") + _date_body(r, "YMD") + f"{r.randrange(1, 47):02d}" + _rand(r, 3), DIGITS),
    (w.bg_egn_valid, "bg.egn", lambda r: _date_body(r, "YMD") + _rand(r, 3), DIGITS),
    (w.hr_oib_valid, "hr.oib", lambda r: _rand(r, 10), DIGITS),
    (w.emso_valid, "si.emso", lambda r: _date_body(r, "DM") + r.choice(["9", "0"]) + _rand(r, 2) + "50" + _rand(r, 3), DIGITS),
    (w.ee_ik_valid, "ee.ik", lambda r: r.choice("3456") + _date_body(r, "YMD") + _rand(r, 3), DIGITS),
    (w.ee_ik_valid, "lt.asmens", lambda r: r.choice("3456") + _date_body(r, "YMD") + _rand(r, 3), DIGITS),
    (w.lv_pk_valid, "lv.pvn", lambda r: _date_body(r, "DMY") + r.choice("12") + _rand(r, 3), DIGITS),
    (w.il_idnr_valid, "il.idnr", lambda r: _rand(r, 8), DIGITS),
    (w.za_idnr_valid, "za.idnr", lambda r: _date_body(r, "YMD") + _rand(r, 4) + r.choice("01") + "8", DIGITS),
    (w.ar_cuit_valid, "ar.cuit", lambda r: r.choice(["20", "23", "27", "30"]) + _rand(r, 8), DIGITS),
    (w.cl_rut_valid, "cl.rut", lambda r: _rand(r, r.choice([7, 8])), DIGITS + "K"),
    (w.ca_sin_valid, "ca.sin", lambda r: r.choice("1234567") + _rand(r, 7), DIGITS),
    (w.br_cnpj_valid, "br.cnpj", lambda r: _rand(r, 12) + r.choice(DIGITS), DIGITS),
    (w.au_tfn_valid, "au.tfn", lambda r: _rand(r, 8), DIGITS),
    (w.nz_ird_valid, "nz.ird", lambda r: r.choice(["1", "0"]) + _rand(r, 7), DIGITS),
    (w.th_pin_valid, "th.pin", lambda r: r.choice("12345678") + _rand(r, 11), DIGITS),
    (w.ua_edrpou_valid, "ua.edrpou", lambda r: _rand(r, 7), DIGITS),
    (w.tr_vkn_valid, "tr.vkn", lambda r: _rand(r, 9), DIGITS),
    (w.cz_ico_valid, "cz.dic", lambda r: _rand(r, 7), DIGITS),
    (w.ie_pps_valid, "ie.pps", lambda r: _rand(r, 7), "ABCDEFGHIJKLMNOPQRSTUVW"),
    (w.fi_hetu_valid, "fi.hetu", lambda r: _date_body(r, "DMY") + r.choice("-A") + f"{r.randrange(2, 900):03d}", "0123456789ABCDEFHJKLMNPRSTUVWXY"),
    (w.mx_curp_valid, "mx.curp", lambda r: "".join(r.choice("BCDFGHLMPRT") for _ in range(4)) + _date_body(r, "YMD") + r.choice("HM") + r.choice(["DF", "JC", "NL"]) + "".join(r.choice("BCDFGHLMNPRST") for _ in range(3)) + r.choice("0A"), DIGITS),
]  # fmt: skip


@pytest.mark.parametrize(("ours", "module", "body", "last"), CASES, ids=[c[1] for c in CASES])
def test_agrees_with_stdnum(
    ours: Callable[[str], bool], module: str, body: Callable[[random.Random], str], last: str
) -> None:
    oracle = importlib.import_module("stdnum." + module).is_valid
    rng = random.Random(module)
    seen_valid = extra = 0
    for _ in range(300):
        b = body(rng)
        for ch in last or [""]:
            value = b + ch
            if module == "is_.kennitala":  # the check digit sits before the century digit
                value = b[:8] + rng.choice(DIGITS) + b[9:]
            expected = oracle(value)
            if expected:
                assert ours(value), (module, value)
            else:
                extra += ours(value)
            seen_valid += expected
    assert seen_valid >= 20, f"too few valid {module} numbers generated to test the rule"
    # stdnum also rejects birth dates in the future and some century/serial pairings; we
    # read dates more leniently, never the check digit.
    assert extra <= 0.1 * seen_valid, (module, extra, seen_valid)


@pytest.mark.parametrize(
    ("valid", "value"),
    [
        (w.sg_nric_valid, "S1234567D"),
        (w.sg_nric_valid, "T0123456G"),
        (w.tw_id_valid, "A123456789"),
        (w.hk_hkid_valid, "A1234563"),
        (w.ir_melli_valid, "0499370899"),
        (w.hu_tax_valid, "8071592153"),
        (w.dk_cpr_valid, "0707614285"),
        (w.id_nik_valid, "3201014107900002"),
    ],
)
def test_known_valid_numbers(valid: Callable[[str], bool], value: str) -> None:
    assert valid(value)


@pytest.mark.parametrize(
    ("valid", "value"),
    [
        (w.sg_nric_valid, "S1234567A"),  # wrong check letter
        (w.sg_nric_valid, "X1234567D"),  # no such prefix
        (w.tw_id_valid, "A123456788"),
        (w.tw_id_valid, "A323456789"),  # sex digit 3
        (w.hk_hkid_valid, "A1234564"),
        (w.ir_melli_valid, "1111111111"),
        (w.ir_melli_valid, "0499370898"),
        (w.hu_tax_valid, "8071592154"),
        (w.hu_tax_valid, "7071592153"),
        (w.dk_cpr_valid, "3213614285"),  # month 13
        (w.id_nik_valid, "3201013207900002"),  # month 90
        (w.id_nik_valid, "0001014107900002"),  # province 00
        (w.fi_hetu_valid, "311352-308T"),  # month 13
        (w.mx_curp_valid, "BADD110313HXXLNS09"),  # no state XX
    ],
)
def test_bad_numbers_rejected(valid: Callable[[str], bool], value: str) -> None:
    assert not valid(value)
