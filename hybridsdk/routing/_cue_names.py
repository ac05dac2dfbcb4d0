"""Names after a kinship or contact cue in casual messages (radio dedications, prayer
requests, field notes): "for my wife Malebogo", "para mi esposa yorleny", "hablé con su
hijo Germán", "pou manman m Lovelie", "spoke w/ Kefilwe (sister)".

After the cue, one to three capitalised words are a name (also between a request's or a
sender's framing words: "pls play X for", "de parte de X, cel", "se X ki voye l", "la sra X
no estaba"); after a kinship word, a single
lower-case word is one too unless it is a common word of the language ("for my wife and
kids", "mi mamá que"). English, Spanish, French and Haitian Kreyòl cues (Latin script;
the tagger reads the others).
"""

from __future__ import annotations

import re

from hybridsdk.routing._detectors import Finding

__all__ = ["cue_names"]

_DETECTOR = "cue_name"

_KIN_EN = (
    "wife|husband|hubby|mom|mum|mommy|mummy|mother|dad|daddy|father|son|daughter|sister|"
    "brother|uncle|aunt|auntie|aunty|gran|granny|grandma|grandpa|grandmother|grandfather|"
    "cousin|niece|nephew|bestie|bff|friend|bf|gf|boyfriend|girlfriend|fiance|fiancee|"
    "fiancé|fiancée|sweetheart|babe|baby|neighbour|neighbor|in-law|mother-in-law|sis|bro"
)
_KIN_ES = (
    "esposa|esposo|mamá|mama|mami|papá|papa|papi|hijo|hija|hijito|hijita|hermano|hermana|"
    "tío|tio|tía|tia|abuelo|abuela|abuelito|abuelita|primo|prima|sobrino|sobrina|novio|"
    "novia|amor|amiga|amigo|suegra|suegro|cuñado|cuñada|nieto|nieta|comadre|compadre|"
    "vecino|vecina|mujer|marido|pareja|ahijado|ahijada|madrina|padrino"
)
_KIN_FR = (
    "mari|femme|mère|père|fils|fille|frère|sœur|soeur|oncle|tante|cousin|cousine|"
    "grand-mère|grand-père|mamie|papi|chéri|chérie|ami|amie|copain|copine|fiancé|fiancée|"
    "neveu|nièce|filleul|filleule|marraine|parrain|voisin|voisine"
)
# Kreyòl: the possessive follows the noun ("manman m", "sè mwen").
_KIN_HT = (
    "manman|papa|pitit|madanm|mari|sè|frè|tonton|matant|grann|granpapa|kouzen|kouzin|"
    "zanmi|fiyanse|cheri|neve|nyès|bòpè|bèlmè|bèlsè|bòfrè|parenn|marenn"
)
_CUE_RE = re.compile(
    # one word-start test first: most positions fail there, before the alternatives
    rf"(?<!\w)(?=[bcfghjkmnopstz])(?:(?:(?:my|our|his|her|their)\s+(?:{_KIN_EN})"
    rf"|(?:mi|mis|su|sus|tu|nuestra|nuestro)\s+(?:{_KIN_ES})"
    rf"|(?:mon|ma|mes|notre|son|sa)\s+(?:{_KIN_FR})"
    rf"|(?:{_KIN_HT})\s+(?:m|mwen|li|nou)"
    r")\b(?P<kin>)"
    r"|(?:spoke\s+(?:w/|with|to)|talked\s+(?:w/|with|to)|habl[eé]\s+con"
    r"|convers[eé]\s+con|j'ai\s+parl[eé]\s+(?:avec|à)|mwen\s+pale\s+ak"
    r"|client[ea]?\b|pray\s+for|oren\s+por|priez\s+pour|priye\s+pou))",
    re.IGNORECASE,
)
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_CAP = rf"[{_UPPER}][{_LOWER}]+(?:[-'\u2019][{_UPPER}]?[{_LOWER}]+)?"
_NAME_RE = re.compile(rf"[ \t]*,?[ \t]*({_CAP}(?:[ \t]{_CAP}){{0,2}})\b")
_WORD_RE = re.compile(_CAP)
_LOWER_RE = re.compile(rf"[ \t]+([{_LOWER}]{{3,}})\b(?![-'\u2019@./]\w)")
# Common words that follow a kinship word or a cue, capitalised at a sentence start or
# typed in lower case: no names.
_COMMON_TEXT = """
the and who that its it's is was has had and but for from with who's at in on of to
this his her him she he they them their our your you are will would not all who's
today tonight yesterday tomorrow birthday bday anniversary here there now again also
que quien quién esta está estaba está es era fue de del la las los el en con por para
y o pero porque cuando donde dónde hoy mañana ayer cumple cumpleaños felicidades
qui est était et ou mais pour avec dans sur chez aujourd'hui demain hier anniversaire
ki se te ak pou nan sou jodi a demen yè fèt ap li yo nou mwen
and who's also very so too just still not no yes ok okay please pls plz thanks
sick ill hospital admitted home away late well better
error errors exception side secret id certificate cert server version library app portal
request response timeout key credentials name number code area service support care
account list data type class object tls ssl hello
"""
_COMMON = frozenset(_COMMON_TEXT.split())
_MONTHS_DAYS_TEXT = """january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday enero febrero marzo
    abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes
    miércoles jueves viernes sábado domingo janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi
    dimanche"""
_MONTHS_DAYS = frozenset(_MONTHS_DAYS_TEXT.split())


_ANY = rf"[{_UPPER}{_LOWER}][{_LOWER}]+(?:[-'\u2019][{_UPPER}{_LOWER}][{_LOWER}]+)?"
_ANY3 = rf"{_ANY}(?:[ \t]{_ANY}){{0,2}}"
_CAP3 = rf"{_CAP}(?:[ \t]{_CAP}){{0,2}}"
# A name framed on both sides by a request's or a sender's words: a song requested ("pls
# play X for", "pongan una de X para", "mete X pou"), a sender ("de parte de X, cel", "from
# X in <town>", "se X ki voye l"), a courtesy title ("la sra X no estaba").
_FRAMED_RE = re.compile(
    rf"\b(?i:pls|plz|please|pliz)[ \t]+(?i:play)[ \t]+(?P<a>{_CAP3})[ \t]+for\b"
    rf"|\b(?i:pongan|ponga|pon|toquen)[ \t]+(?:una|algo|la|el)[ \t]+de[ \t]+(?P<b>{_CAP3})"
    r"[ \t]+(?:para|pa)\b"
    rf"|\b(?i:mete)[ \t]+(?P<c>{_CAP3})[ \t]+pou\b"
    rf"|\b(?i:de[ \t]+parte[ \t]+de)[ \t]+(?P<d>{_ANY3})(?=[ \t]*[,(]|[ \t]+(?:cel|tel|ph)\b)"
    rf"|\b(?i:from)[ \t]+(?P<e>{_CAP3})[ \t]+in[ \t]+[{_UPPER}]"
    rf"|\b(?i:se)[ \t]+(?P<f>{_CAP3})[ \t]+ki[ \t]+voye\b"
    rf"|\b(?i:la|el)[ \t]+(?i:sra|sr|señora|señor|doña|don)\.?[ \t]+(?P<g>{_ANY3})"
    r"(?=[ \t]+(?:no|que|q|ya|dice|estaba|esta|está)\b|[ \t]*[,.(])",
)


_AR = "[\u0620-\u064a\u066e-\u06d3]+"
_AR_STOP = r"(?!(?:غير|لم|ليس|من|رقم|الى|إلى|في|على)(?:\s|$))"
_AR_NAME = rf"{_AR_STOP}(?:{_AR}|{_CAP})(?:[ \t]{_AR_STOP}(?:{_AR}|{_CAP})){{0,3}}"
_AR_END = r"(?=[ \t]*(?:[.،,:\n]|$)|[ \t]+(?:رقم|من|غير|لم|ليس|تلفون|هاتف|و)\b)"
# Arabic frames: a dedication "to X from Y", a song "أغنية X إهداء", "spoke with X", "the
# client X (is not there)", and dialect "to my brother/sister/mother X" (لخويا، لختي، لامي).
_AR_CUE_RE = re.compile(r"هداء|غنية|مع|العميل|الزبون|لخويا|لختي|لامي|لإمي|لأمي|لبابا|لبويا")
_AR_FRAMED_RE = re.compile(
    rf"(?:إهداء|اهداء)[ \t]+(?:إلى|الى|ل)[ \t]+(?P<a>{_AR_NAME}?)[ \t]+من[ \t]+"
    rf"(?P<b>{_AR_NAME}?){_AR_END}"
    rf"|(?:أغنية|اغنية|غنية)[ \t]+(?:لـ?)?(?P<c>{_AR_NAME}?)(?=[ \t]+(?:إهداء|اهداء|ل))"
    rf"|(?:تكلمت|تحدثت|حكيت)[ \t]+مع[ \t]+(?P<d>{_AR_NAME}?){_AR_END}"
    rf"|(?:العميل|العميلة|الزبون|الزبونة)[ \t]+(?P<e>{_AR_NAME}?){_AR_END}"
    rf"|(?:لخويا|لختي|لامي|لإمي|لأمي|لبابا|لبويا)[ \t]+(?P<f>{_AR_NAME}?){_AR_END}"
)


def _arabic(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _AR_FRAMED_RE.finditer(text):
        for g in "abcdef":
            value = m.group(g)
            # "spoke with" and "the client" take two words at least: "تكلمت مع الجيران"
            # (the neighbours) is no name
            if value and (g not in "de" or len(value.split()) >= 2):
                out.append(m.span(g))
    return out


def _framed(text: str) -> list[tuple[int, int]]:
    out = _arabic(text) if max(text) >= "\u0627" and _AR_CUE_RE.search(text) else []
    for m in _FRAMED_RE.finditer(text):
        g = m.lastgroup
        if g is None:
            continue
        end = -1
        for w in re.finditer(r"\S+", m.group(g)):
            if w.group().lower() in _COMMON or w.group().lower() in _MONTHS_DAYS:
                break
            end = m.start(g) + w.end()
        if end > 0:
            out.append((m.start(g), end))
    return out


def _spans(text: str) -> list[tuple[int, int]]:
    spans = _framed(text)
    for m in _CUE_RE.finditer(text):
        nm = _NAME_RE.match(text, m.end())
        if nm is not None:
            end = -1
            for w in _WORD_RE.finditer(text, nm.start(1), nm.end(1)):
                if w.group().lower() in _COMMON or w.group().lower() in _MONTHS_DAYS:
                    break
                end = w.end()
            if end > 0:
                spans.append((nm.start(1), end))
            continue
        if m.group("kin") is None:
            continue
        lm = _LOWER_RE.match(text, m.end())
        if lm is not None and lm.group(1) not in _COMMON and lm.group(1) not in _MONTHS_DAYS:
            spans.append(lm.span(1))
    return spans


def cue_names(text: str, found: list[Finding]) -> list[Finding]:
    """`found` with the names after kinship and contact cues as person findings.

    Args:
        text: the scanned text.
        found: the scanner's resolved findings (sorted, non-overlapping).
    """
    from hybridsdk.routing._travel_names import add_names

    return add_names(text, found, _spans(text), _DETECTOR)
