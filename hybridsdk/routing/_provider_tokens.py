"""Credentials whose format gives them away: a provider's prefix, a JWT, a PEM private key.

    ghp_... github_pat_... glpat-... xoxb-... sk_live_... sk-proj-... AIza... AKIA...
    hf_... npm_... pypi-AgEI... SG.x.y shpat_... dop_v1_... hvs.... ya29.... eyJ...

These need no cue: a prefix that long and that specific does not occur in prose. Each
pattern runs only when its literal prefix is in the text, and one search for all the
prefixes at once tells a text with none of them. Every pattern is a fixed prefix and one or
a few character classes with bounded repeats: linear on any input.

Formats follow the providers' documentation as collected by secret scanners (gitleaks'
rules, for one): prefix, alphabet and length. Lengths are lower bounds where providers
have lengthened tokens over time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["provider_tokens"]

_B = r"(?<![A-Za-z0-9_-])"  # not inside a longer token
_E = r"(?![A-Za-z0-9_-])"
_B64 = r"[A-Za-z0-9_-]"

# (name, substrings of which one must be in the text, pattern)
_TABLE: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "pem_private_key",
        ("PRIVATE KEY-----",),
        r"-----BEGIN (?P<alg>(?:[A-Z0-9]+ )*)PRIVATE KEY-----"
        r"(?:(?s:.*?)-----END (?P=alg)PRIVATE KEY-----|(?s:.*)\Z)",
    ),
    (
        "aws_access_key",
        ("AKIA", "ASIA", "ABIA", "ACCA", "A3T"),
        r"(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[0-9A-Z]{16}(?![A-Za-z0-9])",
    ),
    (
        "github_token",
        ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
        r"(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,255}(?![A-Za-z0-9_])",
    ),
    (
        "github_pat",
        ("github_pat_",),
        r"(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,255}(?![A-Za-z0-9_])",
    ),
    # GitLab: personal, pipeline-trigger, runner, deploy, feed, OAuth, CI-build tokens
    (
        "gitlab_token",
        (
            "glpat-",
            "glptt-",
            "glrt-",
            "gldt-",
            "glft-",
            "glsoat-",
            "glcbt-",
            "glimt-",
            "glagent-",
            "gloas-",
            "GR1348941",
        ),
        _B + r"(?:gl(?:pat|ptt|rt|dt|ft|soat|cbt|imt|agent|oas)-|GR1348941)" + _B64 + r"{20,300}"
        r"(?:\.[0-9a-z]{9})?" + _E,
    ),
    (
        "slack_token",
        ("xox",),
        r"(?<![A-Za-z0-9_-])xox[bpaerso]-[A-Za-z0-9-]{10,250}(?![A-Za-z0-9_-])",
    ),
    ("slack_app_token", ("xapp-",), _B + r"xapp-\d-[A-Z0-9]{9,}-\d{6,}-[a-f0-9]{32,}" + _E),
    (
        "slack_webhook",
        ("hooks.slack.com",),
        r"hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9+/_-]{20,150}",
    ),
    (
        "stripe_key",
        ("k_live_", "k_test_", "whsec_"),
        r"(?<![A-Za-z0-9_])(?:[sr]k_(?:live|test)_|whsec_)[A-Za-z0-9]{16,247}(?![A-Za-z0-9_])",
    ),
    ("google_api_key", ("AIza",), r"(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])"),
    (
        "google_oauth",
        ("ya29.", "GOCSPX-"),
        _B + r"(?:ya29\.[0-9A-Za-z_-]{20,}|GOCSPX-" + _B64 + r"{28})" + _E,
    ),
    (
        "openai_key",
        ("sk-",),
        r"(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_-]{20,250}"
        r"(?![A-Za-z0-9_-])",
    ),
    ("huggingface_token", ("hf_", "api_org_"), _B + r"(?:hf_|api_org_)[A-Za-z]{34}" + _E),
    ("npm_token", ("npm_",), _B + r"npm_[A-Za-z0-9]{36}" + _E),
    ("pypi_token", ("pypi-",), _B + r"pypi-AgE[A-Za-z0-9_-]{50,}" + _E),
    ("sendgrid_key", ("SG.",), _B + r"SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}" + _E),
    ("twilio_key", ("SK",), r"(?<![A-Za-z0-9_-])SK[0-9a-fA-F]{32}(?![A-Za-z0-9_-])"),
    ("mailgun_key", ("key-",), _B + r"key-[0-9a-f]{32}" + _E),
    ("shopify_token", ("shp",), _B + r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}" + _E),
    ("digitalocean_token", ("_v1_",), _B + r"do[opr]_v1_[a-f0-9]{64}" + _E),
    ("databricks_token", ("dapi",), _B + r"dapi[a-f0-9]{32}(?:-\d)?" + _E),
    (
        "hashicorp_token",
        ("hvs.", "hvb.", "atlasv1"),
        _B + r"(?:hv[sb]\." + _B64 + r"{24,}|[A-Za-z0-9]{14}\.atlasv1\." + _B64 + r"{60,70})" + _E,
    ),
    ("square_token", ("sq0",), _B + r"sq0(?:atp|csp)-" + _B64 + r"{22,43}" + _E),
    ("atlassian_token", ("ATATT",), _B + r"ATATT3[A-Za-z0-9_=-]{150,}" + _E),
    ("linear_key", ("lin_api_",), _B + r"lin_api_[A-Za-z0-9]{40}" + _E),
    ("postman_key", ("PMAK-",), _B + r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}" + _E),
    (
        "doppler_token",
        ("dp.",),
        # a service token may name its environment: "dp.st.dev.<key>"
        _B + r"dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,30}\.)?[A-Za-z0-9]{40,44}" + _E,
    ),
    # A password hash in modular crypt format ("$2b$12$<salt+hash>", "$argon2id$v=19$m=...$
    # <salt>$<hash>", "$6$rounds=5000$<salt>$<hash>", "$y$", Django's "pbkdf2_sha256$<n>$
    # <salt>$<hash>"): read whole, so that no part of it (cost, salt) is left beside a
    # masked tail. A leaked password hash is crackable: it is a credential.
    (
        "password_hash",
        (
            "$2a$",
            "$2b$",
            "$2x$",
            "$2y$",
            "$argon2",
            "$1$",
            "$5$",
            "$6$",
            "$y$",
            "$7$",
            "$scrypt$",
            "pbkdf2_",
        ),
        r"(?<![\w$])(?:\$(?:2[abxy]|argon2(?:id|i|d)|[1567y]|scrypt)|pbkdf2_sha(?:1|256|512))"
        # the hash itself, last, has 16 characters or more: "$1$2$3" in a shell is none
        r"(?:\$[^\s$:'\"`]{1,80}){1,4}\$[^\s$:'\"`]{16,200}(?![^\s:'\"`,;)\]}])",
    ),
    (
        "age_secret_key",
        ("AGE-SECRET-KEY-",),
        r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    ),
    (
        "grafana_token",
        ("glc_", "glsa_"),
        _B + r"(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[a-fA-F0-9]{8})" + _E,
    ),
    ("new_relic_key", ("NRAK-", "NRII-"), _B + r"NR(?:AK|II)-[A-Z0-9]{27}" + _E),
    ("alibaba_key", ("LTAI",), _B + r"LTAI[A-Za-z0-9]{20}" + _E),
    ("groq_key", ("gsk_",), _B + r"gsk_[A-Za-z0-9]{52}" + _E),
    ("replicate_token", ("r8_",), _B + r"r8_[A-Za-z0-9]{37}" + _E),
    ("figma_token", ("figd_",), _B + r"figd_" + _B64 + r"{40}" + _E),
    ("supabase_token", ("sbp_",), _B + r"sbp_[a-f0-9]{40}" + _E),
    ("pulumi_token", ("pul-",), _B + r"pul-[a-f0-9]{40}" + _E),
    ("sentry_token", ("sntry",), _B + r"sntry[su]_[A-Za-z0-9+/=_]{40,}" + _E),
    ("telegram_bot_token", (":AA",), r"(?<![\w:])\d{8,10}:AA[A-Za-z0-9_-]{33}" + _E),
    # JWT (header.payload.signature) and JWE (five parts, the key part may be empty):
    # a header is base64url JSON, so it starts "eyJ"; the parts are told apart by dots.
    (
        "jwt",
        ("eyJ",),
        _B + r"eyJ[A-Za-z0-9_-]{10,}\.(?:[A-Za-z0-9_-]*\.){1,3}[A-Za-z0-9_-]{10,}" + _E,
    ),
)
_COMPILED = tuple((name, hints, re.compile(pattern)) for name, hints, pattern in _TABLE)
# All the prefixes in one search of literals (Python's engine skips to their first
# characters): most texts hold none, and then no pattern runs at all.
_HINT_RE = re.compile("|".join(re.escape(h) for _, hints, _ in _TABLE for h in hints))


def provider_tokens(text: str) -> Iterator[tuple[str, int, int]]:
    """(format name, start, end) of each token whose format names its provider.

    Args:
        text: the text to scan.
    """
    if _HINT_RE.search(text) is None:
        return
    for name, hints, pattern in _COMPILED:
        if any(h in text for h in hints):
            for m in pattern.finditer(text):
                yield name, m.start(), m.end()
