"""Secrets labelled by a cue in many languages, code keys, URLs and headers, with the
value's end found exactly, and the hard negatives around them (issue 12)."""

# Text in many scripts is what this file is about: fullwidth colons, CJK commas and
# Greek or Cyrillic letters are meant.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._cue_secrets import CueSecretDetector, labelled_secrets
from hybridsdk.routing._detectors import PiiScanner, SecretDetector

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def secrets(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind.value == "secret"]


# (text, the one secret in it), per language.
BY_LANGUAGE = {
    "en": [
        ("my password is Tulip1985!", "Tulip1985!"),
        ("Password: Xk9#mQ2p", "Xk9#mQ2p"),
        ("pwd: hunter22", "hunter22"),
        ("PW Xk9#mQ2p", "Xk9#mQ2p"),
        ("my pin is 4821.", "4821"),
        ("the wifi password is Xk9#mQ2p btw", "Xk9#mQ2p"),
        ('here\'s the passphrase: "blue horse 42"', "blue horse 42"),
        ("my password's g0N9u@XK20", "g0N9u@XK20"),
        ("I changed my password to Xk9#mQ2p yesterday", "Xk9#mQ2p"),
        ("auth failed for anna with password 'Xk9#mQ2p'", "Xk9#mQ2p"),
        ("Access code: 4821", "4821"),
        ("pwd: (hA@B0jn59vT", "(hA@B0jn59vT"),
        ("token 71bPiFy8)", "71bPiFy8)"),
    ],
    "de": [
        ("Passwort: Xk9#mQ2p", "Xk9#mQ2p"),
        ("Mein Passwort ist Sonne2024!", "Sonne2024!"),
        ("das Kennwort lautet Xk9#mQ2p.", "Xk9#mQ2p"),
        ("Die PIN ist 4821.", "4821"),
        ("WLAN-Passwort: Xk9#mQ2p", "Xk9#mQ2p"),
        ("Passwort für den Router: Xk9#mQ2p", "Xk9#mQ2p"),
        ("Passwort „Xk9#mQ2p“", "Xk9#mQ2p"),
        ("Ihr Passwort wurde geändert auf Xk9mQ2p9", "Xk9mQ2p9"),
        ("Zugangsdaten: anna / dragon1093?", "dragon1093?"),
        ("Dein WLAN-Schlüssel lautet Fritz!Box7590x", "Fritz!Box7590x"),
        ("Le mot de passe administrateur est « Adm!nFR77 ».", "Adm!nFR77"),
        ("Identifiants du routeur -> admin / Routeur#55", "Routeur#55"),
        ("الرمز السري للبطاقة 7712", "7712"),
        ("카드 비밀번호 4477", "4477"),
        ("chat: ο κωδικός του wifi Spiti#2024", "Spiti#2024"),
        ("chat: pass del wifi: CasaMia!7", "CasaMia!7"),
    ],
    "fr": [
        ("mot de passe : Xk9#mQ2p", "Xk9#mQ2p"),
        ("Mon mot de passe est soleil42", "soleil42"),
        ("le mdp c'est Xk9#mQ2p", "Xk9#mQ2p"),
        ("Votre code PIN est le 4821", "4821"),
        ("code secret 0187", "0187"),
        ("Mon mot de passe, c'est Xk9#mQ2p", "Xk9#mQ2p"),
    ],
    "es": [
        ("contraseña: Xk9#mQ2p", "Xk9#mQ2p"),
        ("mi contraseña es Verano2024", "Verano2024"),
        ("la clave es Xk9#mQ2p", "Xk9#mQ2p"),
        ("su PIN es 4821", "4821"),
    ],
    "pt": [("senha: banana77", "banana77"), ("minha senha é Xk9#mQ2p", "Xk9#mQ2p")],
    "it": [
        ("la mia password è Xk9#mQ2p", "Xk9#mQ2p"),
        ("parola d'ordine: Xk9#mQ2p", "Xk9#mQ2p"),
        ("codice PIN 4821", "4821"),
    ],
    "nl": [
        ("mijn wachtwoord is Xk9#mQ2p", "Xk9#mQ2p"),
        ("Wachtwoord river133", "river133"),
        ("pincode: 4821", "4821"),
    ],
    "pl": [
        ("moje hasło to Xk9#mQ2p", "Xk9#mQ2p"),
        ("hasło: Abc12345.", "Abc12345"),
        ("moje hasło brzmi Xk9#mQ2p", "Xk9#mQ2p"),
    ],
    "sv": [("lösenordet är Xk9#mQ2p", "Xk9#mQ2p"), ("PIN-kod: 4821", "4821")],
    "el": [
        ("ο κωδικός μου είναι Xk9#mQ2p", "Xk9#mQ2p"),
        ("Ο κωδικός πρόσβασης είναι Abc12345.", "Abc12345"),
        ("ΚΩΔΙΚΟΣ: Xk9#mQ2p", "Xk9#mQ2p"),
    ],
    "ru": [
        ("пароль: Xk9#mQ2p", "Xk9#mQ2p"),
        ("Пароль — Xk9#mQ2p", "Xk9#mQ2p"),
        ("мой пароль 0=yJ+LnFMeRv2", "0=yJ+LnFMeRv2"),
        ("ПИН-код: 4821", "4821"),
    ],
    "ar": [
        ("كلمة المرور: Xk9#mQ2p", "Xk9#mQ2p"),
        ("كلمة المرور الخاصة بي هي Xk9#mQ2p", "Xk9#mQ2p"),
        ("الرقم السري: 4821", "4821"),
        ("اسم المستخدم: ahmed88 وكلمة المرور: Nile#1974", "Nile#1974"),  # "and" glued on
    ],
    "hi": [
        ("पासवर्ड: Xk9#mQ2p", "Xk9#mQ2p"),
        ("मेरा पासवर्ड river632$ है", "river632$"),
        ("कूटशब्द Abc12345", "Abc12345"),
    ],
    "ja": [
        ("パスワードは「abc123xy」です", "abc123xy"),
        ("パスワード：abc123xyz（大文字小文字を区別）", "abc123xyz"),
        ("暗証番号は4821です。", "4821"),
    ],
    "zh": [
        ("我的密码是Xk9#mQ2p", "Xk9#mQ2p"),
        ("WiFi密码是Abc12345，记得改", "Abc12345"),
        ("支付密码482193", "482193"),
        ("PIN码：4821", "4821"),
        ("您的新密码为：Xinmima#88", "Xinmima#88"),
    ],
    "ko": [
        ("비밀번호는 Xk9#mQ2p입니다", "Xk9#mQ2p"),
        ("비밀번호: abc123!@# 입니다", "abc123!@#"),
        ("비번 Xk9#mQ2p", "Xk9#mQ2p"),
    ],
    "tr": [("şifre: Xk9#mQ2p", "Xk9#mQ2p")],
}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(t, v, id=f"{lang}-{i}")
        for lang, cases in BY_LANGUAGE.items()
        for i, (t, v) in enumerate(cases)
    ],
)
def test_a_cue_in_each_language_labels_the_value(text: str, value: str) -> None:
    assert secrets(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"username": "anna", "password": "Xk9#mQ2p"}', "Xk9#mQ2p"),
        ("DB_PASSWORD=Xk9#mQ2p", "Xk9#mQ2p"),
        ("db:\n  user: app\n  password: 'Xk9#mQ2p'\n", "Xk9#mQ2p"),
        ("[database]\npassword = Xk9#mQ2p\n", "Xk9#mQ2p"),
        ('const config = { dbPassword: "Xk9#mQ2p" };', "Xk9#mQ2p"),
        ('"clientSecret": "Zk29dfA0pq8s7fTr",', "Zk29dfA0pq8s7fTr"),
        ("spring.datasource.password=Xk9#mQ2p", "Xk9#mQ2p"),
        ("ssid=HomeNet psk=Xk9#mQ2p", "Xk9#mQ2p"),
        ("Server=db;User Id=sa;Password=Xk9#mQ2p;", "Xk9#mQ2p"),
        ("password=Xk9#mQ2p&user=anna", "Xk9#mQ2p"),
        ("https://x.io/login?user=anna&password=Xk9mQ2p9&next=/home", "Xk9mQ2p9"),
        ('psycopg2.connect(host="db", user="app", password="Xk9#mQ2p")', "Xk9#mQ2p"),
        ('{"pin": "4821"}', "4821"),
        ('{"mot_de_passe": "Xk9#mQ2p"}', "Xk9#mQ2p"),
        ('INFO body={\\"user\\":\\"anna\\",\\"password\\":\\"Xk9#mQ2p\\"}', "Xk9#mQ2p"),
        ("**Password:** Xk9#mQ2p", "Xk9#mQ2p"),
        ("Password: **Xk9#mQ2p**", "Xk9#mQ2p"),
        ('{"كلمة_المرور": "Abc12345"}', "Abc12345"),
    ],
)
def test_code_keys(text: str, value: str) -> None:
    assert secrets(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("postgres://app:NMpC#eng#w9Ndf6@db.internal:5432/orders", "NMpC#eng#w9Ndf6"),
        ("mysql://root:bnjfBpoN3bu9@localhost/shop", "bnjfBpoN3bu9"),
        ("redis://:Xk9mQ2pz@cache:6379/0", "Xk9mQ2pz"),
        ("mongodb+srv://admin:Xk9mQ2pz@cluster0.abcde.mongodb.net/test", "Xk9mQ2pz"),
        ("curl -u admin:Xk9#mQ2p https://api.example.com", "Xk9#mQ2p"),
        ("login: anna:Xk9#mQ2p", "Xk9#mQ2p"),
        ("<datasource><password>Xml#Pass42</password></datasource>", "Xml#Pass42"),
        ("CREATE USER 'report'@'%' IDENTIFIED BY 'Rep0rt!ng9';", "Rep0rt!ng9"),
        ("mysql -u root -pCli!Pass7 shop", "Cli!Pass7"),
        ("sshpass -p 'Ssh#Pass22' ssh admin@db", "Ssh#Pass22"),
        ('$password = ConvertTo-SecureString "PsPass!88" -AsPlainText -Force', "PsPass!88"),
        ("Authorization: Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA=="),
        ("Authorization: Bearer 8fJ2-kQ9!xx", "8fJ2-kQ9!xx"),
        ('headers = {"Authorization": "Bearer abc123def456ghi789jkl"}', "abc123def456ghi789jkl"),
        ('-H "X-API-Key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0"', "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
    ],
)
def test_urls_curl_and_headers(text: str, value: str) -> None:
    # The password in a URL also reads as an e-mail ("NMpC...@db.internal"); it wins.
    assert secrets(text) == [value]
    assert [f.kind.value for f in SCANNER.scan(text)] == ["secret"]


@pytest.mark.parametrize(
    "text",
    [
        "I forgot my password again",
        "forgot my password, can you send a password reset link?",
        "Password reset link: https://accounts.example.com/reset",
        "Your password must be at least 8 characters.",
        "password field is required",
        "the password is incorrect",
        "the password you entered is wrong",
        "Password: ",
        "Password: ********",
        "Password: **hidden**",
        "password: <password>",
        "password: xxx",
        "password: required",
        "Password: (see 1Password)",
        "Password: Email: anna@example.com",
        "DB_PASSWORD=${DB_PASSWORD}",
        'curl -u "$USER:$PASS" https://api.example.com',
        "PASSWORD = os.environ['DB_PASSWORD']",
        "apiKey: process.env.API_KEY,",
        "password_min_length: 12",
        "password_hash: 79e203e95f4e3d20da1f274b67eb7d640673b819",
        "token_expires_in=3600",
        "max_tokens=512 temperature=0.2",
        "token limit: 4096 tokens",
        "GPIO pin 17 set high",
        "map pin: 48.1374, 11.5755",
        "boarding pass: AB1234",
        "commit 3f786850e387550fdab836ed7e6dc881de23001b",
        "request id 123e4567-e89b-12d3-a456-426614174000 failed",
        "ref: 01HF8M3QZ7X4K2N9P5R8T1V3W6",
        "Passwort vergessen? Passwort ist falsch",
        "mot de passe incorrect, réinitialiser le mot de passe",
        "olvidé mi contraseña",
        "ho dimenticato la password",
        "wachtwoord vergeten",
        "zapomniałem hasła",
        "glömt lösenord",
        "ξέχασα τον κωδικό μου",
        "забыл пароль, неверный пароль",
        "نسيت كلمة المرور",
        "मैं अपना पासवर्ड भूल गया",
        "パスワードを忘れました",
        "忘记密码了，密码错误",
        "비밀번호를 잊어버렸어요",
        "amqp://guest:password@localhost:5672/",
        "palabra clave: marketing",
        "ταχυδρομικός κωδικός: 10558",
        "PASS: test_login (0.2s)",
        "pw: sunflower",
        "login: anna / password",
        "Passwort vom 12.03.2024",
        "the password reset 1234 times",
        "sms: Ihr Einmal-Passwort: 552193 (gültig 5 Min.)",
        "your one-time password: 552193",
        "<password></password>",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert secrets(text) == [], text


def test_the_detector_alone_and_inside_secret_detector() -> None:
    text = "Passwort: Xk9#mQ2p und mysql://root:s3cr3tPw@db/x"
    alone = [(f.value(text), f.confidence) for f in CueSecretDetector()(text)]
    assert alone == [("Xk9#mQ2p", 0.95), ("s3cr3tPw", 0.97)]
    # SecretDetector reads the same labelled values (plus its prefix and entropy rules).
    assert {f.value(text) for f in SecretDetector()(text)} >= {"Xk9#mQ2p", "s3cr3tPw"}
    assert sorted(labelled_secrets(text)) == sorted(
        (f.start, f.end, f.confidence) for f in CueSecretDetector()(text)
    )


def test_a_dotted_capital_i_keeps_offsets() -> None:
    # "İ".lower() is two characters: the cue search then runs on the text itself.
    text = "İstanbul şifre: Xk9#mQ2p"
    assert secrets(text) == ["Xk9#mQ2p"]
