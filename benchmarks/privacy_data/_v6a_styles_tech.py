"""Machine-made texts for eval_v6a: SQL dumps, CSV exports, YAML, pandas, mail headers, .ics,
git logs, tracebacks, mobile-app logs."""

from __future__ import annotations

import datetime as dt

from _v6a_ctx import Ctx
from _v6a_doc import Doc, V
from _v6a_lang import L, money
from _v6a_values import git_hash, order_no, uuid4, version

SHOPS = {
    "en_ZA": ["Checkers", "Pick n Pay", "Woolworths", "Engen"],
    "is_IS": ["Bónus", "Krónan", "Hagkaup", "N1"],
    "es_CL": ["Lider", "Jumbo", "Unimarc", "Copec"],
    "es_PE": ["Wong", "Plaza Vea", "Tottus", "Inkafarma"],
    "fr_BE": ["Delhaize", "Colruyt", "Carrefour", "Q8"],
    "it_CH": ["Coop", "Migros", "Manor", "Denner"],
    "sl_SI": ["Mercator", "SPAR", "Tuš", "Petrol"],
    "et_EE": ["Rimi", "Prisma", "Selver", "Circle K"],
    "ka_GE": ["Nikora", "Carrefour", "Goodwill", "Gulf"],
    "az_AZ": ["Bravo", "Araz", "Bazarstore", "SOCAR"],
}
INVOICE = {
    "en": "invoice",
    "is": "reikningur",
    "es": "factura",
    "fr": "facture",
    "it": "fattura",
    "sl": "račun",
    "et": "arve",
    "ka": "ინვოისი",
    "az": "hesab-faktura",
}


SUMMARY = {
    "en": ["Sprint review", "Site visit", "Kick-off"],
    "is": ["Fundur", "Kick-off"],
    "es": ["Reunión", "Kick-off"],
    "fr": ["Réunion", "Visite"],
    "it": ["Riunione", "Kick-off"],
    "sl": ["Ogled stanovanja", "Sestanek"],
    "et": ["Koosolek", "Kick-off"],
    "ka": ["შეხვედრა", "Kick-off"],
    "az": ["Görüş", "Kick-off"],
}


def _ts(c: Ctx, iso: bool = True) -> str:
    r = c.rng
    t = dt.datetime(
        2026,
        r.randint(1, 11),
        r.randint(1, 28),
        r.randint(0, 23),
        r.randint(0, 59),
        r.randint(0, 59),
    )
    return t.isoformat() + "Z" if iso else t.strftime("%Y-%m-%d %H:%M:%S")


def _latin_person(c: Ctx):
    return c.person(script="" if c.loc == "ka_GE" else None)


def sql_dump(c: Ctx, d: Doc) -> None:
    r = c.rng
    table = r.choice(["customers", "kliendid" if c.lang == "et" else "clients", "users", "members"])
    d.t(
        f"-- MySQL dump 10.13  Distrib {version(r)}\n-- Host: {r.choice(['db01', 'localhost', 'prod-mysql'])}"
        f"    Database: {r.choice(['crm', 'shop', 'app_prod'])}\n"
    )
    d.t(
        f"LOCK TABLES `{table}` WRITE;\nINSERT INTO `{table}` (`id`,`name`,`email`,`phone`,"
        f"`birth_date`,`national_id`,`created_at`) VALUES\n"
    )
    n = r.randint(2, 5)
    for i in range(n):
        p = c.person()
        _, nid = c.nid(p)
        d.f(
            "({id},'{name}','{email}','{phone}','{dob}','{nid}','{ts}')",
            id=r.randint(1000, 99999),
            name=c.p(p.full.replace("'", "''")),
            email=c.email_of(p),
            phone=c.phone(),
            dob=V("dob", f"{p.born:%Y-%m-%d}"),
            nid=nid,
            ts=_ts(c, False),
        )
        d.t(",\n" if i < n - 1 else ";\n")
    d.t("UNLOCK TABLES;\n")
    if r.random() < 0.4:
        d.f("-- replica: mysql://repl:{pw}@{ip}:3306/crm\n", pw=c.password(), ip=c.ipv4(0.9))


def crm_csv(c: Ctx, d: Doc) -> None:
    r = c.rng
    lab = L[c.lang]
    cols = [
        lab["given"],
        lab["surname"],
        lab["email"],
        lab["phone"],
        lab["address"],
        "segment",
        "last_order",
    ]
    sep = r.choice([",", ";"])
    d.t(sep.join(cols) + "\n")
    for _ in range(r.randint(3, 7)):
        p = c.person()
        addr = c.address()
        q = '"' if sep in addr.text or r.random() < 0.3 else ""
        d.f(
            "{g}"
            + sep
            + "{f}"
            + sep
            + "{e}"
            + sep
            + "{ph}"
            + sep
            + q
            + "{a}"
            + q
            + sep
            + "{seg}"
            + sep
            + "{o}\n",
            g=c.p(p.given),
            f=c.p(p.family),
            e=c.email_of(p),
            ph=c.phone(),
            a=addr,
            seg=r.choice(["B2C", "VIP", "lead", "churn-risk"]),
            o=order_no(r),
        )


def iot_yaml(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = _latin_person(c)
    d.t(f"# fleet config v{version(r)} — generated {_ts(c)}\nfleet:\n  site: {c.city_name(True)}\n")
    d.f("  owner: {o}\n  contact: {e}\n", o=c.p(p.full), e=c.email_of(p))
    d.f(
        "  mqtt:\n    host: {h}\n    user: fleet\n    password: {pw}\n",
        h=c.ipv4(0.7),
        pw=c.password(),
    )
    d.t("  devices:\n")
    for _ in range(r.randint(2, 4)):
        d.f(
            "    - id: {id}\n      mac: {m}\n      ip: {ip}\n      location: [{g}]\n"
            "      fw: {fw}\n      temp_c: {t}\n",
            id=f"node-{r.randint(1, 99):02d}",
            m=c.mac(),
            ip=c.ipv4(0.8) if r.random() < 0.7 else c.ipv6(),
            g=c.gps(),
            fw=version(r),
            t=f"{r.uniform(-5, 45):.1f}",
        )
    if r.random() < 0.5:
        d.f("  api_token: {t}\n", t=c.token())


def pandas_print(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.t(">>> df.head()\n")
    rows = []
    for _ in range(r.randint(3, 5)):
        p = c.person()
        rows.append((p, V("dob", f"{p.born:%Y-%m-%d}"), c.phone(), round(r.uniform(10, 999), 2)))
    w = max(len(x[0].full) for x in rows) + 2
    d.t("   " + "name".ljust(w) + "dob".ljust(13) + "phone".ljust(20) + "score\n")
    for i, (p, dob, ph, sc) in enumerate(rows):
        d.t(f"{i}  ").v("person", p.full).t(" " * (w - len(p.full)))
        d.v("dob", dob.text).t(" " * max(1, 13 - len(dob.text)))
        d.v("phone", ph.text).t(" " * max(1, 20 - len(ph.text))).t(f"{sc}\n")
    d.t(f"\n[{len(rows)} rows x 4 columns]\n")


def email_headers(c: Ctx, d: Doc) -> None:
    r = c.rng
    a, b = _latin_person(c), _latin_person(c)
    host = r.choice(["mail", "mx1", "smtp"]) + "." + r.choice(["example-hosting.net", "mailsrv.eu"])
    d.f(
        "Received: from {h} ({h} [{ip}])\n\tby {h2} with ESMTPS id {id}\n\t{ts}\n",
        h=host,
        ip=c.ipv4(0.2),
        h2="mx.google.com",
        id=git_hash(r, 12),
        ts=_ts(c),
    )
    if r.random() < 0.5:
        d.f("Received: from [{ip6}] by {h}; {ts}\n", ip6=c.ipv6(), h=host, ts=_ts(c))
    d.f(
        'From: "{an}" <{ae}>\nTo: {bn} <{be}>\n',
        an=c.p(a.full),
        ae=c.email_of(a),
        bn=c.p(b.full),
        be=c.email_of(b),
    )
    d.t(f"Message-ID: <{uuid4(r)}@{host}>\nX-Mailer: Thunderbird {version(r)}\n")
    d.t(f"Subject: Re: {INVOICE[c.lang]} {order_no(r)}\n")


def ics_invite(c: Ctx, d: Doc) -> None:
    r = c.rng
    org, att = _latin_person(c), _latin_person(c)
    start = dt.datetime(2026, r.randint(1, 12), r.randint(1, 28), r.randint(8, 17), 0)
    d.t(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\n"
        "BEGIN:VEVENT\n"
    )
    d.t(f"DTSTART:{start:%Y%m%dT%H%M%S}\nDTEND:{start + dt.timedelta(hours=1):%Y%m%dT%H%M%S}\n")
    d.f(
        "ORGANIZER;CN={on}:mailto:{oe}\nATTENDEE;CN={an};ROLE=REQ-PARTICIPANT:mailto:{ae}\n",
        on=c.p(org.full),
        oe=c.email_of(org),
        an=c.p(att.full),
        ae=c.email_of(att),
    )
    lines = c.address_lines(latin=True)
    d.f("LOCATION:{a}\n", a=V("address", "\\, ".join(lines)))
    d.t(f"UID:{uuid4(r)}\nSUMMARY:{r.choice(SUMMARY[c.lang])}\n")
    if r.random() < 0.5:
        d.f("DESCRIPTION:Dial-in {ph} PIN {pin}\n", ph=c.phone_intl(), pin=r.randint(1000, 9999))
    d.t("END:VEVENT\nEND:VCALENDAR\n")


def git_log(c: Ctx, d: Doc) -> None:
    r = c.rng
    for _ in range(r.randint(2, 4)):
        p = _latin_person(c)
        d.f(
            "commit {h}\nAuthor: {n} <{e}>\nDate:   {dt}\n\n    {msg}\n\n",
            h=git_hash(r),
            n=c.p(p.full),
            e=c.email_of(
                p, domain=r.choice(["users.noreply.github.com", "gmail.com", "company.dev"])
            ),
            dt=_ts(c, False) + " +0200",
            msg=r.choice(
                [
                    "fix: null check in checkout",
                    f"bump to {version(r)}",
                    "refactor settings loader",
                    "docs: update README",
                ]
            ),
        )
    if r.random() < 0.6:
        d.f(
            "diff --git a/config/prod.env b/config/prod.env\n+DATABASE_URL=postgres://app:{pw}@{ip}:5432/app\n"
            "+STRIPE_KEY={tok}\n",
            pw=c.password(),
            ip=c.ipv4(0.8),
            tok=c.token(),
        )


def traceback_locals(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    d.t(
        'Traceback (most recent call last):\n  File "/srv/app/billing/charge.py", line '
        f"{r.randint(40, 400)}, in charge\n    resp = gateway.capture(amount, card)\n"
        "gateway.errors.CardDeclined: issuer_unavailable (code 91)\n\nLocals:\n"
    )
    d.f(
        "  customer = {{'name': '{n}', 'email': '{e}', 'phone': '{ph}'}}\n",
        n=c.p(p.full),
        e=c.email_of(p),
        ph=c.phone(),
    )
    d.f(
        "  card = '{cd}'\n  amount = {amt}\n  remote_addr = '{ip}'\n",
        cd=c.card(),
        amt=f"{r.uniform(3, 400):.2f}",
        ip=c.ipv4() if r.random() < 0.7 else c.ipv6(),
    )
    d.t(f"  request_id = '{uuid4(r)}'\n")


def app_log(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = _latin_person(c)
    d.f(
        "{ts} I/AuthService: login ok user={e} ip={ip}\n",
        ts=_ts(c, False),
        e=c.email_of(p),
        ip=c.ipv4() if r.random() < 0.6 else c.ipv6(),
    )
    d.f("{ts} D/LocationTracker: fix acc=12m pos={g}\n", ts=_ts(c, False), g=c.gps())
    d.f(
        "{ts} D/BleScanner: paired wearable {m} rssi=-{rs}\n",
        ts=_ts(c, False),
        m=c.mac(),
        rs=r.randint(40, 90),
    )
    d.f(
        '{ts} I/ProfileSync: displayName="{n}" phone={ph}\n',
        ts=_ts(c, False),
        n=c.p(p.full),
        ph=c.phone_intl(),
    )
    d.t(
        f"{_ts(c, False)} W/Http: POST /v{r.randint(1, 3)}/sync 502 in {r.randint(80, 9000)}ms "
        f"build={version(r)}\n"
    )
    if r.random() < 0.3:
        d.f(
            "{ts} E/Push: fcm auth failed, Authorization: Bearer {t}\n",
            ts=_ts(c, False),
            t=c.token(),
        )


def bank_statement(c: Ctx, d: Doc) -> None:
    r = c.rng
    lab = L[c.lang]
    owner = c.person()
    head = {
        "en": "Statement",
        "is": "Yfirlit",
        "es": "Cartola",
        "fr": "Extrait de compte",
        "it": "Estratto conto",
        "sl": "Izpisek",
        "et": "Konto väljavõte",
        "ka": "ამონაწერი",
        "az": "Hesabdan çıxarış",
    }[c.lang]
    d.f("{h} — {n}\n", h=head, n=c.p(owner.full.upper() if r.random() < 0.5 else owner.full))
    acct = c.iban()
    if acct is not None:
        d.f("{i}: {v}\n", i=lab["iban"], v=acct)
    else:
        d.t(f"Acc: {r.randint(10**9, 10**10)}\n")
    for _ in range(r.randint(3, 6)):
        day = c.other_date(long=False)
        k = r.random()
        if k < 0.4:
            q = c.person()
            ib = c.iban()
            if ib is not None and r.random() < 0.6:
                d.f(
                    "{dt}  {who}  {ib}  -{amt}\n",
                    dt=day,
                    who=c.p(q.full),
                    ib=ib,
                    amt=money(r, c.loc),
                )
            else:
                d.f("{dt}  {who}  -{amt}\n", dt=day, who=c.p(q.full.upper()), amt=money(r, c.loc))
        elif k < 0.7:
            d.t(f"{day}  POS {r.choice(SHOPS[c.loc])} {r.randint(100, 9999)}  -{money(r, c.loc)}\n")
        else:
            d.t(f"{day}  {lab['ref']} {order_no(r)}  +{money(r, c.loc)}\n")
