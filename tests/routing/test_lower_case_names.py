"""Names typed in lower case under a name label, confirmed by the text's e-mail address
(YAML front matter, forms, profiles); lower-case config values under `name:` stay no
names (session 11)."""

from __future__ import annotations

import pytest

from hybridsdk.routing._record_fields import Records


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "---\ntitle: Sunday lunch\nauthor:\n  name: kagiso molefe\n"
            "  email: kagiso.molefe@gmail.com\n---\n",
            "kagiso molefe",
        ),
        ("Nombre: maria jose quispe\nCorreo: mariajose.quispe@gmail.com\n", "maria jose quispe"),
        (
            "nom: wideline pierre-louis\ncourriel: pierrelouis.wideline@yahoo.fr",
            "wideline pierre-louis",
        ),
        ("nom : fabienne joseph\ncourriel : fabienne.joseph84@yahoo.fr\n", "fabienne joseph"),
        ("nama: siti aminah\nemel: aminah_siti@gmail.com\n", "siti aminah"),
    ],
)
def test_lower_case_name_confirmed_by_an_email(text: str, name: str) -> None:
    assert [text[a:b] for a, b in Records(text).names] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "jobs:\n  - name: build and test\n    run: make\nmaintainer: build@ci.example.com\n",
        "name: kagiso molefe\nphone: 071 234 5678\n",  # no e-mail to confirm it
        "name: payments api\nowner: payments-team@example.com\n",  # only one word mailed
        "name: default\ncontact: default@example.com\n",  # one word, even if mailed
    ],
)
def test_lower_case_values_without_evidence_are_no_names(text: str) -> None:
    assert Records(text).names == []


@pytest.mark.parametrize(
    "text",
    [
        "name: li wei\nemail: lina.weiss@example.com\n",  # "li" and "wei" only inside words
        "name: ana mota\nemail: anamotas@example.com\n",
    ],
)
def test_a_name_word_must_be_a_whole_word_of_the_local_part(text: str) -> None:
    assert Records(text).names == []


def test_a_name_word_standing_whole_in_the_local_part_is_mailed() -> None:
    text = "name: li wei\nemail: li.wei88@example.com\n"
    assert [text[a:b] for a, b in Records(text).names] == ["li wei"]
