"""Person names, street addresses and dates of birth, found by a small token tagger.

The tagger sums hashed token features (`_ner_features`: word, shape, affixes, script,
neighbours, and membership in first-name, last-name, title, street and place word lists
drawn from Faker's and mimesis's lists) into a 32-wide vector per token, runs a bidirectional GRU
over the tokens and scores BIO labels. It is trained by `edge_models/build/build_pii_ner.py`
(torch at build time only) and shipped as `hybridsdk/routing/models/pii-ner.onnx` (about
4.6 MB, the word lists in its metadata); ONNX Runtime (extra "onnx") runs it on one thread.
The file's sha256 is pinned here, so a changed file is refused. Decoding is Viterbi under
BIO rules (an inside tag only after its own begin), then plain words that spilled over a
span's edges are trimmed.

Use `NerDetector()` as a detector in a `PiiScanner`, or `default_detectors(ner=True)`.
Without it, the scanner is regex-only: no names, addresses or birth dates (their recall
is then 0; see docs/privacy.md).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import (
    ConfigurationError,
    InputValidationError,
    MissingDependencyError,
)
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._ner_features import LABELS, Gazetteer, featurize, tokenize

__all__ = ["MODEL_PATH", "MODEL_SHA256", "NerDetector"]

logger = logging.getLogger("hybridsdk.routing.privacy")

MODEL_PATH = Path(__file__).resolve().parent / "models" / "pii-ner.onnx"
MODEL_SHA256 = "26af8b1e125e7b1e2bf30a2652cdad510ec381fbf23fa87057180056ab71e4e2"

_KIND = {"PER": PiiKind.PERSON, "ADDR": PiiKind.ADDRESS, "DOB": PiiKind.DOB}
_N = len(LABELS)
# allowed[i, j]: tag j may follow tag i (BIO: I-X only after B-X or I-X).
_ALLOWED = np.ones((_N, _N), dtype=bool)
for _j, _lab in enumerate(LABELS):
    if _lab.startswith("I-"):
        for _i, _prev in enumerate(LABELS):
            _ALLOWED[_i, _j] = _prev[2:] == _lab[2:] and _prev != "O"
_START_OK = np.array([not lab.startswith("I-") for lab in LABELS])
_NEG = -1e9

# The search below is written out for this label layout: O, then B-X, I-X for each kind
# (checked here, not with assert, so that `python -O` keeps the check).
if LABELS != ("O", "B-PER", "I-PER", "B-ADDR", "I-ADDR", "B-DOB", "I-DOB"):
    raise RuntimeError(f"_search is written for another label layout than {LABELS}")


def _viterbi(scores: npt.NDArray[np.float32]) -> list[int]:
    """Best tag sequence under the BIO rules (scores: tokens x labels, log-odds)."""
    greedy = scores.argmax(axis=1)
    # Most texts: the best label of each token already obeys the rules, and is then the
    # best sequence too (no search needed).
    if _START_OK[greedy[0]] and _ALLOWED[greedy[:-1], greedy[1:]].all():
        return [int(t) for t in greedy]
    return _search(scores.tolist())


def _search(rows: list[list[float]]) -> list[int]:
    """Viterbi in plain floats (float64, as numpy's sums were), ties to the lower index as
    numpy's argmax: O and B-X may follow any tag, so their best predecessor is the overall
    best; I-X may follow only B-X or I-X. A numpy step per token cost several times more."""
    o, bp, _, ba, _, bd, _ = rows[0]
    ip = ia = idob = _NEG  # no text starts inside a span
    back: list[tuple[int, int, int, int]] = []
    for r in rows[1:]:
        top, arg = o, 0
        for k, v in ((1, bp), (2, ip), (3, ba), (4, ia), (5, bd), (6, idob)):
            if v > top:
                top, arg = v, k
        if bp >= ip:
            ip, p_per = bp + r[2], 1
        else:
            ip, p_per = ip + r[2], 2
        if ba >= ia:
            ia, p_addr = ba + r[4], 3
        else:
            ia, p_addr = ia + r[4], 4
        if bd >= idob:
            idob, p_dob = bd + r[6], 5
        else:
            idob, p_dob = idob + r[6], 6
        o, bp, ba, bd = top + r[0], top + r[1], top + r[3], top + r[5]
        back.append((arg, p_per, p_addr, p_dob))
    last = [o, bp, ip, ba, ia, bd, idob]
    tags = [last.index(max(last))]
    for arg, p_per, p_addr, p_dob in reversed(back):
        t = tags[-1]
        tags.append(p_per if t == 2 else p_addr if t == 4 else p_dob if t == 6 else arg)
    return tags[::-1]


_PLACEHOLDER_RE = re.compile(r"<[A-Z][A-Z0-9_]*>")
_WORD_RE = re.compile(r"[^\W\d_]+")


def _plausible(kind: str, value: str) -> bool:
    """Shape checks on a tagged span: a birth date has a year; a name has a capitalised
    word (or one in a script without case) that is not a weekday, month, greeting or
    function word ("What is ...": the tagger trusts unknown capitalised words); an
    address has such a word and a number, or two such words."""
    if kind == "DOB":
        return len(value) >= 6 and (bool(re.search(r"\d{4}|\d{2}$", value)))
    proper = [
        w
        for w in _WORD_RE.findall(value)
        if (not w.isascii() or w[0].isupper()) and w.lower() not in _NOT_NAMES
    ]
    if kind == "ADDR":
        # A run of digit groups with no word ("2221 2736 9039 7661") is no address.
        # Nor is a reference after a short code ("PO 4500012345"): it needs a real word.
        named = any(len(w) >= 3 or not w.isascii() for w in proper)
        return named and (any(c.isdigit() for c in value) or len(proper) >= 2)
    return bool(proper)


_NOT_NAMES_TEXT = """
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december montag dienstag mittwoch donnerstag
freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes
miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato
domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag today tomorrow ref re
id ok fyi hi hello thanks
what where when why how who which whose please could would should shall might must is are
was were does did have has the this that these those there here yes not but if my your our
their his its we you they dear hey thank sorry
"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())

_GLUED_RE = re.compile(r"(?:[-./][^\W_]+|\d+)+")
# Hyphenated words right before a span ("Holm-Schweitzer-" before "Weg").
_GLUED_BACK_RE = re.compile(r"(?<![^\W_])(?:[^\W\d_]+-)+\Z")
_YEAR_RE = re.compile(r",? \d{4}\b")


def _extend(text: str, kind: str, start: int, end: int) -> tuple[int, int]:
    """Stretches a span over what is glued to it ("Holm-Schweitzer-" + "Weg",
    "Andre-sur" + "-Sauvage", "1947-12" + "-16", "(CO" + ")") and, for a birth date, over
    a year after a space ("5 février" + " 1978"): the tagger sometimes stops one short."""
    b = _GLUED_BACK_RE.search(text, max(0, start - 40), start)
    if b is not None and kind != "DOB":
        start = b.start()
    m = _GLUED_RE.match(text, end)
    if m is not None:
        end = m.end()
    if kind == "ADDR" and text[end - 1 : end].isdigit():
        u = _CJK_UNIT_RE.match(text, end)
        if u is not None:
            end = u.end()
    if text.startswith(")", end) and text.count("(", start, end) > text.count(")", start, end):
        end += 1  # "Turate (CO" + ")"
    if kind == "DOB":
        y = _YEAR_RE.match(text, end)
        if y is not None:
            end = y.end()
    return start, end


# A legal form right after (or inside) a name-like span makes it a company: "Becker GmbH",
# "Miękina S.A.", "Tozzo-Sobrero e figli", "Van Baelen-Van Hove NV".
_LEGAL_FORM_RE = re.compile(
    r"(?:^|[\s,]+)(?:&\s*(?:Co|Cie|Söhne|Sons|Partner)\b|(?:GmbH|KG|AG|OHG|UG|e\.\s?V|Ltd|LLC|LLP|"
    r"Inc|PLC|Corp|Co\.|S\.\s?A\.(?:\s?R\.\s?L\.|\s?S\.)?|SA|SAS|SARL|S\.p\.A|SPA|S\.r\.l|Srl|"
    r"NV|BV|VOF|CommV|BVBA|HB|AB|Oy|Oyj|ApS|A/S|AS|sp\.\s?z\s?o\.\s?o|s\.r\.o|a\.s|Kft|Zrt|"
    r"e figli|y Asociados|y Hijos|Group|Holding|Ltda|S\.\s?C|S\.\s?L)(?![^\W_]))"
)
# More surnames before the legal form: "Henry*, Stout and Bass, Inc.*", "Weber & Koch GmbH".
_AND_NAMES_LEGAL_RE = re.compile(
    r"(?:(?:,\s*|,?\s*(?:and|&|und|et|y|e|en|i)\s+)[^\W\d_][\w'-]*){1,4}?" + _LEGAL_FORM_RE.pattern
)


def _legal_after_names(text: str, end: int) -> bool:
    return _AND_NAMES_LEGAL_RE.match(text, end, min(len(text), end + 80)) is not None


def _legal_form_across_end(text: str, start: int, end: int) -> bool:
    """A legal form that begins in the span and runs past its end: the tagger may stop inside
    it ("*Miękina S.*A.")."""
    m = _LEGAL_FORM_RE.search(text, start, min(len(text), end + 16))
    return m is not None and m.start() < end < m.end()


# Lower-case words that belong inside a name ("Ruben de Heer", "Ludwig van Beethoven").
_PARTICLES = frozenset((
    "van", "von", "der", "den", "de", "di", "da", "das", "dos", "du", "del", "della", "la", "le",
    "ter", "ten", "bin", "ben", "al", "el", "y", "e", "zu", "af",
))  # fmt: skip
_CJK_BEFORE_ADDRESS = frozenset("在住于於到至送はにで")
# Unit characters after a number that end a CJK address ("88" + "号", "3" + "番地").
_CJK_UNIT_RE = re.compile(r"[号號番地丁目室楼樓栋棟层層之\d]+")
_CASELESS_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _trim(text: str, spans: list[tuple[int, int]], i: int, j: int, kind: str) -> tuple[int, int]:
    """Token range [i, j) of a span less what the tagger let spill over its edges:
    punctuation, and, when the span has a capitalised word, plain lower-case words around
    a name ("Cheryl Burke *will*", "*heet* Iain Thompson") or after an address ("..., 41304
    *card*"), and CJK characters glued to a name in another script ("Andrade*様*")."""
    # Punctuation never opens a span, and closes one only as an abbreviation's full stop
    # or a bracket ("Jr.", "Ревда (Сверд.)"): ", Mariahilfer Straße 45", "王伟" + a
    # full-width comma.
    while i < j and not text[spans[i][0]].isalnum():
        i += 1
    while i < j and not text[spans[j - 1][0]].isalnum() and text[spans[j - 1][0]] not in ".)":
        j -= 1
    if kind == "DOB" or i == j:
        return i, j
    # Chinese and Japanese words for "at/in/to" glued before an address ("住在" + address).
    while kind == "ADDR" and i < j and text[spans[i][0] : spans[i][1]] in _CJK_BEFORE_ADDRESS:
        i += 1
    toks = [text[a:b] for a, b in spans[i:j]]
    if not any(t[:1].isupper() for t in toks):
        return i, j

    def spill(t: str) -> bool:
        if kind == "ADDR":
            return t.isascii() and t.isalpha() and t.islower()
        return (t.isalpha() and t.islower() and t not in _PARTICLES) or bool(_CASELESS_RE.match(t))

    while kind == "PER" and i < j and spill(toks[0]):
        toks.pop(0)
        i += 1
    while i < j and spill(toks[-1]):
        toks.pop()
        j -= 1
    # Punctuation the trimmed words leave bare ("Nurmes*,* flat upstairs").
    while i < j and not text[spans[i][0]].isalnum():
        i += 1
    while i < j and not text[spans[j - 1][0]].isalnum() and text[spans[j - 1][0]] not in ".)":
        j -= 1
    return i, j


class NerDetector:
    """Names, addresses and dates of birth from the ONNX token tagger.

    Args:
        model_path: the tagger's ONNX file (default: the one shipped in the package).
        sha256: the hex sha256 the file must have; defaults to the pinned `MODEL_SHA256`
            for the shipped file and to no check for a file of your own.
        min_confidence: drop spans whose mean token probability is below this.
    """

    accepts_locale = False

    def __init__(
        self,
        *,
        model_path: str | Path | None = None,
        sha256: str | None = None,
        min_confidence: float = 0.6,
    ) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            raise ConfigurationError(f"min_confidence must be in [0, 1], got {min_confidence}")
        try:
            import onnxruntime as ort
        except ImportError as exc:
            raise MissingDependencyError(
                "the name/address tagger (ONNX Runtime)", "onnx", tried=("onnxruntime",)
            ) from exc
        path = Path(model_path) if model_path is not None else MODEL_PATH
        if not path.is_file():
            raise ConfigurationError(
                f"no tagger model at {path}; rebuild it with "
                "`python edge_models/build/build_pii_ner.py` or pass model_path="
            )
        data = path.read_bytes()
        expected = MODEL_SHA256 if model_path is None else sha256
        if expected is not None and hashlib.sha256(data).hexdigest() != expected:
            raise ConfigurationError(
                f"{path} does not match the sha256 it should have; reinstall hybridsdk, or "
                "rebuild the tagger (edge_models/build/build_pii_ner.py) and pin its new hash"
            )
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # tiny graph: threads cost more than they save
        options.inter_op_num_threads = 1
        self._session: Any = ort.InferenceSession(
            data, sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._input = self._session.get_inputs()[0].name
        # The word lists ride in the model file (so its sha256 covers them too).
        meta = self._session.get_modelmeta().custom_metadata_map
        try:
            blob = (
                base64.b64decode(meta["gazetteer"], validate=True) if "gazetteer" in meta else None
            )
        except binascii.Error as exc:
            raise ConfigurationError(
                f"{path} has a gazetteer that is not base64 ({exc}); rebuild the tagger "
                "with `python edge_models/build/build_pii_ner.py`"
            ) from exc
        self._gazetteer = Gazetteer.from_bytes(blob) if blob is not None else None
        self.min_confidence = min_confidence

    def __call__(self, text: str) -> Iterator[Finding]:
        if not isinstance(text, str):
            raise InputValidationError(
                f"the tagger needs text as str, got {type(text).__name__}; "
                "decode bytes first (text.decode('utf-8'))"
            )
        # Placeholders left by an earlier scrubbing pass ("<EMAIL_1>") are not words.
        if "<" in text:
            text = _PLACEHOLDER_RE.sub(lambda m: " " * len(m.group(0)), text)
        spans = tokenize(text)
        if not spans:
            return
        feats = featurize(text, spans, self._gazetteer)
        (scores,) = self._session.run(None, {self._input: feats})
        tags = _viterbi(scores)
        # Probabilities for the confidence: softmax per token.
        exp = np.exp(scores - scores.max(axis=1, keepdims=True))
        probs = exp / exp.sum(axis=1, keepdims=True)
        i = 0
        while i < len(tags):
            label = LABELS[tags[i]]
            if label == "O":
                i += 1
                continue
            kind = label[2:]
            j = i + 1
            while j < len(tags) and LABELS[tags[j]] == "I-" + kind:
                j += 1
            conf = float(np.mean([probs[k, tags[k]] for k in range(i, j)]))
            a, b = _trim(text, spans, i, j, kind)
            if a == b:
                i = j
                continue
            start, end = _extend(text, kind, spans[a][0], spans[b - 1][1])
            if kind == "PER" and (
                _LEGAL_FORM_RE.search(text[start:end])
                or _LEGAL_FORM_RE.match(text, end, min(len(text), end + 16))
                or _legal_after_names(text, end)
                or _legal_form_across_end(text, start, end)
            ):
                i = j
                continue
            if conf >= self.min_confidence and _plausible(kind, text[start:end]):
                # Scaled below every structured detector: where a phone number or an id
                # overlaps a tagged span, the checked finding wins.
                yield Finding.from_span(_KIND[kind], text, start, end, round(conf * 0.6, 4), "ner")
            i = j
