# ruff: noqa: RUF001 (Greek and other non-Latin letters are intended: multilingual text)
"""Technical styles: Android logcat, router admin dumps, Terraform state / Ansible inventory,
GraphQL and Postman requests, attendee lists pasted from a spreadsheet, LaTeX letters,
mailing-list digests."""

import json

from _v7b_doc import Doc
from _v7b_labels import IBAN_COUNTRY, lab
from _v7b_people import Person, ascii_fold
from _v7b_places import STREET_ONLY
from _v7b_values import card, digits, gps, iban, ipv4, ipv6, lookalike, mac, password, token

APP = {
    "zh_HK": "hk.octopus.wallet", "es_EC": "ec.pichincha.movil", "es_GT": "gt.tigo.money",
    "en_GH": "com.mtn.momo", "ro_MD": "md.maib.mobile", "sq_AL": "al.bkt.smart",
    "fr_MA": "ma.inwi.app", "ar_AE": "ae.careem.rides", "el_CY": "cy.jcc.pay", "en_JM": "jm.ncb.mobile",
}  # fmt: skip


def ts(rng) -> str:
    return f"12-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}"


def s_logcat(rng, loc, lang):
    p = Person(rng, loc, lang)
    app = APP[loc]
    pid = rng.randint(2000, 31000)
    d = Doc()
    pre = lambda lvl, tag: d.t(f"{ts(rng)}  {pid}  {pid + rng.randint(1, 40)} {lvl} {tag}: ")  # noqa: E731
    pre("I", "ActivityManager").t(
        f"Start proc {pid}:{app}/u0a{rng.randint(100, 300)} for activity\n"
    )
    pre("D", "OkHttp").t(
        "--> POST https://api.", app.split(".")[1], ".", app.split(".")[0], "/v2/session\n"
    )
    pre("D", "OkHttp").t("Authorization: Bearer ").v("secret", token(rng, "jwt")).t("\n")
    pre("D", "OkHttp").t('{"msisdn":"').v("phone", p.phone()).t('","email":"').v(
        "email", p.email()
    ).t('"}\n')
    pre("I", "NetworkMonitor").t("wlan0 up ip=").v("ipv4", ipv4(rng, True)).t(" gw=").v(
        "ipv4", ipv4(rng, True)
    )
    d.t(" bssid=").v("mac", mac(rng)).t("\n")
    if rng.random() < 0.6:
        pre("D", "LocationSvc").t("fix acc=12.0 latlng=").v("gps", gps(rng, loc)).t("\n")
    if rng.random() < 0.5:
        pre("I", "ProfileRepo").t("cached user name=").v("person", p.full).t(" dob=").v(
            "dob", p.dob.isoformat()
        ).t("\n")
    pre("W", "Choreographer").t(f"Skipped {rng.randint(30, 90)} frames! build={lookalike(rng)}\n")
    if rng.random() < 0.4:
        pre("D", "Ipv6Tether").t("addr ").v("ipv6", ipv6(rng)).t("/64\n")
    return d


def s_router_admin(rng, loc, lang):
    p = Person(rng, loc, lang)
    d = Doc()
    d.t(
        rng.choice(["TP-Link Archer C6", "Huawei HG8245H5", "ZTE F670L", "Nokia G-240W-F"]),
        " | Status\n",
    )
    d.t(f"Firmware Version: {lookalike(rng) if rng.random() < 0.3 else 'V3.20.1 Build 231012'}\n")
    d.t("WAN IPv4: ").v("ipv4", ipv4(rng, False)).t("   Gateway: ").v("ipv4", ipv4(rng, False)).t(
        "\n"
    )
    d.t("WAN IPv6: ").v("ipv6", ipv6(rng)).t("\n")
    d.t("LAN MAC: ").v("mac", mac(rng)).t("\n")
    d.t("PPPoE user: ").v(
        "email",
        f"{ascii_fold(p.family.split()[0]).lower()}{digits(rng, 4)}@{rng.choice(['isp.net', 'adsl.local'])}",
    )
    d.t("   PPPoE password: ").v("secret", password(rng)).t("\n\n")
    d.t("DHCP Clients\nID  Device Name              IP Address        MAC Address          Lease\n")
    owner = p.given.split()[0]
    for i in range(rng.randint(2, 5)):
        d.t(f"{i + 1:<4}")
        if i == 0:
            dev = (
                rng.choice(["iPhone de ", "Galaxy-A54 de ", "iPad-"])
                if lang in ("es", "fr")
                else rng.choice(["iPhone-", "Galaxy-A54-", "iPad-"])
            )
            d.t(dev).v("person", owner).t(" " * max(1, 25 - len(dev) - len(owner)))
        else:
            name = rng.choice(
                [
                    "android-" + digits(rng, 6),
                    "DESKTOP-" + digits(rng, 4) + "QK",
                    "smart-tv",
                    "ESP_" + digits(rng, 6),
                    "printer-HP",
                ]
            )
            d.t(f"{name:<25}")
        d.v("ipv4", f"192.168.1.{rng.randint(2, 250)}").t("     ").v("mac", mac(rng)).t(
            f"    {rng.randint(1, 23)}:{rng.randint(10, 59)}:00\n"
        )
    return d


def s_terraform_ansible(rng, loc, lang):
    p = Person(rng, loc, lang)
    d = Doc()
    if rng.random() < 0.5:
        ip1, ip2 = ipv4(rng, False), ipv4(rng, True)
        d.t(
            '{\n  "version": 4,\n  "terraform_version": "1.7.5",\n  "serial": ',
            str(rng.randint(3, 200)),
            ',\n  "resources": [\n',
        )
        d.t(
            '    {\n      "type": "aws_instance",\n      "name": "web",\n      "instances": [{\n        "attributes": {\n'
        )
        d.t('          "id": "i-0', digits(rng, 16), '",\n          "public_ip": "').v(
            "ipv4", ip1
        ).t('",\n')
        d.t('          "private_ip": "').v("ipv4", ip2).t('",\n')
        d.t('          "ipv6_addresses": ["').v("ipv6", ipv6(rng)).t('"],\n')
        d.t('          "tags": {"Owner": "').v("email", p.email()).t(
            '", "CostCenter": "CC-', digits(rng, 4), '"}\n        }\n      }]\n    },\n'
        )
        d.t(
            '    {\n      "type": "aws_db_instance",\n      "name": "main",\n      "instances": [{\n        "attributes": {\n'
        )
        d.t('          "address": "').v("ipv4", ipv4(rng, True)).t(
            '",\n          "username": "app",\n'
        )
        d.t('          "password": "').v("secret", password(rng)).t(
            '"\n        }\n      }]\n    }\n  ]\n}\n'
        )
    else:
        d.t("# inventory/hosts.ini - managed by ").v("person", p.full).t("\n[web]\n")
        for i in range(rng.randint(2, 3)):
            d.t(f"web{i + 1:02d} ansible_host=").v("ipv4", ipv4(rng)).t(" ansible_user=deploy\n")
        d.t("\n[db]\ndb01 ansible_host=").v("ipv4", ipv4(rng, True)).t(" ansible_password=").v(
            "secret", password(rng)
        ).t("\n")
        d.t("\n[all:vars]\nmonitoring_email=").v("email", p.email()).t("\n")
        d.t("db_url=postgresql://app:").v(
            "secret", password(rng).replace("@", "").replace("#", "").replace("/", "")
        ).t("@").v("ipv4", ipv4(rng, True)).t(":5432/prod\n")
    return d


def s_graphql_postman(rng, loc, lang):
    p = Person(rng, loc, lang)
    d = Doc()
    tok = token(rng, rng.choice(["jwt", "sk", "hex"]))
    if rng.random() < 0.5:
        d.t("POST /graphql HTTP/1.1\nHost: api.shop.example\nAuthorization: Bearer ").v(
            "secret", tok
        ).t("\nContent-Type: application/json\n\n")
        d.t(
            '{"query":"mutation CreateCustomer($input: CustomerInput!) { createCustomer(input: $input) { id } }",\n "variables":{"input":{\n'
        )
        d.t('   "fullName":"').v("person", p.full).t('",\n   "birthDate":"').v(
            "dob", p.dob.isoformat()
        ).t('",\n')
        d.t('   "phone":"').v("phone", p.phone()).t('",\n   "email":"').v("email", p.email()).t(
            '",\n'
        )
        d.t('   "shippingAddress":"').addr(p.address(), True).t('",\n')
        if rng.random() < 0.35:
            d.t('   "card":"').v("card", card(rng).replace(" ", "")).t('",\n')
        d.t('   "clientMutationId":"', lookalike(rng), '"}}}\n')
    else:
        info = {"name": "CRM API", "_postman_id": lookalike(rng)}
        d.t(
            '{"info": ' + json.dumps(info, ensure_ascii=False),
            ', "item": [\n  {"name": "Update contact", "request": {"method": "PUT",\n',
        )
        d.t('   "header": [{"key": "x-api-key", "value": "').v("secret", tok).t('"}],\n')
        d.t('   "url": "https://').v("ipv4", ipv4(rng)).t(":8080/contacts/", digits(rng, 5), '",\n')
        d.t('   "body": {"mode": "raw", "raw": "{\\"name\\": \\"').v("person", p.full).t(
            '\\", \\"mobile\\": \\"'
        ).v("phone", p.phone())
        d.t('\\", \\"email\\": \\"').v("email", p.email()).t('\\"}"}}}\n]}\n')
    return d


def s_attendee_list(rng, loc, lang):
    d = Doc()
    conf = rng.choice(
        ["Regional FinTech Summit 2026", "Congreso de Salud Pública", "Dev Day", "Agri Expo"]
    )
    d.t(f"{conf} - attendees (export {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026)\n")
    cols = [lab(lang, "name"), "Organisation", lab(lang, "email"), lab(lang, "mobile"), "Badge"]
    d.t("\t".join(cols), "\n")
    orgs = [
        "Ministry of Health",
        "Banco Central",
        "University",
        "Tigo",
        "Self-employed",
        "NGO Vida",
        "Deloitte",
    ]
    for _ in range(rng.randint(3, 7)):
        p = Person(rng, loc, lang)
        d.v("person", p.full).t("\t", rng.choice(orgs), "\t").v("email", p.email()).t("\t")
        if rng.random() < 0.8:
            d.v("phone", p.phone())
        d.t("\t", rng.choice(["SPEAKER", "VIP", "ATT", "PRESS"]), "\n")
    d.t("\t\t\t", f"=COUNTA(A3:A{rng.randint(8, 40)})", "\n")
    return d


LATEX_BODY = {
    "en": "I am writing to confirm my attendance at the interview. I can be reached on",
    "es": "Por medio de la presente confirmo mi asistencia a la entrevista. Pueden contactarme al",
    "fr": "Je vous confirme par la présente ma présence à l'entretien. Vous pouvez me joindre au",
    "ro": "Prin prezenta confirm participarea la interviu. Mă puteți contacta la",
    "sq": "Me anë të kësaj letre konfirmoj pjesëmarrjen në intervistë. Më kontaktoni në",
    "el": "Με την παρούσα επιβεβαιώνω τη συμμετοχή μου στη συνέντευξη. Τηλέφωνο επικοινωνίας:",
    "ar": "أؤكد بموجب هذا الخطاب حضوري للمقابلة. يمكنكم التواصل معي على",
    "zh": "本人謹此確認出席面試。如有查詢，請致電",
}  # fmt: skip


def s_latex_letter(rng, loc, lang):
    p, r = Person(rng, loc, lang), Person(rng, loc, lang)
    d = Doc()
    d.t("\\documentclass[11pt]{letter}\n\\usepackage[utf8]{inputenc}\n\\signature{").v(
        "person", p.full
    ).t("}\n")
    d.t("\\address{")
    d.lines("address", p.address(), " \\\\ ")
    d.t(" \\\\ ").v("email", p.email()).t("}\n\\begin{document}\n\\begin{letter}{").v(
        "person", r.full
    ).t(" \\\\ HR Department}\n")
    d.t("\\opening{", lab(lang, "dear"), " ").v("person", r.full).t(
        ",}\n\n", LATEX_BODY[lang], " "
    ).v("phone", p.phone()).t(".\n\n")
    d.t("\\closing{", lab(lang, "regards"), "}\n\\end{letter}\n\\end{document}\n")
    return d


DIGEST = {
    "en": ("Today's Topics:", "Re: lost keys near", "Found a set of keys near", "call me"),
    "es": ("Temas de hoy:", "Re: llaves perdidas cerca de", "Encontré unas llaves cerca de", "llámenme al"),
    "fr": ("Sujets du jour :", "Re: clés perdues près de", "J'ai trouvé des clés près de", "appelez-moi au"),
    "ro": ("Subiectele de azi:", "Re: chei pierdute lângă", "Am găsit o legătură de chei lângă", "sunați-mă la"),
    "sq": ("Temat e sotme:", "Re: çelësa të humbur afër", "Gjeta disa çelësa afër", "më telefononi në"),
    "el": ("Θέματα σήμερα:", "Re: χαμένα κλειδιά κοντά στη", "Βρήκα κλειδιά κοντά στη", "καλέστε με στο"),
    "ar": ("مواضيع اليوم:", "رد: مفاتيح مفقودة قرب", "وجدت مفاتيح قرب", "اتصلوا بي على"),
    "zh": ("今日主題：", "Re: 喺附近跌咗鎖匙", "我喺附近執到一串鎖匙：", "請致電"),
}  # fmt: skip


DIGEST_MORE = {  # (sale subject, sale body, notice subject, notice body, meeting subject, meeting body)
    "en": ("Selling kids bike", "Kids bike in good condition, pick up from {ADDR}. Text {PH}.",
           "Water cut tomorrow", "The water company says supply will be off 8am-4pm along {STREET}. Fill your tanks.",
           "Residents meeting", "Meeting on {DATE} at 7:30pm in the community hall. Agenda: security lights, garbage fees."),
    "es": ("Vendo bicicleta de niño", "Bici de niño en buen estado, retirar en {ADDR}. Whatsapp {PH}.",
           "Corte de agua mañana", "La empresa de agua avisa corte de 08h00 a 16h00 en {STREET}. Guarden agua.",
           "Reunión de vecinos", "Reunión el {DATE} a las 19h30 en la casa comunal. Temas: alumbrado y guardianía."),
    "fr": ("Vends vélo enfant", "Vélo enfant en bon état, à récupérer au {ADDR}. SMS au {PH}.",
           "Coupure d'eau demain", "La régie annonce une coupure de 8h à 16h sur {STREET}. Pensez à faire des réserves.",
           "Réunion des voisins", "Réunion le {DATE} à 19h30 à la salle du quartier. Ordre du jour : éclairage, gardiennage."),
    "ro": ("Vând bicicletă copii", "Bicicletă pentru copii, stare bună, ridicare de la {ADDR}. Sunați {PH}.",
           "Apă oprită mâine", "Apă-Canal anunță sistarea apei între 08:00 și 16:00 pe {STREET}.",
           "Adunarea locatarilor", "Adunarea are loc pe {DATE}, ora 19:30, în scara blocului. Tema: reparația liftului."),
    "sq": ("Shes biçikletë fëmijësh", "Biçikletë fëmijësh në gjendje të mirë, merret te {ADDR}. Cel {PH}.",
           "Ndërprerje uji nesër", "UKT njofton ndërprerje nga ora 08:00 deri 16:00 përgjatë {STREET}.",
           "Mbledhja e banorëve", "Mbledhja më {DATE}, ora 19:30, te hyrja e pallatit. Tema: ashensori."),
    "el": ("Πωλείται παιδικό ποδήλατο", "Παιδικό ποδήλατο σε καλή κατάσταση, παραλαβή από {ADDR}. Μήνυμα στο {PH}.",
           "Διακοπή νερού αύριο", "Το Συμβούλιο Υδατοπρομήθειας ανακοινώνει διακοπή 8:00-16:00 στη {STREET}.",
           "Συνάντηση κατοίκων", "Συνάντηση στις {DATE}, 19:30, στην αίθουσα της κοινότητας. Θέμα: φωτισμός."),
    "ar": ("للبيع دراجة أطفال", "دراجة أطفال بحالة جيدة، الاستلام من {ADDR}. واتساب {PH}.",
           "انقطاع المياه غداً", "تعلن الهيئة عن انقطاع المياه من 8 صباحاً حتى 4 عصراً على {STREET}.",
           "اجتماع السكان", "الاجتماع يوم {DATE} الساعة 7:30 مساءً في قاعة المبنى. الموضوع: مواقف السيارات."),
    "zh": ("出售兒童單車", "兒童單車九成新，請到{ADDR}自取，WhatsApp {PH}。",
           "明日停水", "水務署通知明日上午八時至下午四時{STREET}一帶停水，請預先儲水。",
           "業主大會", "業主大會將於{DATE}晚上七時半喺會所舉行，議程：更換升降機。"),
}  # fmt: skip
FOOTER = "_______________________________________________\nneighbours-list mailing list\nhttps://lists.example.org/mailman/listinfo/neighbours\n\nEnd of neighbours-list Digest"


def s_mailing_digest(rng, loc, lang):
    from _v7b_doc import fill
    from _v7b_styles_forms import some_date

    topics, subj, found, call = DIGEST[lang]
    sale_s, sale_b, note_s, note_b, meet_s, meet_b = DIGEST_MORE[lang]
    street = STREET_ONLY[loc]
    kinds = ["keys", "sale", "notice", "meeting", "reply"]
    msgs = ["keys", *rng.sample(kinds[1:], rng.randint(1, 4))]
    people = [Person(rng, loc, lang) for _ in msgs]
    subjects = {
        "keys": f"{subj} {street}",
        "sale": sale_s,
        "notice": note_s,
        "meeting": meet_s,
        "reply": f"{subj} {street}",
    }
    vol, issue = rng.randint(2, 40), rng.randint(1, 30)
    d = Doc()
    d.t(f"neighbours-list Digest, Vol {vol}, Issue {issue}\n\n{topics}\n")
    for i, (m, p) in enumerate(zip(msgs, people, strict=True)):
        d.t(f"   {i + 1}. {subjects[m]} (").v("person", p.full).t(")\n")
    for i, (m, p) in enumerate(zip(msgs, people, strict=True)):
        d.t(
            "\n",
            "-" * 46,
            f"\n\nMessage: {i + 1}\nDate: {rng.randint(1, 28)} Nov 2026 {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}\nFrom: ",
        )
        if rng.random() < 0.7:
            d.v("person", p.full).t(" <").v("email", p.email()).t(">")
        else:
            d.v("email", p.email())
        d.t(f"\nSubject: {subjects[m]}\n\n")
        if m == "keys":
            d.t(found, " ", street, ", ", call, " ").v("phone", p.phone()).t("\n")
        elif m == "reply":
            d.t("> ", found, " ", street, "\n\n+1, ").v("person", p.given).t("\n")
        else:
            body = {"sale": sale_b, "notice": note_b, "meeting": meet_b}[m]
            vals = {"ADDR": ("address", p.address()), "PH": ("phone", p.phone()), "STREET": (None, street),
                    "DATE": (None, some_date(rng, lang, loc))}  # fmt: skip
            fill(d, body, vals).t("\n")
        if loc in IBAN_COUNTRY and m == "meeting" and rng.random() < 0.5:
            d.t("IBAN: ").v("iban", iban(rng, IBAN_COUNTRY[loc])).t(" (").v("person", p.full).t(
                ")\n"
            )
    d.t("\n", FOOTER, f", Vol {vol}, Issue {issue}\n", "*" * 46, "\n")
    return d


STYLES = {
    "android_logcat": s_logcat,
    "router_admin": s_router_admin,
    "terraform_ansible": s_terraform_ansible,
    "graphql_postman": s_graphql_postman,
    "attendee_list": s_attendee_list,
    "latex_letter": s_latex_letter,
    "mailing_digest": s_mailing_digest,
}
