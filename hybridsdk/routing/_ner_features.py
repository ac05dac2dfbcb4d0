"""Tokens and hashed features for the name/address/date-of-birth tagger.

Shared by the tagger at run time (`_ner.py`) and by its build script
(`edge_models/build/build_pii_ner.py`), so both see exactly the same features. Hashing is
CRC-32 (stable across processes, unlike `hash()`), folded into `N_FEATURES` buckets; the
index `N_FEATURES` is padding and maps to a zero row of the weight table.

Gazetteer: membership of a token (lower-cased) in five word lists drawn from Faker's
person and address providers (first names, last names, titles, street words, place names),
kept as one bitset per list (CRC-32 of the word into 2^21 bits; 2-4% false hits),
shipped inside the ONNX file's metadata and read back by `Gazetteer.from_bytes`.

Tokens: runs of letters, runs of digits, single punctuation marks, and single Han/kana
characters (Chinese and Japanese are written without spaces, so a name is a run of
characters inside a longer one). Hangul runs stay whole (Korean puts spaces between words)
except for a particle or copula at their end.
"""

from __future__ import annotations

import functools
import re
import zlib

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import ConfigurationError

__all__ = [
    "GAZETTEER_LISTS",
    "LABELS",
    "MAX_FEATURES_PER_TOKEN",
    "N_FEATURES",
    "Gazetteer",
    "featurize",
    "tokenize",
]

N_FEATURES = 1 << 16
MAX_FEATURES_PER_TOKEN = 30
LABELS = ("O", "B-PER", "I-PER", "B-ADDR", "I-ADDR", "B-DOB", "I-DOB")
GAZETTEER_LISTS = ("first", "last", "title", "street", "place")
_GAZ_BITS = 1 << 21

_TOKEN_RE = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"  # one Han or kana character
    # A Hangul word, less a particle or copula glued to its end ("김민준" + "입니다"): Korean
    # writes those onto the name. One-syllable particles only after three syllables, so
    # that a two-syllable given name ending in one ("지은") stays whole.
    r"|[\uac00-\ud7af]{2,}?(?=(?:입니다|이에요|예요|님이|님은|님의|님께|님|씨가|씨는|씨의|씨|께서|에게|한테|에서|으로)(?![\uac00-\ud7af]))"
    r"|[\uac00-\ud7af]{3,}?(?=[은는이가을를의와과도](?![\uac00-\ud7af]))"
    r"|[\uac00-\ud7af]+"
    r"|[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+"  # letters
    r"|\d+"
    r"|[^\w\s]"
)


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token spans (start, end) of `text`.

    Args:
        text: the text.
    """
    return [m.span() for m in _TOKEN_RE.finditer(text)]


class Gazetteer:
    """Word lists as bitsets: `flags(token)` has bit i set when the token is in list i of
    `GAZETTEER_LISTS` (or collides with a word that is: 2-4% of other words).

    Args:
        bits: uint8 array, one row of 2^21 bits per list.
    """

    def __init__(self, bits: npt.NDArray[np.uint8]) -> None:
        if bits.shape != (len(GAZETTEER_LISTS), _GAZ_BITS // 8) or bits.dtype != np.uint8:
            raise ConfigurationError(
                f"gazetteer bitsets are {bits.dtype} {bits.shape}, expected uint8 "
                f"{(len(GAZETTEER_LISTS), _GAZ_BITS // 8)}; rebuild the tagger "
                "(edge_models/build/build_pii_ner.py)"
            )
        self._bits = bits
        self._cache: dict[str, int] = {}

    @staticmethod
    def _slot(word: str) -> int:
        return zlib.crc32(("g" + word.lower()).encode("utf-8")) & (_GAZ_BITS - 1)

    @classmethod
    def from_words(cls, lists: dict[str, set[str]]) -> Gazetteer:
        """Builds the bitsets from word lists keyed by the names in `GAZETTEER_LISTS`."""
        bits = np.zeros((len(GAZETTEER_LISTS), _GAZ_BITS // 8), dtype=np.uint8)
        for row, name in enumerate(GAZETTEER_LISTS):
            slots = np.array(sorted({cls._slot(w) for w in lists.get(name, ())}), dtype=np.int64)
            if len(slots):
                np.bitwise_or.at(bits[row], slots >> 3, (1 << (slots & 7)).astype(np.uint8))
        return cls(bits)

    def to_bytes(self) -> bytes:
        """The bitsets, zlib-compressed."""
        return zlib.compress(self._bits.tobytes(), 9)

    @classmethod
    def from_bytes(cls, blob: bytes) -> Gazetteer:
        """Reads what `to_bytes` wrote."""
        try:
            raw = np.frombuffer(zlib.decompress(blob), dtype=np.uint8)
        except zlib.error as exc:
            raise ConfigurationError(
                f"the gazetteer is not zlib data ({exc}); rebuild the tagger "
                "(edge_models/build/build_pii_ner.py)"
            ) from exc
        if raw.size != len(GAZETTEER_LISTS) * _GAZ_BITS // 8:
            raise ConfigurationError(
                f"the gazetteer has {raw.size} bytes, expected "
                f"{len(GAZETTEER_LISTS) * _GAZ_BITS // 8}; rebuild the tagger "
                "(edge_models/build/build_pii_ner.py)"
            )
        return cls(raw.reshape(len(GAZETTEER_LISTS), _GAZ_BITS // 8).copy())

    def flags(self, token: str) -> int:
        """Bit i set when the token is in list i."""
        got = self._cache.get(token)
        if got is None:
            slot = self._slot(token)
            byte, bit = slot >> 3, slot & 7
            got = sum(
                ((int(self._bits[r, byte]) >> bit) & 1) << r for r in range(len(GAZETTEER_LISTS))
            )
            if len(self._cache) > 65536:
                self._cache.clear()
            self._cache[token] = got
        return got


_GAZ_HASHES = tuple(zlib.crc32(f"g{i}".encode()) for i in range(1 << len(GAZETTEER_LISTS)))


def _shape(tok: str) -> str:
    out: list[str] = []
    for ch in tok[:6]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _script(tok: str) -> str:
    ch = tok[0]
    o = ord(ch)
    if 0x3040 <= o <= 0x30FF:
        return "kana"
    if 0x3400 <= o <= 0x9FFF:
        return "han"
    if 0xAC00 <= o <= 0xD7AF:
        return "hangul"
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "latin" if o < 0x250 else "other"
    return "punct"


@functools.lru_cache(maxsize=65536)
def _token_hashes(tok: str) -> tuple[int, int, int, int, int, int]:
    """CRC-32 of a token's word, shape, prefix, suffix, script and length (cached)."""
    w = tok.lower()

    def h(s: str) -> int:
        return zlib.crc32(s.encode("utf-8"))

    return (h("w" + w), h("s" + _shape(tok)), h("p" + w[:3]), h("x" + w[-3:]),
            h("c" + _script(tok)), h("l" + str(min(len(tok), 8))))  # fmt: skip


_BOS = 0x9E3779B1
_EOS = 0x85EBCA77
_PAD = 5
# Feature columns: (slot, first input, second input); inputs name a per-token array and a
# token offset ("w", -1: the previous token's word). Slots 18 and 19 are bags of words.
_COLUMNS: tuple[tuple[int, tuple[str, int], tuple[str, int] | None], ...] = (
    (0, ("zero", 0), None),
    (1, ("w", 0), None),
    (2, ("s", 0), None),
    (3, ("p", 0), None),
    (4, ("x", 0), None),
    (5, ("c", 0), None),
    (6, ("l", 0), None),
    (7, ("gap", 0), ("s", 0)),
    (8, ("w", -1), None),
    (9, ("w", 1), None),
    (10, ("w", -2), None),
    (11, ("w", 2), None),
    (12, ("s", -1), None),
    (13, ("s", 1), None),
    (14, ("s", -1), ("s", 1)),
    (15, ("w", -1), ("w", 0)),
    (16, ("w", 0), ("w", 1)),
    (17, ("gap", 1), ("s", 0)),
    (18, ("w", -3), None),
    (18, ("w", -4), None),
    (18, ("w", -5), None),
    (19, ("w", 3), None),
    (19, ("w", 4), None),
    (20, ("g", 0), None),
    (21, ("g", -1), None),
    (22, ("g", 1), None),
    (23, ("g", 0), ("s", 0)),
    (24, ("g", -1), ("g", 1)),
    # Hangul words (names are written whole, "김민준"): the first syllable's gazetteer flags
    # (a surname?) and the last two syllables (verb endings: "주세요", "합니다").
    (25, ("hg", 0), None),
    (26, ("hx", 0), None),
)
_SLOTS = np.array(
    [(slot * 0x9E3779B97F4A7C15) & (2**64 - 1) for slot, _, _ in _COLUMNS], dtype=np.uint64
)
_HAS_B = np.array([b is not None for _, _, b in _COLUMNS])


def featurize(
    text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer | None = None
) -> npt.NDArray[np.int64]:
    """Feature indices, one row per token, padded with `N_FEATURES`.

    Args:
        text: the text.
        spans: its token spans from `tokenize`.
        gazetteer: word lists for the membership features (none: every token in none).
    """
    n = len(spans)
    out = np.full((n, MAX_FEATURES_PER_TOKEN), N_FEATURES, dtype=np.int64)
    if n == 0:
        return out
    per_token = np.zeros((n + 2 * _PAD, 11), dtype=np.uint64)
    per_token[:_PAD] = _BOS
    per_token[n + _PAD :] = _EOS
    per_token[_PAD : _PAD + n, :6] = [_token_hashes(text[a:b]) for a, b in spans]
    # Whether whitespace (1) or a line break (2) comes before a token: "St. 5" vs "St.5".
    per_token[_PAD + 1 : _PAD + n, 6] = [
        (2 if "\n" in text[spans[i - 1][1] : spans[i][0]] else 1)
        if spans[i][0] > spans[i - 1][1]
        else 0
        for i in range(1, n)
    ]
    per_token[:, 7] = 0
    per_token[_PAD : _PAD + n, 8] = [
        _GAZ_HASHES[gazetteer.flags(text[a:b]) if gazetteer is not None else 0] for a, b in spans
    ]
    hangul = [i for i, (a, b) in enumerate(spans) if "\uac00" <= text[a] <= "\ud7af"]
    for i in hangul:
        a, b = spans[i]
        flags = gazetteer.flags(text[a]) if gazetteer is not None else 0
        per_token[_PAD + i, 9] = _GAZ_HASHES[flags] ^ 0x5BD1E995
        per_token[_PAD + i, 10] = zlib.crc32(("h" + text[max(a, b - 2) : b]).encode("utf-8"))
    col = {
        "w": 0,
        "s": 1,
        "p": 2,
        "x": 3,
        "c": 4,
        "l": 5,
        "gap": 6,
        "zero": 7,
        "g": 8,
        "hg": 9,
        "hx": 10,
    }
    first = np.stack(
        [per_token[_PAD + k : _PAD + k + n, col[name]] for _, (name, k), _ in _COLUMNS], 1
    )
    second = np.stack(
        [per_token[_PAD + bb[1] : _PAD + bb[1] + n, col[bb[0]]] if bb else per_token[_PAD : _PAD + n, 7]
         for _, _, bb in _COLUMNS], 1
    )  # fmt: skip
    with np.errstate(over="ignore"):
        x = first * np.uint64(0x100000001B3) + _SLOTS
        x = np.where(
            _HAS_B,
            (x ^ (second * np.uint64(0xC2B2AE3D27D4EB4F))) * np.uint64(0x165667B19E3779F9),
            x,
        )
        x ^= x >> np.uint64(29)
    out[:, : len(_COLUMNS)] = (x & np.uint64(N_FEATURES - 1)).astype(np.int64)
    return out
