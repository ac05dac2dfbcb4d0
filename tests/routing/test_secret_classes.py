"""Secrets by class of error (issue 12): where a value ends, dotted passwords against code
references, URL paths against tokens, provider formats, cues in many languages, and
random-looking values that are ids. Every example is written here, none from a dev set."""

# Text in many scripts is what this file is about.
# ruff: noqa: RUF001

from __future__ import annotations

import random
import string

import pytest

from hybridsdk.routing._bare_cue_secrets import random_letters, sentence_end
from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._provider_tokens import provider_tokens

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def secrets(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "secret"]


# ---------------------------------------------------------------- where a value ends
@pytest.mark.parametrize(
    ("text", "value"),
    [
        # before more words on the line, one "!" or "." is the sentence's
        ("my password is Lantern#52! see you at nine", "Lantern#52"),
        ("Kennwort: Wolke77!! danke", "Wolke77!"),
        ("contraseña: Faro_31. llámame luego", "Faro_31"),
        ("mot de passe : Orage44!. à demain", "Orage44!"),
        # at the end of a line after a field separator the punctuation is the value's
        ("Subject: access\nPassword: Harbor39.\n\nRegards", "Harbor39."),
        ("smtp_pass: Brisa#8!\nport: 587", "Brisa#8!"),
        ("RELAY_PASSWORD=quartz.77.\n", "quartz.77."),
        # a code key's value has no sentence around it
        ("[auth] user=ops pwd=Rook_k3y! status=ok", "Rook_k3y!"),
        ("session token=Birch4410. refreshed", "Birch4410."),
        # the whole text's last "." ends a prose sentence; "!" stays
        ("the wifi password is Meadow81.", "Meadow81"),
        ("my password is Meadow81!", "Meadow81!"),
        # glued to the next character: a letter, a closing quote, the sentence's own mark
        ("비밀번호는 Sosu2231.입니다", "Sosu2231."),
        ("-H 'Authorization: Bearer t0ken!Zq93x!' -H 'Accept: */*'", "t0ken!Zq93x!"),
        ("登录密码 Hema9920!。明天见", "Hema9920!"),
        # a copula after the value ("... है") continues the sentence
        ("मेरा पासवर्ड Rasta771! है ठीक", "Rasta771!"),
        # a PIN's trailing dots are the sentence's, an ellipsis too
        ("my pin is 7305.. ok", "7305"),
        ("the password is Gorse#61... hm", "Gorse#61"),
    ],
)
def test_value_ends(text: str, value: str) -> None:
    assert secrets(text) == [value]


def test_sentence_end_rules_alone() -> None:
    text = "x Abc123! y"
    assert sentence_end(text, 2, 9, field=False) == 8
    text = "x: Abc123.\n"
    assert sentence_end(text, 3, 10, field=True) == 10
    assert sentence_end(text, 3, 10, field=False) == 9
    text = "x: Abc123."
    assert sentence_end(text, 3, 10, field=True) == 9
    assert sentence_end(text, 3, 10, field=True, code=True) == 10
    assert sentence_end("!!!", 0, 3, field=False) == 3  # nothing but punctuation: left alone


# ------------------------------------------------- dotted passwords, code references
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("password: tide.Rw7Kq82", "tide.Rw7Kq82"),
        ("senha: Caju.verde55", "Caju.verde55"),
        ("AUTH_PASSWORD=lumo.Fz3Qw91", "lumo.Fz3Qw91"),
        ("la contraseña es pino.Tr6Yh40", "pino.Tr6Yh40"),
        ("パスワード:kumo.Ab12cd", "kumo.Ab12cd"),
    ],
)
def test_dotted_passwords(text: str, value: str) -> None:
    assert secrets(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "password = settings.DB_PASSWORD",
        "password: config.smtp2",
        "token: self.token",
        "password: user.password",
        "apiKey: env.stripe.live",
        "secret = vault.read(path)",
    ],
)
def test_code_references_are_not_values(text: str) -> None:
    assert secrets(text) == []


# ---------------------------------------------------------------- URL paths
@pytest.mark.parametrize(
    "text",
    [
        "PUT /api/devices/5b0c1e7a-22f4-4d1b-9e0a-7c3f8d2b6a41/register HTTP/1.1",
        "POST /api/devices/5b0c1e7a22f44d1b9e0a7c3f8d2b6a41/heartbeat HTTP/1.1",
        "GET /v2/invoices/INV-2031-553201/lines 200 12ms",
        "GET /static/js/chunk.8f3a9c2e.js 304",
        "see /usr/local/lib/python3.12/site-packages/numpy",
    ],
)
def test_url_paths_are_not_secrets(text: str) -> None:
    assert secrets(text) == []


def test_a_random_segment_in_a_path_still_counts() -> None:
    token = "Qm8xZr4TnW2vLk9sHd3J"
    assert secrets(f"GET /reset/{token}/confirm HTTP/1.1") == [token]


def test_base64_with_slashes_stays_whole() -> None:
    token = "kQ9v/Zt3Rm8X/pL2wN7c+Hy4Ud6Ja1Bf"
    assert secrets(f"secret: {token}") == [token]


# ---------------------------------------------------------------- provider formats
def _rand(alphabet: str, n: int, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_URLSAFE = _ALNUM + "-_"
PROVIDER_TOKENS = {
    "gitlab_token": "glpat-" + _rand(_URLSAFE, 20, 1),
    "github_token": "gho_" + _rand(_ALNUM, 36, 2),
    "huggingface_token": "hf_" + _rand(string.ascii_letters, 34, 3),
    "npm_token": "npm_" + _rand(_ALNUM, 36, 4),
    "pypi_token": "pypi-AgEIcHlwaS5vcmc" + _rand(_URLSAFE, 60, 5),
    "sendgrid_key": "SG." + _rand(_URLSAFE, 22, 6) + "." + _rand(_URLSAFE, 43, 7),
    "twilio_key": "SK" + _rand(_HEX, 32, 8),
    "shopify_token": "shpat_" + _rand(_HEX, 32, 9),
    "digitalocean_token": "dop_v1_" + _rand(_HEX, 64, 10),
    "databricks_token": "dapi" + _rand(_HEX, 32, 11),
    "stripe_key": "whsec_" + _rand(_ALNUM, 32, 12),
    "google_oauth": "ya29." + _rand(_URLSAFE, 60, 13),
    "slack_token": "xoxe-" + _rand(_ALNUM, 40, 14),
    "openai_key": "sk-ant-api03-" + _rand(_URLSAFE, 90, 15),
    "linear_key": "lin_api_" + _rand(_ALNUM, 40, 16),
    "groq_key": "gsk_" + _rand(_ALNUM, 52, 17),
    "jwt": "eyJ"
    + _rand(_URLSAFE, 30, 18)
    + "."
    + _rand(_URLSAFE, 60, 19)
    + "."
    + _rand(_URLSAFE, 43, 20),
    "telegram_bot_token": "5123456789:AA" + _rand(_URLSAFE, 33, 21),
}


@pytest.mark.parametrize(("name", "token"), sorted(PROVIDER_TOKENS.items()))
def test_provider_formats_without_a_cue(name: str, token: str) -> None:
    text = f"deploy log: using {token} for the upload"
    assert [(n, text[a:b]) for n, a, b in provider_tokens(text)][:1] == [(name, token)]
    assert secrets(text) == [token]


def test_provider_token_ends_at_its_alphabet() -> None:
    token = PROVIDER_TOKENS["gitlab_token"]
    assert secrets(f"token={token}! thanks") == [token]
    assert secrets(f'"{token}",') == [token]


@pytest.mark.parametrize(
    "text",
    [
        "glpat-xxxxxxxxxxxxxxxxxxxx",
        "npm_config_cache=/tmp/npm",
        "the SKU is SK-1044 in stock",
        "scope: dp.st.prod",
    ],
)
def test_provider_look_alikes(text: str) -> None:
    assert secrets(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "hf_requiredCharacteristicTypesForDisplayMetadataKeys",  # longer than a token
        "eyJhbGciOiJIUzI1NiJ9 alone is a header",  # no payload, no signature
        "my_npm_token_here",
        "AKIA1234",  # too short
    ],
)
def test_provider_formats_need_their_whole_shape(text: str) -> None:
    assert list(provider_tokens(text)) == []


def test_a_prefixed_hex_key_after_a_key_cue() -> None:
    key = "AK" + _rand(_HEX, 40, 30)
    assert secrets(f"key={key}") == [key]
    # without a credential cue a hex run is an id or a digest
    assert secrets(f"build {key} passed") == []


@pytest.mark.parametrize(
    "text",
    [
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 merged",
        "request 3f2b8c1d-9e4a-4c7b-8d2f-1a6b5c4d3e2f failed",
        "sha256: 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
        "x-request-id: 7d9e6c2b1a3f4e5d8c7b6a5f4e3d2c1b",
        "ETag: 33a64df551425fcc55e4d42a148795d9f25f89d4",
    ],
)
def test_ids_and_digests_stay_non_secrets(text: str) -> None:
    assert secrets(text) == []


# ---------------------------------------------------------------- cues in more languages
MORE_LANGUAGES = [
    ("sv", "lösen: Fjord#2291", "Fjord#2291"),
    ("nl", "ww Tulp!8842 graag", "Tulp!8842"),
    ("el", "κωδ.: Thal#4471", "Thal#4471"),
    ("de", "Kennw.: Nebel#5512", "Nebel#5512"),
    ("fr", "code wifi Corail#77 merci", "Corail#77"),
    ("es", "clave del wifi: Arena#604", "Arena#604"),
    ("pl", "kod do wifi Rzeka#318", "Rzeka#318"),
    ("de", "WLAN-Code: Tanne#2048", "Tanne#2048"),
    ("cs", "heslo je Lipa#2201", "Lipa#2201"),
    ("sk", "heslo je Tatry#818", "Tatry#818"),
    ("sl", "geslo je Soca#4471", "Soca#4471"),
    ("hr", "lozinka je Jadran#77", "Jadran#77"),
    ("sr", "лозинка је Morava#91", "Morava#91"),
    ("bg", "паролата е Rila#5521", "Rila#5521"),
    ("uk", "пароль це Dnipro#42", "Dnipro#42"),
    ("lt", "slaptažodis yra Nemunas#5", "Nemunas#5"),
    ("lv", "parole ir Daugava#71", "Daugava#71"),
    ("et", "parool on Emajogi#33", "Emajogi#33"),
    ("fi", "salasana on Kuusi#7812", "Kuusi#7812"),
    ("ca", "la contrasenya és Mistral#12", "Mistral#12"),
    ("gl", "contrasinal: Mino#8833", "Mino#8833"),
    ("eu", "pasahitza: Ibaia#901", "Ibaia#901"),
    ("is", "lykilorðið er Hekla#1104", "Hekla#1104"),
    ("af", "wagwoord: Karoo#6120", "Karoo#6120"),
    ("sq", "fjalëkalimi është Drini#44", "Drini#44"),
    ("he", "הסיסמה היא Negev#2290", "Negev#2290"),
    ("fa", "رمز عبور: Alborz#551", "Alborz#551"),
    ("ur", "پاس ورڈ: Ravi#7720", "Ravi#7720"),
    ("bn", "পাসওয়ার্ড হল Padma#612", "Padma#612"),
    ("ta", "கடவுச்சொல்: Kaveri#88", "Kaveri#88"),
    ("th", "รหัสผ่านคือ Chao#Phraya9 ครับ", "Chao#Phraya9"),
    ("vi", "mật khẩu là Halong#2024", "Halong#2024"),
    ("ms", "kata laluan: Kinabalu#7", "Kinabalu#7"),
    ("sw", "nenosiri ni Kilima#2290", "Kilima#2290"),
    ("ka", "პაროლი: Mtkvari#31", "Mtkvari#31"),
    ("hy", "գաղտնաբառը: Sevan#4410", "Sevan#4410"),
    ("az", "şifrə: Xazar#2190", "Xazar#2190"),
    ("kk", "құпия сөз: Altai#7781", "Altai#7781"),
    ("mn", "нууц үг: Tuul#9921", "Tuul#9921"),
    ("id", "sandi: Merapi#4410", "Merapi#4410"),
]


@pytest.mark.parametrize(
    ("text", "value"),
    [pytest.param(t, v, id=f"{lang}-{i}") for i, (lang, t, v) in enumerate(MORE_LANGUAGES)],
)
def test_cues_in_more_languages(text: str, value: str) -> None:
    assert secrets(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "password on the fridge: Anchor#6021 thanks",
        "the password for the staff account on floor two is Anchor#6021",
    ],
)
def test_a_short_copula_read_as_a_plain_word(text: str) -> None:
    assert secrets(text) == ["Anchor#6021"]


@pytest.mark.parametrize(
    "text",
    [
        "heslo je špatné",
        "salasana on väärä",
        "the password on file is expired",
        "geslo je napačno",
        "nenosiri ni batili",
        "code wifi oublié",
        "รหัสไปรษณีย์ 10110",
        "ww is vergeten",
    ],
)
def test_more_language_negatives(text: str) -> None:
    assert secrets(text) == []


# ---------------------------------------------------------------- random letters
def test_random_letters() -> None:
    assert random_letters("qWeRtZuIoP")
    assert random_letters("vbNmQwErTy")
    for word in ("JavaScript", "McDonald", "PowerShell", "LinkedIn", "password", "iPhone"):
        assert not random_letters(word), word
    assert not random_letters("aBcDeF")  # too short
    assert not random_letters("qWeRtZu1oP")  # not letters only


def test_random_letters_after_a_cue() -> None:
    assert secrets("мой пароль tKvbNqWmZeR") == ["tKvbNqWmZeR"]
    assert secrets("my password JavaScript rocks") == []


# ---------------------------------------------------------------- the cue prefilter
CUE_WORDS = """wifi-key wlan-code code wifi clé du wifi kod do wifi passw. kennw. κωδ. contr.
    password passwd passphrase passcode pwd pw pass psk wpa-passphrase passwort kennwort
    zugangscode türcode mot de passe mdp code d'accès code secret contraseña clave código de
    acceso senha parola d'ordine codice di accesso wachtwoord toegangscode inlogcode ww
    identified by hasło hasla lösenord losenord lösen adgangskode kodeord passord salasana
    heslo jelszó jelszo parola parolă şifre sifre κωδικός συνθηματικό пароль код доступа
    وكلمة_المرور كلمة_السر كلمه الباسورد رمز_المرور الرقم_السري رقم_التعريف_الشخصي पासवर्ड
    कूटशब्द पासकोड kata_sandi sandi код_доступу парола лозинка lozinka šifra geslo
    slaptažodis parole parool salasõna fjalëkalimi contrasenya contrasinal pasahitza
    lykilorð wagwoord პაროლი გასაღები գաղտնաբառ құпия_сөз нууц_үг şifrə סיסמה רמז_עבור
    رمز_عبور کلمه_عبور گذرواژه پاس_ورڈ পাসওয়ার্ড கடவுச்சொல் పాస్‌వర్డ్ പാസ്‌വേഡ് mật_khẩu
    mat_khau kata_laluan nenosiri contra пасс access-code door-code koden dörrkoden portkoden pin
    pin-code pincode geheimzahl пин पिन api-key access_key secret_key client_secret token
    secret authorization x-api-key pin码 パスワード 暗証番号 密码 密碼 口令 비밀번호 비번 암호
    패스워드 รหัสผ่าน"""


@pytest.mark.parametrize("word", CUE_WORDS.split())
def test_every_cue_passes_the_prefilter(word: str) -> None:
    from hybridsdk.routing import _cue_secrets

    text = word.replace("_", " ") + ": Xk9#mQ2p"
    low = text.lower()
    if _cue_secrets._CUE_LOWER_RE.search(low):
        assert _cue_secrets._CUE_STEM_RE.search(low), word


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("la contra del router es Nube#4471", "Nube#4471"),
        ("пасс от роутера Oblako#82", "Oblako#82"),
    ],
)
def test_slang_cues(text: str, value: str) -> None:
    assert secrets(text) == [value]


@pytest.mark.parametrize("text", ["votamos contra el proyecto", "jugamos contra 3 equipos"])
def test_slang_cue_negatives(text: str) -> None:
    assert secrets(text) == []
