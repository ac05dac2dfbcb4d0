"""Second structured dev set (issue 12): secrets, coordinates, phones, national ids, cards,
e-mails and SSNs in the forms real text carries them (config files, shell commands, URLs,
GeoJSON, NMEA, `tel:` links, web forms), with the look-alikes that must not count (hashes,
UUIDs, public keys, placeholders, UTM grids, masked cards, retina file names ...).

Written from the issuers' documented formats (AWS, GitHub, Slack, Stripe and Google key
prefixes; RFC 3966 `tel:`, RFC 5870 `geo:`, NMEA 0183, GeoJSON RFC 7946 [lon, lat]; card
issuer ranges and Luhn; python-stdnum for check digits), never from an eval set.

Two halves with their own templates and seeds: `dev` (the fixes were made against it) and
`held` (written at the same time, scored only at the end of the work). Every template list
below alternates dev, held, dev, held ... so each form has a sibling phrasing in the other
half.

    python benchmarks/privacy_data/structured_dev2.py            # writes structured_dev2.jsonl
    python benchmarks/privacy_data/structured_dev2.py --check    # regenerates and compares
    python benchmarks/privacy_data/structured_dev2.py --score [--split held] [--full]
    python benchmarks/privacy_data/structured_dev2.py --score --repo /path/to/main  # before

Scoring: exact spans per kind (as `hybridsdk bench privacy`), for the kinds of this set
plus any structured kind reported where none is labelled; regex-only mode with the text's
locale hint unless --full.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import string
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "structured_dev2.jsonl"
SEEDS = {"dev": 61001, "held": 61002}
KINDS = ("secret", "gps", "phone", "national_id", "ssn", "card", "email")
STRUCTURED = (*KINDS, "iban", "ipv4", "ipv6", "mac")

ALNUM = string.ascii_letters + string.digits


def _s(r: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _d(r: random.Random, n: int) -> str:
    return _s(r, n, string.digits)


# ---------------------------------------------------------------- secrets


def aws_key_id(r: random.Random) -> str:
    return r.choice(["AKIA", "ASIA"]) + _s(r, 16, string.ascii_uppercase + "234567")


def aws_secret(r: random.Random) -> str:
    return _s(r, 40, ALNUM + "/+")


def github_token(r: random.Random) -> str:
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + _s(r, 36)


def github_pat(r: random.Random) -> str:
    return "github_pat_" + _s(r, 22) + "_" + _s(r, 59)


def slack_token(r: random.Random) -> str:
    p = r.choice(["xoxb", "xoxp", "xoxa", "xoxs"])
    if p == "xoxp":
        return f"xoxp-{_d(r, 11)}-{_d(r, 11)}-{_d(r, 13)}-{_s(r, 32, '0123456789abcdef')}"
    return f"{p}-{_d(r, 12)}-{_d(r, 13)}-{_s(r, 24)}"


def stripe_key(r: random.Random) -> str:
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + _s(r, r.choice([24, 34, 99]))


def google_key(r: random.Random) -> str:
    return "AIza" + _s(r, 35, ALNUM + "_-")


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def jwt(r: random.Random) -> str:
    head = _b64url(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    claims = {"sub": _d(r, 8), "name": "svc", "iat": 1700000000 + r.randint(0, 10**7)}
    body = _b64url(json.dumps(claims).encode())
    sig = _b64url(bytes(r.randrange(256) for _ in range(32 if "HS" in head else 64)))
    return f"{head}.{body}.{sig}"


def pem_key(r: random.Random) -> str:
    label = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = base64.b64encode(bytes(r.randrange(256) for _ in range(r.choice([120, 180])))).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


WORDS = ["Summer", "falcon", "Tiger", "blue", "Orbit", "maple", "Kaffee", "river", "Nordic"]


def password(r: random.Random) -> str:
    style = r.randrange(5)
    if style == 0:
        return r.choice(WORDS) + str(r.randint(1990, 2029)) + r.choice("!#$%&*?")
    if style == 1:
        return _s(r, r.randint(10, 16), ALNUM)
    if style == 2:
        return _s(r, 12, ALNUM + "!#%*+-_.")
    if style == 3:
        return "-".join(r.choice(WORDS).lower() for _ in range(3)) + str(r.randint(1, 99))
    return r.choice(WORDS)[:3] + _d(r, 2) + r.choice("@#!") + _s(r, 5)


SECRET_MAKERS = {
    "aws": aws_key_id, "aws_secret": aws_secret, "ghp": github_token, "pat": github_pat,
    "slack": slack_token, "stripe": stripe_key, "google": google_key, "jwt": jwt,
    "pem": pem_key, "pw": password,
}  # fmt: skip

# (locale, template); {name} fields are secrets made by SECRET_MAKERS[name] (a digit suffix
# makes a second one: {pw2}); {user}, {host} are fillers. Alternating dev / held.
SECRET_FORMS: list[tuple[str, str]] = [
    ("en_US", "DB_HOST=db.internal\nDB_USER=app\nDB_PASSWORD={pw}\n"),
    ("en_US", "# .env\nPOSTGRES_USER=api\nPOSTGRES_PASSWORD={pw}\nPOSTGRES_DB=orders"),
    ("en_US", "STRIPE_SECRET_KEY={stripe}"),
    ("en_US", "export STRIPE_API_KEY='{stripe}'"),
    ("en_US", "GITHUB_TOKEN={ghp}"),
    ("en_US", "git clone https://{ghp}@github.com/acme/infra.git"),
    ("en_US", "SLACK_BOT_TOKEN={slack}"),
    ("en_US", 'slack_token: "{slack}"'),
    ("en_US", "aws_access_key_id = {aws}\naws_secret_access_key = {aws_secret}"),
    ("en_US", "AWS_ACCESS_KEY_ID={aws} AWS_SECRET_ACCESS_KEY={aws_secret} aws s3 ls"),
    ("en_US", "database:\n  host: db-primary.internal\n  username: app\n  password: {pw}\n"),
    ("en_US", 'spring:\n  datasource:\n    url: jdbc:mysql://db:3306/shop\n    password: "{pw}"'),
    ("en_US", 'google:\n  maps_api_key: "{google}"'),
    ("en_US", "const mapsKey = '{google}';"),
    ("en_US", "docker run -d -e POSTGRES_PASSWORD={pw} -p 5432:5432 postgres:16"),
    ("en_US", "docker run --rm -e MYSQL_ROOT_PASSWORD='{pw}' mysql:8"),
    (
        "en_US",
        "kubectl create secret generic db-creds --from-literal=username=app --from-literal=password={pw}",
    ),
    ("en_US", "kubectl create secret generic api --from-literal=token='{ghp}' -n prod"),
    ("en_US", "curl -u deploy:{pw} https://ci.example.com/api/json"),
    ("en_US", "curl --user admin:{pw} -X POST https://registry.example.org/v2/"),
    ("en_US", 'curl -H "Authorization: Bearer {jwt}" https://api.example.com/me'),
    ("en_US", "Authorization: Bearer {jwt}"),
    ("en_US", "DATABASE_URL=postgres://app:{pw}@db.example.net:5432/app"),
    ("en_US", "redis_url: redis://default:{pw}@cache.internal:6379/0"),
    ("en_US", "pip install -i https://ci:{pw}@pypi.example.com/simple/ acme-lib"),
    ("en_US", "amqp://orders:{pw}@rabbit.example.com:5672/%2F"),
    ("en_US", "machine api.example.com\n  login deploy\n  password {pw}\n"),
    ("en_US", "machine git.example.org login ci password {pw}"),
    (
        "en_US",
        "Server=tcp:sql.example.net,1433;Database=app;User ID=sa;Password={pw};Encrypt=True;",
    ),
    ("en_US", "jdbc:postgresql://db:5432/app?user=app&password={pw}&ssl=true"),
    ("en_US", "hey, the stripe key for prod is {stripe}, don't share it"),
    ("en_US", "new token for the CI bot: {pat}"),
    ("en_US", "ok here is my github token {ghp} pls revoke after"),
    ("en_US", "our slack bot uses {slack}"),
    ("en_US", "{pem}"),
    ("en_US", "here's the deploy key:\n{pem}\nthanks"),
    ("en_US", '{{"client_id": "web", "client_secret": "{pw}"}}'),
    ("en_US", '{{"token": "{jwt}", "expires_in": 3600}}'),
    ("de_DE", "Das WLAN-Passwort lautet {pw}"),
    ("de_DE", "Zugang: Benutzer admin, Passwort: {pw}"),
    ("fr_FR", "Le mot de passe du serveur est {pw}"),
    ("fr_FR", "identifiant : admin / mot de passe : {pw}"),
    ("es_ES", "La contraseña de la base de datos es {pw}"),
    ("es_ES", "usuario: root, contraseña: {pw}"),
    ("pt_BR", "A senha do roteador é {pw}"),
    ("pt_BR", "login: admin senha: {pw}"),
    ("en_US", "docker login -u ci -p {pw} registry.example.com"),
    ("en_US", "mysql -u root -p{pw} -h db.internal shop"),
    ("en_US", "[default]\naws_access_key_id={aws}\naws_secret_access_key={aws_secret}"),
    ("en_US", 'env:\n  - name: API_KEY\n    value: "{google}"'),
]

# Look-alikes that are not secrets; any secret found in them is a false positive.
SECRET_NEGATIVES: list[tuple[str, str]] = [
    ("en_US", "commit {sha1} Merge pull request #4411 from acme/fix-login"),
    ("en_US", "image: registry.example.com/api@sha256:{sha256}"),
    ("en_US", "sha256sum: {sha256}  release.tar.gz"),
    ("en_US", "md5 {md5} backup.sql"),
    ("en_US", "request_id={uuid} status=200"),
    ("en_US", '{{"id": "{uuid}", "state": "done"}}'),
    ("en_US", '<img src="data:image/png;base64,{b64img}" alt="logo">'),
    ("en_US", "background: url(data:image/gif;base64,{b64img});"),
    ("en_US", "ssh-ed25519 {sshpub} deploy@build-01"),
    ("en_US", "authorized_keys: ssh-rsa {sshrsa} ops@build-01"),
    ("en_US", "-----BEGIN PUBLIC KEY-----\n{pubkey}\n-----END PUBLIC KEY-----"),
    ("en_US", "-----BEGIN CERTIFICATE-----\n{pubkey}\n-----END CERTIFICATE-----"),
    ("en_US", "DB_PASSWORD=changeme"),
    ("en_US", "password: changeme  # set in vault"),
    ("en_US", "API_TOKEN=<your-token>"),
    ("en_US", 'curl -H "Authorization: Bearer <your-token>" https://api.example.com'),
    ("en_US", "password: ***"),
    ("en_US", 'DB_PASSWORD="********"'),
    ("en_US", "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"),
    ("en_US", "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"),
    ("en_US", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE"),
    ("en_US", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("en_US", "export API_KEY=YOUR_API_KEY"),
    ("en_US", "api_key: your-api-key-here"),
    ("en_US", "password: ${{DB_PASSWORD}}"),
    ("en_US", "docker run -e POSTGRES_PASSWORD=$POSTGRES_PASSWORD postgres"),
    ("en_US", "password: [REDACTED]"),
    ("en_US", "token=REDACTED user=bob"),
    ("en_US", "The password reset link was sent to the user."),
    ("en_US", "password policy: at least 12 characters"),
    ("en_US", '"integrity": "sha512-{sha512b64}"'),
    ("en_US", 'etag: W/"{md5}"'),
    ("en_US", "kubectl create secret generic db --from-file=./password.txt"),
    ("en_US", "curl -u $USER:$TOKEN https://api.example.com"),
    ("en_US", "postgres://app:<password>@db:5432/app"),
    ("en_US", "secret: !vault |\n  $ANSIBLE_VAULT;1.1;AES256"),
    ("en_US", "trace_id: {hex32} span_id: {hex16}"),
    ("en_US", "fingerprint SHA256:{sshfp} (ED25519)"),
    ("en_US", "password: example"),
    ("en_US", "client_secret: <client-secret>"),
]


def _neg_fill(r: random.Random) -> dict[str, str]:
    hx = "0123456789abcdef"
    u = _s(r, 32, hx)
    return {
        "sha1": _s(r, 40, hx), "sha256": _s(r, 64, hx), "md5": _s(r, 32, hx),
        "uuid": f"{u[:8]}-{u[8:12]}-4{u[13:16]}-a{u[17:20]}-{u[20:]}",
        "b64img": "iVBORw0KGgoAAAANSUhEUgAA" + _s(r, 60, ALNUM + "+/") + "==",
        "sshpub": "AAAAC3NzaC1lZDI1NTE5AAAAI" + _s(r, 43, ALNUM + "+/"),
        "sshrsa": "AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + _s(r, 80, ALNUM + "+/"),
        "pubkey": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + _s(r, 20, ALNUM + "+/"),
        "sha512b64": _s(r, 86, ALNUM + "+/") + "==", "hex32": u, "hex16": _s(r, 16, hx),
        "sshfp": _s(r, 43, ALNUM + "+/"),
    }  # fmt: skip


# ---------------------------------------------------------------- coordinates


def _lat_lon(r: random.Random) -> tuple[float, float]:
    return r.uniform(-60, 70), r.uniform(-170, 175)


def _nmea(x: float, pos: str, neg: str, width: int) -> str:
    a = abs(x)
    deg = int(a)
    minutes = (a - deg) * 60
    return f"{deg:0{width}d}{minutes:07.4f},{pos if x >= 0 else neg}"


def _nmea_sum(body: str) -> str:
    c = 0
    for ch in body:
        c ^= ord(ch)
    return f"${body}*{c:02X}"


# (locale, template with {x} the labelled span, value template). lat/lon 4-7 decimals.
GPS_FORMS: list[tuple[str, str, str]] = [
    ("en_US", '{{"type": "Point", "coordinates": [{x}]}}', "{lon6}, {lat6}"),
    ("en_US", '{{"geometry":{{"type":"Point","coordinates":[{x}]}}}}', "{lon5},{lat5}"),
    ("en_US", "geo:{x}", "{lat5},{lon5}"),
    ("en_US", '<a href="geo:{x};u=35">map</a>', "{lat6},{lon6}"),
    ("en_US", "https://www.google.com/maps/@{x},15z", "{lat7},{lon7}"),
    (
        "de_DE",
        "Treffpunkt: https://www.google.de/maps/place/Cafe/@{x},17z/data=!3m1",
        "{lat7},{lon7}",
    ),
    ("en_US", "https://maps.google.com/?q={x}", "{lat6},{lon6}"),
    ("en_US", "https://maps.apple.com/?ll={x}&z=14", "{lat5},{lon5}"),
    ("en_US", "{nmea_gga}", ""),
    ("en_US", "{nmea_rmc}", ""),
    ("en_US", "GET /api/nearby?lat={x}&radius=500", "{lat5}&lon={lon5}"),
    ("en_US", "https://example.com/weather?latitude={x}&units=metric", "{lat4}&longitude={lon4}"),
    ("fr_FR", "Position du véhicule : {x}", "{lat6}, {lon6}"),
    ("es_ES", "Estoy en {x}, ven cuando puedas", "{lat5}, {lon5}"),
    ("en_US", "tracker 7: lat={x} batt=81%", "{lat6} lon={lon6}"),
    ("en_US", '{{"lat": {x}, "acc": 12}}', '{lat6}, "lon": {lon6}'),
    ("en_US", "https://www.openstreetmap.org/?mlat={x}#map=16", "{lat5}&mlon={lon5}"),
    ("de_DE", "Koordinaten (Dezimalgrad): {x}", "{lat5}, {lon5}"),
    ("it_IT", "Mi trovo qui: {x}", "{lat6},{lon6}"),
    ("pt_BR", "minha localização: {x}", "{lat6}, {lon6}"),
]

GPS_NEGATIVES: list[tuple[str, str]] = [
    ("en_US", "UTM 32U 691607 5334760"),
    ("en_US", "UTM zone 33N, E 389571.2 N 5820312.8"),
    ("de_DE", "UTM-Koordinaten: 32U 0691607 5334760"),
    ("en_US", "MGRS 32UPU9160734760"),
    ("en_US", "embedding [0.123456, -0.654321, 0.111111]"),
    ("en_US", "accel x=0.0123 y=-0.9812 z=0.1523"),
    ("en_US", "ratio 3.14159, 2.71828"),
    ("en_US", "bbox width 12.5000, height 48.2500 px"),
    ("en_US", "price 48.1374, discount 11.5755"),
    ("en_US", "load average: 1.52, 1.48, 1.37"),
    ("en_US", "version 48.1374.11"),
    ("en_US", "OSGB grid ref TQ 30080 80430"),
]


# ---------------------------------------------------------------- phones


PHONE_REGIONS = [
    "US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "SE", "PL", "CZ", "PT",
    "BR", "MX", "AR", "TR", "UA", "RU", "IN", "JP", "KR", "CN", "AU", "ZA", "NG", "EG",
    "AE", "IL", "SG", "HK", "IE", "DK", "NO", "FI", "GR", "RO", "HU", "CA",
]  # fmt: skip
REGION_LOCALE = {
    "US": "en_US", "GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT",
    "NL": "nl_NL", "BE": "nl_BE", "CH": "de_CH", "AT": "de_AT", "SE": "sv_SE", "PL": "pl_PL",
    "CZ": "cs_CZ", "PT": "pt_PT", "BR": "pt_BR", "MX": "es_MX", "AR": "es_AR", "TR": "tr_TR",
    "UA": "uk_UA", "RU": "ru_RU", "IN": "hi_IN", "JP": "ja_JP", "KR": "ko_KR", "CN": "zh_CN",
    "AU": "en_AU", "ZA": "en_ZA", "NG": "en_NG", "EG": "ar_EG", "AE": "ar_AE", "IL": "he_IL",
    "SG": "en_SG", "HK": "zh_HK", "IE": "en_IE", "DK": "da_DK", "NO": "no_NO", "FI": "fi_FI",
    "GR": "el_GR", "RO": "ro_RO", "HU": "hu_HU", "CA": "en_CA",
}  # fmt: skip


def phone_number(r: random.Random, region: str) -> Any:
    import phonenumbers as pn

    t = r.choice([pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE])
    ex = pn.example_number_for_type(region, t) or pn.example_number(region)
    nat = str(ex.national_number)
    for _ in range(2000):
        keep = r.randint(2, 4)
        cand = nat[:keep] + _d(r, len(nat) - keep)
        num = pn.parse(f"+{ex.country_code}{cand}")
        if pn.is_valid_number(num) and pn.number_type(num) == pn.number_type(ex):
            return num
    return ex


def phone_text(r: random.Random, num: Any, style: str) -> str:
    import phonenumbers as pn

    intl = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    if style == "intl":
        return intl
    if style == "e164":
        return pn.format_number(num, pn.PhoneNumberFormat.E164)
    if style == "dash":
        return intl.replace(" ", "-", 1 + r.randrange(3)) if "-" not in intl else intl
    if style == "dot":
        return "+" + intl[1:].replace(" ", ".").replace("-", ".")
    if style == "paren":
        cc, rest = intl.split(" ", 1)
        if " " not in rest:
            return intl
        area, tail = rest.split(" ", 1)
        return f"{cc} ({area}) {tail}"
    if style == "00":
        return "00" + intl[1:]
    if style == "tel":
        return pn.format_number(num, pn.PhoneNumberFormat.RFC3966)[len("tel:") :]
    return pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)


# (template, style); {x} the labelled span.
PHONE_FORMS: list[tuple[str, str]] = [
    ("Call me on {x} after 6pm.", "intl"),
    ("Mobile: {x}", "intl"),
    ('<a href="tel:{x}">Call us</a>', "e164"),
    ("[tel:{x}](tel:{x2})", "tel"),
    ("Support hotline {x} (24/7)", "dash"),
    ("contact {x} / office", "dot"),
    ("Phone: {x}", "paren"),
    ("reach us at {x}.", "00"),
    ('{{"phone": "{x}", "verified": true}}', "e164"),
    ("phone={x}&name=x", "e164"),
    ("Tel. {x}", "national"),
    ("Ring {x} if the door is locked", "national"),
    ("WhatsApp {x}", "intl"),
    ("— Anna | {x} | example.com", "intl"),
    ("sms from {x}: your parcel", "e164"),
    ("fax {x}", "dash"),
]

# Extensions and vanity numbers, written out (US, GB, DE), locale, text, labelled value.
PHONE_SPECIAL: list[tuple[str, str, str]] = [
    ("en_US", "Call {x} for billing.", "+1 415-555-0132 ext. 204"),
    ("en_US", "Office: {x}", "(212) 555-0187 x312"),
    ("en_US", "Order flowers at {x} today", "1-800-FLOWERS"),
    ("en_US", "Call {x} now", "1-800-356-9377"),
    ("en_GB", "Switchboard {x}", "+44 20 7946 0958 ext 21"),
    ("en_US", "dial {x} anytime", "1-888-NEW-CARS"),
    ("de_DE", "Zentrale {x}", "+49 89 1234567-0"),
    ("en_US", "tel:{x}", "+1-212-555-0123;ext=45"),
]

PHONE_NEGATIVES: list[tuple[str, str]] = [
    ("en_US", "2025-02-08 10:32:08,306 INFO worker started"),
    ("en_US", "build 2.4.17.3 deployed to 14 nodes"),
    ("en_US", "ISBN 978-3-16-148410-0"),
    ("de_DE", "Bestellnummer 4500123456 vom 12.03.2025"),
    ("en_US", "Invoice #2024-000184 total $1,234.56"),
    ("en_US", "tracking 1Z999AA10123456784"),
    ("en_US", "PO 450012345 approved"),
    ("en_US", "sort code 20-00-00, account 55779911"),
    ("en_US", "lat 48.1374 is not a phone, nor is 1024x768"),
    ("en_US", "epoch 1733520000 ms 1733520000123"),
    ("en_US", "+12.5% vs last year, -3.4% vs plan"),
    ("en_US", "serial no. 5CG1234XYZ / 0800 build"),
]


# ---------------------------------------------------------------- national ids


def cpf(r: random.Random, fmt: bool) -> str:
    from stdnum.br import cpf as m

    while True:
        v = _d(r, 9)
        if len(set(v)) == 1:
            continue
        d1 = (sum(int(c) * w for c, w in zip(v, range(10, 1, -1), strict=True)) * 10) % 11 % 10
        d2 = (
            (sum(int(c) * w for c, w in zip(v + str(d1), range(11, 1, -1), strict=True)) * 10)
            % 11
            % 10
        )
        full = v + str(d1) + str(d2)
        if m.is_valid(full):
            return m.format(full) if fmt else full


def br_pis(r: random.Random) -> str:
    w = (3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
    while True:
        v = _d(r, 10)
        c = 11 - sum(int(a) * b for a, b in zip(v, w, strict=True)) % 11
        c = 0 if c >= 10 else c
        s = v + str(c)
        return f"{s[:3]}.{s[3:8]}.{s[8:10]}-{s[10]}"


def tckn(r: random.Random) -> str:
    from stdnum.tr import tckimlik as m

    while True:
        v = str(r.randint(1, 9)) + _d(r, 8)
        full = v + m.calc_check_digits(v)
        if m.is_valid(full):
            return full


def ua_rntrc(r: random.Random) -> str:
    from stdnum.ua import rntrc as m

    while True:
        v = _d(r, 9)
        full = v + m.calc_check_digit(v)
        if m.is_valid(full):
            return full


def ua_unzr(r: random.Random) -> str:
    y, mo, d = r.randint(1950, 2005), r.randint(1, 12), r.randint(1, 28)
    body = f"{y}{mo:02d}{d:02d}{_d(r, 4)}"
    w = (7, 3, 1) * 5
    c = sum(int(a) * b for a, b in zip(body, w, strict=False)) % 10
    return f"{body[:8]}-{body[8:]}{c}"


def cz_rc(r: random.Random, slash: bool) -> str:
    from stdnum.cz import rc as m

    while True:
        y, mo, d = r.randint(1954, 2005), r.randint(1, 12), r.randint(1, 28)
        mo2 = mo + (50 if r.random() < 0.5 else 0)
        body = f"{y % 100:02d}{mo2:02d}{d:02d}{_d(r, 3)}"
        for c in range(10):
            full = body + str(c)
            if m.is_valid(full):
                return f"{full[:6]}/{full[6:]}" if slash else full


def ssn(r: random.Random, sep: str) -> str:
    while True:
        a, b, c = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        if a != 666:
            return f"{a:03d}{sep}{b:02d}{sep}{c:04d}"


NATID_MAKERS: dict[str, Any] = {
    "cpf": lambda r: cpf(r, True), "cpf_bare": lambda r: cpf(r, False), "pis": br_pis,
    "tckn": tckn, "rntrc": ua_rntrc, "unzr": ua_unzr,
    "rc": lambda r: cz_rc(r, True), "rc_bare": lambda r: cz_rc(r, False),
    "ssn": lambda r: ssn(r, "-"), "ssn_sp": lambda r: ssn(r, " "), "ssn_bare": lambda r: ssn(r, ""),
}  # fmt: skip

# (locale, template, field name in NATID_MAKERS); kind ssn for the ssn* fields.
NATID_FORMS: list[tuple[str, str, str]] = [
    ("pt_BR", "CPF: {x}", "cpf"),
    ("pt_BR", "Meu CPF é {x}, pode conferir", "cpf"),
    ("pt_BR", '{{"nome": "Ana", "cpf": "{x}"}}', "cpf_bare"),
    ("pt_BR", "cpf={x}&nascimento=1990-01-01", "cpf_bare"),
    ("pt_BR", "Nº do PIS/PASEP: {x}", "pis"),
    ("pt_BR", "NIS (PIS) {x}", "pis"),
    ("pt_BR", "Cadastro: CPF nº {x}", "cpf"),
    ("pt_BR", "CPF do titular {x}", "cpf_bare"),
    ("tr_TR", "T.C. Kimlik No: {x}", "tckn"),
    ("tr_TR", "TC kimlik numaram {x}", "tckn"),
    ("tr_TR", '{{"tckn": "{x}", "ad": "Ayşe"}}', "tckn"),
    ("tr_TR", "Kimlik No {x} ile giriş yapıldı", "tckn"),
    ("tr_TR", "TCKN: {x}", "tckn"),
    ("tr_TR", "T.C. No {x}", "tckn"),
    ("uk_UA", "РНОКПП: {x}", "rntrc"),
    ("uk_UA", "Мій ІПН {x}", "rntrc"),
    ("uk_UA", "ідентифікаційний код {x}", "rntrc"),
    ("uk_UA", "податковий номер: {x}", "rntrc"),
    ("uk_UA", "УНЗР {x}", "unzr"),
    ("uk_UA", "Запис № (УНЗР): {x}", "unzr"),
    ("uk_UA", '{{"rnokpp": "{x}"}}', "rntrc"),
    ("uk_UA", "код РНОКПП — {x}", "rntrc"),
    ("cs_CZ", "Rodné číslo: {x}", "rc"),
    ("cs_CZ", "RČ {x}", "rc"),
    ("cs_CZ", "rodne_cislo={x}", "rc_bare"),
    ("cs_CZ", "Moje rodné číslo je {x}.", "rc"),
    ("cs_CZ", "r.č. {x}", "rc"),
    ("cs_CZ", '{{"rodne_cislo": "{x}"}}', "rc_bare"),
    ("en_US", "SSN: {x}", "ssn"),
    ("en_US", "social security number {x}", "ssn"),
    ("en_US", "ssn={x}", "ssn_bare"),
    ("en_US", '{{"ssn": "{x}", "dob": "1980-02-03"}}', "ssn"),
    ("en_US", "My SSN is {x}.", "ssn_sp"),
    ("en_US", "SS# {x}", "ssn"),
    ("en_US", "Employee SSN {x} on file", "ssn"),
    ("en_US", "soc. sec. no.: {x}", "ssn"),
]

NATID_NEGATIVES: list[tuple[str, str]] = [
    ("pt_BR", "Pedido 12345678901 enviado"),
    ("pt_BR", "CNPJ 11.222.333/0001-81 da empresa"),
    ("tr_TR", "Sipariş no 12345678950 kargoda"),
    ("uk_UA", "Замовлення № 3005805431 відправлено"),
    ("cs_CZ", "Objednávka 7360285163 odeslána"),
    ("cs_CZ", "IČO 25596641, DIČ CZ25596641"),
    ("en_US", "SSN: 000-12-3456 is not valid"),
    ("en_US", "ticket 666-12-3456"),
    ("en_US", "part no. 123-45-6789-A"),
    ("en_US", "call 555-12-3456"),
]


# ---------------------------------------------------------------- cards


def card(r: random.Random, kind: str) -> str:
    from stdnum import luhn

    prefix, n = {
        "visa": (r.choice(["4"]), 16), "mc": (r.choice(["51", "53", "55", "2221", "2720"]), 16),
        "amex": (r.choice(["34", "37"]), 15), "diners": (r.choice(["300", "305", "36", "38"]), 14),
        "discover": ("6011", 16), "jcb": ("35" + str(r.randint(28, 89)), 16),
    }[kind]  # fmt: skip
    b = prefix + _d(r, n - len(prefix) - 1)
    return b + luhn.calc_check_digit(b)


def card_group(v: str, sep: str) -> str:
    if len(v) in (14, 15):  # Amex 4-6-5, Diners 4-6-4
        parts = [v[:4], v[4:10], v[10:]]
    else:
        parts = [v[i : i + 4] for i in range(0, len(v), 4)]
    return sep.join(parts)


CARD_FORMS: list[tuple[str, str, str, str]] = [
    ("en_US", "Amex {x} exp 09/28", "amex", " "),
    ("en_US", "Card number: {x}", "amex", "-"),
    ("en_US", "Diners Club {x}", "diners", " "),
    ("fr_FR", "carte Diners n° {x}", "diners", ""),
    ("en_US", "pay with {x} please", "visa", " "),
    ("de_DE", "Kreditkarte {x}, gültig bis 04/27", "mc", "-"),
    ("en_US", '{{"pan": "{x}", "cvv": "***"}}', "visa", ""),
    ("es_ES", "tarjeta {x}", "mc", " "),
    ("en_US", "Discover {x}", "discover", " "),
    ("ja_JP", "カード番号：{x}", "jcb", "-"),
    ("en_US", "cc: {x} cvc 123", "amex", ""),
    ("pt_BR", "cartão {x}", "visa", "-"),
]

CARD_NEGATIVES: list[tuple[str, str]] = [
    ("en_US", "card **** **** **** 4242 charged"),
    ("en_US", "Visa ending in 1881"),
    ("en_US", "paid with XXXX-XXXX-XXXX-0005"),
    ("en_US", "Amex •••• ••••• 10005"),
    ("de_DE", "Karte 4111 11** **** 1111 abgelehnt"),
    ("en_US", "order 4000 1234 5678 9011 shipped"),
    ("en_US", "tracking 9400 1000 0000 0000 0000 00"),
    ("en_US", "card ************1234"),
]


# ---------------------------------------------------------------- e-mail


EMAIL_FORMS: list[tuple[str, str, str]] = [
    ("en_US", "mail me at {x} tomorrow", "anna.meyer+invoices@example.com"),
    ("en_US", "subscribe with {x}", "j.smith+news-2025@mail.example.org"),
    ("de_DE", "Kontakt: {x}", "jörg.weiß@müller-bäckerei.de"),
    ("de_DE", "Schreib an {x}!", "info@bücher-köln.de"),
    ("ru_RU", "почта: {x}", "пользователь@пример.рф"),
    ("zh_CN", "邮箱 {x} 谢谢", "用户@例子.中国"),
    ("en_US", "Reply-To: {x}", '"john doe"@example.com'),
    ("en_US", "odd but valid: {x}", '"j.o.h.n..doe"@example.org'),
    ("en_US", '<a href="mailto:{x}">write</a>', "sales@example.co.uk"),
    ("en_US", "[Mail](mailto:{x}?subject=Hi)", "kim.minjun@example.kr"),
    ("en_US", "From: Anna Meyer <{x}>", "anna.meyer@example.com"),
    ("en_US", "To: <{x}>, Cc: team", "ops-team@corp.example.net"),
    ("en_US", "ping {x}.", "o.petrova@yandex.ru"),
    ("en_US", "({x})", "marco_rossi@libero.it"),
    ("en_US", "EMAIL: {x}", "ANNA.MEYER@EXAMPLE.COM"),
    ("en_US", "my address {x} works", "li.wei88@photos.photography"),
    ("en_US", "punycode {x}", "user@xn--mller-kva.de"),
    ("fr_FR", "écrivez à {x}", "élodie.dupré@exemple.fr"),
    ("en_US", '{{"email":"{x}"}}', "first.last+tag@sub.example.io"),
    ("en_US", "mailto:{x}", "help@example.com"),
]

EMAIL_NEGATIVES: list[tuple[str, str]] = [
    ("en_US", "ship icon@2x.png and logo@3x.webp"),
    ("en_US", "npm i @acme/ui@2.3.1"),
    ("en_US", "pull registry.example.com/api@sha256:abc"),
    ("en_US", "follow @anna_meyer on social"),
    ("en_US", "meet at 10@ the lobby"),
    ("en_US", "decorator @app.route('/x')"),
]


# ---------------------------------------------------------------- build


def _render(
    template: str, fields: dict[str, tuple[str | None, str]]
) -> tuple[str, list[list[Any]]]:
    """Fills {name} fields in order; labelled fields (kind not None) become spans."""
    out: list[str] = []
    spans: list[list[Any]] = []
    pos = 0
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        out.append(literal)
        pos += len(literal)
        if name is None:
            continue
        kind, value = fields[name]
        if kind is not None:
            spans.append([kind, pos, pos + len(value)])
        out.append(value)
        pos += len(value)
    return "".join(out), spans


def _halves(items: list[Any], split: str) -> list[Any]:
    return items[0::2] if split == "dev" else items[1::2]


def build_split(split: str) -> list[dict[str, Any]]:
    r = random.Random(SEEDS[split])
    out: list[dict[str, Any]] = []

    class _Add:
        def __call__(
            self, locale: str, template: str, fields: dict[str, tuple[str | None, str]], family: str
        ) -> None:
            text, spans = _render(template, fields)
            self.rendered(locale, text, spans, family)

        def rendered(self, locale: str, text: str, spans: list[list[Any]], family: str) -> None:
            out.append(
                {"text": text, "locale": locale, "family": family, "split": split, "spans": spans}
            )

    add = _Add()

    for _ in range(3):
        for locale, t in _halves(SECRET_FORMS, split):
            names = [n for _, n, _, _ in string.Formatter().parse(t) if n]
            fields = {n: ("secret", SECRET_MAKERS[n.rstrip("0123456789")](r)) for n in names}
            add(locale, t, fields, "secret")
    for locale, t in _halves(SECRET_NEGATIVES, split) * 2:
        fill = _neg_fill(r)
        names = [n for _, n, _, _ in string.Formatter().parse(t) if n]
        add(locale, t, {n: (None, fill[n]) for n in names}, "secret_neg")

    for _ in range(4):
        for locale, t, form in _halves(GPS_FORMS, split):
            lat, lon = _lat_lon(r)
            if t in ("{nmea_gga}", "{nmea_rmc}"):
                la, lo = _nmea(lat, "N", "S", 2), _nmea(lon, "E", "W", 3)
                hh = f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}.00"
                if t == "{nmea_gga}":
                    body = f"GPGGA,{hh},{la},{lo},1,08,0.9,{r.randint(10, 900)}.4,M,46.9,M,,"
                else:
                    body = f"GPRMC,{hh},A,{la},{lo},0.13,309.62,120598,,,A"
                line = _nmea_sum(body)
                i = line.index(la)
                value = line[i : i + len(la) + 1 + len(lo)]
                add(locale, line[:i] + "{x}" + line[i + len(value) :], {"x": ("gps", value)}, "gps")
                continue
            vals = {
                f"{k}{n}": f"{v:.{n}f}"
                for k, v in (("lat", lat), ("lon", lon))
                for n in (4, 5, 6, 7)
            }
            add(locale, t, {"x": ("gps", form.format(**vals))}, "gps")
    for locale, t in _halves(GPS_NEGATIVES, split) * 2:
        add(locale, t, {}, "gps_neg")

    regions = _halves(PHONE_REGIONS, split)
    for k in range(2):
        for j, (t, style) in enumerate(_halves(PHONE_FORMS, split)):
            region = regions[(j * 3 + k * 7) % len(regions)]
            num = phone_number(r, region)
            if style == "national":
                hint = REGION_LOCALE[region]
            else:
                hint = REGION_LOCALE[region] if r.random() < 0.5 else "en_US"
            v = phone_text(r, num, style)
            fields: dict[str, tuple[str | None, str]] = {"x": ("phone", v)}
            if "{x2}" in t:
                fields["x2"] = ("phone", v)
            add(hint, t, fields, "phone")
    for region in regions:
        num = phone_number(r, region)
        t = r.choice(["Tel: {x}", "{x}", "call {x}", "Kontakt {x}."])
        add(
            REGION_LOCALE[region],
            t,
            {"x": ("phone", phone_text(r, num, r.choice(["intl", "e164", "national"])))},
            "phone",
        )
    for locale, t, v in _halves(PHONE_SPECIAL, split):
        add(locale, t, {"x": ("phone", v)}, "phone")
    for locale, t in _halves(PHONE_NEGATIVES, split):
        add(locale, t, {}, "phone_neg")

    for _ in range(3):
        for locale, t, field in _halves(NATID_FORMS, split):
            kind = "ssn" if field.startswith("ssn") else "national_id"
            add(locale, t, {"x": (kind, NATID_MAKERS[field](r))}, "national_id")
    for locale, t in _halves(NATID_NEGATIVES, split):
        add(locale, t, {}, "national_id_neg")

    for _ in range(3):
        for locale, t, kind, sep in _halves(CARD_FORMS, split):
            add(
                locale,
                t,
                {"x": ("card", card_group(card(r, kind), sep) if sep else card(r, kind))},
                "card",
            )
    for locale, t in _halves(CARD_NEGATIVES, split):
        add(locale, t, {}, "card_neg")

    for locale, t, v in _halves(EMAIL_FORMS, split):
        add(locale, t, {"x": ("email", v)}, "email")
    for locale, t in _halves(EMAIL_NEGATIVES, split):
        add(locale, t, {}, "email_neg")
    _batch2(r, split, add)
    _batch3(r, split, add)
    _batch4(r, split, add)
    _batch5(r, split, add)
    return out


# ---------------------------------------------------------------- second batch
# Written after the first batch's dev half was fixed, scored once before its own fixes
# (figures in docs/privacy_sets.md). Same alternation: dev, held, dev, held ...


def npm_token(r: random.Random) -> str:
    return "npm_" + _s(r, 36)


def gitlab_token(r: random.Random) -> str:
    return "glpat-" + _s(r, 20, ALNUM + "_-")


def sendgrid_key(r: random.Random) -> str:
    return "SG." + _s(r, 22, ALNUM + "_-") + "." + _s(r, 43, ALNUM + "_-")


def openai_key(r: random.Random) -> str:
    return "sk-proj-" + _s(r, 48, ALNUM + "_-")


def k8s_b64(r: random.Random) -> str:
    return base64.b64encode(password(r).encode()).decode()


SECRET_MAKERS.update(
    {
        "npm": npm_token,
        "glpat": gitlab_token,
        "sg": sendgrid_key,
        "oai": openai_key,
        "b64pw": k8s_b64,
    }
)

SECRET_FORMS_B: list[tuple[str, str]] = [
    ("en_US", "//registry.npmjs.org/:_authToken={npm}"),
    ("en_US", "[pypi]\nusername = __token__\npassword = {pw}"),
    ("en_US", 'resource "aws_db_instance" "db" {{\n  username = "admin"\n  password = "{pw}"\n}}'),
    ("en_US", "spring.datasource.password={pw}"),
    ("en_US", "define('DB_PASSWORD', '{pw}');"),
    ("en_US", "environment:\n  - MYSQL_PASSWORD={pw}\n  - MYSQL_USER=shop"),
    ("en_US", "git remote set-url origin https://oauth2:{glpat}@gitlab.example.com/team/app.git"),
    ("en_US", "GITLAB_TOKEN: {glpat}"),
    ("en_US", "SENDGRID_API_KEY={sg}"),
    ("en_US", "sg.api_key = '{sg}'"),
    ("en_US", "export OPENAI_API_KEY={oai}"),
    ("en_US", 'client = OpenAI(api_key="{oai}")'),
    ("en_US", "apiVersion: v1\nkind: Secret\ndata:\n  password: {b64pw}\n"),
    ("en_US", "sqlcmd -S tcp:db,1433 -U sa -P '{pw}' -Q \"SELECT 1\""),
    ("en_US", "MONGO_URI=mongodb+srv://admin:{pw}@cluster0.abcde.mongodb.net/prod"),
    ("en_US", "Authorization: token {ghp}"),
    ("de_DE", "WLAN: Gast, Passwort für das WLAN: {pw}"),
    ("fr_FR", "Voici le mdp du wifi : {pw}"),
    ("en_US", "my wifi pw is {pw} lol"),
    ("es_ES", "Te paso la clave: {pw}"),
    ("en_US", "access key {aws} secret {aws_secret} region eu-west-1"),
    ("pt_BR", "o token do bot é {slack}"),
    ("en_US", "x-api-key: {google}"),
    ("en_US", "headers = {{'Authorization': 'Bearer {jwt}'}}"),
]

SECRET_NEGATIVES_B: list[tuple[str, str]] = [
    ("en_US", "password_hash: $2b$12$" + "R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"),
    ("en_US", '{{"sha": "{sha1}", "url": "https://api.github.com/repos/a/b/git/commits"}}'),
    ("en_US", "Content-Security-Policy: script-src 'self' 'sha256-{sshfp}='"),
    ("en_US", "x-amz-request-id: {hex16} x-amz-id-2: {sshfp}"),
    ("en_US", '"applicationServerKey": "B{sshfp}{hex16}"'),
    ("en_US", "STRIPE_PUBLISHABLE_KEY=pk_live_{hex32}"),
    ("en_US", "OPENAI_API_KEY=sk-..."),
    ("en_US", 'password: "{{{{ vault_db_password }}}}"'),
    ("en_US", "PASSWORD=${{PASSWORD:-changeme}}"),
    ("en_US", "password: '%(db_password)s'"),
    ("en_US", "oid sha256:{sha256}\nsize 1048576"),
    ("en_US", "token: <TOKEN>"),
    ("en_US", "api_key: REPLACE_ME"),
    ("en_US", "client_secret=your_client_secret"),
    ("en_US", "Your password must contain at least one digit."),
    ("en_US", "public_key: {sshfp}"),
]

GPS_FORMS_B: list[tuple[str, str, str]] = [
    (
        "en_US",
        "<Placemark><Point><coordinates>{x},0</coordinates></Point></Placemark>",
        "{lon6},{lat6}",
    ),
    ("en_US", '<trkpt lat="{x}"><ele>512</ele></trkpt>', '{lat7}" lon="{lon7}'),
    ("en_US", "https://waze.com/ul?ll={x}&navigate=yes", "{lat5},{lon5}"),
    ("en_US", "https://www.bing.com/maps?cp={x}&lvl=15", "{lat5}~{lon5}"),
    ("en_US", "Location[fused {x} hAcc=12 et=+2h1m]", "{lat6},{lon6}"),
    ("en_US", "didUpdateLocations: <{x}> +/- 5.00m", "{slat8},{slon8}"),
    (
        "en_US",
        "SELECT * FROM shops WHERE geom = ST_SetSRID(ST_MakePoint({x}), 4326)",
        "{lon6}, {lat6}",
    ),
    ("en_US", "INSERT INTO visits VALUES ('POINT({x})')", "{lon6} {lat6}"),
    ("en_US", "position: {{ latitude: {x} }}", "{lat6}, longitude: {lon6}"),
    ("de_DE", "GPS-Position: {x}", "{lat6}, {lon6}"),
    ("en_US", "loc={x}&t=1712345678", "{lat5},{lon5}"),
    ("en_US", '"location": {{"lat": {x}}}', '{lat6}, "lng": {lon6}'),
]

GPS_NEGATIVES_B: list[tuple[str, str]] = [
    ("en_US", "transform: translate(12.3456px, 45.6789px)"),
    ("en_US", "what3words ///filled.count.soap"),
    ("en_US", "POINT(3 4) is a test geometry"),
    ("en_US", "scale(1.2345, 0.9876)"),
    ("en_US", "weights: 0.2500, 0.7500"),
    ("en_US", "pH 7.4512, 7.3980 across the samples"),
]


def sp_rg(r: random.Random) -> str:
    d = _d(r, 8)
    c = sum(int(a) * w for a, w in zip(d, range(2, 10), strict=True)) % 11
    check = "X" if c == 10 else str(c)
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}-{check}"


NATID_MAKERS.update({"rg": sp_rg, "ua_idcard": lambda r: _d(r, 9), "cz_op": lambda r: _d(r, 9)})

NATID_FORMS_B: list[tuple[str, str, str]] = [
    ("pt_BR", "inscrito no CPF sob o nº {x}, residente", "cpf"),
    ("pt_BR", "RG: {x} SSP/SP", "rg"),
    ("pt_BR", "CPF/MF {x}", "cpf"),
    ("pt_BR", "Identidade (RG) {x}", "rg"),
    ("tr_TR", "Kimlik numarası: {x}", "tckn"),
    ("tr_TR", "TC: {x}", "tckn"),
    ("uk_UA", "паспорт (ID-картка) № {x}", "ua_idcard"),
    ("uk_UA", "РНОКПП/ІПН {x}", "rntrc"),
    ("cs_CZ", "číslo OP: {x}", "cz_op"),
    ("cs_CZ", "narozen 12. 3. 1985, r. č. {x}", "rc"),
    ("cs_CZ", "Rodné č.: {x}", "rc"),
    ("cs_CZ", "RČ: {x}", "rc_bare"),
    ("en_US", "SSN (last 4 + full): {x}", "ssn"),
    ("en_US", "taxpayer SSN {x}", "ssn_bare"),
]

NATID_NEGATIVES_B: list[tuple[str, str]] = [
    ("pt_BR", "Protocolo 20250314-00123 registrado"),
    ("cs_CZ", "Číslo účtu 123456/0800"),
    ("uk_UA", "Номер рахунку 2600512345678"),
    ("tr_TR", "Fatura no: 98765432101"),
]

CARD_FORMS_B: list[tuple[str, str, str, str]] = [
    ("en_US", '{{"card_number":"{x}","exp":"12/27"}}', "mc", ""),
    ("en_US", "Paid with card {x}.", "visa", " "),
    ("en_US", "AMEX: {x}", "amex", ""),
    ("de_DE", "Karte: {x} (Diners)", "diners", "-"),
    ("zh_CN", "银行卡号{x}，请核对", "visa", " "),
    ("en_US", "card={x}&cvv=123", "discover", ""),
]

CARD_NEGATIVES_B: list[tuple[str, str]] = [
    ("en_US", "IMEI 490154203237518 registered"),
    ("en_US", "ICCID 8944 1234 5678 9012 347"),
    ("en_US", "Visa **** 4242 (exp 12/27)"),
    ("en_US", "card ending with 0005 was declined"),
]

EMAIL_FORMS_B: list[tuple[str, str, str]] = [
    ("en_GB", "write to {x}, thanks", "siobhan.o'brien@example.ie"),
    ("en_US", "<mailto:{x}>", "press@example.museum"),
    ("en_US", "GET /subscribe?email={x}&list=7", "anna.meyer%40example.com"),
    ("de_DE", "E-Mail {x}.", "ANNA@MÜLLER.DE"),
    ("zh_CN", "邮箱：{x}。", "zhang.wei@163.com"),
    ("en_US", "cc: {x}; bcc: none", "team-lead@dept.example.gov.uk"),
    ("ja_JP", "メール:{x}", "tanaka_taro@example.co.jp"),
    ("en_US", '"{x}" <{x2}>', "Anna Meyer"),
]

EMAIL_NEGATIVES_B: list[tuple[str, str]] = [
    ("en_US", "git@github.com:acme/app.git"),
    ("en_US", "user@localhost"),
    ("en_US", "price: 3 @ $4.99"),
    ("en_US", "@media screen and (max-width: 600px)"),
]


def _batch2(r: random.Random, split: str, add: Any) -> None:
    for _ in range(2):
        for locale, t in _halves(SECRET_FORMS_B, split):
            names = [n for _, n, _, _ in string.Formatter().parse(t) if n]
            fields = {n: ("secret", SECRET_MAKERS[n.rstrip("0123456789")](r)) for n in names}
            add(locale, t, fields, "b2:secret")
    for locale, t in _halves(SECRET_NEGATIVES_B, split) * 2:
        fill = _neg_fill(r)
        names = [n for _, n, _, _ in string.Formatter().parse(t) if n]
        add(locale, t, {n: (None, fill[n]) for n in names}, "b2:secret_neg")
    for _ in range(3):
        for locale, t, form in _halves(GPS_FORMS_B, split):
            lat, lon = _lat_lon(r)
            vals = {
                f"{k}{n}": f"{v:.{n}f}"
                for k, v in (("lat", lat), ("lon", lon))
                for n in (4, 5, 6, 7)
            }
            vals |= {"slat8": f"{lat:+.8f}", "slon8": f"{lon:+.8f}"}
            add(locale, t, {"x": ("gps", form.format(**vals))}, "b2:gps")
    for locale, t in _halves(GPS_NEGATIVES_B, split):
        add(locale, t, {}, "b2:gps_neg")
    regions = _halves(PHONE_REGIONS, split)
    for j, region in enumerate(regions):
        num = phone_number(r, region)
        import phonenumbers as pn

        intl = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
        nat = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
        style = j % 4
        if style == 0 and nat.startswith("0") and " " in intl:
            cc, rest = intl.split(" ", 1)
            v = f"{cc} (0){rest}"  # "+44 (0)20 7946 0958"
        elif style == 1:
            v = intl.replace(" ", "\u00a0")  # no-break spaces from a web page
        elif style == 2:
            v = nat
        else:
            v = "+" + intl[1:].replace(" ", "-")
        t = ["Tel.: {x}", "Mobil {x}", "call me {x} pls", "Phone / WhatsApp: {x}"][j % 4]
        add(REGION_LOCALE[region], t, {"x": ("phone", v)}, "b2:phone")
    for _ in range(2):
        for locale, t, field in _halves(NATID_FORMS_B, split):
            kind = "ssn" if field.startswith("ssn") else "national_id"
            add(locale, t, {"x": (kind, NATID_MAKERS[field](r))}, "b2:national_id")
    for locale, t in _halves(NATID_NEGATIVES_B, split):
        add(locale, t, {}, "b2:national_id_neg")
    for _ in range(2):
        for locale, t, kind, sep in _halves(CARD_FORMS_B, split):
            add(
                locale,
                t,
                {"x": ("card", card_group(card(r, kind), sep) if sep else card(r, kind))},
                "b2:card",
            )
    for locale, t in _halves(CARD_NEGATIVES_B, split):
        add(locale, t, {}, "b2:card_neg")
    for locale, t, v in _halves(EMAIL_FORMS_B, split):
        if "{x2}" in t:
            add(locale, t, {"x": (None, v), "x2": ("email", "anna.meyer@example.com")}, "b2:email")
        else:
            add(locale, t, {"x": ("email", v)}, "b2:email")
    for locale, t in _halves(EMAIL_NEGATIVES_B, split):
        add(locale, t, {}, "b2:email_neg")


# ---------------------------------------------------------------- third batch
# Mixed texts (log lines, chats, config files, signatures) with several kinds each, the
# values followed by the punctuation real text puts after them. Fields name their maker:
# {pw}, {jwt} ... as above; {ip} an IPv4 address; {lat6}/{lon6} coordinates (a pair is one
# span from the first number to the last); {ph_XX} a phone of region XX in international
# form, {phn_XX} in national form; {hex32} a hex key.


def _ipv4(r: random.Random) -> str:
    return f"{r.choice([10, 172, 192, 85, 203])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


MIXED: list[tuple[str, str]] = [
    ("en_US", "2025-03-14T10:22:08Z DEBUG auth ok user=anna token={jwt} ip={ip}"),
    ("en_US", "[WARN] retrying with api_key={google} (attempt 2/3)"),
    ("en_US", '{{\n  "user": "svc",\n  "password": "{pw}",\n  "host": "{ip}"\n}}'),
    ("en_US", "Password:{pw}"),
    ("en_US", "pw is {pw} (capital first letter)"),
    ("en_US", "here u go: user admin / pass {pw}"),
    ("en_US", 'network={{\n  ssid="HomeNet"\n  psk="{pw}"\n}}'),
    ("en_US", "wifi: HomeNet, pass: {pw}."),
    ("en_US", "[database]\nhost = {ip}\npassword = {pw}\n"),
    ("en_US", "password: '{pw}'  # rotate monthly"),
    ("en_US", 'SECRET_KEY="{pw}"'),
    ("en_US", "Authorization=Bearer {jwt}; path=/"),
    ("en_US", "X-Api-Key: {hex32}"),
    ("en_US", '{{"session_token": "{hex32}", "uid": 42}}'),
    ("de_DE", "Hallo, das Passwort ist {pw}, bitte nicht weitergeben!"),
    ("fr_FR", "Ton mot de passe temporaire : {pw} (à changer)"),
    ("es_ES", "Mi contraseña es {pw}; no la compartas."),
    ("it_IT", "La password del wifi è {pw}!"),
    ("nl_NL", "Het wachtwoord is {pw}."),
    ("pl_PL", "Hasło do routera: {pw}"),
    ("tr_TR", "Şifre: {pw}"),
    ("uk_UA", "Пароль від wifi: {pw}"),
    ("cs_CZ", "Heslo k wifi je {pw}."),
    ("pt_BR", "Senha provisória: {pw} (troque no primeiro acesso)"),
    ("en_US", "GPS fix: lat={lat6}, lon={lon6}, alt=519m"),
    ("en_US", '{{"pos":{{"lat":{lat4},"lon":{lon4}}},"spd":0}}'),
    ("en_US", "device 7 location={lat6},{lon6} battery=81%"),
    ("en_US", "gps:{lat6};{lon6}"),
    ("en_US", "meet me here ({lat5}, {lon5}) at 6"),
    ("en_US", "lat/lng: {lat5}/{lon5}"),
    ("ru_RU", "Координаты точки: широта {lat5} долгота {lon5}"),
    ("ja_JP", "緯度{lat4} 経度{lon4}"),
    ("en_US", "Reach me on {ph_GB} or {ph_US} (office)"),
    ("de_DE", "Tel.: {phn_DE} | Fax: {phn_DE2}"),
    ("fr_FR", "Appelez-moi au {phn_FR}, merci"),
    ("es_ES", "Mi móvil: {phn_ES}."),
    ("it_IT", "cell. {phn_IT}"),
    ("pt_BR", "WhatsApp: {phn_BR}"),
    ("tr_TR", "Cep: {phn_TR}"),
    ("uk_UA", "Мобільний: {phn_UA}"),
    ("cs_CZ", "Tel. č.: {phn_CZ}"),
    ("ja_JP", "電話番号：{phn_JP}"),
]

MIXED_NEGATIVES: list[tuple[str, str]] = [
    ("en_US", "temp=21.4567, hum=45.1234, pressure=1013.25"),
    ("en_US", "build 4.18.2-rc1 sha {hex32} deployed to 12 pods"),
    ("en_US", "request {uuid} took 183 ms, status 200"),
    ("en_US", "cache key {hex32} evicted"),
    ("en_US", "session expired, please log in again"),
    ("en_US", "Token refresh failed: 401 Unauthorized"),
    ("en_US", "order 4500123456 paid 129.99 EUR on 2025-03-14"),
    ("en_US", "SKU 7612345678901, lot 24B17, exp 2026-01"),
]


def _mixed_field(r: random.Random, name: str, lat: float, lon: float) -> tuple[str | None, str]:
    import phonenumbers as pn

    if name.startswith(("ph_", "phn_")):
        num = phone_number(r, name.split("_")[1][:2])
        fmt = (
            pn.PhoneNumberFormat.INTERNATIONAL
            if name.startswith("ph_")
            else pn.PhoneNumberFormat.NATIONAL
        )
        return "phone", pn.format_number(num, fmt)
    if name == "ip":
        return "ipv4", _ipv4(r)
    if name == "hex32":
        return "secret", _s(r, 32, "0123456789abcdef")
    if name[:3] in ("lat", "lon"):
        v = lat if name.startswith("lat") else lon
        return "gps", f"{v:.{int(name[3:])}f}"
    return "secret", SECRET_MAKERS[name](r)


def _batch3(r: random.Random, split: str, add: Any) -> None:
    for _ in range(2):
        for locale, t in _halves(MIXED, split):
            lat, lon = _lat_lon(r)
            names = [n for _, n, _, _ in string.Formatter().parse(t) if n]
            text, spans = _render(t, {n: _mixed_field(r, n, lat, lon) for n in names})
            gps = [sp for sp in spans if sp[0] == "gps"]
            if gps:
                spans = [sp for sp in spans if sp[0] != "gps"] + [["gps", gps[0][1], gps[-1][2]]]
                spans.sort(key=lambda sp: sp[1])
            add.rendered(locale, text, spans, "b3:mixed")
    for locale, t in _halves(MIXED_NEGATIVES, split) * 2:
        fill = _neg_fill(r)
        names = [n for _, n, _, _ in string.Formatter().parse(t) if n]
        add(locale, t, {n: (None, fill[n]) for n in names}, "b3:neg")


# ---------------------------------------------------------------- fourth batch
# International numbers of every region phonenumbers knows, written with the separators
# people use (spaces, dashes, dots, slashes, parentheses around the area code, no-break
# spaces), after a neutral word, with a locale hint that is not the number's country.

_SEPARATED_STYLES = ("intl", "dash", "dot", "paren", "e164", "slash")


def _every_region_phone(r: random.Random, region: str) -> str:
    import phonenumbers as pn

    num = phone_number(r, region)
    style = r.choice(_SEPARATED_STYLES)
    if style == "slash":
        intl = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
        cc, _, rest = intl.partition(" ")
        return f"{cc} {rest.replace(' ', '/', 1)}" if " " in rest else intl
    return phone_text(r, num, style)


def _batch4(r: random.Random, split: str, add: Any) -> None:
    import phonenumbers as pn

    regions = sorted(pn.SUPPORTED_REGIONS)
    frames = ["Contact: {x}", "{x}", "call {x} please", "number {x}.", "tel {x} (mobile)"]
    for region in _halves(regions, split):
        v = _every_region_phone(r, region)
        locale = r.choice(["en_US", "de_DE", "fr_FR", "ja_JP"])
        add(locale, r.choice(frames), {"x": ("phone", v)}, "b4:phone")


# ---------------------------------------------------------------- fifth batch
# Values inside text of other scripts (Japanese, Chinese, Korean, Arabic, Hindi, Greek,
# Russian): glued to the words around them, after the script's own cues, and written in
# its digits (Arabic-Indic, Devanagari, fullwidth) where people do so.

_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")
_FULLWIDTH = str.maketrans("0123456789-", "".join(chr(0xFF10 + i) for i in range(10)) + "\uff0d")

# (locale, template, kind, maker); makers below; "{x}" the labelled value.
SCRIPT_FORMS: list[tuple[str, str, str, str]] = [
    ("ja_JP", "パスワード：{x}です", "secret", "pw"),
    ("zh_CN", "密码是{x}。", "secret", "pw"),
    ("ko_KR", "비밀번호는 {x}입니다", "secret", "pw"),
    ("ar_EG", "كلمة المرور: {x}", "secret", "pw"),
    ("hi_IN", "पासवर्ड: {x} है", "secret", "pw"),
    ("el_GR", "Ο κωδικός είναι {x}", "secret", "pw"),
    ("ru_RU", "Пароль: {x}", "secret", "pw"),
    ("ja_JP", "APIキー：{x}", "secret", "google"),
    ("zh_CN", "API密钥：{x}", "secret", "stripe"),
    ("ko_KR", "토큰: {x}", "secret", "ghp"),
    ("ja_JP", "位置：{x}", "gps", "latlon"),
    ("ko_KR", "위치: {x}", "gps", "latlon"),
    ("ar_EG", "الموقع: {x}", "gps", "latlon"),
    ("hi_IN", "स्थान: {x}", "gps", "latlon"),
    ("el_GR", "Τοποθεσία: {x}", "gps", "latlon"),
    ("zh_CN", "坐标{x}附近", "gps", "latlon"),
    ("ja_JP", "電話：{x}", "phone", "JP"),
    ("zh_CN", "手机：{x}", "phone", "CN"),
    ("ko_KR", "전화 {x}로 연락주세요", "phone", "KR"),
    ("ar_EG", "هاتف: {x}", "phone", "EG"),
    ("ar_EG", "رقم الموبايل {x}", "phone", "EG_ar"),
    ("hi_IN", "फ़ोन: {x}", "phone", "IN"),
    ("hi_IN", "मोबाइल नंबर {x}", "phone", "IN_dev"),
    ("ja_JP", "携帯{x}まで", "phone", "JP_fw"),
    ("el_GR", "τηλ. {x}", "phone", "GR"),
    ("ru_RU", "Тел.: {x}", "phone", "RU"),
    ("ko_KR", "메일: {x}입니다", "email", "mail"),
    ("zh_CN", "邮箱：{x}，谢谢", "email", "mail"),
    ("ar_EG", "البريد الإلكتروني: {x}", "email", "mail"),
    ("ja_JP", "カード番号：{x}", "card", "card_fw"),
    ("zh_CN", "卡号{x}", "card", "card"),
    ("ar_EG", "رقم البطاقة {x}", "card", "card_ar"),
]


def _script_value(r: random.Random, maker: str) -> str:
    import phonenumbers as pn

    if maker in SECRET_MAKERS:
        return str(SECRET_MAKERS[maker](r))
    if maker == "latlon":
        lat, lon = _lat_lon(r)
        return f"{lat:.5f}, {lon:.5f}"
    if maker == "mail":
        return (
            r.choice(["kim.minjun", "wang_wei", "ahmed.hassan", "tanaka"])
            + "@"
            + r.choice(["naver.com", "qq.com", "example.com", "yahoo.co.jp"])
        )
    if maker.startswith("card"):
        v = card_group(card(r, "visa"), " ")
        if maker == "card_fw":
            return v.translate(_FULLWIDTH)
        return v.translate(_ARABIC_DIGITS) if maker == "card_ar" else v
    region = maker.split("_")[0]
    v = pn.format_number(phone_number(r, region), pn.PhoneNumberFormat.NATIONAL)
    if maker.endswith("_ar"):
        return v.translate(_ARABIC_DIGITS)
    if maker.endswith("_dev"):
        return v.translate(_DEVANAGARI_DIGITS)
    if maker.endswith("_fw"):
        return v.translate(_FULLWIDTH)
    return v


def _batch5(r: random.Random, split: str, add: Any) -> None:
    for _ in range(2):
        for locale, t, kind, maker in _halves(SCRIPT_FORMS, split):
            add(locale, t, {"x": (kind, _script_value(r, maker))}, "b5:" + kind)


def build() -> list[dict[str, Any]]:
    return build_split("dev") + build_split("held")


def score(
    data: list[dict[str, Any]],
    *,
    full: bool,
    show: int,
    repo: str | None = None,
    smallest: bool = False,
) -> dict[str, Counter[str]]:
    sys.path.insert(0, repo or str(Path(__file__).resolve().parents[2]))
    from hybridsdk.routing._detectors import PiiScanner

    scanner = (
        PiiScanner(ner=False, use_phonenumbers=False)
        if smallest
        else PiiScanner(ner=None if full else False)
    )
    per: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[str] = []
    for item in data:
        text = item["text"]
        truth = {tuple(s) for s in item["spans"]}
        found = {(f.kind.value, f.start, f.end) for f in scanner.scan(text, locale=item["locale"])}
        found = {f for f in found if f[0] in STRUCTURED}
        for f in found:
            per[f[0]]["tp" if f in truth else "fp"] += 1
            if f not in truth:
                errors.append(f"FP {f[0]:11} {text[f[1] : f[2]]!r:44} in {text!r}")
        for t in truth - found:
            per[t[0]]["fn"] += 1
            errors.append(f"FN {t[0]:11} {text[t[1] : t[2]]!r:44} in {text!r}")
    for kind in sorted(per):
        c = per[kind]
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        p = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        print(f"{kind:12} P {p:.3f}  R {rec:.3f}  (tp {tp} fp {fp} fn {fn})")
    for e in errors[:show]:
        print(e)
    return per


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--split", choices=["dev", "held", "all"], default="dev")
    ap.add_argument("--full", action="store_true", help="with the tagger (slower)")
    ap.add_argument("--smallest", action="store_true", help="no tagger, no phonenumbers")
    ap.add_argument("--show", type=int, default=60, help="errors to print")
    ap.add_argument("--check", action="store_true", help="regenerate and compare")
    ap.add_argument("--repo", help="score the scanner of another checkout (e.g. main)")
    ap.add_argument(
        "--batch", default="all", help="template batches: all, or a list such as 1,2,3,4"
    )
    args = ap.parse_args()
    data = build()
    if args.score:
        pick = data if args.split == "all" else [d for d in data if d["split"] == args.split]
        if args.batch != "all":
            tags = {"1": "", "2": "b2:", "3": "b3:", "4": "b4:", "5": "b5:"}
            wanted = {tags[b] for b in args.batch.split(",")}
            pick = [
                d
                for d in pick
                if d["family"].split(":")[0] + ":" in wanted
                or (":" not in d["family"] and "" in wanted)
            ]
        print(f"{len(pick)} texts ({args.split})")
        score(pick, full=args.full, show=args.show, repo=args.repo, smallest=args.smallest)
        return
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in data)
    if args.check:
        ok = OUT.read_text("utf-8") == lines
        print("same" if ok else "differs")
        sys.exit(0 if ok else 1)
    OUT.write_text(lines, "utf-8")
    print(f"{len(data)} texts -> {OUT}")


if __name__ == "__main__":
    main()
