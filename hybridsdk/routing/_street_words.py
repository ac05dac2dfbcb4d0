"""Words that name a street's type or a dwelling's part, for the world's main address
conventions (docs/privacy_figures.md, "Session 10: address boundaries").

Written from general knowledge of each country's postal conventions, casefolded, with
and without the abbreviation's full stop. `STREET_TYPES` are words that stand before or
after a street's name ("Rue", "Calle", "Straße", "ulica", "gamziri"); `UNIT_WORDS` mark a
house, block, flat or floor ("Blk", "Flat", "кв.", "বাড়ি").
"""

# ruff: noqa: RUF001

from __future__ import annotations

__all__ = ["STREET_TYPES", "UNIT_WORDS", "ends_in_street_word", "is_street_word", "is_unit_word"]

_STREETS = """
street st road rd avenue ave av avda avenida drive dr lane ln boulevard blvd bvd way
crescent cres close court ct place pl square sq terrace tce parade pde highway hwy
circle cir row walk mews grove gardens gdns hill park rise vale view wynd quay esplanade
lorong lor jalan jln jl lebuh lrg persiaran soi thanon tanon moo
rue bd boulevard chemin ch allée allee impasse imp quai cours place pl route rte
chaussée chaussee rond-point faubourg fbg sentier square passage
calle c/ cl carrera cra cr kr calzada calz camino cno paseo pº pasaje psje prolongación
prol jirón jiron jr carretera ctra avda ronda travesía plaza pza plazuela vía via
rua r travessa tv largo praça pc alameda estrada beco ladeira rodovia rod
via viale v.le piazza p.zza corso vicolo largo strada contrada lungomare salita
straße strasse str weg gasse platz allee ring damm ufer chaussee steig pfad
straat str laan weg plein gracht kade singel dreef steenweg lei
gade vej vei veien gata gatan vägen vagen väg gränd stig torg allé plass plads
katu tie kuja polku väylä tee mnt maantee puiestee pst tänav tn
gata gatan vegur vegi stígur stigur braut gata götu
ulica ul ulice ul aleja al aleje plac pl osiedle os cesta trg nábřeží náměstí nám třída
utca út u körút krt tér köz
strada str bulevardul bd bdul calea aleea piața soseaua șos sos
улица ул проспект пр просп пр-т переулок пер шоссе ш бульвар б-р набережная наб
площадь пл проезд тупик микрорайон мкр мкрн
вулиця вул проспект просп провулок пров бульвар бул площа пл
улица ул булевар бул булевард
көшесі даңғылы шағын аудан
küçəsi küç kuc prospekti pr prospekt döngə
sokak sok sokağı sk cadde caddesi cad cd bulvar bulvarı blv mahalle mahallesi mah mh
οδός οδ λεωφόρος λεωφ πλατεία πλ
ქუჩა ქ გამზირი გამზ ჩიხი შესახვევი
փողոց պող պողոտա
triq
rehov רחוב שדרות שד
شارع ش طريق ميدان حي زقاق
خیابان خ کوچه بلوار
सड़क रोड मार्ग नगर गली
রোড সড়ক লেন
đường phố ngõ hẻm
ถนน ซอย
길 로 대로
"""

_UNITS = """
blk block lot unit flat apt apartment suite ste floor fl level lvl room rm house
bldg building tower twr bairro brgy barangay purok sitio phase
app appt bte boîte étage bât bâtiment
piso depto dpto departamento depa interior mz manzana lt oficina torre
apto apartamento andar bloco lote quadra qd
scala sc interno
wohnung whg stock og etg
bus
quận phường huyện xã tỉnh thị tp tx ấp khu
co county dist district prov province dept reg obl
bl sc ap nr ет ап вх sprat kat lakás ajtó
lgh lägenhet
mieszkanie lok lokal
kv кв квартира д дом корп корпус стр строение эт этаж оф офис
пәтер үй
mənzil ev mkr
daire kat blok
διαμ
ბ ბინა
বাড়ি বাসা ফ্ল্যাট
मकान फ्लैट
"""

STREET_TYPES: frozenset[str] = frozenset(w.casefold() for w in _STREETS.split())
UNIT_WORDS: frozenset[str] = frozenset(w.casefold() for w in _UNITS.split())


def _core(token: str) -> str:
    core = token.strip(",;:()\"'“”„«»")
    if len(core) == 1:
        return ""  # one letter is a word of prose ("u", "v") unless its stop says "abbreviation"
    return core.rstrip(".").casefold()


def is_street_word(token: str) -> bool:
    """A street type, with or without its abbreviation's full stop ("Ave.", "ul.")."""
    return _core(token) in STREET_TYPES


def is_unit_word(token: str) -> bool:
    """A word that marks a house, block, flat or floor ("Blk", "кв.", "Flat")."""
    return _core(token) in UNIT_WORDS


# Street types written as a compound's last part ("Lindenstraße", "Storgata", "Puistokatu").
_SUFFIXES = (
    "straße",
    "strasse",
    "gasse",
    "weg",
    "platz",
    "allee",
    "damm",
    "ring",
    "ufer",
    "straat",
    "laan",
    "gracht",
    "plein",
    "kade",
    "gade",
    "vej",
    "vei",
    "veien",
    "gata",
    "gatan",
    "vägen",
    "väg",
    "katu",
    "tie",
    "kuja",
    "utca",
    "vegur",
    "stígur",
    "braut",
    "götu",
    "tänav",
    "ulica",
    "cesta",
    "útja",
)


def ends_in_street_word(token: str) -> bool:
    """A compound whose last part is a street type ("Lindenstraße", "Storgata")."""
    low = _core(token)
    return len(low) > 5 and low.endswith(_SUFFIXES)
