"""The fourteen text styles of eval_v4b. Each renderer writes one record into a `Doc`.

Only the renderer decides layout; values come from `Ctx` so every span is the exact value
inserted. Noise (typos, OCR errors) is applied to the surrounding text only, never to values.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import _v4b_places as places
from _v4b_doc import Ctx, Doc, Person
from _v4b_values import date_text

EMOJI = ["🙂", "😅", "👍", "🙏", "😂", "📦", "🚗", "❤️", "🤞", "😬", "✅", "🎉"]


def _end(ctx: Ctx) -> str:
    return "。" if ctx.lang == "zh" else "."


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s and s[0].isalpha() else s


def _sp(ctx: Ctx) -> str:
    return "" if ctx.lang == "zh" else " "


def say(
    ctx: Ctx, d: Doc, kind: str, p: Person | None = None, cap: bool = True, end: str | None = None
) -> None:
    """One free-text sentence carrying a value of `kind` after a cue of the language."""
    label = ""
    span_kind = kind
    if kind == "national_id":
        label, v = ctx.nid(p)
    elif kind == "address":
        v = ctx.one_line_address()
    elif kind == "secret":
        v = ctx.value("token" if ctx.rng.random() < 0.15 else "password", fresh=True)
    elif kind == "email" and ctx.rng.random() < 0.15:
        v = ctx.value("email", p, fresh=True, obf=True)
    else:
        v = ctx.value(kind, p)
    tpl = ctx.say(kind)
    if cap:
        tpl = _cap(tpl)
    d.tpl(tpl, span_kind, v, label=label)
    d.t(_end(ctx) if end is None else end)


def name_tpl(ctx: Ctx, d: Doc, template: str, p: Person, mode: str = "") -> None:
    """A template with one {n} replaced by a written name."""
    before, after = template.split("{n}")
    d.t(before)
    ctx.name(d, p, mode)
    d.t(after)


def choose(ctx: Ctx, pool: list[str], lo: int, hi: int) -> list[str]:
    k = ctx.rng.randint(lo, min(hi, len(pool)))
    out: list[str] = []
    for x in ctx.rng.sample(pool, k):  # a pool may weight a kind by listing it twice
        if x not in out:
            out.append(x)
    return out


def _has_iban(ctx: Ctx) -> bool:
    return ctx.locale in ("en_GB", "es_ES", "pt_BR", "it_IT", "da_DK", "nb_NO")


# ---------------------------------------------------------------- 1 e-mail thread
def email_thread(ctx: Ctx, d: Doc) -> None:
    w, P = ctx.P["w"], ctx.P
    a, b = ctx.person, ctx.other()
    topic = ctx.pick(w["topics"])
    d.t(f"{w['subject']}: {w['re']} {topic}\n")
    if ctx.rng.random() < 0.6:
        d.t("From: ")
        ctx.name(d, a, "full")
        d.t(" <").v("email", ctx.value("email", a)).t(">\n")
    d.t("\n")
    name_tpl(ctx, d, ctx.pick(P["greet"]), b, ctx.pick(["given", "given", "hon", "full"]))
    d.t("\n\n" + ctx.pick(w["lines"]))
    pool = ["phone", "address", "dob", "national_id", "secret", "gps", "card"] + (
        ["iban"] * 2 if _has_iban(ctx) else []
    )
    for k in choose(ctx, pool, 1, 3):
        d.t(_sp(ctx))
        say(ctx, d, k, a)
    if ctx.neg:
        d.t(_sp(ctx) + ctx.neg_sentence())
    d.t("\n\n" + ctx.pick(P["bye"]) + "\n")
    ctx.name(d, a, ctx.pick(["given", "full"]))
    if ctx.rng.random() < 0.5:
        d.t("\n" + ctx.pick(["M: ", "Mob ", "T. ", "📱 ", "Tel: "])).v(
            "phone", ctx.value("phone", a)
        )
    d.t("\n\n")
    when = dt.date(2025, 1, 1) + dt.timedelta(days=ctx.rng.randrange(300))
    wrote = w["wrote"]
    i_d, i_n, i_e = wrote.index("{d}"), wrote.index("{n}"), wrote.index("{e}")
    order = sorted([(i_d, "d"), (i_n, "n"), (i_e, "e")])
    pos = 0
    for i, k in order:
        d.t(wrote[pos:i])
        if k == "d":
            d.t(
                date_text(ctx.rng, when, ctx.locale)
                + f" {ctx.rng.randrange(7, 20)}:{ctx.rng.randrange(60):02d}"
            )
        elif k == "n":
            ctx.name(d, b, "full")
        else:
            d.v("email", ctx.value("email", b))
        pos = i + 3
    d.t(wrote[pos:] + "\n> ")
    name_tpl(ctx, d, ctx.pick(P["greet"]), a, "given")
    d.t("\n> " + ctx.pick(w["lines"]))
    if ctx.rng.random() < 0.6:
        d.t("\n> ")
        say(ctx, d, ctx.pick(["phone", "email", "address"]), b)
    d.t("\n> " + ctx.pick(P["bye"]) + " ")
    ctx.name(d, b, "given")


# ---------------------------------------------------------------- 2 clinic note
def clinic_note(ctx: Ctx, d: Doc) -> None:
    c = ctx.P["w"]["clinic"]
    p, r = ctx.person, ctx.rng
    vit = {
        "bp": f"{r.randrange(100, 160)}/{r.randrange(60, 100)}",
        "pulse": str(r.randrange(55, 110)),
        "temp": f"{r.randrange(360, 395) / 10:.1f}",
    }
    if ctx.lang != "en" and ctx.lang != "zh":
        vit["temp"] = vit["temp"].replace(".", ",")
    d.t(f"{c[0]} — {c[7]}\n{c[1]}: ")
    ctx.name(d, p, r.choice(["full", "full", "hon"]))
    if r.random() < 0.85:
        d.t(", " + ctx.label("dob") + " ").v("dob", ctx.value("dob"))
    if r.random() < 0.6:
        lab, v = ctx.nid()
        d.t(f", {lab} ").v("national_id", v)
    d.t("\n" + c[2] + " " + c[3] + "\n" + c[4].format(**vit) + "\n")
    if ctx.neg:
        d.t(ctx.neg_sentence() + "\n")
    if r.random() < 0.7:
        d.t(ctx.label("phone") + ": ").v("phone", ctx.value("phone"))
        d.t("\n")
    if r.random() < 0.5:
        s, cl = ctx.address()
        d.t(ctx.label("address", (0, 1)) + ": ").v(
            "address", places.one_line(r, ctx.locale, s, cl)
        ).t("\n")
    if r.random() < 0.5:
        kin = ctx.other()
        d.t(c[6] + ": ")
        ctx.name(d, kin, "full")
        d.t(" (" + ctx.label("phone") + " ").v("phone", ctx.value("phone", kin)).t(")\n")
    d.t(c[5] + "\n— ")
    doc = ctx.other()
    ctx.name(d, doc, r.choice(["hon", "initial"]) if ctx.lang != "zh" else "full")


# ---------------------------------------------------------------- 3 courier note
def courier_note(ctx: Ctx, d: Doc) -> None:
    c = ctx.P["w"]["courier"]
    p, r = ctx.person, ctx.rng
    nv = ctx.neg_values()
    d.t(f"{c[0]} #{nv['track']}\n")
    d.t(ctx.label("person", (0, 4)) + ": ")
    ctx.name(d, p, r.choice(["full", "full", "initial", "hon", "upper"]))
    d.t("\n")
    s, cl = ctx.address()
    if r.random() < 0.5:
        d.v("address", s).t("\n").v("address", cl).t("\n")
    else:
        d.t(ctx.label("address", (0, 2, 3)) + ": ").v(
            "address", places.one_line(r, ctx.locale, s, cl)
        ).t("\n")
    d.t(f"{c[2]}: {r.randrange(1, 4)}/{r.randrange(1, 4)}, {nv['kg']} kg\n")
    if r.random() < 0.8:
        d.t(c[7] + ": ").v("phone", ctx.value("phone")).t("\n")
    d.t(c[1] + (" " if ctx.lang != "zh" else "") + c[5] + "\n")
    if r.random() < 0.45:
        d.t(ctx.label("gps") + ": ").v("gps", ctx.value("gps")).t("\n")
    if r.random() < 0.3:
        d.t(ctx.label("email") + ": ").v("email", ctx.value("email")).t("\n")
    if ctx.neg:
        d.t(ctx.neg_sentence() + "\n")
    if r.random() < 0.5:
        d.t(c[3] + ": ")
        ctx.name(d, ctx.other(), r.choice(["given", "full", "initial"]))
        d.t(f" {nv['ts']}\n")
    d.t(f"{c[4]}: ")
    ctx.name(d, ctx.other(), "given")
    d.t(f" / {c[6]} {nv['date']}")


# ---------------------------------------------------------------- 4 HR onboarding form
def hr_form(ctx: Ctx, d: Doc) -> None:
    h = ctx.P["w"]["hr"]
    p, r = ctx.person, ctx.rng
    nv = ctx.neg_values()
    sep = r.choice([": ", ":\t", " .... ", " | "])
    d.t(f"== {h[0]} ==\n")
    d.t(ctx.pick(ctx.P["label"]["person"][:2]) + sep)
    ctx.name(d, p, r.choice(["full", "full", "full", "upper"]))
    d.t("\n" + ctx.label("dob") + sep).v("dob", ctx.value("dob")).t("\n")
    lab, v = ctx.nid()
    d.t(_cap(lab) + sep).v("national_id", v).t("\n")
    s, cl = ctx.address()
    alab = ctx.label("address", (0, 1))
    d.t(alab + sep).v("address", s).t("\n" + " " * r.choice([0, 4, 8, len(alab) + len(sep)])).v(
        "address", cl
    ).t("\n")
    d.t(ctx.label("email") + sep).v("email", ctx.value("email")).t("\n")
    d.t(ctx.label("phone") + sep).v("phone", ctx.value("phone")).t("\n")
    d.t(
        f"{h[1]}{sep}{nv['date']}\n{h[5]}{sep}{ctx.pick(['IT', 'Finance', 'Ops', 'R&D', 'Sales'])}\n"
    )
    if _has_iban(ctx):
        d.t(f"{h[3]} (IBAN){sep}").v("iban", ctx.value("iban")).t("\n")
    elif r.random() < 0.4:
        d.t(f"{h[3]}{sep}").v("card", ctx.value("card")).t("\n")
    if ctx.locale in ("en_GB", "en_AU", "es_MX", "pt_BR") and r.random() < 0.25:
        d.t(f"US SSN (prior employment){sep}").v("ssn", ctx.value("ssn")).t("\n")
    k = ctx.other()
    d.t(f"{h[2]}{sep}")
    ctx.name(d, k, "full")
    d.t(", ").v("phone", ctx.value("phone", k)).t("\n")
    if r.random() < 0.6:
        d.t(f"{h[4]} MAC{sep}").v("mac", ctx.value("mac")).t("\n")
    if r.random() < 0.5:
        d.t(ctx.label("secret") + sep).v("secret", ctx.value("password")).t("\n")
    if ctx.neg:
        d.t(f"Asset tag{sep}{nv['order']}\n")


# ---------------------------------------------------------------- 5 XML
def xml_record(ctx: Ctx, d: Doc) -> None:
    p, r = ctx.person, ctx.rng
    root = r.choice(["customer", "patient", "member", "kunde", "cliente", "contact"])
    d.t(f'<?xml version="1.0" encoding="UTF-8"?>\n<{root} id="{r.randrange(1000, 99999)}">\n')
    ind = "  "
    if r.random() < 0.5:
        d.t(f"{ind}<givenName>").v("person", p.given).t(f"</givenName>\n{ind}<familyName>")
        d.v(
            "person", p.family if ctx.lang == "zh" or not p.family2 else f"{p.family} {p.family2}"
        ).t("</familyName>\n")
    else:
        d.t(f"{ind}<name>").v("person", p.full).t("</name>\n")
    pool = ["dob", "email", "phone", "address", "national_id", "card", "ipv4", "ipv6"] + (
        ["iban"] if _has_iban(ctx) else []
    )
    for k in choose(ctx, pool, 2, 5):
        if k == "address":
            s, cl = ctx.address()
            if r.random() < 0.5:
                d.t(f"{ind}<address>\n{ind}{ind}<street>").v("address", s).t(
                    f"</street>\n{ind}{ind}<city>"
                ).v("address", cl).t(f"</city>\n{ind}</address>\n")
            else:
                d.t(f"{ind}<address>").v("address", places.one_line(r, ctx.locale, s, cl)).t(
                    "</address>\n"
                )
        elif k == "national_id":
            lab, v = ctx.nid()
            d.t(f'{ind}<id type="{lab}">').v("national_id", v).t("</id>\n")
        else:
            tag = {
                "dob": "birthDate",
                "email": "email",
                "phone": r.choice(["phone", "mobile"]),
                "card": "cardNumber",
                "ipv4": "lastLoginIp",
                "ipv6": "lastLoginIp",
                "iban": "iban",
            }[k]
            d.t(f"{ind}<{tag}>").v(k, ctx.value(k)).t(f"</{tag}>\n")
    if ctx.neg:
        nv = ctx.neg_values()
        d.t(
            f"{ind}<orderRef>{nv['order']}</orderRef>\n{ind}<updated>{nv['ts']}</updated>\n{ind}<store>{nv['company']}</store>\n"
        )
    d.t(f"</{root}>")


# ---------------------------------------------------------------- 6 Markdown table
def md_table(ctx: Ctx, d: Doc) -> None:
    r = ctx.rng
    cols = ["person", *choose(ctx, ["phone", "email", "dob", "national_id", "city"], 2, 3)]
    head = {
        "city": {
            "en": "City",
            "es": "Ciudad",
            "pt": "Cidade",
            "it": "Città",
            "da": "By",
            "nb": "By",
            "id": "Kota",
            "zh": "城市",
        }[ctx.lang]
    }
    names = [head.get(c) or (ctx.P["label"][c][0] if c in ctx.P["label"] else "ID") for c in cols]
    if ctx.neg:
        cols.append("neg")
        names.append(r.choice(["Order", "Ref", "Ticket"]))
    d.t("| " + " | ".join(names) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    rows = [ctx.person] + [ctx.other() for _ in range(r.randint(1, 3))]
    for p in rows:
        d.t("|")
        for c in cols:
            d.t(" ")
            if c == "person":
                ctx.name(d, p, "full")
            elif c == "city":
                d.t(
                    r.choice([x[0] for x in places.CITIES[ctx.locale]])
                    .split(",")[0]
                    .split(" - ")[0]
                )
            elif c == "national_id":
                d.v("national_id", ctx.nid(p)[1])
            elif c == "neg":
                d.t(ctx.neg_values()["order"])
            else:
                d.v(c, ctx.value(c, p))
            d.t(" |")
        d.t("\n")
    d.t(r.choice(["", "\n_" + ctx.P["w"]["lines"][2] + "_"]))


# ---------------------------------------------------------------- 7 SQL INSERT
def sql_insert(ctx: Ctx, d: Doc) -> None:
    r = ctx.rng
    table = r.choice(
        ["customers", "clientes", "pazienti", "kunder", "pelanggan", "users", "members"]
    )
    pool = ["email", "phone", "dob", "national_id", "card", "ipv4", "address"] + (
        ["iban"] if _has_iban(ctx) else []
    )
    cols = ["full_name", *choose(ctx, pool, 2, 4)]
    names = [
        {"dob": "birth_date", "national_id": "national_id", "ipv4": "signup_ip"}.get(c, c)
        for c in cols
    ] + ["created_at"]
    d.t(f"INSERT INTO {table} ({', '.join(names)}) VALUES\n")
    rows = [ctx.person] + [ctx.other() for _ in range(r.randint(0, 2))]
    for i, p in enumerate(rows):
        d.t("  (")
        for c in cols:
            d.t("'")
            if c == "full_name":
                d.v("person", p.full)
            elif c == "national_id":
                d.v("national_id", ctx.nid(p)[1])
            elif c == "address":
                d.v("address", ctx.one_line_address())
            elif c == "dob":
                d.v("dob", p.dob.isoformat())
            else:
                d.v(c, ctx.value(c, p))
            d.t("', ")
        d.t(
            f"'{ctx.neg_values()['ts'] if ctx.neg else '2025-06-0' + str(r.randrange(1, 10)) + ' 09:00:00'}')"
        )
        d.t(",\n" if i < len(rows) - 1 else ";")


# ---------------------------------------------------------------- 8 key=value log
def kv_log(ctx: Ctx, d: Doc) -> None:
    r = ctx.rng
    base = dt.datetime(2025, 3, 1) + dt.timedelta(seconds=r.randrange(10**7))
    svc = r.choice(["auth", "gateway", "billing", "kiosk-fw", "sync", "pos"])
    n = r.randint(2, 4)
    for i in range(n):
        base += dt.timedelta(milliseconds=r.randrange(5, 90000))
        ts = base.isoformat(timespec="milliseconds")
        d.t(f"{ts}Z level={r.choice(['info', 'warn', 'debug', 'error'])} svc={svc} ")
        kinds = choose(ctx, ["user", "ipv4", "ipv6", "mac", "secret", "gps", "phone"], 1, 3)
        for k in kinds:
            if k == "user":
                if r.random() < 0.5:
                    d.t("user=").v("email", ctx.value("email"))
                else:
                    d.t('user="').v("person", ctx.person.full).t('"')
            elif k == "ipv4":
                d.t(r.choice(["src_ip=", "client=", "remote_addr="])).v("ipv4", ctx.value("ipv4"))
            elif k == "ipv6":
                d.t(r.choice(["src_ip=", "peer="])).v("ipv6", ctx.value("ipv6"))
            elif k == "mac":
                d.t(r.choice(["mac=", "hwaddr=", "sta="])).v("mac", ctx.value("mac"))
            elif k == "secret":
                cue = r.choice(
                    ["token=", "api_key=", 'authorization="Bearer ', "pwd=", "password="]
                )
                d.t(cue).v(
                    "secret",
                    ctx.value(
                        "token" if "pass" not in cue and "pwd" not in cue else "password",
                        fresh=True,
                    ),
                )
                d.t('"' if cue.endswith(" ") else "")
            elif k == "gps":
                d.t('loc="').v("gps", ctx.value("gps", quote=False)).t('"')
            else:
                ph = ctx.value("phone")
                d.t('msisdn="').v("phone", ph).t('"') if " " in ph else d.t("msisdn=").v(
                    "phone", ph
                )
            d.t(" ")
        nv = ctx.neg_values()
        extra = [f"latency_ms={r.randrange(2, 900)}", f"req={nv['uuid']}"]
        if ctx.neg:
            extra += [
                f"fw={nv['ver']}",
                f"commit={nv['hash']}",
                f"temp_c={nv['temp']}",
                f"order={nv['order']}",
            ]
        d.t(" ".join(r.sample(extra, min(len(extra), 2 + (1 if ctx.neg else 0)))))
        d.t("\n" if i < n - 1 else "")


# ---------------------------------------------------------------- 9 YAML
def yaml_config(ctx: Ctx, d: Doc) -> None:
    r = ctx.rng
    nv = ctx.neg_values()
    d.t(f"# device config, generated {nv['date'] if ctx.neg else '2025'}\n")
    d.t(f"device:\n  id: {nv['uuid'] if ctx.neg else 'kiosk-' + str(r.randrange(10, 99))}\n")
    if r.random() < 0.7:
        d.t('  mac: "').v("mac", ctx.value("mac")).t('"\n')
    if ctx.neg:
        d.t(f'  firmware: "{nv["ver"]}"\n')
    d.t('owner:\n  name: "')
    ctx.name(d, ctx.person, "full")
    d.t('"\n')
    for k in choose(ctx, ["email", "phone", "gps", "address", "ipv4", "ipv6"], 1, 3):
        key = {
            "email": "email",
            "phone": "phone",
            "gps": "location",
            "address": "site_address",
            "ipv4": "static_ip",
            "ipv6": "static_ip6",
        }[k]
        v = ctx.one_line_address() if k == "address" else ctx.value(k, quote=False)
        d.t(f'  {key}: "').v(k, v).t('"\n')
    user = r.choice(["app", "kiosk", "svc_sync", "admin"])
    pw = ctx.value("password", fresh=True)
    host = r.choice(["db.internal", "10.0.3.7", "pg-main.local", "mysql01"])
    scheme = r.choice(["postgresql", "mysql", "postgres", "mongodb"])
    d.t(f'database:\n  url: "{scheme}://{user}:').v("secret", pw).t(
        f'@{host}:5432/{r.choice(["shop", "kiosk", "crm"])}"\n'
    )
    if r.random() < 0.7:
        d.t(f'api:\n  {r.choice(["key", "token", "secret"])}: "').v(
            "secret", ctx.value("token", fresh=True)
        ).t('"\n')
    d.t(f"  timeout_s: {r.randrange(2, 30)}")


# ---------------------------------------------------------------- 10 chat with typos and emoji
def _typo(r: random.Random, s: str) -> str:
    if len(s) < 5 or r.random() < 0.5:
        return s
    i = r.randrange(1, len(s) - 2)
    op = r.random()
    if op < 0.4 and s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if op < 0.7 and s[i].isalpha():
        return s[:i] + s[i + 1 :]
    return s.lower()


def chat(ctx: Ctx, d: Doc) -> None:
    r = ctx.rng
    a, b = ctx.person, ctx.other()
    lines = r.randint(3, 6)
    pool = choose(
        ctx,
        ["phone", "email", "address", "secret", "gps", "dob", "national_id", "card", "ipv4"],
        1,
        3,
    )
    speakers = [a, b]
    for i in range(lines):
        sp = speakers[i % 2]
        if r.random() < 0.75:
            d.v("person", sp.given)
        else:
            d.v("person", sp.full)
        d.t(r.choice([": ", ": ", " > ", " - "]))
        if i % 2 == 0 and pool:
            k = pool.pop()
            say(ctx, d, k, a, cap=r.random() < 0.3, end="")
        elif ctx.neg and r.random() < 0.5:
            d.t(_typo(r, ctx.neg_sentence()))
        else:
            d.t(_typo(r, ctx.fill()))
        if r.random() < 0.45:
            d.t(" " + r.choice(EMOJI))
        d.t("\n" if i < lines - 1 or pool else "")
    while pool:
        d.v("person", a.given).t(": ")
        say(ctx, d, pool.pop(), a, cap=False, end="")
        d.t(" " + r.choice(EMOJI) + ("\n" if pool else ""))


# ---------------------------------------------------------------- 11 OCR'd receipt / invoice
_OCR = {"O": "0", "l": "1", "S": "5", "B": "8", "e": "c", "I": "1"}


def _ocr(r: random.Random, s: str) -> str:
    out = []
    for ch in s:
        if ch in _OCR and r.random() < 0.08:
            out.append(_OCR[ch])
        elif ch == " " and r.random() < 0.1:
            out.append("  ")
        else:
            out.append(ch)
    return "".join(out)


_TAX = {
    "en_GB": ("VAT", 20),
    "en_AU": ("GST", 10),
    "es_ES": ("", 21),
    "es_MX": ("", 16),
    "pt_BR": ("", 18),
    "it_IT": ("", 22),
    "da_DK": ("", 25),
    "nb_NO": ("", 25),
    "id_ID": ("", 11),
    "zh_CN": ("", 13),
}


def _shop_place(r: random.Random, locale: str) -> str:
    """The shop's street and town on a receipt header (no house number: not a postal address)."""
    city = r.choice(places.CITIES[locale])
    key = city[1] if locale == "zh_CN" else city[0]
    return f"{places.street_for(r, locale, key)} — {city[0]}"


def ocr_receipt(ctx: Ctx, d: Doc) -> None:
    rc = ctx.P["w"]["receipt"]
    r = ctx.rng
    shop = r.choice(places.COMPANIES[ctx.locale])
    d.t(
        _ocr(
            r,
            f"{shop.upper()}\n{_shop_place(r, ctx.locale)}\n{rc[0]} {r.randrange(1000, 99999)}\n",
        )
    )
    for _ in range(r.randint(2, 5)):
        d.t(
            _ocr(
                r,
                f"{r.choice(places.PRODUCTS[ctx.locale])}  x{r.randrange(1, 4)}  {places.price(r, ctx.locale)}\n",
            )
        )
    d.t(
        _ocr(
            r,
            f"{_TAX[ctx.locale][0] or rc[2]} {_TAX[ctx.locale][1]}%\n{rc[1]} {places.price(r, ctx.locale)}\n",
        )
    )
    if r.random() < 0.6:
        d.t(_ocr(r, rc[5] + " ")).v("card", ctx.value("card")).t("\n")
    else:
        d.t(_ocr(r, rc[5] + " **** **** **** " + str(r.randrange(1000, 9999)) + "\n"))
    if r.random() < 0.8 or not d.spans:
        d.t(_ocr(r, rc[4] + ": "))
        ctx.name(d, ctx.person, r.choice(["full", "initial", "upper"]))
        d.t("\n")
    for k in choose(ctx, ["phone", "email", "address"], 0, 2):
        d.t(_ocr(r, ctx.label(k) + ": "))
        d.v(k, ctx.one_line_address() if k == "address" else ctx.value(k)).t("\n")
    if ctx.neg:
        nv = ctx.neg_values()
        d.t(_ocr(r, f"{nv['inv']}  {nv['ts']}\n"))
    d.t(_ocr(r, rc[3]))


# ---------------------------------------------------------------- 12 calendar invite
def calendar_invite(ctx: Ctx, d: Doc) -> None:
    iv = ctx.P["w"]["invite"]
    r = ctx.rng
    org, att = ctx.person, ctx.other()
    start = dt.datetime(2025, 1, 6, 8) + dt.timedelta(hours=r.randrange(0, 6000))
    d.t("BEGIN:VCALENDAR\nBEGIN:VEVENT\n")
    d.t(
        f"UID:{ctx.neg_values()['uuid']}\nDTSTART:{start:%Y%m%dT%H%M%S}\nSUMMARY:{iv[0]} - {ctx.pick(ctx.P['w']['topics'])}\n"
    )
    d.t("ORGANIZER;CN=")
    ctx.name(d, org, "full")
    d.t(":mailto:").v("email", ctx.value("email", org)).t("\n")
    d.t("ATTENDEE;CN=")
    ctx.name(d, att, "full")
    d.t(":mailto:").v("email", ctx.value("email", att)).t("\n")
    if r.random() < 0.6:
        d.t("LOCATION:").v("address", ctx.one_line_address()).t("\n")
    else:
        d.t(
            f"LOCATION:{r.choice(places.COMPANIES[ctx.locale])} {r.choice(places.CITIES[ctx.locale])[0]}\n"
        )
    d.t("DESCRIPTION:")
    for j, k in enumerate(choose(ctx, ["phone", "gps", "secret"], 1, 2)):
        d.t(_sp(ctx) if j else "")
        if k == "secret":
            d.t(
                {
                    "en": "Wi-Fi password ",
                    "es": "Contraseña wifi ",
                    "pt": "Senha do wifi ",
                    "it": "Password wifi ",
                    "da": "Wi-fi-kode ",
                    "nb": "Wi-fi-passord ",
                    "id": "Password wifi ",
                    "zh": "WiFi密码",
                }[ctx.lang]
            )
            d.v("secret", ctx.value("password", fresh=True)).t(_end(ctx))
        elif k == "gps":
            d.t(ctx.label("gps") + " ").v("gps", ctx.value("gps", quote=False)).t(_end(ctx))
        else:
            d.t(ctx.label("phone") + " ").v("phone", ctx.value("phone", org)).t(_end(ctx))
    if ctx.neg:
        d.t(_sp(ctx) + ctx.neg_sentence())
    d.t("\nEND:VEVENT\nEND:VCALENDAR")


# ---------------------------------------------------------------- 13 bank-transfer confirmation
def bank_transfer(ctx: Ctx, d: Doc) -> None:
    b = ctx.P["w"]["bank"]
    r = ctx.rng
    payer, payee = ctx.person, ctx.other()
    nv = ctx.neg_values()
    d.t(f"{b[0]}\n{'-' * r.randrange(10, 30)}\n")
    d.t(f"{b[5]}: ")
    ctx.name(d, payer, "full")
    if _has_iban(ctx):
        d.t(", ").v("iban", ctx.value("iban", payer))
    d.t(f"\n{b[1]}: ")
    ctx.name(d, payee, r.choice(["full", "full", "initial", "upper"]))
    d.t("\n")
    if _has_iban(ctx):
        d.t("IBAN: ").v("iban", ctx.value("iban", payee)).t("\n")
    else:
        alias = {
            "en_AU": "PayID",
            "id_ID": "No. HP (DANA/OVO)",
            "es_MX": "Tarjeta de débito (SPEI)",
            "zh_CN": "收款卡号",
        }[ctx.locale]
        d.t(alias + ": ")
        if ctx.locale == "en_AU":
            k = r.choice(["email", "phone"])
            d.v(k, ctx.value(k, payee))
        elif ctx.locale == "id_ID":
            d.v("phone", ctx.value("phone", payee))
        else:
            d.v("card", ctx.value("card", payee))
        d.t("\n")
    d.t(
        f"{b[2]}: {places.price(r, ctx.locale)}\n{b[3]}: { {'en': 'Rent', 'es': 'Alquiler', 'pt': 'Aluguel', 'it': 'Affitto', 'da': 'Husleje', 'nb': 'Husleie', 'id': 'Sewa', 'zh': '房租'}[ctx.lang] } {nv['inv']}\n"
    )
    d.t(f"{b[4]}: {nv['date']}\n")
    if r.random() < 0.4:
        d.t(ctx.label("email") + ": ").v("email", ctx.value("email", payer)).t("\n")
    if ctx.neg:
        d.t(f"ID: {nv['uuid']}\n")
    d.t(ctx.P["w"]["lines"][0] if r.random() < 0.3 else "")


# ---------------------------------------------------------------- 14 CRM note
def crm_note(ctx: Ctx, d: Doc) -> None:
    c = ctx.P["w"]["crm"]
    r = ctx.rng
    agent, cust = ctx.other(), ctx.person
    nv = ctx.neg_values()
    d.t(f"[CRM] {nv['date']} · ")
    ctx.name(d, agent, r.choice(["given", "initial"]) if ctx.lang != "zh" else "full")
    d.t("\n" + c[0] + _sp(ctx))
    ctx.name(d, cust, r.choice(["full", "hon"]))
    d.t(_end(ctx) + _sp(ctx) + c[1] + _sp(ctx))
    for k in choose(
        ctx, ["phone", "email", "address", "dob", "national_id", "ipv4", "card", "secret"], 1, 3
    ):
        say(ctx, d, k, cust)
        d.t(_sp(ctx))
    if r.random() < 0.5:
        d.t(
            "\n" + c[4] + " " + r.choice(["WhatsApp", "SMS", "e-mail", "WeChat", "Telegram"]) + ": "
        ).v("phone", ctx.value("phone", cust))
    if ctx.neg:
        d.t("\n" + ctx.neg_sentence())
    d.t(f"\n{c[2]}: {nv['date']}")


STYLES: dict[str, Callable[[Ctx, Doc], None]] = {
    "email_thread": email_thread,
    "clinic_note": clinic_note,
    "courier_note": courier_note,
    "hr_form": hr_form,
    "xml": xml_record,
    "markdown_table": md_table,
    "sql_insert": sql_insert,
    "kv_log": kv_log,
    "yaml": yaml_config,
    "chat": chat,
    "ocr_receipt": ocr_receipt,
    "calendar_invite": calendar_invite,
    "bank_transfer": bank_transfer,
    "crm_note": crm_note,
}


# ---------------------------------------------------------------- texts without personal data
def no_pii(style: str, ctx: Ctx, d: Doc) -> None:
    r = ctx.rng
    nv = ctx.neg_values()
    if style == "kv_log":
        for i in range(r.randint(2, 4)):
            nv = ctx.neg_values()
            d.t(
                f"{nv['ts']} level=info svc=sensor fw={nv['ver']} temp_c={nv['temp']} rh={nv['hum']} req={nv['uuid']}"
            )
            d.t("\n" if i < 3 else "")
    elif style == "yaml":
        d.t(
            f'device:\n  id: "{nv["uuid"]}"\n  firmware: "{nv["ver"]}"\n  commit: "{nv["hash"]}"\nsensors:\n  interval_s: {r.randrange(5, 120)}\n  max_temp_c: {nv["temp"]}\nstore: "{nv["company"]}"'
        )
    elif style == "markdown_table":
        head = {
            "en": "Product | Price",
            "es": "Producto | Precio",
            "pt": "Produto | Preço",
            "it": "Prodotto | Prezzo",
            "da": "Vare | Pris",
            "nb": "Vare | Pris",
            "id": "Produk | Harga",
            "zh": "商品 | 价格",
        }[ctx.lang]
        d.t(f"| SKU | {head} |\n|---|---|---|\n")
        for _ in range(r.randint(2, 4)):
            d.t(
                f"| {r.randrange(10**5, 10**6)} | {r.choice(places.PRODUCTS[ctx.locale])} | {places.price(r, ctx.locale)} |\n"
            )
        d.t(ctx.neg_sentence())
    elif style == "xml":
        d.t(
            f'<?xml version="1.0"?>\n<shipment ref="{nv["track"]}">\n  <weightKg>{nv["kg"]}</weightKg>\n  <carrier>{nv["company"]}</carrier>\n  <dispatched>{nv["date"]}</dispatched>\n  <city>{nv["city"]}</city>\n</shipment>'
        )
    elif style == "ocr_receipt":
        rc = ctx.P["w"]["receipt"]
        d.t(_ocr(r, f"{nv['company'].upper()}\n{rc[0]} {nv['inv']}\n"))
        for _ in range(r.randint(2, 5)):
            d.t(
                _ocr(r, f"{r.choice(places.PRODUCTS[ctx.locale])}  {places.price(r, ctx.locale)}\n")
            )
        d.t(
            _ocr(
                r,
                f"{rc[1]} {nv['price']}\n{rc[5]} **** {r.randrange(1000, 9999)}\n{nv['ts']}\n{rc[3]}",
            )
        )
    else:  # chat between a customer and the support bot, no names
        a = ctx.P["w"]["assistant"]
        d.t(
            f"{a}: {ctx.neg_sentence()}\n> {ctx.fill()} {r.choice(EMOJI)}\n{a}: {ctx.neg_sentence()}"
        )


NO_PII_STYLES = ["kv_log", "yaml", "markdown_table", "xml", "ocr_receipt", "chat"]
