"""Secret and e-mail classes from the ninth set (session 12): cues that are a field's value
("grant_type=password", "token_type=Bearer") or a host's last label ("shop.mk"), OAuth
nonces and anti-forgery tokens, device names with a model number, `.pgpass` lines, Zeek
password columns, and spelled-out addresses with a bracketed dot in the local part.
Every example is made up for this file."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def found(text: str, kind: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == kind]


@pytest.mark.parametrize(
    "text",
    [
        "POST /oauth2/token grant_type=password client_id=kiosk-app-v2 username=demo remote=x",
        "POST /token grant_type=password username=jan.kowal@example.org status=400",
        "issued token_type=Bearer expires_in=3600 scope=openid",
        "GET /authorize state=Qw3rTy7uIo9pAs2d nonce=Zx8cVb6nM4kL2jH0gF5dSa redirect_uri=/cb",
        '    Form item: "csrf_token" = "3f9a1c0e7b2d4a6f8e1c3b5d7a9f0e2c"',
        '<input type="hidden" name="_csrf" value="x"> X-XSRF-TOKEN: 9c2e4a6b8d0f1e3c5a7b9d1f3e5c7a9b',
        "1710000000.1\tC1\t10.0.0.1\t80\tGET\tshop.mk\t/api/v1/items?id=7\tokhttp/4.12.0\t200",
        "Nmap scan report for HUAWEI-P30-Oluwaseun.lan (192.168.1.40)",
        "Nmap scan report for Galaxy-A14-Bartholomew.lan (192.168.1.41)",
    ],
)
def test_no_secret(text: str) -> None:
    assert found(text, "secret") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$ cat ~/.pgpass\n10.1.2.3:5432:payroll:app_rw:qP7^xZ2mK!\n", "qP7^xZ2mK!"),
        ("db-replica.example.org:5432:*:readonly:lotus42Harbor\n", "lotus42Harbor"),
        ("*:*:*:postgres:Tr0ub4dor&3", "Tr0ub4dor&3"),
    ],
)
def test_pgpass_password(text: str, value: str) -> None:
    assert found(text, "secret") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "aa:bb:cc:dd:ee",  # no port
        "12:30:45:10:20",  # times, no host name
        "root:x:0:0:root:/root:/bin/bash",  # /etc/passwd
    ],
)
def test_not_pgpass(text: str) -> None:
    assert found(text, "secret") == []


ZEEK = (
    "#separator \\x09\n"
    "#path\thttp\n"
    "#fields\tts\tuid\tid.orig_h\thost\turi\tuser_agent\tstatus_code\tusername\tpassword\n"
    "#types\ttime\tstring\taddr\tstring\tstring\tstring\tcount\tstring\tstring\n"
    "1700000000.1\tCa1\t10.0.0.5\tshop.mk\t/admin/\tMozilla/5.0 (X11; Linux x86_64)\t401\t"
    "ops\tharbor271Lotus\n"
    "1700000001.2\tCa2\t10.0.0.6\tshop.mk\t/\tcurl/8.5.0\t200\t-\t-\n"
    "#close\t2024-01-01-00-00-00\n"
)


def test_zeek_password_column() -> None:
    assert found(ZEEK, "secret") == ["harbor271Lotus"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('filter="(mail=anna[dot]berg[at]example[dot]com)"', "anna[dot]berg[at]example[dot]com"),
        (
            "E-mail: jan [dot] novak [at] example [dot] cz\n",
            "jan [dot] novak [at] example [dot] cz",
        ),
        ("username=ivo(dot)peric(at)mail(dot)hr remote=x", "ivo(dot)peric(at)mail(dot)hr"),
    ],
)
def test_bracketed_dot_in_local_part(text: str, value: str) -> None:
    assert found(text, "email") == [value]
