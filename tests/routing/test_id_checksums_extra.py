"""Check rules of UY, RS, AZ, SI, MT and KZ identity and tax numbers, cross-checked
against python-stdnum where it knows the scheme (issue 12)."""

from __future__ import annotations

import random

import pytest
from stdnum.az import voen
from stdnum.mt import vat
from stdnum.rs import pib
from stdnum.si import ddv
from stdnum.uy import rut

from hybridsdk.routing._id_checksums_extra import (
    az_voen_valid,
    kz_iin_valid,
    mt_vat_valid,
    rs_pib_valid,
    si_tax_valid,
    uy_ci_valid,
    uy_rut_valid,
)

ORACLES = [
    (az_voen_valid, voen.is_valid, 10),
    (mt_vat_valid, vat.is_valid, 8),
    (rs_pib_valid, pib.is_valid, 9),
    (si_tax_valid, ddv.is_valid, 8),
    (uy_rut_valid, rut.is_valid, 12),
]


@pytest.mark.parametrize(("ours", "oracle", "length"), ORACLES)
def test_agrees_with_stdnum_on_random_numbers(ours, oracle, length) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(length)
    agreed_valid = 0
    for _ in range(20000):
        v = "".join(rng.choice("0123456789") for _ in range(length))
        if len(set(v)) <= 2:
            continue
        assert ours(v) == oracle(v), v
        agreed_valid += ours(v)
    assert agreed_valid > 0


@pytest.mark.parametrize(
    ("valid", "value"),
    [
        (uy_ci_valid, "37215901"),
        (uy_ci_valid, "58528084"),
        (uy_rut_valid, "218313170016"),
        (rs_pib_valid, "164768058"),
        (az_voen_valid, "0058217692"),
        (si_tax_valid, "59120819"),
        (mt_vat_valid, "MT10683157"),
        (kz_iin_valid, "850714359810"),
        (kz_iin_valid, "011225612833"),
    ],
)
def test_valid_numbers(valid, value: str) -> None:  # type: ignore[no-untyped-def]
    assert valid(value)
    assert valid(value.replace("MT", ""))


@pytest.mark.parametrize(
    ("valid", "value"),
    [
        (uy_ci_valid, "37215902"),  # check digit off by one
        (uy_ci_valid, "3721590"),  # too short
        (uy_rut_valid, "218313170017"),
        (uy_rut_valid, "238313170016"),  # no such department
        (rs_pib_valid, "164768059"),
        (az_voen_valid, "0058217693"),  # last digit is neither 1 nor 2
        (si_tax_valid, "09120819"),  # leading zero
        (mt_vat_valid, "MT10683158"),
        (kz_iin_valid, "850714359811"),
        (kz_iin_valid, "851314359810"),  # month 13
        (kz_iin_valid, "111111111111"),
    ],
)
def test_invalid_numbers(valid, value: str) -> None:  # type: ignore[no-untyped-def]
    assert not valid(value)


def test_uy_ci_rule() -> None:
    # weights 2987634 on the 7-digit body, the check digit makes the sum a multiple of 10
    body = "1234567"
    s = sum(w * int(c) for w, c in zip((2, 9, 8, 7, 6, 3, 4), body, strict=True))
    assert uy_ci_valid(body + str(-s % 10))
    assert not uy_ci_valid(body + str((-s + 1) % 10))
