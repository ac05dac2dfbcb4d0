"""Birth dates in the column under a birth-cue header: CSV, tab and pipe tables, one-column
lists; other date columns, vertical forms and malformed tables give nothing (issue 12)."""

from __future__ import annotations

import pytest

from hybridsdk.routing._birth_dates import birth_dates
from hybridsdk.routing._detectors import PiiKind, PiiScanner

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def dobs(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind is PiiKind.DOB]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Ref,Customer,Date of birth,Visit date\n"
            'R-1,"Lane, Amy",04/11/1968,02/03/2025\n'
            "R-2,Bo Ek,1990-07-15,2025-03-04\n",
            ["04/11/1968", "1990-07-15"],
        ),
        (
            "Číslo;Datum narození;Částka\n11;3. 4. 1971;100,50\n12;21.12.1980;7,00",
            ["3. 4. 1971", "21.12.1980"],
        ),
        ("名前\t出生日期\t电话\n王\t1979年5月3日\t010 1234 5678", ["1979年5月3日"]),
        (
            "| name | DOB | joined |\n|---|---|---|\n| Ann | 1966-02-01 | 2024-01-01 |",
            ["1966-02-01"],
        ),
        ("تاريخ الميلاد\n1983-09-30\n2 مارس 1975", ["1983-09-30", "2 مارس 1975"]),
        ('"Geburtsdatum";"Ort"\n"12.01.1959";"Bonn"', ["12.01.1959"]),
        ("Customer date of birth (DD/MM/YYYY),City\n30/06/1981,Leeds", ["30/06/1981"]),
        ("id,dob\r\n1,1999-12-31\r\n", ["1999-12-31"]),
        # a rule line under the header, whatever its cells
        (
            "No. | Name       | Date of birth| NIC No.\n" + "-" * 44 + "\n"
            "1   | Ann Perera | 1990-03-23 | 199058370898\n2   | Bo Silva   | 02/09/1990 | 1\n",
            ["1990-03-23", "02/09/1990"],
        ),
        ("name   dob\n=====  ==========\nAnn    1985-03-12\n", ["1985-03-12"]),
        (
            "Name          Date of birth    City\n"
            "Ann Lee       12 March 1985    Leeds\n"
            "Bo Ek         1990-07-15       York\n",
            ["12 March 1985", "1990-07-15"],
        ),
    ],
)
def test_dates_under_a_birth_date_header(text: str, values: list[str]) -> None:
    assert dobs(text) == values


@pytest.mark.parametrize(
    "text",
    [
        "Order,Date,Total\n1,12/03/1985,9.99",  # a date column, no birth cue
        "Name;Birthday party;x\nA;12.03.1985;y",  # another event
        "Place of birth,Date\nLyon,12/03/1985",  # the birthplace column holds no date
        "DOB,Name\n12/03/1985,Ann,extra\n",  # a row with another number of cells
        "DOB,Name\n\n12/03/1985,Ann",  # a blank line ends the table
        "Date of birth\nunknown\n14/05/2024",  # a one-column list ends at a non-date
    ],
)
def test_no_birth_dates_from_other_columns(text: str) -> None:
    assert dobs(text) == [], text


def test_key_value_lines_are_no_table() -> None:
    assert dobs("DOB: 12/03/1985\nVisit: 14/05/2024") == ["12/03/1985"]


def test_a_vertical_form_gives_only_the_date_under_the_birth_cue() -> None:
    text = "DOB\n12/03/1985\nAppointment\n14/05/2024"
    assert dobs(text) == ["12/03/1985"]


def test_weak_header_cues_take_only_dates_years_back() -> None:
    assert dobs("Name,Birthday\nAnn,12/03/1985\nBo,12/03/2025") == ["12/03/1985"]


def test_spans_are_offsets_in_the_text() -> None:
    text = 'a,"b, c",Date of birth\n1,"x, y",1970-01-02\n'
    ((a, b),) = list(birth_dates(text))
    assert text[a:b] == "1970-01-02"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "<table><tr><th>Name</th><th>Date of birth</th></tr>"
            "<tr><td>Ann</td><td>1966-02-01</td></tr>"
            '<tr><td>Bo</td><td><span class="d">21.12.1980</span></td></tr></table>',
            ["1966-02-01", "21.12.1980"],
        ),
        (
            "<table>\n  <tr>\n    <th>Nom</th>\n    <th>Date de naissance</th>\n  </tr>\n"
            "  <tr>\n    <td>Léa</td>\n    <td>3 avril 1977</td>\n  </tr>\n</table>",
            ["3 avril 1977"],
        ),
        ("<tr><td>Date of birth</td><td>04/11/1968</td></tr>", ["04/11/1968"]),
    ],
)
def test_html_tables(text: str, values: list[str]) -> None:
    assert dobs(text) == values


@pytest.mark.parametrize(
    "text",
    [
        "<table><tr><th>Name</th><th>Order date</th></tr><tr><td>A</td><td>1985-03-12</td></tr>",
        # the header's table ends: the next table's dates are not under it
        "<table><tr><th>DOB</th></tr></table><p>Orders in 2024:</p>"
        "<table><tr><td>1985-03-12</td></tr></table>",
        # a row with another number of cells ends the column
        "<table><tr><th>DOB</th></tr><tr><td>7</td><td>1985-03-12</td></tr></table>",
    ],
)
def test_html_tables_without_birth_dates(text: str) -> None:
    assert dobs(text) == []


def test_sql_inserts() -> None:
    text = (
        "INSERT INTO patients (id, full_name, date_of_birth, admitted) VALUES\n"
        "  (1, 'Lane, Amy', '1968-11-04', '2025-03-02'),\n"
        "  (2, 'Bo Ek', '15/07/1990', '2025-03-04');"
    )
    assert dobs(text) == ["1968-11-04", "15/07/1990"]


@pytest.mark.parametrize(
    "text",
    [
        "INSERT INTO orders (id, created) VALUES (1, '1985-03-12');",  # no birth column
        "INSERT INTO t (dob, x) VALUES ('1985-03-12');",  # a tuple of another length
        "INSERT INTO t (birthplace) VALUES ('1985-03-12');",
    ],
)
def test_sql_inserts_without_birth_dates(text: str) -> None:
    assert dobs(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (  # left-aligned header, integer index
            ">>> df.head()\n"
            "   name           dob          city\n"
            "0  Ann Okafor     1961-04-30   Durban\n"
            "1  Bo Ek          15/07/1990   Cork\n",
            ["1961-04-30", "15/07/1990"],
        ),
        (  # pandas' own right-aligned header
            "              nombre  fecha_nacimiento   ciudad\n"
            "0     Ana Soto Vera        12/03/1985     Lima\n"
            "11    Jorge Díaz Paz         1.7.1979    Cusco\n",
            ["12/03/1985", "1.7.1979"],
        ),
        (
            "        ime  datum_rojstva\n"
            "r1  Miha Novak     3. 4. 1971\n"
            "r2  Eva Zupan      21.12.1980\n",
            ["3. 4. 1971", "21.12.1980"],
        ),
        (
            "      имя  дата рождения\n0  Иван Ким     1978-02-11\n",
            ["1978-02-11"],
        ),
    ],
)
def test_data_frame_printouts(text: str, values: list[str]) -> None:
    assert dobs(text) == values


@pytest.mark.parametrize(
    "text",
    [
        # a date column that is no birth date
        "   name         joined\n0  Ann Okafor   1961-04-30\n",
        # one cell too many that is no index: the table ends
        "   name         dob\nAnn  Okafor  x    1961-04-30\n",
        # two cells too many
        "   name         dob\n0  1  Ann Okafor   1961-04-30\n",
        # an index in a delimited table is a cell of its own: the columns stay apart
        "name,dob\n0,Ann,1961-04-30\n",
    ],
)
def test_data_frame_printouts_without_birth_dates(text: str) -> None:
    assert dobs(text) == [], text


def test_fixed_width_values_that_fill_their_column() -> None:
    # a long name leaves one space before the date: read at the header's column
    text = (
        "    name                  dob          city\n"
        "  0 Ann Lee               1961-11-01   Leeds\n"
        "  1 Oluwaseun Adebayo-Kim 1969-02-01   Lagos\n"
        "  2 Bo Ek                 03.04.1970   Malmö\n"
    )
    assert dobs(text) == ["1961-11-01", "1969-02-01", "03.04.1970"]


def test_fixed_width_cell_at_the_column_must_be_a_date() -> None:
    text = "    name          dob\n  0 Ann Lee       1961-11-01\n  1 Maximiliana Oyelaran x\n  2 Bo Ek         1970-04-03\n"
    assert dobs(text) == ["1961-11-01"]  # the row that does not fit ends the table
