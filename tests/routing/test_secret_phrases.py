"""Secrets in form layouts (dot leaders, bars, tabs), after "I changed it to", after a
misspelt cue, in SQL password columns and in escaped text; and look-alikes that are no
secret (issue 12). Every example is made up for this file."""

# Text in many scripts is what this file is about.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)
SMALLEST = PiiScanner(ner=False, use_phonenumbers=False)


def secrets(text: str, scanner: PiiScanner = SCANNER) -> list[str]:
    return [f.value(text) for f in scanner.scan(text) if f.kind is PiiKind.SECRET]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # dot leaders, bars and tabs between a form's label and its value
        ("Password ........ Gx7!pLm2qR\nBadge .... 12", "Gx7!pLm2qR"),
        ("Contraseña temporal .... lunes482\nDNI .... x", "lunes482"),
        ("Temp password | Qz8#vbN1", "Qz8#vbN1"),
        ("| Kata sandi | hJ7+kk2LmN |", "hJ7+kk2LmN"),
        ("pwd | ^7hGf!2kLp", "^7hGf!2kLp"),
        ("pass .... Birke5567", "Birke5567"),
        ("登录密码 | Wm3$zq8Kp", "Wm3$zq8Kp"),
        ("Hasło …… Tulip#4471", "Tulip#4471"),
        # a dotted value whose head mixes case and digits is no code reference
        ("Clave:\thT5kW9.Xyzab", "hT5kW9.Xyzab"),
        # "temporary code" of many languages, letters and digits
        ("Midlertidig kode: 7hQ!zp3Ksa", "7hQ!zp3Ksa"),
        ("Código temporal: Pq7rt2Lm", "Pq7rt2Lm"),
        # a code word naming a password of letters ("the code is ...")
        ("koden er Vinter482", "Vinter482"),
        # Indonesian -nya ("the password"), abbreviations
        ("Passwordnya Mawar771?. Kami pergi.", "Mawar771?"),
        ("pss: blau7734", "blau7734"),
        ("mk tạm Q$r8Lm2zP gửi sau", "Q$r8Lm2zP"),
        ("pass wifi là Hx8*kdmQ2 nhé", "Hx8*kdmQ2"),
        # escaped line breaks (iCalendar DESCRIPTION, JSON strings) end the value
        ("DESCRIPTION:salasana: Tr8=kLm3pQ\\nSeuraava rivi", "Tr8=kLm3pQ"),
        ("DESCRIPTION:ok\\npw: Gh62!kLop\\nNext", "Gh62!kLop"),
        # a sentence mark before emoji only is the value's; after prose it is the sentence's
        ("kata sandi: Pohon77!x! 🎉", "Pohon77!x!"),
    ],
)
def test_form_layouts_and_cue_forms(text: str, value: str) -> None:
    assert secrets(text) == [value]
    assert secrets(text, SMALLEST) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I reset it to Birke2291. Then I left.", "Birke2291"),
        ("Changed it to Qx7!mzp2 this morning", "Qx7!mzp2"),
        ("L'ho cambiata in Onda7741!.", "Onda7741!"),
        ("Je l'ai changé en Sable9921 hier.", "Sable9921"),
        ("La cambié a Perro5521.", "Perro5521"),
        ("Mudei para Praia4410 ontem", "Praia4410"),
        ("Jeg har ændret den til vinter8812!.", "vinter8812!"),
        ("Jeg byttet det til Host2020.", "Host2020"),
        ("Jag har ändrat det till Gran7723", "Gran7723"),
        ("Zmieniłem je na Lato2024x", "Lato2024x"),
        ("Поменял его на Kvas9911", "Kvas9911"),
        ("sudah saya ganti jadi Kopi8811", "Kopi8811"),
        ("đã đổi thành Nha7788x rồi", "Nha7788x"),
        ("ich habe es auf Kq7mzP2x geändert", "Kq7mzP2x"),
        ("パスワードを「Kq7mzP2x」に変更しました", "Kq7mzP2x"),
        ("비밀번호를 Kq7mzP2x로 바꿨어요", "Kq7mzP2x"),
        ("şifreyi Kq7mzP2x olarak değiştirdim", "Kq7mzP2x"),
        ("密码改成Kq7mzP2x了", "Kq7mzP2x"),
        ("Ik heb het veranderd naar Tulp4471!", "Tulp4471!"),
        ("Am schimbat-o în Brasov7731.", "Brasov7731"),
        ("שיניתי אותה ל-Hadas4471", "Hadas4471"),
        ("Vaihdoin sen: Kuusi8812", "Kuusi8812"),
    ],
)
def test_changed_to_phrases(text: str, value: str) -> None:
    assert secrets(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "I changed it to Tuesday.",
        "I changed it to v2.4.1 yesterday.",
        "We moved it to 10:30.",
        "I set it to 5pm",
        "I changed it to anna.berg@example.org",
        "La cambié a la tarde.",
        "Jeg byttet det til 2024.",
        "I changed it to 250ml",
        "ich habe den Termin auf Montag gesetzt",
        "auf 3.5.2 geändert",
    ],
)
def test_changed_to_needs_a_credential(text: str) -> None:
    assert secrets(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("парль для входа Lm8$kqP2z", "Lm8$kqP2z"),  # one letter dropped
        ("a wifi ejlszó: Zu7-kPq3", "Zu7-kPq3"),  # two letters swapped
        ("pasword: Zebra8841", "Zebra8841"),
        ("my passwrod is Qp7!mn2Lx", "Qp7!mn2Lx"),
        ("временный парль kaktus3825, смените", "kaktus3825"),
    ],
)
def test_misspelt_cues(text: str, value: str) -> None:
    assert secrets(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Passport: AB1234567",  # a substitution away from "passwort": not read
        "pasword reset link sent",
        "parole d'honneur 2024",
        "pasword: see ticket",
        "Sneha: Xk9#mQ2pL ok",  # a speaker's name one letter from "senha"
        "Paola: Zu7-kPq3x!",
    ],
)
def test_misspelt_cue_needs_a_credential(text: str) -> None:
    assert secrets(text) == []


def test_sql_password_columns() -> None:
    text = (
        "INSERT INTO accounts (id, login, initial_password, city) VALUES\n"
        "  (1, 'ann', 'Xq7!mzP2a', 'Leeds'),\n"
        "  (2, 'bo', 'Fenn.8841', 'York');"
    )
    assert secrets(text) == ["Xq7!mzP2a", "Fenn.8841"]
    # a column named for something else, or a placeholder value, gives nothing
    assert secrets("INSERT INTO t (id, password_hint) VALUES (1, 'pet name');") == []
    assert secrets("INSERT INTO t (id, password) VALUES (1, '<redacted>');") == []


@pytest.mark.parametrize(
    "text",
    [
        # a hex id under its own key is not a secret, even after a key cue on the line
        "svc=auth token_count=3 req=0f97f20a5dc54a6eb6b5fcf862ed59b2 temp=7",
        # coordinates after a "pin" (a map pin), Mexican voter keys after "clave"
        "Drop pin: 51°22′37.5″N 0°01′27.9″W",
        "clave de elector GRMNLS85031209H400",
        # a one-time code after "temporary code"
        "Temporary code: 482913",
    ],
)
def test_look_alikes_are_no_secret(text: str) -> None:
    assert secrets(text) == []


def test_hex_key_named_by_its_own_key_stays_a_secret() -> None:
    assert secrets("api_key=0f97f20a5dc54a6eb6b5fcf862ed59b2") == [
        "0f97f20a5dc54a6eb6b5fcf862ed59b2"
    ]


@pytest.mark.parametrize(
    "text",
    [
        None,
        b"password: Xq7!mzP2a",
    ],
)
def test_bad_input_is_a_typed_error(text: object) -> None:
    from hybridsdk._exceptions import InputValidationError

    with pytest.raises(InputValidationError, match="needs text as str"):
        SCANNER.scan(text)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('<add key="SmtpPassword" value="Qx7!mzP2a" />', "Qx7!mzP2a"),  # .NET config
        ('env:\n  - name: DB_PASSWORD\n    value: "Qx7!mzP2a"', "Qx7!mzP2a"),  # Kubernetes
        ('{"name": "api_key", "value": "9fK2mQ7xLp3RtZ8v"}', "9fK2mQ7xLp3RtZ8v"),
        ("export PGPASSWORD='Qx7!mzP2a'", "Qx7!mzP2a"),  # a prefix glued to the word
        ("| user | password |\n|---|---|\n| ann | Qx7!mzP2a |", "Qx7!mzP2a"),
        ("user,password,city\nann,Qx7!mzP2a,Leeds", "Qx7!mzP2a"),
        ("login\tpwd\nann\tQx7!mzP2a", "Qx7!mzP2a"),
    ],
)
def test_config_and_table_forms(text: str, value: str) -> None:
    assert secrets(text) == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('  - name: DB_HOST\n    value: "db.internal"', []),
        ('<add key="SmtpServer" value="mail.example.org" />', []),
        # a "Field | Value" form: the next row's label is no password
        (
            "| Field | Value |\n|---|---|\n| Password | Qx7!mzP2a |\n| Date of birth | 1984 |",
            ["Qx7!mzP2a"],
        ),
        ("Name;Password hint;City\nAnn;first pet;Leeds", []),
        ("user,password\nann,changeme\nbo,********", []),
        ("  - password\n  - Qx7!mzP2a", []),  # a one-column list, no table
    ],
)
def test_config_and_table_look_alikes(text: str, expected: list[str]) -> None:
    assert secrets(text) == expected
