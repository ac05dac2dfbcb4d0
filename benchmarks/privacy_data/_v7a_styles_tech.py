"""Machine-format styles: HL7 v2, FHIR JSON, GEDCOM, LDIF, nginx, sshd, DHCP, pain.001, MT103, LLM logs."""

import datetime as dt

from _v7a_common import full, lex, people
from _v7a_doc import Doc
from _v7a_lex_c import EXTRA_Q
from _v7a_names import LOCALE_CC, agree
from _v7a_places import address, city_name, one_line
from _v7a_values import (
    ascii_name,
    card,
    email,
    gps,
    iban,
    ipv4,
    ipv6,
    lookalike,
    mac,
    national_id,
    other_date,
    phone,
    secret,
)

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
SEP_AR = {"ar_JO"}


def _ts(rng):
    d = other_date(rng)
    return dt.datetime(
        d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    )


def hl7(rng, locale):
    d = Doc()
    cc = LOCALE_CC[locale]
    p = people(rng, locale)
    t = _ts(rng)
    fac = rng.choice(["HIS", "MEDSYS", "OPENHOS", "CLINICOM"])
    d.t(
        f"MSH|^~\\&|{fac}|{cc}HOSP{rng.randint(1, 9)}|LIS|LAB|{t:%Y%m%d%H%M%S}||ADT^A0{rng.choice([1, 4, 8])}"
        f"|MSG{rng.randint(10**5, 10**6)}|P|2.5\n"
    )
    d.t(f"EVN|A01|{t:%Y%m%d%H%M%S}\n")
    _cue, nid = national_id(rng, locale, p["birth"])
    d.t(f"PID|1||{rng.randint(10**6, 10**7)}^^^{cc}HOSP^MR~", ("national_id", nid), f"^^^{cc}^NI||")
    d.t(
        ("person", p["family"].upper() if rng.random() < 0.5 else p["family"]),
        "^",
        ("person", p["given"]),
    )
    d.t("||", ("dob", p["birth"].strftime("%Y%m%d")), f"|{p['gender']}|||")
    a1, a2 = address(rng, locale)
    d.t(
        ("address", f"{a1}^^{a2}"),
        f"^{cc}||",
        ("phone", phone(rng, locale, rng.choice(["e164", "nat_tight"]))),
    )
    d.t("|||||\n")
    doc = people(rng, locale)
    d.t(
        f"PV1|1|I|{rng.choice(['INT', 'CHIR', 'CARD'])}^{rng.randint(100, 450)}^{rng.randint(1, 4)}||||"
        f"{rng.randint(1000, 9999)}^",
        ("person", doc["family"]),
        "^",
        ("person", doc["given"]),
        f"|||||||||||{rng.randint(10**7, 10**8)}\n",
    )
    if rng.random() < 0.5:
        kin = people(rng, locale)
        d.t(
            "NK1|1|",
            ("person", kin["family"]),
            "^",
            ("person", kin["given"]),
            "|SPO|||",
            ("phone", phone(rng, locale, "e164")),
            "\n",
        )
    return d


def fhir(rng, locale):
    d = Doc()
    cc = LOCALE_CC[locale]
    p = people(rng, locale)
    _cue, nid = national_id(rng, locale, p["birth"])
    d.t(
        '{\n  "resourceType": "Patient",\n  "id": "',
        lookalike(rng) if rng.random() < 0.3 else f"pat-{rng.randint(1000, 99999)}",
        '",\n',
    )
    d.t(
        '  "identifier": [{"system": "urn:oid:',
        f"1.3.6.1.4.1.{rng.randint(1000, 60000)}.{cc.lower()}",
        '", "value": "',
        ("national_id", nid),
        '"}],\n',
    )
    d.t(
        '  "name": [{"use": "official", "family": "',
        ("person", p["family"]),
        '", "given": ["',
        ("person", p["given"]),
        '"]}],\n',
    )
    d.t(
        '  "telecom": [\n    {"system": "phone", "value": "',
        ("phone", phone(rng, locale)),
        '", "use": "mobile"}',
    )
    if rng.random() < 0.7:
        d.t(',\n    {"system": "email", "value": "', ("email", email(rng, locale, p)), '"}')
    d.t('\n  ],\n  "gender": "', "male" if p["gender"] == "M" else "female", '",\n')
    d.t('  "birthDate": "', ("dob", p["birth"].isoformat()), '",\n')
    d.t(
        '  "address": [{"use": "home", "text": "',
        ("address", one_line(rng, locale)),
        f'", "country": "{cc}"}}]\n}}',
    )
    return d


def gedcom(rng, locale):
    d = Doc()
    d.t(
        "0 HEAD\n1 SOUR ",
        rng.choice(["MyHeritage", "GRAMPS", "FTM", "Ancestry.com"]),
        "\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n",
    )
    fam = people(rng, locale)["family"]
    n = rng.randint(2, 5)
    y0 = rng.randint(1900, 1960)
    wed = y0 + rng.randint(20, 30)
    for i in range(1, n + 1):
        p = people(rng, locale, "M" if i == 1 else "F" if i == 2 else "")
        if i == 1 or (i >= 3 and (i <= 4 or rng.random() < 0.5)):
            p["family"] = agree(locale, fam, p["gender"])
        if i <= 2:
            p["birth"] = p["birth"].replace(year=y0 + rng.randint(-4, 4))
        else:
            p["birth"] = p["birth"].replace(year=min(2024, wed + rng.randint(1, 15)))
        d.t(f"0 @I{i}@ INDI\n1 NAME ", ("person", p["given"]), " /", ("person", p["family"]), "/\n")
        d.t("2 GIVN ", ("person", p["given"]), "\n2 SURN ", ("person", p["family"]), "\n")
        d.t(
            f"1 SEX {p['gender']}\n1 BIRT\n2 DATE ",
            ("dob", f"{p['birth'].day} {MON[p['birth'].month - 1]} {p['birth'].year}"),
            "\n",
        )
        d.t(f"2 PLAC {city_name(rng, locale)}\n")
        if i <= 2 and rng.random() < 0.6:
            y = p["birth"].year + rng.randint(55, 90)
            d.t(f"1 DEAT\n2 DATE {rng.randint(1, 28)} {rng.choice(MON)} {min(y, 2024)}\n")
        elif rng.random() < 0.5:
            d.t("1 RESI\n2 ADDR ", ("address", one_line(rng, locale)), "\n")
        d.t("1 FAMS @F1@\n" if i <= 2 else "1 FAMC @F1@\n")
    d.t(
        "0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n1 MARR\n2 DATE ",
        f"{rng.randint(1, 28)} {rng.choice(MON)} {wed}\n",
    )
    for i in range(3, n + 1):
        d.t(f"1 CHIL @I{i}@\n")
    d.t("0 TRLR\n")
    return d


def ldif(rng, locale):
    d = Doc()
    dc = {
        "ro_MD": "md",
        "el_CY": "cy",
        "en_GH": "gh",
        "sq_AL": "al",
        "ca_ES": "cat",
        "lb_LU": "lu",
        "ar_MA": "ma",
        "ar_JO": "jo",
        "fr_CM": "cm",
        "af_ZA": "za",
    }[locale]
    org = rng.choice(["intranet", "corp", "ad", "ldap"])
    for _k in range(rng.randint(1, 3)):
        p = people(rng, locale)
        uid = f"u{rng.randint(10000, 99999)}"
        d.t(f"dn: uid={uid},ou=people,dc={org},dc={dc}\nobjectClass: inetOrgPerson\nuid: {uid}\n")
        d.t(
            "cn: ",
            ("person", p["full"]),
            "\nsn: ",
            ("person", p["family"]),
            "\ngivenName: ",
            ("person", p["given"]),
            "\n",
        )
        d.t("mail: ", ("email", email(rng, locale, p)), "\n")
        d.t("telephoneNumber: ", ("phone", phone(rng, locale, "intl")), "\n")
        if rng.random() < 0.5:
            d.t("mobile: ", ("phone", phone(rng, locale, "e164")), "\n")
        if rng.random() < 0.6:
            a1, a2 = address(rng, locale)
            d.t("postalAddress: ", ("address", a1), "$", ("address", a2), "\n")
        if rng.random() < 0.3:
            d.t("userPassword: ", ("secret", secret(rng, "pw")), "\n")
        d.t(f"employeeNumber: {rng.randint(1000, 9999)}\n\n")
    return d


UAS = [
    '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"',
    '"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"',
    '"curl/8.5.0"',
    '"okhttp/4.12.0"',
    '"Googlebot/2.1 (+http://www.google.com/bot.html)"',
]
PATHS = [
    "/",
    "/login",
    "/api/v1/orders",
    "/static/app.3f9c1e.js",
    "/favicon.ico",
    "/wp-login.php",
    "/api/v2/health",
    "/img/logo.png",
    "/checkout",
    "/.env",
]


def _ip(rng):
    return ("ipv6", ipv6(rng)) if rng.random() < 0.15 else ("ipv4", ipv4(rng))


def nginx(rng, locale):
    d = Doc()
    t = _ts(rng)
    for _ in range(rng.randint(6, 18)):
        t += dt.timedelta(seconds=rng.randint(0, 90))
        d.t(_ip(rng), f' - - [{t:%d/%b/%Y:%H:%M:%S} +0200] "')
        r = rng.random()
        meth = rng.choice(["GET", "GET", "GET", "POST"])
        if r < 0.12:
            p = people(rng, locale)
            d.t("GET /api/v1/newsletter?email=", ("email", email(rng, locale, p)), ' HTTP/1.1"')
        elif r < 0.2:
            d.t("GET /export?api_key=", ("secret", secret(rng, "token")), ' HTTP/1.1"')
        else:
            d.t(f'{meth} {rng.choice(PATHS)} HTTP/{rng.choice(["1.1", "2.0"])}"')
        d.t(
            f' {rng.choice([200, 200, 200, 301, 304, 404, 403, 500])} {rng.randint(0, 54000)} "-" {rng.choice(UAS)}'
        )
        if rng.random() < 0.2:
            d.t(' "', ("ipv4", ipv4(rng, True)), '"')
        d.t("\n")
    if rng.random() < 0.4:
        d.t(
            f"{t:%Y/%m/%d %H:%M:%S} [error] 1234#0: *{rng.randint(100, 99999)} upstream timed out, client: ",
            _ip(rng),
            ', server: shop.example, request: "GET /checkout HTTP/1.1", upstream: "http://',
            ("ipv4", ipv4(rng, True)),
            ':8080/checkout"\n',
        )
    return d


def sshd(rng, locale):
    d = Doc()
    t = _ts(rng)
    host = rng.choice(["srv-web01", "vps-prod", "bastion", "db02", "nas"])
    users = ["root", "admin", "deploy", "ubuntu", "git", "oracle", "test", "postgres", "pi"]
    for _ in range(rng.randint(5, 16)):
        t += dt.timedelta(seconds=rng.randint(0, 40))
        pid = rng.randint(1000, 65000)
        pre = f"{t:%b %e %H:%M:%S} {host} sshd[{pid}]: "
        u = rng.choice(users)
        port = rng.randint(1024, 65535)
        k = rng.randrange(5)
        if k == 0:
            d.t(
                pre, f"Failed password for invalid user {u} from ", _ip(rng), f" port {port} ssh2\n"
            )
        elif k == 1:
            d.t(
                pre,
                f"Accepted publickey for {u} from ",
                _ip(rng),
                f" port {port} ssh2: ED25519 SHA256:"
                + "".join(
                    rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789+/")
                    for _ in range(43)
                )
                + "\n",
            )
        elif k == 2:
            d.t(
                pre,
                f"pam_unix(sshd:session): session opened for user {u}(uid={rng.randint(0, 1005)}) by (uid=0)\n",
            )
        elif k == 3:
            d.t(
                pre,
                f"Disconnected from authenticating user {u} ",
                _ip(rng),
                f" port {port} [preauth]\n",
            )
        else:
            d.t(pre, "Connection closed by ", _ip(rng), f" port {port} [preauth]\n")
    return d


def dhcp(rng, locale):
    d = Doc()
    d.t(
        "# The format of this file is documented in the dhcpd.leases(5) manual page.\n"
        "# This lease file was written by isc-dhcp-4.4.3\n\n"
    )
    for _ in range(rng.randint(2, 6)):
        t = _ts(rng)
        ip = f"192.168.{rng.choice([0, 1, 10, 88])}.{rng.randint(2, 250)}"
        d.t("lease ", ("ipv4", ip), " {\n")
        d.t(f"  starts {t.isoweekday() % 7} {t:%Y/%m/%d %H:%M:%S};\n")
        d.t(f"  ends {t.isoweekday() % 7} {t + dt.timedelta(hours=12):%Y/%m/%d %H:%M:%S};\n")
        d.t("  binding state active;\n  next binding state free;\n")
        m = mac(rng).replace("-", ":").lower()
        if "." in m:
            h = m.replace(".", "")
            m = ":".join(h[i : i + 2] for i in range(0, 12, 2))
        d.t("  hardware ethernet ", ("mac", m), ";\n")
        r = rng.random()
        if r < 0.5 and locale not in SEP_AR:
            g = ascii_name(people(rng, locale)["given"]).capitalize()
            pat = rng.choice(["iPhone-{g}", "{g}s-MBP", "Galaxy-A54-{g}", "{g}-PC", "iPad-{g}"])
            a, b = pat.split("{g}")
            d.t('  client-hostname "', a, ("person", g), b, '";\n')
        elif r < 0.8:
            d.t(
                f'  client-hostname "{rng.choice(["DESKTOP-", "LAPTOP-", "android-"])}'
                f'{"".join(rng.choice("0123456789ABCDEF") for _ in range(7))}";\n'
            )
        d.t("}\n")
    return d


CREDITORS = {
    "ro_MD": "Premier Energy SRL",
    "el_CY": "EAC Electricity Authority of Cyprus",
    "sq_AL": "OSHEE sh.a.",
    "ca_ES": "Aigües de Barcelona SA",
    "lb_LU": "Enovos Luxembourg S.A.",
    "ar_JO": "Orange Jordan",
}
BICS = {
    "ro_MD": "AGRNMD2X",
    "el_CY": "BCYPCY2N",
    "sq_AL": "NCBAALTX",
    "ca_ES": "CAIXESBBXXX",
    "lb_LU": "BCEELULL",
    "ar_JO": "ARABJOAX",
}
CUR = {
    "ro_MD": "MDL",
    "el_CY": "EUR",
    "sq_AL": "ALL",
    "ca_ES": "EUR",
    "lb_LU": "EUR",
    "ar_JO": "JOD",
}


def pain001(rng, locale):
    d = Doc()
    p = people(rng, locale)
    cc = LOCALE_CC[locale]
    t = _ts(rng)
    amt = f"{rng.randint(10, 4000)}.{rng.randint(0, 99):02d}"
    d.t(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">\n'
    )
    d.t(
        f"  <CstmrCdtTrfInitn>\n    <GrpHdr>\n      <MsgId>MSG-{t:%Y%m%d}-{rng.randint(1000, 9999)}</MsgId>\n"
    )
    d.t(
        f"      <CreDtTm>{t:%Y-%m-%dT%H:%M:%S}</CreDtTm>\n      <NbOfTxs>1</NbOfTxs>\n      <CtrlSum>{amt}</CtrlSum>\n"
    )
    d.t(
        "      <InitgPty><Nm>",
        ("person", p["full"]),
        "</Nm></InitgPty>\n    </GrpHdr>\n    <PmtInf>\n",
    )
    d.t(f"      <PmtInfId>PMT-{rng.randint(10**5, 10**6)}</PmtInfId>\n      <PmtMtd>TRF</PmtMtd>\n")
    d.t(f"      <ReqdExctnDt>{other_date(rng).isoformat()}</ReqdExctnDt>\n")
    d.t("      <Dbtr>\n        <Nm>", ("person", p["full"]), "</Nm>\n")
    if rng.random() < 0.7:
        a1, a2 = address(rng, locale)
        d.t(
            f"        <PstlAdr>\n          <Ctry>{cc}</Ctry>\n          <AdrLine>",
            ("address", a1),
            "</AdrLine>\n          <AdrLine>",
            ("address", a2),
            "</AdrLine>\n        </PstlAdr>\n",
        )
    d.t(
        "      </Dbtr>\n      <DbtrAcct><Id><IBAN>",
        ("iban", iban(rng, locale, False)),
        "</IBAN></Id></DbtrAcct>\n",
    )
    d.t(f"      <DbtrAgt><FinInstnId><BIC>{BICS[locale]}</BIC></FinInstnId></DbtrAgt>\n")
    d.t(
        f"      <CdtTrfTxInf>\n        <PmtId><EndToEndId>E2E{rng.randint(10**8, 10**9)}</EndToEndId></PmtId>\n"
    )
    d.t(f'        <Amt><InstdAmt Ccy="{CUR[locale]}">{amt}</InstdAmt></Amt>\n        <Cdtr><Nm>')
    if rng.random() < 0.5:
        d.t(CREDITORS[locale])
    else:
        d.t(("person", people(rng, locale)["full"]))
    d.t(
        "</Nm></Cdtr>\n        <CdtrAcct><Id><IBAN>",
        ("iban", iban(rng, locale, False)),
        "</IBAN></Id></CdtrAcct>\n",
    )
    d.t(
        f"        <RmtInf><Ustrd>{lookalike(rng) if rng.random() < 0.5 else 'Factura ' + str(rng.randint(100, 9999))}"
        "</Ustrd></RmtInf>\n      </CdtTrfTxInf>\n    </PmtInf>\n  </CstmrCdtTrfInitn>\n</Document>\n"
    )
    return d


def mt103(rng, locale):
    d = Doc()
    t = _ts(rng)
    p, q = people(rng, locale), people(rng, locale)
    up = locale not in SEP_AR
    d.t(f"{{1:F01{BICS[locale][:8]}AXXX{rng.randint(10**9, 10**10)}}}{{2:I103DEUTDEFFXXXXN}}{{4:\n")
    d.t(f":20:REF{t:%y%m%d}{rng.randint(10000, 99999)}\n:23B:CRED\n")
    d.t(
        f":32A:{t:%y%m%d}{rng.choice(['EUR', 'USD'])}{rng.randint(100, 90000)},{rng.randint(0, 99):02d}\n"
    )
    d.t(
        ":50K:/",
        ("iban", iban(rng, locale, False)),
        "\n",
        ("person", p["full"].upper() if up else p["full"]),
        "\n",
    )
    a1, a2 = address(rng, locale)
    d.t(("address", a1.upper() if up else a1), "\n", ("address", a2.upper() if up else a2), "\n")
    d.t(
        f":52A:{BICS[locale]}\n:59:/",
        ("iban", iban(rng, "el_CY" if locale == "ar_JO" else locale, False)),
        "\n",
    )
    d.t(("person", q["full"].upper() if up else q["full"]), "\n")
    d.t(f":70:INV {rng.randint(2024, 2026)}/{rng.randint(10, 999)}\n:71A:SHA\n-}}")
    return d


MODELS = ["gpt-4o-mini", "llama-3.1-8b-instruct", "mistral-small-2409", "claude-3-haiku"]


def llm_log(rng, locale):
    L, d = lex(locale), Doc()
    for _k in range(rng.randint(1, 3)):
        p = people(rng, locale)
        t = _ts(rng)
        q = rng.choice(L["chat_q"] + EXTRA_Q[locale])
        if locale.startswith("ar_") and rng.random() < 0.5:
            q = q.replace(" {phone}", "{phone}")  # value glued to Arabic script
        em = email(rng, locale, p)
        if rng.random() < 0.3:
            loc_, dom = em.split("@")
            em = rng.choice(
                [
                    f"{loc_} [at] {dom.replace('.', ' [dot] ')}",
                    f"{loc_} at {dom.replace('.', ' dot ')}",
                    f"{loc_}(at){dom}",
                ]
            )
        if rng.random() < 0.15:
            pw = secret(rng, "pw").replace("@", "").replace("#", "")
            db = rng.choice(["crm", "shop", "app_prod", "erp"])
            d.t(
                '{"ts": "',
                f"{t:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
                '", "model": "',
                rng.choice(MODELS),
                '", "client_ip": "',
                ("ipv4", ipv4(rng)),
                '", "messages": [{"role": "user", "content": "',
                f'{L["hello"]}! psql: error: connection to server at \\"',
                ("ipv4", ipv4(rng, True)),
                '\\", port 5432 failed. DATABASE_URL=postgresql://',
                rng.choice(["app", "admin", "postgres"]),
                ":",
                ("secret", pw),
                "@",
                ("ipv4", ipv4(rng, True)),
                f':5432/{db}"}}, {{"role": "assistant", "content": "Check pg_hba.conf and the '
                f'listen_addresses setting ..."}}]}}\n',
            )
            continue
        vals = {
            "name": ("person", full(rng, p, locale, "gf")),
            "phone": ("phone", phone(rng, locale)),
            "email": ("email", em),
            "addr": ("address", one_line(rng, locale)),
            "card": ("card", card(rng)),
            "gps": ("gps", gps(rng, locale)),
            "dob": (
                "dob",
                f"{p['birth'].day:02d}.{p['birth'].month:02d}.{p['birth'].year}"
                if locale in ("ro_MD", "sq_AL", "lb_LU")
                else p["birth"].strftime("%d/%m/%Y"),
            ),
        }
        d.t(
            '{"ts": "',
            f"{t:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
            '", "model": "',
            rng.choice(MODELS),
            '", "client_ip": "',
            ("ipv4", ipv4(rng)),
            '", "messages": [{"role": "user", "content": "',
        )
        d.f(q, **vals)
        d.t('"}, {"role": "assistant", "content": "')
        if "{name}" in q:
            d.f(L["chat_a"].replace("{name}", "{n}"), n=vals["name"])
        else:
            d.t(L["chat_a"].split("!")[0] + "!")
        d.t(
            f' ..."}}], "usage": {{"prompt_tokens": {rng.randint(20, 400)}, "completion_tokens": '
            f"{rng.randint(50, 900)}}}}}\n"
        )
    return d


STYLES = {
    "hl7_v2": hl7,
    "fhir_patient_json": fhir,
    "gedcom": gedcom,
    "ldif_export": ldif,
    "nginx_access_log": nginx,
    "sshd_auth_log": sshd,
    "dhcp_leases": dhcp,
    "sepa_pain001_xml": pain001,
    "swift_mt103": mt103,
    "llm_chat_log_json": llm_log,
}
BANK_STYLES = {"sepa_pain001_xml", "swift_mt103"}
