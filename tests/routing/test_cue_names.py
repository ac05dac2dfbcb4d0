"""Names after kinship and contact cues in casual messages (dedications, prayer
requests, field notes), in English, Spanish, French and Kreyòl, capitalised or not;
common words after the cue are no names (session 11)."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def people(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind is PiiKind.PERSON]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("pls play something nice for my wife Naledi its her bday", ["Naledi"]),
        ("- para mi esposa yorleny que esta de cumple", ["yorleny"]),
        ("no estaba, hablé con su hijo Germán, dice que vuelve", ["Germán"]),
        ("tanpri mete yon mizik pou manman m Lovelie, se fèt li", ["Lovelie"]),
        ("client Tumelo Dube not home, spoke w/ Kefilwe (sister)", ["Tumelo Dube", "Kefilwe"]),
        ("une chanson pour ma sœur Nadège qui fête ses 20 ans", ["Nadège"]),
        ("pls pray for my uncle Thabo Nkosi admitted at the clinic", ["Thabo Nkosi"]),
        ("- pls play Sauti Sol for my bestie Naledi", ["Sauti Sol", "Naledi"]),
        ("- porfa pongan una de Marco Antonio Solís para todos", ["Marco Antonio Solís"]),
        ("de parte de wilmer araya, cel 8888 0000", ["wilmer araya"]),
        ("se fèt li jodi a. se Kesnel Jean ki voye l", ["Kesnel Jean"]),
        ("greetings from Tevita Fifita in Lautoka ph 999 1234", ["Tevita Fifita"]),
        ("visita 2: la sra Mayela Solano Vargas no estaba", ["Mayela Solano Vargas"]),
        ("visita 2: la sra quesada no estaba", ["quesada"]),
    ],
)
def test_names_after_cues(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "I went with my wife and kids to the park",
        "my mom Is sick today",
        "mi mamá que esta enferma",
        "see you with my friend Monday",
        "pour ma mère aujourd'hui",
        "clients were happy with the service",
        "please play the radio for me",
        "back from Monday in Paris",
        "la sra no estaba",
        "requests.exceptions.HTTPError: 401 Client Error: Unauthorized",
        "set the Client Secret and Client Id in the portal",
    ],
)
def test_common_words_after_cues_are_no_names(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "- بدي اغنية فيروز اهداء الى ريم خليل الحداد من باسل يوسف رقم الموبايل 0791234567",
            ["فيروز", "ريم خليل الحداد", "باسل يوسف"],
        ),
        (
            "زيارة: العميل سامي الخطيب غير موجود، تكلمت مع نادر سليم. العنوان",
            ["سامي الخطيب", "نادر سليم"],
        ),
        ("نحب نهدي اغنية Cheb Khaled لخويا Karim و لكل العايلة", ["Cheb Khaled", "Karim"]),
    ],
)
def test_arabic_frames(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize("text", ["العميل غير موجود", "العميل لم يحضر اليوم", "تكلمت مع الجيران."])
def test_arabic_frames_without_a_name(text: str) -> None:
    assert people(text) == []
