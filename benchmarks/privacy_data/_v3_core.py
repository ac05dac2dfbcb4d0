"""Shared pieces of the eval_v3 value generators: the Value record, regions, small helpers."""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Value:
    """One inserted value: its text, its label kind and the check that re-validates it."""

    text: str
    kind: str
    check: str


REGION = {
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pl_PL": "PL",
    "sv_SE": "SE",
    "en_GB": "GB",
    "en_US": "US",
    "el_GR": "GR",
    "ru_RU": "RU",
    "ar_EG": "EG",
    "hi_IN": "IN",
    "ja_JP": "JP",
    "zh_CN": "CN",
    "ko_KR": "KR",
    "pt_BR": "BR",
    "tr_TR": "TR",
    "uk_UA": "UA",
    "cs_CZ": "CZ",
}


# Countries with IBANs; the others (US, RU, IN, JP, CN, KR) quote a foreign account when they do.
def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _retry(make: Callable[[], str], valid: Callable[[str], bool], tries: int = 5000) -> str:
    for _ in range(tries):
        cand = make()
        if valid(cand):
            return cand
    raise RuntimeError(f"no valid value after {tries} tries")
