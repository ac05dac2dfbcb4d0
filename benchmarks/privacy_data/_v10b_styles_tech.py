"""Machine-log styles of the v10b set: DICOM dumps, HAProxy, Cisco ASA, Keycloak events,
Jenkins consoles, USSD gateways, pharmacy delivery apps, X12 270/271."""

from __future__ import annotations

import _v10b_values as V
from _v10b_doc import Doc
from _v10b_locale import Loc, fold

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

HOSP = {"LY": "Tripoli Medical Center", "SD": "Soba University Hospital", "ZM": "University Teaching Hospital",
        "ZW": "Parirenyatwa Group of Hospitals", "CI": "CHU de Cocody", "MG": "CHU HJRA Ampefiloha",
        "HN": "Hospital Escuela", "VE": "Hospital Universitario de Caracas", "SR": "Academisch Ziekenhuis Paramaribo",
        "FO": "Landssjukrahusid"}


def _uid(rng) -> str:
    return "1.2.840." + ".".join(str(rng.randint(1, 999999)) for _ in range(rng.randint(6, 9)))


def dicom_dump(rng, L: Loc, d: Doc) -> None:
    pt = L.person(rng)
    ref = L.person(rng)
    yy, mm, dd = rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)
    mod = rng.choice(["CT", "MR", "CR", "US", "DX"])
    if rng.random() < 0.5:
        d.line("I: Association Received ", ("ipv4", L.ip4(rng, True)), f": \"{mod}_SCANNER0{rng.randint(1, 4)}\" -> \"PACS_MAIN\"")
        d.line(f"I: Received Store Request (MsgID {rng.randint(1, 900)}, {mod})")
        d.line("")
    d.line("# Dicom-File-Format")
    d.line("")
    d.line("# Dicom-Meta-Information-Header")
    d.line("# Used TransferSyntax: Little Endian Explicit")
    d.line(f"(0002,0000) UL {rng.randint(180, 220):<40} #   4, 1 FileMetaInformationGroupLength")
    d.line(f"(0002,0003) UI [{_uid(rng)}] #  56, 1 MediaStorageSOPInstanceUID")
    d.line("(0002,0010) UI =LittleEndianExplicit                   #  20, 1 TransferSyntaxUID")
    d.line(f"(0002,0016) AE [{mod}_SCANNER0{rng.randint(1, 4)}]                        #  14, 1 SourceApplicationEntityTitle")
    d.line("")
    d.line("# Dicom-Data-Set")
    d.line(f"(0008,0020) DA [{yy}{mm:02d}{dd:02d}]                              #   8, 1 StudyDate")
    d.line(f"(0008,0030) TM [{rng.randint(7, 19):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}]                                #   6, 1 StudyTime")
    d.line(f"(0008,0050) SH [ACC{yy}{V.digits(rng, 6)}]                      #  16, 1 AccessionNumber")
    d.line(f"(0008,0060) CS [{mod}]                                    #   2, 1 Modality")
    d.line(f"(0008,0070) LO [{rng.choice(['GE MEDICAL SYSTEMS', 'SIEMENS', 'Philips', 'CANON_MEC'])}]                    #  18, 1 Manufacturer")
    d.line(f"(0008,0080) LO [{HOSP[L.region]}]                #  22, 1 InstitutionName")
    d.a("(0008,0090) PN [", ("person", ref.F), "^", ("person", ref.G), "]                  #  16, 1 ReferringPhysicianName\n")
    d.line(f"(0008,1030) LO [{rng.choice(['CHEST PA', 'CT HEAD W/O', 'ABDOMEN US', 'MRI KNEE LT', 'CT THORAX C+'])}]                         #  12, 1 StudyDescription")
    d.a("(0010,0010) PN [", ("person", pt.F), "^", ("person", pt.G))
    if L.arabic and rng.random() < 0.6:
        d.a("=", ("person", pt.family), "^", ("person", pt.given))
    d.t("]                     #  20, 1 PatientName\n")
    d.line(f"(0010,0020) LO [{L.region}{V.digits(rng, 7, True)}]                              #  10, 1 PatientID")
    d.line("(0010,0030) DA [", ("dob", f"{pt.y}{pt.m:02d}{pt.d:02d}"), "]                              #   8, 1 PatientBirthDate")
    d.line(f"(0010,0040) CS [{'F' if pt.female else 'M'}]                                     #   2, 1 PatientSex")
    d.line(f"(0010,1010) AS [{max(1, yy - pt.y - ((mm, dd) < (pt.m, pt.d))):03d}Y]                                  #   4, 1 PatientAge")
    if rng.random() < 0.6:
        _lab, nid = L.nid(rng, pt, 0)
        d.line("(0010,1000) LO [", ("national_id", nid), "]                         #  12, 1 OtherPatientIDs")
    if rng.random() < 0.7:
        d.line("(0010,1040) LO [", ("address", L.addr1(rng, latin=True)), "]   #  40, 1 PatientAddress")
    if rng.random() < 0.7:
        d.line("(0010,2154) SH [", ("phone", L.phone(rng)), "]                       #  12, 1 PatientTelephoneNumbers")
    d.line(f"(0018,0015) CS [{rng.choice(['CHEST', 'HEAD', 'ABDOMEN', 'KNEE'])}]                                  #   6, 1 BodyPartExamined")
    d.line(f"(0018,0050) DS [{rng.choice(['0.625', '1.25', '2.5', '5'])}]                                  #   4, 1 SliceThickness")
    d.line(f"(0020,000d) UI [{_uid(rng)}] #  58, 1 StudyInstanceUID")
    d.line(f"(0020,0011) IS [{rng.randint(1, 9)}]                                     #   2, 1 SeriesNumber")
    d.line(f"(7fe0,0010) OW (not loaded)                             # {rng.randint(100000, 900000)}, 1 PixelData")


def haproxy_log(rng, L: Loc, d: Doc) -> None:
    host = rng.choice(["portal", "api", "app", "eservices", "mobile"]) + "." + L.firm_email(rng, L.firm(rng, True)).split("@")[1]
    mon = MON[rng.randint(0, 11)]
    day = rng.randint(1, 28)
    pid = rng.randint(1000, 40000)
    paths = ["/api/v2/accounts/summary", "/login", "/api/v1/orders", "/static/app.3f9c1.js", "/api/v2/payments",
             "/health", "/api/v1/profile", "/oauth/token"]
    for _ in range(rng.randint(4, 8)):
        ts = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        cip = L.ip4(rng, rng.random() >= 0.8)
        d.t(f"{mon} {day:2d} {ts} lb-0{rng.randint(1, 3)} haproxy[{pid}]: ")
        d.v("ipv4", cip)
        code = rng.choice([200, 200, 200, 302, 401, 404, 502])
        d.t(f":{rng.randint(1024, 65535)} [{day:02d}/{mon}/2024:{ts}.{rng.randint(0, 999):03d}] fe_https~ be_{rng.choice(['web', 'api'])}/srv{rng.randint(1, 4)} "
            f"{rng.randint(0, 5)}/0/{rng.randint(0, 3)}/{rng.randint(5, 900)}/{rng.randint(10, 950)} {code} {rng.randint(200, 90000)} - - ---- "
            f"{rng.randint(10, 900)}/{rng.randint(10, 800)}/{rng.randint(0, 9)}/{rng.randint(0, 3)}/0 0/0 {{{host}|")
        k = rng.random()
        if k < 0.3:
            d.t("Bearer ")
            d.v("secret", V.token(rng, rng.choice(["b62", "hex", "sk"])))
        elif k < 0.55:
            d.v("email", L.email(rng, L.person(rng)))
        elif k < 0.75:
            d.v("ipv6", L.ip6(rng))
        else:
            d.t(rng.choice(["okhttp/4.12.0", "Mozilla/5.0 (Linux; Android 13)", "Dalvik/2.1.0"]))
        d.t(f'}} "{rng.choice(["GET", "POST", "GET", "PUT"])} {rng.choice(paths)}')
        if rng.random() < 0.3:
            d.t("?msisdn=")
            d.v("phone", V.msisdn(rng, L.region))
        d.t(' HTTP/1.1"\n')
    if rng.random() < 0.5:
        d.line(f"{mon} {day:2d} 0{rng.randint(0, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} lb-01 haproxy[{pid}]: Health check for server be_api/srv{rng.randint(1, 4)} failed, reason: Layer4 timeout, info: \"",
               ("ipv4", L.ip4(rng, True)), f":{rng.choice([8080, 8443, 9000])}\", check duration: 2001ms, status: 0/2 DOWN.")


def cisco_asa_syslog(rng, L: Loc, d: Doc) -> None:
    mon = MON[rng.randint(0, 11)]
    day = rng.randint(1, 28)
    fw = rng.choice(["FW-HQ-01", "asa-dc1", "ASA5516-EDGE", "fw-branch"])
    org = L.firm(rng, True)
    vpn_users = [L.person(rng) for _ in range(3)]
    inside = f"10.{rng.randint(1, 60)}.{rng.randint(0, 40)}."
    for _ in range(rng.randint(6, 10)):
        ts = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        d.t(f"{mon} {day:2d} 2024 {ts} {fw} : ")
        k = rng.randrange(8)
        if k == 0:
            o = L.ip4(rng, False)
            port = rng.randint(1024, 65535)
            d.a(f"%ASA-6-302013: Built inbound TCP connection {rng.randint(10 ** 5, 10 ** 8)} for outside:", ("ipv4", o), f"/{port} (", ("ipv4", o), f"/{port}) to inside:",
                ("ipv4", inside + str(rng.randint(2, 250))), "/443 (", ("ipv4", L.ip4(rng, False)), "/443)\n")
        elif k == 1:
            d.a("%ASA-6-113004: AAA user authentication Successful : server =  ", ("ipv4", inside + str(rng.randint(2, 20))),
                f" : user = {fold(rng.choice(vpn_users).given_lat).lower()[0]}.{fold(rng.choice(vpn_users).family_lat).lower().replace(' ', '')}\n")
        elif k == 2:
            u = rng.choice(vpn_users)
            d.a("%ASA-4-722051: Group <GP-STAFF> User <", ("email", L.email(rng, u, L.firm_email(rng, org).split("@")[1])), "> IP <",
                ("ipv4", L.ip4(rng, False)), "> IPv4 Address <", ("ipv4", f"172.{rng.randint(16, 31)}.{rng.randint(0, 200)}.{rng.randint(2, 250)}"), "> assigned to session\n")
        elif k == 3:
            d.a("%ASA-4-106023: Deny tcp src outside:", ("ipv4", L.ip4(rng, False)), f"/{rng.randint(1024, 65535)} dst inside:",
                ("ipv4", inside + str(rng.randint(2, 250))), f"/{rng.choice([22, 23, 3389, 445])} by access-group \"OUTSIDE_IN\" [0x0, 0x0]\n")
        elif k == 4:
            ip = inside + str(rng.randint(2, 250))
            d.a("%ASA-3-322002: ARP inspection check failed for arp request received from host ", ("mac", V.mac(rng, 2)),
                " on interface inside. This host is advertising MAC Address ", ("mac", V.mac(rng, 2)), " for IP Address ", ("ipv4", ip),
                ", which is statically bound to MAC Address ", ("mac", V.mac(rng, 2)), "\n")
        elif k == 5:
            d.t(f"%ASA-5-111008: User '{rng.choice(['enable_15', 'netadmin', 'admin'])}' executed the '{rng.choice(['write memory', 'show running-config', 'clear xlate'])}' command.\n")
        elif k == 6:
            d.a("%ASA-6-605005: Login permitted from ", ("ipv4", inside + str(rng.randint(2, 250))), f"/{rng.randint(1024, 65535)} to inside:",
                ("ipv4", inside + "1"), f"/ssh for user \"{rng.choice(['netadmin', 'noc', 'backup'])}\"\n")
        else:
            d.a("%ASA-6-725001: Starting SSL handshake with client outside:", ("ipv4", L.ip4(rng, False)), f"/{rng.randint(1024, 65535)} to ",
                ("ipv4", L.ip4(rng, False)), "/443 for TLSv1.2 session\n")


def keycloak_event_json(rng, L: Loc, d: Doc) -> None:
    realm = rng.choice(["customers", "staff", "portal", "students", "patients"])
    client = rng.choice(["mobile-app", "web-portal", "account-console", "partner-api"])
    t0 = rng.randint(1_700_000_000_000, 1_740_000_000_000)
    for _ in range(rng.randint(2, 4)):
        p = L.person(rng)
        ev = rng.choice(["REGISTER", "LOGIN", "LOGIN_ERROR", "UPDATE_EMAIL", "UPDATE_PROFILE"])
        t0 += rng.randint(1000, 900000)
        d.t(f'{{"time":{t0},"type":"{ev}","realmId":"{realm}","clientId":"{client}","userId":"{V.uuid(rng)}",')
        if ev != "LOGIN_ERROR":
            d.t(f'"sessionId":"{V.uuid(rng)}",')
        d.t('"ipAddress":')
        if rng.random() < 0.2:
            d.js("ipv6", L.ip6(rng))
        else:
            d.js("ipv4", L.ip4(rng))
        if ev == "LOGIN_ERROR":
            d.t(',"error":"invalid_user_credentials"')
        d.t(',"details":{"auth_method":"openid-connect"')
        uname = f"{fold(p.given_lat).lower()[0]}{fold(p.family_lat).lower().replace(' ', '').replace('-', '')}{rng.randint(1, 99)}"
        d.t(f',"username":"{uname}"')
        if ev == "REGISTER":
            first = p.given if rng.random() < 0.5 else p.given_lat
            last = p.family if first == p.given else p.family_lat
            d.t(',"register_method":"form","email":').js("email", L.email(rng, p))
            d.t(',"first_name":').js("person", first).t(',"last_name":').js("person", last)
        elif ev == "UPDATE_EMAIL":
            d.t(',"previous_email":').js("email", L.email(rng, p)).t(',"updated_email":').js("email", L.email(rng, p))
        elif ev == "UPDATE_PROFILE":
            d.t(',"updated_first_name":').js("person", p.given_lat).t(',"previous_first_name":').js("person", p.given_lat.lower())
        d.t(f',"redirect_uri":"https://{client}.example/callback"}}}}\n')
    if rng.random() < 0.5:
        t0 += 5000
        d.t(f'{{"time":{t0},"realmId":"{realm}","authDetails":{{"realmId":"master","clientId":"admin-cli","userId":"{V.uuid(rng)}","ipAddress":')
        d.js("ipv4", L.ip4(rng, True))
        d.t('},"resourceType":"CLIENT","operationType":"CREATE","resourcePath":"clients/' + V.uuid(rng) + '",')
        d.t('"representation":"{\\"clientId\\":\\"payments-svc\\",\\"enabled\\":true,\\"secret\\":\\"')
        d.v("secret", V.rand(rng, V.B62, 32))
        d.t('\\",\\"publicClient\\":false}"}\n')


COMMIT_MSG = {
    "ar": ["إصلاح حساب الرصيد في صفحة الحساب", "إضافة التحقق من رقم الهاتف", "تحديث ترجمة الواجهة"],
    "en": ["fix balance rounding on statement page", "add msisdn validation to signup", "bump spring boot, tidy config"],
    "fr": ["corrige l'arrondi du solde sur le relevé", "ajoute la validation du numéro Orange Money", "mise à jour des traductions"],
    "es": ["corrige redondeo del saldo en el estado de cuenta", "agrega validación del celular", "actualiza dependencias"],
    "nl": ["fix afronding saldo op overzicht", "validatie mobiel nummer toegevoegd", "vertalingen bijgewerkt"],
    "fo": ["rætta avrunding av saldo", "legg eftirlit av telefonnummari afturat", "dagfør týðingar"],
}


def jenkins_console(rng, L: Loc, d: Doc) -> None:
    starter = L.person(rng)
    author = L.person(rng)
    approver = L.person(rng)
    dom = L.firm_email(rng, L.firm(rng, True)).split("@")[1]
    job = rng.choice(["portal", "payments-api", "ussd-gateway", "clinic-app", "mobile-backend"])
    d.line("Started by user ", ("person", starter.lat))
    d.line(f"Obtained Jenkinsfile from git https://git.{dom}/apps/{job}.git")
    d.line("[Pipeline] Start of Pipeline")
    d.line("[Pipeline] node")
    d.line(f"Running on agent-linux-0{rng.randint(1, 4)} in /var/lib/jenkins/workspace/{job}_main")
    d.line("[Pipeline] { (Checkout)")
    d.line("using credential gitlab-deploy-token")
    d.line(f" > git config remote.origin.url https://git.{dom}/apps/{job}.git # timeout=10")
    sha = V.rand(rng, V.HEX, 40)
    d.line(f"Checking out Revision {sha} (refs/remotes/origin/main)")
    d.line(f"Commit message: \"{rng.choice(COMMIT_MSG[L.lang])} (#{rng.randint(10, 900)})\"")
    d.line(" > git log -1 --format='%an <%ae>' # timeout=10")
    d.line(("person", author.lat), " <", ("email", L.email(rng, author, dom)), ">")
    d.line("[Pipeline] { (Build)")
    d.line("+ ./gradlew --no-daemon clean build -x test")
    d.line(f"BUILD SUCCESSFUL in {rng.randint(30, 300)}s")
    d.line(f"{rng.randint(8, 40)} actionable tasks: {rng.randint(8, 40)} executed")
    d.line("[Pipeline] { (Deploy)")
    d.line("[Pipeline] withCredentials")
    d.line("Masking supported pattern matches of $DEPLOY_KEY or $DB_PASSWORD")
    dbip = L.ip4(rng, True)
    if rng.random() < 0.6:
        d.line("+ export DATABASE_URL=postgresql://", job.replace("-", "_"), ":", ("secret", V.password(rng)), "@", ("ipv4", dbip), f":5432/{job.replace('-', '_')}")
    else:
        d.line("+ export DB_PASSWORD=****")
    if rng.random() < 0.6:
        d.line("+ curl -sf -H 'Authorization: token ", ("secret", V.token(rng, rng.choice(["ghp", "glpat"]))), f"' https://git.{dom}/api/v4/projects/{rng.randint(10, 400)}/releases")
    app = L.ip4(rng, True)
    d.line("+ ssh -o StrictHostKeyChecking=no deploy@", ("ipv4", app), f" 'sudo systemctl restart {job}'")
    d.line("Warning: Permanently added '", ("ipv4", app), "' (ED25519) to the list of known hosts.")
    d.line("[Pipeline] input")
    d.line("Deploy to production?")
    d.line("Proceed or Abort")
    d.line("Approved by ", ("person", approver.lat))
    d.line("[Pipeline] mail")
    d.line("Sending e-mail to: ", ("email", f"ops@{dom}"), ", ", ("email", L.email(rng, starter, dom)))
    d.line("[Pipeline] End of Pipeline")
    d.line(f"Finished: {rng.choice(['SUCCESS', 'SUCCESS', 'UNSTABLE', 'FAILURE'])}")


USSD = {
    "ar": ("مرحباً بك في المحفظة\n1. تسجيل\n2. الرصيد", "أدخل الاسم الكامل", "أدخل الرقم الوطني", "أدخل تاريخ الميلاد (يوم شهر سنة)", "شكراً {g}، طلبك قيد المراجعة"),
    "en": ("Welcome to MoMo\n1. Register\n2. Check balance", "Enter full name", "Enter NRC/ID number", "Enter date of birth (DDMMYYYY)", "Thank you {g}, your wallet is pending KYC."),
    "fr": ("Bienvenue sur Mobile Money\n1. Inscription\n2. Solde", "Saisissez nom et prénoms", "Saisissez le numéro de votre pièce", "Date de naissance (JJMMAAAA)", "Merci {g}, votre compte est en cours de validation."),
    "es": ("Bienvenido a Billetera\n1. Registro\n2. Saldo", "Ingrese nombre completo", "Ingrese número de identidad", "Fecha de nacimiento (DDMMAAAA)", "Gracias {g}, su cuenta está en revisión."),
    "nl": ("Welkom bij Mobiel Geld\n1. Registreren\n2. Saldo", "Voer volledige naam in", "Voer ID-nummer in", "Geboortedatum (DDMMJJJJ)", "Dank je {g}, je account wordt gecontroleerd."),
    "fo": ("Vælkomin\n1. Skráseting\n2. Saldo", "Skriva fulla navn", "Skriva P-tal", "Føðingardagur (DDMMÁÁÁÁ)", "Takk {g}, kontan verður viðgjørd."),
}


NETWORKS = {"LY": ["Libyana", "Almadar"], "SD": ["Zain", "MTN", "Sudani"], "ZM": ["MTN", "Airtel", "Zamtel"], "ZW": ["Econet", "NetOne", "Telecel"],
            "CI": ["Orange", "MTN", "Moov"], "MG": ["Telma", "Orange", "Airtel"], "HN": ["Tigo", "Claro"], "VE": ["Movilnet", "Movistar", "Digitel"],
            "SR": ["Telesur", "Digicel"], "FO": ["Føroya Tele", "Hey"]}


def ussd_session_log(rng, L: Loc, d: Doc) -> None:
    code = rng.choice(["*303#", "*115#", "*144#", "*182#", "*555#", "*120*2#"])
    for _ in range(rng.randint(1, 2)):
        p = L.person(rng)
        sid = "ATUid_" + V.rand(rng, V.HEX, 24)
        ts = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(6, 22):02d}:{rng.randint(10, 59)}"
        s = rng.randint(10, 40)
        welcome, ask_name, ask_id, ask_dob, bye = USSD[L.lang]

        clock = [s]

        def line(lvl, *parts, clock=clock, ts=ts):
            clock[0] = min(59, clock[0] + rng.randint(0, 3))
            d.t(f"{ts}:{clock[0]:02d}.{rng.randint(0, 999):03d} {lvl:<5} [ussd-gw] ")
            d.a(*parts)
            d.t("\n")

        line("INFO", f"BEGIN sessionId={sid} msisdn=", ("phone", V.msisdn(rng, L.region)), f" serviceCode={code} network={rng.choice(NETWORKS[L.region])}")
        esc = welcome.replace("\n", "\\n")
        line("DEBUG", f'CON "{esc}"')
        line("INFO", f'sessionId={sid} text="1"')
        line("DEBUG", f'CON "{ask_name}"')
        nm = L.name(p, rng)
        if rng.random() < 0.3 and not L.arabic:
            nm = nm.lower()
        line("INFO", f'sessionId={sid} text="1*', ("person", nm), '"')
        line("DEBUG", f'CON "{ask_id}"')
        _lab, nid = L.nid(rng, p, rng.choice([0, 1, 2]))
        line("INFO", f'sessionId={sid} text="1*', ("person", nm), "*", ("national_id", nid), '"')
        line("DEBUG", f'CON "{ask_dob}"')
        dob = f"{p.d:02d}{p.m:02d}{p.y}"
        line("INFO", f'sessionId={sid} text="1*', ("person", nm), "*", ("national_id", nid), "*", ("dob", dob), '"')
        bye_s = bye.replace("{g}", "\0")
        a, b = bye_s.split("\0")
        line("INFO", f"END sessionId={sid} \"{a}", ("person", p.given), f'{b}" duration={rng.randint(20, 120)}s')


GATE = {"ar": " هنا، الباب الأزرق، كلمني على ", "en": " here, the gate is blue, call me on ", "fr": " ici, le portail est bleu, appelez-moi au ",
        "es": " aquí, el portón es azul, llámeme al ", "nl": " hier, het hek is blauw, bel me op ", "fo": " her, grindið er blátt, ring á "}


def _total(rng, region: str) -> str:
    """An order total; CFA francs and ariary have no centimes (same draws either way)."""
    units, cents = rng.randint(30, 2500), rng.randint(0, 99)
    return f"{units * 100}" if region in ("CI", "MG") else f"{units}.{cents:02d}"


def pharmacy_delivery_log(rng, L: Loc, d: Doc) -> None:
    cust = L.person(rng)
    rider = L.person(rng, female=rng.random() < 0.2)
    apair = L.pair(rng)
    town = apair[2]
    oid = f"PH-{rng.randint(2023, 2025)}-{V.digits(rng, 6)}"
    base = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(7, 20):02d}"
    cur = L.pl["currency"]
    app = rng.choice(["medexpress", "pharmago", "dawa-app", "farmadelivery"])
    m = rng.randint(0, 30)
    d.line(f"{base}:{m:02d}:{rng.randint(10, 59)}Z INFO  {app}.order created order_id={oid} customer=\"", ("person", L.name(cust, rng)),
           "\" phone=", ("phone", L.phone(rng)), f" items={rng.randint(1, 6)} total=\"{cur} {_total(rng, L.region)}\" rx_required={rng.choice(['true', 'false'])}")
    d.line(f"{base}:{m:02d}:{rng.randint(10, 59)}Z DEBUG {app}.geo resolve address=\"", ("address", L.addr1(rng, pair=apair)), "\" -> lat_lng=", ("gps", L.gps(rng, town, 1)),
           f" accuracy_m={rng.randint(5, 60)}")
    if rng.random() < 0.5:
        d.line(f"{base}:{m + 1:02d}:{rng.randint(10, 59)}Z INFO  {app}.rx uploaded order_id={oid} file=rx_{V.digits(rng, 8)}.jpg pharmacist=\"",
               ("person", L.name(L.person(rng), rng)), "\" status=approved")
    d.line(f"{base}:{m + 3:02d}:{rng.randint(10, 59)}Z INFO  {app}.dispatch rider_id=R-{rng.randint(10, 999)} rider_name=\"", ("person", L.name(rider, rng)),
           "\" rider_phone=", ("phone", L.phone(rng)), " vehicle=motorbike")
    for k in range(rng.randint(1, 3)):
        d.line(f"{base}:{m + 5 + k * 6:02d}:{rng.randint(10, 59)}Z DEBUG {app}.tracking order_id={oid} gps=", ("gps", L.gps(rng, town, 1)),
               " device_ip=", ("ipv4", L.ip4(rng, False)), f" battery={rng.randint(8, 99)}%")
    if rng.random() < 0.4:
        d.line(f"{base}:{m + 20:02d}:{rng.randint(10, 59)}Z DEBUG {app}.payment gateway=charge card=", ("card", V.card(rng, sep="")),
               f" exp={rng.randint(1, 12):02d}{rng.randint(26, 30)} amount={rng.randint(30, 2500)}.00 status=approved")
    else:
        d.line(f"{base}:{m + 20:02d}:{rng.randint(10, 59)}Z INFO  {app}.payment method={rng.choice(['cash', 'mobile_money', 'card'])} card_last4={V.digits(rng, 4)}")
    if rng.random() < 0.5:
        d.line(f"{base}:{m + 22:02d}:{rng.randint(10, 59)}Z WARN  {app}.support chat customer_msg=\"", ("person", cust.given.lower() if not L.arabic else cust.given),
               GATE[L.lang], ("phone", L.phone(rng)), "\"")
    d.line(f"{base}:{m + 28:02d}:{rng.randint(10, 59)}Z INFO  {app}.order delivered order_id={oid} signed_by=\"", ("person", cust.given), f"\" proof=photo_{V.digits(rng, 6)}.jpg")


def x12_270_271(rng, L: Loc, d: Doc) -> None:
    sub = L.person(rng)
    has_dep = rng.random() < 0.4
    # the dependant (INS*N*19: a child) is born 18-45 years after the subscriber
    lo, hi = max(2005, sub.y + 18), min(2020, sub.y + 45)
    dep = L.person(rng, y0=lo, y1=hi) if has_dep and lo <= hi else None
    yy, mm, dd = rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)
    ctl = V.digits(rng, 9)
    payer = rng.choice(["GLOBAL HEALTH ASSURANCE", "CIGNA GLOBAL", "ALLIANZ CARE", "BUPA GLOBAL", "GEOBLUE INTL"])
    prov = fold(HOSP[L.region]).upper().replace("'", " ")
    resp = rng.random() < 0.5
    st = "271" if resp else "270"
    d.t(f"ISA*00*          *00*          *ZZ*{V.rand(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 8):<15}*ZZ*{V.rand(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 8):<15}*{yy % 100:02d}{mm:02d}{dd:02d}*{rng.randint(10, 23)}{rng.randint(10, 59)}*^*00501*{ctl}*0*P*:~\n")
    d.line(f"GS*{'HB' if resp else 'HS'}*SENDER*RECEIVER*{yy}{mm:02d}{dd:02d}*1015*{int(ctl)}*X*005010X279A1~")
    d.line(f"ST*{st}*0001*005010X279A1~")
    d.line(f"BHT*0022*{'11' if resp else '13'}*{V.digits(rng, 8)}*{yy}{mm:02d}{dd:02d}*1015~")
    d.line("HL*1**20*1~")
    d.line(f"NM1*PR*2*{payer}*****PI*{V.digits(rng, 5, True)}~")
    if resp and rng.random() < 0.6:
        c = L.person(rng)
        d.line("PER*IC*", ("person", f"{c.G} {c.F}"), "*TE*", ("phone", V.phone(rng, L.region, "l", {"CI": 2, "MG": 2, "HN": 3, "VE": 4, "SR": 3, "FO": 1}.get(L.region, 1))), "~")
    d.line("HL*2*1*21*1~")
    d.line(f"NM1*1P*2*{prov}*****XX*{V.digits(rng, 10, True)}~")
    d.line(f"HL*3*2*22*{1 if dep else 0}~")
    d.line(f"TRN*{'2' if resp else '1'}*{V.digits(rng, 5)}-{V.digits(rng, 6)}*9{V.digits(rng, 9)}~")
    d.line("NM1*IL*1*", ("person", sub.F), "*", ("person", sub.G), f"****MI*{V.rand(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}{V.digits(rng, 9)}~")
    if rng.random() < 0.6:
        st, _a, town = L.pair(rng, latin=True)
        d.line("N3*", ("address", fold(st).upper()), "~")
        d.line(f"N4*{fold(town[1]).upper()}**{V.digits(rng, 5)}*{L.region}~")
    d.line("DMG*D8*", ("dob", f"{sub.y}{sub.m:02d}{sub.d:02d}"), f"*{'F' if sub.female else 'M'}~")
    d.line(f"DTP*{'346' if resp else '291'}*D8*{yy}{mm:02d}{dd:02d}~")
    if resp:
        d.line(f"EB*1*IND*30**{rng.choice(['GOLD PLAN', 'SILVER INTL', 'ESSENTIAL'])}~")
        d.line(f"EB*C*IND*30***23*{rng.randint(0, 5000)}.00~")
    else:
        d.line("EQ*30~")
    n = 0
    if dep:
        d.line("HL*4*3*23*0~")
        d.line("NM1*03*1*", ("person", dep.F), "*", ("person", dep.G), "~")
        d.line("DMG*D8*", ("dob", f"{dep.y}{dep.m:02d}{dep.d:02d}"), f"*{'F' if dep.female else 'M'}~")
        d.line("INS*N*19~")
        n = 4
    d.line(f"SE*{14 + n}*0001~")
    d.line(f"GE*1*{int(ctl)}~")
    d.line(f"IEA*1*{ctl}~")
