"""Machine-made styles: CSV, logs, SQL, YAML, pandas, mail headers, ics, git, tracebacks."""

from _v6b_doc import Doc
from _v6b_names import ascii_name
from _v6b_places import P
from _v6b_profile import Profile
from _v6b_styles_docs import _date
from _v6b_values import _d, gps, hexid, ipv4, ipv6, mac, password, token, uuid


def crm_csv(rng, loc, L):
    d = Doc()
    d.t("id,full_name,email,phone,city,created_at,segment\n")
    for _ in range(rng.randint(3, 7) if rng.random() < 0.8 else rng.randint(14, 24)):
        c = Profile(rng, loc)
        d.t(f"{_d(rng, 5)},")
        q = '"' if rng.random() < 0.4 else ""
        d.t(q).v("person", ascii_name(c.name, loc) if rng.random() < 0.2 else c.name).t(q + ",").v(
            "email", c.email
        ).t(",").v("phone", c.phone)
        d.t(
            f",{P[loc]['cities'][rng.randrange(len(P[loc]['cities']))][0]},2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:00Z,{rng.choice(['gold', 'retail', 'sme', 'vip'])}\n"
        )
    return d


def meeting_minutes(rng, loc, L):
    d = Doc()
    ppl = [Profile(rng, loc) for _ in range(rng.randint(3, 5))]
    d.t(f"# Weekly sync — {_date(rng, loc, 2026, 2026)}\n\n**Attendees:** ")
    for k, p in enumerate(ppl):
        if k:
            d.t(", ")
        d.v("person", p.name)
    d.t("\n\n## Action items\n")
    for p in ppl[:3]:
        d.t("- [ ] ").v("person", p.first).t(
            f": {rng.choice(['update the Q3 deck', 'call the vendor back', 'fix the staging DB', 'book the venue'])}\n"
        )
    x = ppl[0]
    d.t("\n> vendor contact: ").v("phone", x.phone).t(" / ").v("email", x.email)
    d.t(
        f"\n\nNext meeting: {_date(rng, loc, 2026, 2026)}, room {rng.randint(2, 9)}0{rng.randint(1, 9)}"
    )
    return d


def ride_receipt(rng, loc, L):
    d = Doc()
    r = Profile(rng, loc)
    drv = Profile(rng, loc, "M")
    app = rng.choice({"en_PH": ["Grab", "JoyRide"], "en_SG": ["Grab", "Gojek", "TADA"],
                      "en_NG": ["Bolt", "Uber", "inDrive"], "bn_BD": ["Pathao", "Uber", "Obhai"],
                      "sr_RS": ["CarGo", "Yandex Go"], "mt_MT": ["Bolt", "Uber", "eCabs"],
                      "is_IS": ["Hopp", "Hreyfill"], "kk_KZ": ["Yandex Go", "inDrive"],
                      "pt_AO": ["Heetch", "Yango"], "es_UY": ["Uber", "Cabify"]}[loc])  # fmt: skip
    d.t(f"{app} receipt  {_date(rng, loc, 2026, 2026)}\n{L['thanks']}, ").v("person", r.first).t(
        "!\n"
    )
    d.t(f"{L['pickup']}: ").v("address", ", ".join(r.addr)).t("\n")
    d.t(f"{L['dropoff']}: ").v("gps", gps(rng, P[loc]["centre"])).t("\n")
    d.t("Driver: ").v("person", drv.first).t(
        f"  · {rng.choice(['Toyota Vios', 'Kia Rio', 'Hyundai Accent'])}\n"
    )
    d.t(f"{L['fare']}: {rng.randint(80, 900)}.{rng.randint(0, 99):02d}  ")
    d.t(f"{rng.randint(2, 30)}.{rng.randint(0, 9)} km · {rng.randint(5, 70)} min\n")
    if rng.random() < 0.5:
        d.t("Charged to card ").v("card", r.card)
    else:
        d.t("Paid with cash")
    return d


def app_log(rng, loc, L):
    d = Doc()
    for _ in range(1 if rng.random() < 0.7 else rng.randint(3, 6)):
        _app_log_block(rng, loc, L, d)
        d.t("\n")
    return d


def _app_log_block(rng, loc, L, d):
    u = Profile(rng, loc)
    ts = f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"
    lv = ["I", "D", "W", "E"]
    d.t(
        f"{ts} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{_d(rng, 3)} {rng.choice(lv)}/AuthService: login ok user="
    ).v("email", u.email)
    d.t(" ip=").v("ipv4", ipv4(rng)).t("\n")
    d.t(
        f"{ts} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{_d(rng, 3)} D/Net: Authorization: Bearer "
    ).v("secret", token(rng)).t("\n")
    d.t(f"{ts} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{_d(rng, 3)} I/Location: fix ").v(
        "gps", gps(rng, P[loc]["centre"])
    )
    d.t(f" acc={rng.randint(3, 40)}m\n")
    if rng.random() < 0.6:
        d.t(
            f"{ts} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{_d(rng, 3)} W/WifiMgr: bssid="
        ).v("mac", mac(rng))
        d.t(" v6=").v("ipv6", ipv6(rng)).t("\n")
    d.t(
        f"{ts} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{_d(rng, 3)} I/App: build 5.{rng.randint(1, 30)}.{rng.randint(0, 9)} ({_d(rng, 5)}) session={uuid(rng)}"
    )


def sql_dump(rng, loc, L):
    d = Doc()
    pw = password(rng, L["pwd_words"])
    host = rng.choice(["db-prod", "10.0.3.12", "pg.internal"])
    d.t("-- dump from postgres://app:").v("secret", pw).t("@")
    # every IP is labelled, private ones too (a host name is not)
    (d.v("ipv4", host) if host[0].isdigit() else d.t(host)).t(":5432/crm\n")
    d.t("INSERT INTO customers (id, name, dob, phone, email) VALUES\n")
    n = rng.randint(2, 4)
    for k in range(n):
        c = Profile(rng, loc)
        y, m, dd = c.birth[2], c.birth[1], c.birth[0]
        d.t(f"  ({_d(rng, 4)}, '").v("person", c.name.replace("'", "''")).t("', '").v(
            "dob", f"{y}-{m:02d}-{dd:02d}"
        )
        d.t("', '").v("phone", c.phone).t("', '").v("email", c.email).t(
            "')" + (",\n" if k < n - 1 else ";\n")
        )
    return d


def yaml_iot(rng, loc, L):
    d = Doc()
    own = Profile(rng, loc)
    d.t(f"fleet: {rng.choice(['cold-chain', 'solar-pumps', 'smart-meters'])}\nowner_contact: ").v(
        "email", own.email
    )
    d.t(
        f"\nmqtt:\n  host: {rng.choice(['mqtt.fleet.local', 'broker.example.net'])}\n  password: "
    ).v("secret", password(rng, L["pwd_words"]))
    d.t("\ndevices:\n")
    for _ in range(rng.randint(2, 4)):
        d.t(f'  - id: dev-{hexid(rng, 6)}\n    mac: "').v("mac", mac(rng)).t('"\n    ip: ').v(
            "ipv4", ipv4(rng, 0.8)
        )
        d.t("\n    location: [").v("gps", gps(rng, P[loc]["centre"])).t("]\n")
        d.t(f"    fw: {rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}\n")
    return d


def pandas_print(rng, loc, L):
    d = Doc()
    d.t(">>> df.head()\n")
    d.t(f"{'':>3} {'name':<26} {'dob':<12} {'phone':<18} {'balance':>10}\n")
    for k in range(rng.randint(3, 5)):
        c = Profile(rng, loc)
        y, m, dd = c.birth[2], c.birth[1], c.birth[0]
        d.t(f"{k:>3} ").v("person", c.name).t(" " * max(1, 27 - len(c.name)))
        d.v("dob", f"{y}-{m:02d}-{dd:02d}").t("   ").v("phone", c.phone).t(
            " " * max(1, 19 - len(c.phone))
        )
        d.t(f"{rng.randint(0, 99999)}.{rng.randint(0, 99):02d}\n")
    d.t(f"\n[{rng.randint(200, 9000)} rows x 5 columns]")
    return d


def email_headers(rng, loc, L):
    d = Doc()
    a = Profile(rng, loc)
    b = Profile(rng, loc)
    d.t(
        f"Received: from mail-{rng.randint(1, 40)}.{rng.choice(['google.com', 'outlook.com', 'yandex.net'])} (["
    ).v("ipv4", ipv4(rng, 0.1))
    d.t("])\n        by mx.local with ESMTPS id ").t(hexid(rng, 12)).t("\n")
    if rng.random() < 0.5:
        d.t("Received: from [").v("ipv6", ipv6(rng)).t("] by smtp.local\n")
    d.t('From: "').v("person", a.name).t('" <').v("email", a.email).t(">\nTo: ")
    d.v("person", b.name).t(" <").v("email", b.email).t(">\n")
    d.t(
        f"Subject: Re: {rng.choice(['invoice', 'meeting', 'documents', 'kontrakt'])}\nMessage-ID: <{uuid(rng)}@mail.gmail.com>\n"
    )
    d.t("X-Originating-IP: [").v("ipv4", ipv4(rng, 0.2)).t("]\n")
    return d


def ics_invite(rng, loc, L):
    d = Doc()
    o = Profile(rng, loc)
    a = Profile(rng, loc)
    d.t("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:").t(uuid(rng)).t(
        f"\nDTSTART:2026{rng.randint(10, 12)}{rng.randint(10, 28)}T090000Z\n"
    )
    d.t("ORGANIZER;CN=").v("person", o.name).t(":mailto:").v("email", o.email).t("\n")
    d.t("ATTENDEE;CN=").v("person", a.name).t(";RSVP=TRUE:mailto:").v("email", a.email).t("\n")
    d.t(
        f"SUMMARY:{rng.choice(['Contract signing', 'Dentist', 'Parent-teacher meeting', 'Viewing'])}\nLOCATION:"
    )
    d.v("address", ", ".join(o.addr).replace(",", "\\,")).t("\nEND:VEVENT\nEND:VCALENDAR")
    return d


def git_log(rng, loc, L):
    d = Doc()
    for _ in range(rng.randint(2, 4) if rng.random() < 0.75 else rng.randint(8, 14)):
        a = Profile(rng, loc)
        d.t(f"commit {hexid(rng, 40)}\nAuthor: ").v("person", a.name).t(" <").v("email", a.email).t(
            ">\n"
        )
        d.t(
            f"Date:   Mon Mar {rng.randint(2, 28)} 1{rng.randint(0, 9)}:{rng.randint(10, 59)}:00 2026 +0{rng.randint(0, 8)}00\n\n    "
        )
        r = rng.random()
        if r < 0.3:
            d.t("fix: point staging at ").v("ipv4", ipv4(rng, 0.9)).t("\n\n")
        elif r < 0.45:
            d.t("chore: rotate key (old one was ").v("secret", token(rng)).t(")\n\n")
        else:
            d.t(
                f"{rng.choice(['feat: add export', 'refactor: split parser', 'docs: typo'])} (v{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)})\n\n"
            )
    return d


def traceback_locals(rng, loc, L):
    d = Doc()
    u = Profile(rng, loc)
    d.t(
        'Traceback (most recent call last):\n  File "/srv/app/billing.py", line 212, in charge\n    resp = gw.charge(card, amount)\n'
    )
    d.t("  locals:\n    user = {'name': '").v("person", u.name).t("', 'email': '").v(
        "email", u.email
    ).t("', 'phone': '")
    d.v("phone", u.phone).t("'}\n    card = '").v("card", u.card.replace(" ", "")).t(
        f"'\n    amount = {rng.randint(10, 900)}.00\n"
    )
    if rng.random() < 0.5:
        d.t("    client_ip = '").v("ipv4", ipv4(rng)).t("'\n")
    d.t(f"GatewayError: 402 card_declined (request_id={uuid(rng)})")
    return d


STYLES = {f.__name__: f for f in [crm_csv, meeting_minutes, ride_receipt, app_log, sql_dump,
          yaml_iot, pandas_print, email_headers, ics_invite, git_log, traceback_locals]}  # fmt: skip
