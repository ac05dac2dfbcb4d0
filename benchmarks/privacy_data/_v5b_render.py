"""Small writing helpers the eval_v5b style renderers share (fields, names, addresses)."""

from __future__ import annotations

import _v5b_places as places
import _v5b_values as val
from _v5b_doc import Doc
from _v5b_people import Ctx, Person

HONORIFIC = {
    "en": (["Ms", "Mrs.", "Ms."], ["Mr.", "Mr", "Shri"]), "de": (["Frau"], ["Herr"]), "fr": (["Mme", "Madame"], ["M.", "Monsieur"]),
    "it": (["Sig.ra", "Signora"], ["Sig.", "Signor"]), "nl": (["Mevr.", "mevrouw"], ["Dhr.", "meneer"]), "es": (["Sra.", "Doña"], ["Sr.", "Don"]),
    "hr": (["gđa", "gospođa"], ["g.", "gospodin"]), "lt": (["Ponia", "p."], ["Ponas", "p."]), "ms": (["Puan", "Cik"], ["Encik", "En."]),
    "ar": (["السيدة", "الأستاذة"], ["السيد", "الأستاذ"]), "zh": (["小姐", "女士"], ["先生"]),
}


def layout_field(ctx: Ctx, doc: Doc, label: str, layout: str) -> None:
    if layout == "colon":
        doc.t(f"{label}: ")
    elif layout == "dots":
        doc.t(label + " " + "." * max(3, 26 - len(label)) + " ")
    elif layout == "under":
        doc.t(f"{label} ___ ")
    elif layout == "zh":
        doc.t(f"{label}：")
    else:
        doc.t(f"{label}\t")


def field(ctx: Ctx, doc: Doc, key_or_label: str, slot: str | None, layout: str, *, raw: bool = False,
          value: str | None = None) -> None:
    """One form line: the label (a LABELS key unless raw) and a labelled slot or plain value."""
    label = key_or_label if raw else ctx.L(key_or_label)
    if ctx.lang == "zh" and layout == "colon":
        layout = "zh"
    layout_field(ctx, doc, label, layout)
    if slot is None:
        doc.t(value or "")
    elif value is not None:
        from _v5b_people import KIND_OF
        doc.v(KIND_OF.get(slot, slot), value)
    else:
        ctx.fill(doc, "{" + slot + "}")
    doc.t("\n")


def honorific_name(ctx: Ctx, doc: Doc, p: Person, *, full: bool = True) -> None:
    fem, male = HONORIFIC.get(ctx.lang, HONORIFIC["en"])
    word = ctx.rng.choice(fem if p.female else male)
    name = p.full if full else p.family
    if ctx.lang == "zh":
        doc.v("person", name).t(word)
    elif ctx.lang == "ar":
        doc.t(word + " ").v("person", name)
    else:
        doc.t(word + " ").v("person", name)


def address_block(ctx: Ctx, doc: Doc, *, multiline: bool, indent: str = "", latin: bool = False,
                  addr: places.Address | None = None) -> places.Address:
    a = addr or places.address(ctx.rng, ctx.locale, lang=ctx.lang, latin=latin)
    if multiline and len(a.lines) > 1:
        for i, line in enumerate(a.lines):
            if i:
                doc.t("\n" + indent)
            doc.v("address", line)
    else:
        arabic = ctx.locale == "ar_SA" and not latin
        doc.v("address", a.one_line(ctx.rng.choice(["، ", "، ", " "]) if arabic else ctx.rng.choice([", ", ", ", " - "])))
    return a


def money(ctx: Ctx, lo: int, hi: int) -> str:
    from _v5b_people import amount
    return amount(ctx.locale, ctx.rng.randrange(lo, hi))


def maybe_negative(ctx: Ctx, doc: Doc, sep: str = "\n") -> None:
    if ctx.neg:
        ctx.negative(doc, sep)


def iban_or_card(ctx: Ctx, doc: Doc, layout: str) -> None:
    if ctx.has("iban") and ctx.rng.random() < 0.7:
        field(ctx, doc, "iban", "iban", layout)
    else:
        field(ctx, doc, "card", "card", layout)


def full_or_split_name(ctx: Ctx, doc: Doc, p: Person, layout: str) -> None:
    if ctx.rng.random() < 0.4 and " " not in p.given.strip() and p.family:
        field(ctx, doc, "family", "family", layout, value=p.family)
        field(ctx, doc, "given", "given", layout, value=p.given)
    else:
        field(ctx, doc, "name", "name", layout, value=p.full)


def nid_field(ctx: Ctx, doc: Doc, layout: str) -> None:
    value = ctx.get("nid")
    field(ctx, doc, ctx.nid_label, "nid", layout, raw=True, value=value)


def nationality(ctx: Ctx) -> str:
    """Mostly the country's own nationality in the text's language; sometimes another one."""
    own = NATIONALITY.get((ctx.locale, ctx.lang)) or NATIONALITY.get((ctx.locale, "")) or REGION_NAME[ctx.locale]
    return own if ctx.rng.random() < 0.8 else ctx.rng.choice(list(REGION_NAME.values()))


NATIONALITY = {("en_IN", ""): "Indian", ("en_IE", ""): "Irish", ("de_CH", "de"): "Schweiz", ("de_CH", "fr"): "suisse",
               ("de_CH", "it"): "svizzera", ("nl_BE", "nl"): "Belg", ("nl_BE", "fr"): "belge", ("es_CO", ""): "colombiana",
               ("zh_TW", ""): "中華民國", ("hr_HR", ""): "hrvatsko", ("lt_LT", ""): "Lietuvos Respublikos", ("ms_MY", "ms"): "Malaysia",
               ("ms_MY", "en"): "Malaysian", ("ar_SA", ""): "سعودي"}
REGION_NAME = {"en_IN": "India", "en_IE": "Ireland", "de_CH": "Schweiz", "nl_BE": "België", "es_CO": "Colombia",
               "zh_TW": "臺灣", "hr_HR": "Hrvatska", "lt_LT": "Lietuva", "ms_MY": "Malaysia", "ar_SA": "السعودية"}
__all__ = ["val"]
