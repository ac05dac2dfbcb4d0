"""Secrets in config files, shell commands and URLs (issue 12), and the public or
placeholder material that looks like them but is not: hashes, UUIDs, inline image data,
SSH and PEM public keys, certificates, integrity digests, documented example keys."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)
GHP = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
STRIPE = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"
B64 = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo"


def secrets(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "secret"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("docker login -u ci -p Xk29fLq8w registry.example.com", "Xk29fLq8w"),
        ("docker login --password=Xk29fLq8w registry.example.com", "Xk29fLq8w"),
        ("helm registry login r.example.com --username ci --password Xk29fLq8w", "Xk29fLq8w"),
        ("redis-cli -h cache -a Xk29fLq8w ping", "Xk29fLq8w"),
        ("mongosh --password 'Xk29fLq8w' --host db", "Xk29fLq8w"),
        ("La contraseña de la base de datos es Tig97#fd0Eu", "Tig97#fd0Eu"),
        ("the password for the admin account on staging is Xk29fLq8w", "Xk29fLq8w"),
        (f"STRIPE_SECRET_KEY={STRIPE}", STRIPE),
        (f"git clone https://{GHP}@github.com/acme/infra.git", GHP),
        ("AWS_ACCESS_KEY_ID=AKIA4XQ7ZJ2L5MNBVC3T", "AKIA4XQ7ZJ2L5MNBVC3T"),
        ("define('DB_PASSWORD', 'Tiger2022?');", "Tiger2022?"),
        ('define( "AUTH_KEY", "k2#Lq9!vX0pZ" );', "k2#Lq9!vX0pZ"),
        ("sqlcmd -S tcp:db,1433 -U sa -P 'aEGa2uPMNvb8' -Q \"SELECT 1\"", "aEGa2uPMNvb8"),
        ("machine git.example.org login ci password YGAMBCvdLccUR", "YGAMBCvdLccUR"),
        ("machine api.example.com\n  login deploy\n  password YGAMBCvdLccUR\n", "YGAMBCvdLccUR"),
        # A run of zeros is no placeholder: the privacy property test found this one leaking.
        (
            "xoxb-000000000000-aaaaaaaaaaaaaaaaaaaaaaaa",
            "xoxb-000000000000-aaaaaaaaaaaaaaaaaaaaaaaa",
        ),
        ("password: 00000000Kq", "00000000Kq"),
    ],
)
def test_found(text: str, value: str) -> None:
    assert secrets(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",  # AWS's documented example
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
        "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        f'<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA{B64}==">',
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEWkAG0hEh/l104Yia8bCYvHSX5/dezTC4gxKt2emXby ci@b",
        f"authorized: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{B64} ops@example.com",
        f"-----BEGIN PUBLIC KEY-----\n{B64}\n-----END PUBLIC KEY-----",
        f"-----BEGIN CERTIFICATE-----\n{B64}\n-----END CERTIFICATE-----",
        f'"integrity": "sha512-{B64}Rk9xw=="',
        "fingerprint SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8 (ED25519)",
        "docker login -u ci --password-stdin registry.example.com",
        "docker run -e POSTGRES_PASSWORD=$POSTGRES_PASSWORD postgres",
        "mysql --password=$DB_PASS shop",
        "PASSWORD=${PASSWORD:-changeme}",
        "db_pass: ${DB_PASSWORD:-Xk29fLq8w}",  # a default in a template, not the value
        f'"applicationServerKey": "B{B64}"',
        f"STRIPE_PUBLISHABLE_KEY=pk_live_{B64[:32]}",
        f"public_key: {B64}",
        "define('WP_DEBUG', true);",
        "x-amz-request-id: 94b0c574b3d40262 x-amz-id-2: 2rHvHwiouurQKDWld9FSEhUQIWDTdUIRMkVpMCRzkd5",
        "X-Request-ID: Kca3wHmXWi1sUK9C93Wq4gxu4mgQ3RYC3KXy1Ereidp",
        "cache key 87f2698bad07c31354f2277d26ab3622 evicted",
        "partition_key=Kca3wHmXWi1sUK9C93Wq4gxu4mgQ3RYC",
    ],
)
def test_not_a_secret(text: str) -> None:
    assert secrets(text) == []


def test_private_key_block_after_a_public_one_still_counts() -> None:
    private = "-----BEGIN RSA PRIVATE KEY-----\n" + B64 + "\n-----END RSA PRIVATE KEY-----"
    text = f"-----BEGIN PUBLIC KEY-----\n{B64}\n-----END PUBLIC KEY-----\n{private}"
    assert secrets(text) == [private]
