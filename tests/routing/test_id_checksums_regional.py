"""The check rules of _id_checksums_regional against python-stdnum as an oracle (CO NIT,
PE RUC; stdnum's Luhn for the SA id and the Emirates ID, which stdnum does not know).

stdnum is a dev dependency, never a runtime one.
"""

from __future__ import annotations

import random

import pytest

from hybridsdk.routing import _id_checksums_regional as reg


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


@pytest.mark.parametrize(
    ("module", "ours", "make"),
    [
        ("co.nit", reg.co_nit_valid, lambda r: _digits(r, r.choice((8, 9, 10)))),
        ("pe.ruc", reg.pe_ruc_valid, lambda r: r.choice(("10", "15", "17", "20")) + _digits(r, 8)),
    ],
)
def test_rules_agree_with_stdnum(module: str, ours, make) -> None:  # type: ignore[no-untyped-def]
    mod = pytest.importorskip(f"stdnum.{module}")
    r = random.Random(module)
    accepted = 0
    for _ in range(3000):
        body = make(r)
        for last in "0123456789":
            v = body + last
            expected = mod.is_valid(v)
            if len(set(body)) < 3:
                continue  # we refuse degenerate bodies ("111111111-1") on purpose
            assert ours(v) == expected, v
            accepted += expected
    assert accepted > 2000


@pytest.mark.parametrize(
    ("ours", "make"),
    [
        (reg.sa_id_valid, lambda r: r.choice("12") + _digits(r, 8)),
        (reg.ae_eid_valid, lambda r: "784" + r.choice(("19", "20")) + _digits(r, 9)),
    ],
)
def test_luhn_schemes_agree_with_stdnum_luhn(ours, make) -> None:  # type: ignore[no-untyped-def]
    luhn = pytest.importorskip("stdnum.luhn")
    r = random.Random(7)
    for _ in range(3000):
        body = make(r)
        for last in "0123456789":
            v = body + last
            if len(set(v[1:])) > 1:
                assert ours(v) == luhn.is_valid(v), v


@pytest.mark.parametrize(
    "value",
    [
        "3382047155",  # SA: neither a citizen's (1) nor a resident's (2)
        "1382047156",  # check digit off by one
        "1111111111",
        "138204715",  # too short
        "785198712345671",  # AE: not 784
        "784188712345671",  # AE: no year of birth
    ],
)
def test_bad_gulf_numbers(value: str) -> None:
    assert not reg.sa_id_valid(value) and not reg.ae_eid_valid(value)


def test_bad_andean_numbers() -> None:
    assert not reg.co_nit_valid("9014583722")  # check digit off
    assert not reg.co_nit_valid("90145")  # too short
    assert not reg.co_nit_valid("1111111111")
    assert not reg.pe_ruc_valid("30458729137")  # no such type
    assert not reg.pe_ruc_valid("10458729138")
