"""Chat speakers that are a role, not a name (docs/privacy_tagger.md, "Span rules, third pass").

A phone saves a contact as what the person is to its owner ("Landlord", "Job",
"Wspólnota", "Хазяин"), and a chat export prints that as the speaker of each message; the
tagger takes it for a name. `_person_shapes.kin_word` drops kinship and work words
wherever they stand; the words here (roles of a building, a neighbourhood, a workplace,
a school, which can also be words of a sentence or, rarely, a name) are dropped only as
a chat line's speaker field: at the line's start or after its time, before ">", ":" or
", [date".
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re

__all__ = ["role_speaker"]

_ROLE_TEXT = """
job jobs gig team colleagues coworkers neighbour neighbor neighbours neighbors building
caretaker janitor superintendent super concierge tenant tenants roommate flatmate
housemate school daycare nanny babysitter gym coach doctor dentist vet plumber delivery
boulot job taf proprio propriétaire proprietaire syndic voisin voisine voisins coloc
gardien gardienne collègues nounou garderie école
laburo curro chamba consorcio portero portera encargado encargada administración
administracion vecino vecina vecinos casero casera dueño dueña roomie niñera colegio
escuela oficina
senhorio senhoria condomínio condominio síndico sindico porteiro porteira zelador
vizinho vizinha vizinhos colegas escola
hausverwaltung verwaltung vermieter vermieterin nachbar nachbarin nachbarn hausmeister
wg kollegen schule kita
huisbaas verhuurder buurman buurvrouw buren vve conciërge collega's
padrone proprietario vicino vicina vicini condominio portinaio amministratore colleghi
wspólnota spółdzielnia administracja zarządca sąsiad sąsiadka sąsiedzi właściciel
właścicielka gospodarz dozorca robota fucha
хазяин хазяйка хазайка хазаинът наемодател съсед съседка съседи управител домоуправител
входът блокът сосед соседка соседи хозяин хозяйка управдом консьерж арендодатель
σπιτονοικοκυρά γείτονας γειτόνισσα γείτονες διαχειριστής διαχείριση πολυκατοικία
ιδιοκτήτης ιδιοκτήτρια συνάδελφοι
komşu komşular yönetici yönetim apartman kapıcı ev_sahibi iş
관리실 경비실 관리사무소 옆집 이웃 부동산 집주인님 건물주
大家 管理人 管理会社 隣人 房东 房東 物业 物業 管理员 管理員 邻居 鄰居 同事 房东太太
همسایه همسایه‌ها مدیر_ساختمان سرایدار موجر مستاجر همکار همکارها
المالك الجيران الجار البواب الحارس العمارة الإدارة الزملاء
השכן השכנה שכנים ועד_הבית המשכיר
hàng_xóm chủ_nhà
jiran tuan_rumah pengurus pejabat
kaimynas kaimynė kaimynai savininkas savininkė administratorius
szomszéd főbérlő házmester közös
vecin vecina vecinii proprietar proprietara administrator
nabo naboen udlejer vicevært
naapuri vuokranantaja isännöitsijä huoltomies
"""
_ROLES = frozenset(w.replace("_", " ").casefold() for w in _ROLE_TEXT.split())

# What follows a chat line's speaker: ">" or ":" (then a blank), or ", [date" / ", date".
_AFTER_RE = re.compile(r"[ \t]*(?:>|:(?:[ \t]|$)|,[ \t]*\[?\d)", re.M)
# What may stand before it on its line: nothing, or a time or date (bracketed or not),
# with a dash.
_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*(?:\[?[\d./:, -]*\d\]?[ \t]*(?:-[ \t]*)?)?\Z")


def role_speaker(text: str, start: int, end: int) -> bool:
    """Whether the person span is a role word as a chat line's speaker field."""
    if text[start:end].casefold() not in _ROLES or _AFTER_RE.match(text, end) is None:
        return False
    ls = text.rfind("\n", max(0, start - 40), start)
    if ls < 0 and start > 40:
        return False  # too far into its line for a speaker field
    return _BEFORE_RE.search(text, max(ls, 0), start) is not None
