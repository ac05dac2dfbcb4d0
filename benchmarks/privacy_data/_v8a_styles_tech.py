"""Machine-format styles: WHOIS, x509 dump, gpg keys, SIP trace, mail logs, TOML/INI, MongoDB."""

from __future__ import annotations

import random

from _v8a_doc import Doc
from _v8a_kit import company, hexs, latin, who
from _v8a_lang import Loc
from _v8a_places import address, city
from _v8a_values import _CC, digits, email, ipv4, ipv6, nsn, password, phone, token

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def whois(rng: random.Random, loc: Loc) -> Doc:
    """WHOIS record: registrant/admin/tech contacts (street field = address; city alone is not)."""
    d = Doc()
    p = latin(rng, loc)
    dom = rng.choice(
        ["tiendita", "consultora", "radio", "ecoturismo", "clinica", "academia", "tech", "agro"]
    ) + digits(rng, 2)
    sfx = {"BO": "com.bo", "CR": "co.cr", "HT": "ht", "DZ": "dz", "IQ": "iq", "LB": "com.lb", "BW": "co.bw",
           "KH": "com.kh", "FJ": "com.fj", "YE": "com.ye"}[loc.cc]  # fmt: skip
    y = rng.randint(2012, 2023)
    d.t(f"Domain Name: {dom}.{sfx}\nRegistry Domain ID: D{digits(rng, 9)}-{loc.tld.upper()}\n")
    d.t(
        f"Registrar WHOIS Server: whois.nic.{loc.tld}\nUpdated Date: 2025-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T"
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:11Z\nCreation Date: {y}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T00:00:00Z\n"
    )
    d.t(f"Registry Expiry Date: 2026-0{rng.randint(1, 9)}-2{rng.randint(0, 8)}T00:00:00Z\n")
    d.t(f"Registrar: NIC {loc.cc}\nRegistrar Abuse Contact Email: ").v(
        "email", f"abuse@nic.{loc.tld}"
    ).t("\n")
    for role in ["Registrant", "Admin", "Tech"] if rng.random() < 0.5 else ["Registrant", "Tech"]:
        q = p if role != "Tech" or rng.random() < 0.4 else latin(rng, loc)
        d.t(f"{role} Name: ").v("person", q.full).t("\n")
        d.t(f"{role} Organization: {company(rng, loc) if rng.random() < 0.6 else ''}\n")
        lines = address(rng, loc.cc, "en" if loc.cc in ("IQ", "KH", "YE") else "")
        town = lines[-1].split(", ")[-1]
        pc = ""
        if town[-1].isdigit():
            town, pc = town.rsplit(" ", 1)
        elif town[0].isdigit() or town.startswith("HT"):
            pc, town = town.split(" ", 1)
        d.t(f"{role} Street: ").v("address", lines[0])
        d.t(f"\n{role} City: {town}\n{role} Postal Code: {pc}\n{role} Country: {loc.cc}\n")
        d.t(f"{role} Phone: ").v(
            "phone", "+" + _CC[loc.cc] + "." + nsn(rng, loc.cc, rng.random() < 0.7)
        )
        d.t(f"\n{role} Email: ").v("email", email(rng, loc.cc, q.given, q.family)).t("\n")
    d.t(f"Name Server: ns1.{dom}.{sfx}\nName Server: ns2.{dom}.{sfx}\nDNSSEC: unsigned\n")
    d.t(
        f">>> Last update of WHOIS database: 2025-12-0{rng.randint(1, 7)}T0{rng.randint(0, 9)}:00:00Z <<<"
    )
    return d


def x509(rng: random.Random, loc: Loc) -> Doc:
    """`openssl x509 -text -noout` dump of a personal / device certificate."""
    d = Doc()
    p = latin(rng, loc)
    em = email(rng, loc.cc, p.given, p.family)
    org = {
        "IQ": "Babylon Soft LLC",
        "YE": "Aden Soft",
        "KH": rng.choice(["Angkor Digital Co., Ltd.", "Tonle Sap Tech"]),
    }.get(loc.cc) or company(rng, loc)
    c = (
        city(rng, loc.cc)
        if loc.cc not in ("IQ", "YE")
        else rng.choice(["Baghdad", "Erbil"] if loc.cc == "IQ" else ["Sanaa", "Aden"])
    )
    serial = ":".join(hexs(rng, 2) for _ in range(16))
    m = rng.randint(0, 11)
    d.t(
        "Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n            "
        + serial
        + "\n"
    )
    d.t(
        f"        Signature Algorithm: sha256WithRSAEncryption\n        Issuer: C = {loc.cc}, O = {org}, CN = {org.split(' ')[0]} Issuing CA 01\n"
    )
    d.t(
        f"        Validity\n            Not Before: {MON[m]} {rng.randint(1, 28):2d} 08:12:44 2025 GMT\n"
    )
    d.t(f"            Not After : {MON[m]} {rng.randint(1, 28):2d} 08:12:44 2026 GMT\n")
    d.t(
        f"        Subject: C = {loc.cc}, L = {c}, O = {org}, OU = {rng.choice(['Sales', 'IT', 'Finance', 'Support', 'Ops'])}, CN = "
    )
    d.v("person", p.full).t(", emailAddress = ").v("email", em).t("\n")
    d.t(
        "        Subject Public Key Info:\n            Public Key Algorithm: rsaEncryption\n                Public-Key: (2048 bit)\n"
    )
    d.t("                Modulus:\n")
    for _ in range(3):
        d.t("                    " + ":".join(hexs(rng, 2) for _ in range(15)) + ":\n")
    d.t("                Exponent: 65537 (0x10001)\n        X509v3 extensions:\n")
    d.t(
        "            X509v3 Key Usage: critical\n                Digital Signature, Key Encipherment\n"
    )
    d.t("            X509v3 Subject Alternative Name: \n                email:").v("email", em)
    if rng.random() < 0.6:
        d.t(", IP Address:").v("ipv4", ipv4(rng))
    if rng.random() < 0.3:
        d.t(", IP Address:").v("ipv6", ipv6(rng))
    d.t(
        "\n            X509v3 Subject Key Identifier: \n                "
        + ":".join(hexs(rng, 2) for _ in range(20)).upper()
        + "\n"
    )
    d.t(
        "    Signature Algorithm: sha256WithRSAEncryption\n    Signature Value:\n        "
        + ":".join(hexs(rng, 2) for _ in range(18))
    )
    return d


def gpg(rng: random.Random, loc: Loc) -> Doc:
    """`gpg --list-keys` output with uids (name, comment, e-mail)."""
    d = Doc()
    d.t(
        f"$ gpg --list-keys\n/home/{rng.choice(['dev', 'admin', 'ubuntu', 'ops'])}/.gnupg/pubring.kbx\n"
        + "-" * 29
        + "\n"
    )
    for _ in range(rng.randint(1, 3)):
        p = latin(rng, loc)
        y = rng.randint(2018, 2025)
        d.t(
            f"pub   {rng.choice(['rsa4096', 'ed25519', 'rsa3072'])} {y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} [SC]"
            f"{' [expires: ' + str(y + 3) + '-01-01]' if rng.random() < 0.5 else ''}\n      {hexs(rng, 40).upper()}\n"
        )
        d.t(f"uid           [{rng.choice(['ultimate', ' full  ', 'unknown'])}] ").v(
            "person", p.full
        )
        if rng.random() < 0.4:
            d.t(
                f" ({rng.choice(['work', 'laptop', 'signing key', *{'BO': ['trabajo'], 'CR': ['trabajo'], 'HT': ['perso'], 'DZ': ['perso']}.get(loc.cc, [])])})"
            )
        d.t(" <").v("email", email(rng, loc.cc, p.given, p.family)).t(">\n")
        if rng.random() < 0.4:
            d.t("uid           [ultimate] ").v("person", p.full).t(" <").v(
                "email", email(rng, loc.cc, p.given, p.family)
            ).t(">\n")
        d.t(
            f"sub   {rng.choice(['rsa4096', 'cv25519'])} {y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} [E]\n\n"
        )
    return d


def sip(rng: random.Random, loc: Loc) -> Doc:
    """SIP INVITE / REGISTER trace (From/To display names, phone numbers in URIs, Via IPs)."""
    d = Doc()
    caller, callee = latin(rng, loc), latin(rng, loc)
    lip, pip = ipv4(rng, True), ipv4(rng, False)
    host = f"sip.{rng.choice(['voip', 'pbx', 'tel'])}.{loc.tld}"
    ext = str(rng.randint(100, 2999))
    if rng.random() < 0.5:
        num = phone(rng, loc.cc, style="e164")
        br = hexs(rng, 10)
        d.t("U ").v("ipv4", lip).t(":5060 -> ").v("ipv4", pip).t(":5060\n")
        d.t("INVITE sip:").v("phone", num).t(f"@{host} SIP/2.0\nVia: SIP/2.0/UDP ").v(
            "ipv4", lip
        ).t(f":5060;rport;branch=z9hG4bK{br}\n")
        d.t('Max-Forwards: 70\nFrom: "').v("person", caller.full).t(
            f'" <sip:{ext}@{host}>;tag={digits(rng, 10)}\n'
        )
        d.t('To: "').v("person", callee.full).t('" <sip:').v("phone", num).t(f"@{host}>\n")
        d.t(f"Call-ID: {hexs(rng, 16)}@").v("ipv4", lip).t(
            f"\nCSeq: {rng.randint(1, 999)} INVITE\nContact: <sip:{ext}@"
        ).v("ipv4", lip).t(":5060>\n")
        d.t(
            f"User-Agent: {rng.choice(['Yealink SIP-T46S 66.86.15', 'Grandstream GXP1628 1.0.11', 'Zoiper rv2.10.20'])}\n"
        )
        d.t("Content-Type: application/sdp\nContent-Length: 312\n\nv=0\no=- 3912 3912 IN IP4 ").v(
            "ipv4", lip
        ).t("\ns=call\nc=IN IP4 ").v("ipv4", lip)
        d.t(f"\nt=0 0\nm=audio {rng.randint(10000, 20000)} RTP/AVP 0 8 101\na=rtpmap:0 PCMU/8000\n")
    else:
        d.t(f"REGISTER sip:{host} SIP/2.0\nVia: SIP/2.0/UDP ").v("ipv4", lip).t(
            f":{rng.choice([5060, 5062])};branch=z9hG4bK{hexs(rng, 8)}\n"
        )
        d.t('From: "').v("person", caller.full).t(f'" <sip:{ext}@{host}>;tag={hexs(rng, 8)}\n')
        d.t('To: "').v("person", caller.full).t(
            f'" <sip:{ext}@{host}>\nCall-ID: {hexs(rng, 24)}\nCSeq: 2 REGISTER\n'
        )
        d.t(f"Contact: <sip:{ext}@").v("ipv4", lip).t(";transport=udp>;expires=3600\n")
        d.t(
            f'Authorization: Digest username="{ext}", realm="{host}", nonce="{hexs(rng, 32)}", response="{hexs(rng, 32)}"\n'
        )
        d.t("X-Forwarded-For: ").v("ipv4", pip).t(
            "\n\nSIP/2.0 200 OK\nContact: <sip:" + ext + "@"
        ).v("ipv4", lip).t(";transport=udp>;expires=3600\n")
    return d


def maillog(rng: random.Random, loc: Loc) -> Doc:
    """Postfix or Exim mail log lines (client IPs, sender/recipient addresses, SASL users)."""
    d = Doc()
    m = rng.choice(MON)
    host = rng.choice(["mx1", "mail", "smtp01"])
    for _ in range(rng.choice([1, 2, 3, 3, 4])):
        a, b = latin(rng, loc), latin(rng, loc)
        ea, eb = email(rng, loc.cc, a.given, a.family), email(rng, loc.cc, b.given, b.family)
        ip = ipv4(rng)
        hh, mm = rng.randint(0, 23), rng.randint(0, 59)
        ts = f"{m} {rng.randint(1, 28):2d} {hh:02d}:{mm:02d}:{rng.randint(10, 59)}"
        if rng.random() < 0.6:
            qid, pid = hexs(rng, 10).upper(), rng.randint(1000, 32000)
            d.t(f"{ts} {host} postfix/smtpd[{pid}]: connect from unknown[").v("ipv4", ip).t("]\n")
            d.t(f"{ts} {host} postfix/smtpd[{pid}]: {qid}: client=unknown[").v("ipv4", ip).t(
                "], sasl_method=LOGIN, sasl_username="
            ).v("email", ea).t("\n")
            d.t(
                f"{ts} {host} postfix/cleanup[{pid + 3}]: {qid}: message-id=<{hexs(rng, 12)}@{host}.{loc.tld}>\n"
            )
            d.t(f"{ts} {host} postfix/qmgr[811]: {qid}: from=<").v("email", ea).t(
                f">, size={rng.randint(900, 90000)}, nrcpt=1 (queue active)\n"
            )
            rip = ipv4(rng, False)
            d.t(f"{ts} {host} postfix/smtp[{pid + 9}]: {qid}: to=<").v("email", eb).t(
                ">, relay=mx.google.com["
            ).v("ipv4", rip)
            d.t(
                f"]:25, delay={rng.randint(0, 9)}.{rng.randint(1, 9)}, dsn=2.0.0, status=sent (250 2.0.0 OK {digits(rng, 10)} - gsmtp)\n"
            )
        else:
            mid = f"1v{hexs(rng, 4)}-000{rng.randint(1, 9)}{hexs(rng, 2)}-{hexs(rng, 2)}"
            day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {hh:02d}:{mm:02d}:{rng.randint(10, 59)}"
            d.t(f"{day} {mid} <= ").v("email", ea).t(f" H=({host}.{loc.tld}) [").v("ipv4", ip).t(
                "] P=esmtpsa X=TLS1.3 A=dovecot_login:"
            ).v("email", ea)
            d.t(f" S={rng.randint(900, 90000)}\n{day} {mid} => ").v("email", eb).t(
                " R=dnslookup T=remote_smtp H=mx.example.net ["
            ).v("ipv4", ipv4(rng, False)).t("]\n")
            d.t(f"{day} {mid} Completed\n")
    if rng.random() < 0.4:
        d.t(f"{m} 12 03:11:09 {host} postfix/smtpd[2211]: warning: unknown[").v(
            "ipv4", ipv4(rng, False)
        ).t("]: SASL LOGIN authentication failed: UGFzc3dvcmQ6\n")
    return d


def toml_cfg(rng: random.Random, loc: Loc) -> Doc:
    """TOML application config: DB URL password, SMTP password, API token, owner contact."""
    d = Doc()
    p = latin(rng, loc)
    app = rng.choice(["ventas", "caisse", "inventory", "kiosko", "pos", "school"])
    d.t(
        f'# {app}.toml — do not commit\ntitle = "{app}"\nversion = "{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"\n\n[server]\nbind = "'
    )
    d.v("ipv4", ipv4(rng, True)).t(
        f'"\nport = {rng.choice([8080, 8000, 3000, 5000])}\nworkers = {rng.randint(2, 8)}\n\n[database]\n'
    )
    user = rng.choice(["app", "postgres", "root", app])
    d.t(f'url = "{rng.choice(["postgresql", "mysql"])}://{user}:').v("secret", password(rng)).t(
        "@"
    ).v("ipv4", ipv4(rng, True)).t(f':5432/{app}"\n')
    d.t(f'pool_size = {rng.randint(5, 30)}\n\n[smtp]\nhost = "smtp.gmail.com"\nuser = "').v(
        "email", email(rng, loc.cc, p.given, p.family)
    )
    d.t('"\npassword = "').v("secret", password(rng)).t('"\n\n[payments]\napi_key = "').v(
        "secret", token(rng, rng.choice(["sk", "hex"]))
    ).t('"\n')
    d.t(
        f'webhook_id = "{hexs(rng, 8)}-{hexs(rng, 4)}"\ncurrency = "{loc.cur}"\n\n[owner]\nname = "'
    ).v("person", p.full).t('"\nphone = "')
    d.v("phone", phone(rng, loc.cc)).t('"\n')
    return d


_SSID = {"BO": ["Familia", "Casa", "Tienda"], "CR": ["Familia", "Casa", "Soda"], "HT": ["Maison", "Lakay", "Digicel"],
         "DZ": ["Maison", "Djezzy", "Idoom"], "LB": ["Home", "Maison", "Ogero"], "KH": ["Home", "Cafe", "Smart"],
         "IQ": ["Home", "EarthLink"], "YE": ["Home", "YemenNet"]}  # fmt: skip


def ini_cfg(rng: random.Random, loc: Loc) -> Doc:
    """INI files (my.cnf / odbc.ini / router backup) with passwords, hosts and a contact comment."""
    d = Doc()
    p = latin(rng, loc)
    if rng.random() < 0.5:
        d.t(
            {
                "BO": "; my.cnf — servidor de respaldo\n; responsable: ",
                "CR": "; my.cnf — servidor de respaldo\n; responsable: ",
                "HT": "; my.cnf — serveur de sauvegarde\n; responsable : ",
                "DZ": "; my.cnf — serveur de sauvegarde\n; responsable : ",
                "LB": "; my.cnf — backup\n; owner: ",
            }.get(loc.cc, "; my.cnf — backup server\n; owner: ")
        ).v("person", p.full).t(" <").v("email", email(rng, loc.cc, p.given, p.family)).t(">\n")
        d.t("[client]\nuser=backup\npassword=").v("secret", password(rng)).t("\nhost=").v(
            "ipv4", ipv4(rng, True)
        ).t("\nport=3306\n\n")
        d.t("[mysqld]\nbind-address=").v("ipv4", ipv4(rng, True)).t(
            f"\nmax_connections={rng.choice([151, 300, 500])}\ninnodb_buffer_pool_size=1G\n"
        )
    else:
        d.t("[general]\nhostname=").t(f"ap-{loc.tld}-{rng.randint(1, 40):02d}\nadmin_contact=").v(
            "phone", phone(rng, loc.cc)
        ).t("\n\n[wan]\nipaddr=")
        d.v("ipv4", ipv4(rng, False)).t("\ngateway=").v("ipv4", ipv4(rng, False)).t("\nip6addr=").v(
            "ipv6", ipv6(rng)
        ).t("\n\n[wifi]\nssid=")
        d.t(
            f"{rng.choice(_SSID.get(loc.cc, ['Home', 'Office', 'WiFi']))}_{digits(rng, 3)}\npsk="
        ).v("secret", password(rng))
        d.t("\n\n[lan]\nipaddr=").v("ipv4", ipv4(rng, True)).t("\nnetmask=255.255.255.0\n")
    return d


def mongo(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """MongoDB shell (mongosh) output of a customer collection."""
    d = Doc()
    coll = {
        "es": "clientes",
        "fr": "clients",
        "ht": "kliyan",
        "ar": "customers",
        "en": "customers",
        "km": "customers",
    }[lang]
    d.t(
        f"{rng.choice(['test', 'prod', 'crm'])}> db.{coll}.find({{}}, {{_id: 1}}).limit({rng.randint(1, 2)})\n[\n"
    )
    for i in range(rng.randint(1, 2)):
        p = who(rng, loc, lang)
        lp = p if p.latin else latin(rng, loc)
        y, mo, dd = rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28)
        d.t(f"  {{\n    _id: ObjectId('{hexs(rng, 24)}'),\n    name: '").v("person", p.full).t(
            "',\n"
        )
        d.t("    phone: '").v("phone", phone(rng, loc.cc)).t("',\n    email: '").v(
            "email", email(rng, loc.cc, lp.given, lp.family)
        ).t("',\n")
        d.t("    birthDate: ISODate('").v("dob", f"{y}-{mo:02d}-{dd:02d}").t("T00:00:00.000Z'),\n")
        d.t(
            f"    createdAt: ISODate('2025-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:14:09.512Z'),\n"
        )
        if rng.random() < 0.5:
            d.t("    lastLoginIp: '").v("ipv4", ipv4(rng)).t("',\n")
        d.t(
            f"    balance: Decimal128('{rng.randint(0, 9000)}.{digits(rng, 2)}'),\n    tags: [ '{rng.choice(['vip', 'nuevo' if lang == 'es' else 'new', 'b2b', 'retail'])}' ]\n  }}"
        )
        d.t(",\n" if i == 0 else "\n")
    d.t("]")
    return d
