"""Technical and document styles of eval_v5a: .env / docker-compose / Kubernetes manifests,
curl commands and raw HTTP requests, GitHub issues with stack traces, letters extracted
from PDF (hard line wraps and hyphenation), and security incident reports."""

# ruff: noqa: RUF001  (text in Greek, Cyrillic, Persian and Korean on purpose)

from __future__ import annotations

import re

from _v5a_doc import Doc, Facts, fill, pick
from _v5a_values import token

NO_COMMIT = {
    "en_CA": "do not commit",
    "fr_CA": "ne pas committer",
    "es_AR": "no commitear",
    "pt_PT": "não fazer commit",
    "pl_PL": "nie commitować",
    "tr_TR": "commit etmeyin",
    "ko_KR": "커밋 금지",
    "el_GR": "μην το κάνετε commit",
    "bg_BG": "не комитвай",
    "fa_IR": "کامیت نکنید",
}
OWNER = {
    "en_CA": "owner",
    "fr_CA": "responsable",
    "es_AR": "responsable",
    "pt_PT": "responsável",
    "pl_PL": "właściciel",
    "tr_TR": "sorumlu",
    "ko_KR": "담당자",
    "el_GR": "υπεύθυνος",
    "bg_BG": "отговорник",
    "fa_IR": "مسئول",
}
HOSTS = {
    "en_CA": "ca",
    "fr_CA": "ca",
    "es_AR": "com.ar",
    "pt_PT": "pt",
    "pl_PL": "pl",
    "tr_TR": "com.tr",
    "ko_KR": "co.kr",
    "el_GR": "gr",
    "bg_BG": "bg",
    "fa_IR": "ir",
}
BUG_SENTENCE = {
    "en_CA": "Since the upgrade the sync job fails every night.",
    "fr_CA": "Depuis la mise à jour, la synchro plante chaque nuit.",
    "es_AR": "Desde la actualización el job de sincronización falla todas las noches.",
    "pt_PT": "Desde a atualização a sincronização falha todas as noites.",
    "pl_PL": "Od aktualizacji synchronizacja wywala się co noc.",
    "tr_TR": "Güncellemeden beri senkronizasyon her gece hata veriyor.",
    "ko_KR": "업데이트 이후 동기화 작업이 매일 밤 실패합니다.",
    "el_GR": "Μετά την αναβάθμιση ο συγχρονισμός αποτυγχάνει κάθε βράδυ.",
    "bg_BG": "След ъпдейта синхронизацията гърми всяка нощ.",
    "fa_IR": "از زمان به‌روزرسانی، همگام‌سازی هر شب خطا می‌دهد.",
}


def _url_pw(f: Facts) -> str:
    pw = f.pw
    return pw if re.fullmatch(r"[A-Za-z0-9._~!$*-]+", pw) else token(f.rng, 16)


def devops_config(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    host = HOSTS[f.locale]
    kind = r.randrange(3)
    show = {
        k: f.on(p)
        for k, p in [
            ("db", 0.7),
            ("tok", 0.6),
            ("mail", 0.5),
            ("ip", 0.5),
            ("ip6", 0.35),
            ("mac", 0.45),
            ("gps", 0.4),
            ("owner", 0.4),
        ]
    }
    pw = _url_pw(f) if show["db"] else ""
    if kind == 0:  # .env
        d.t(f"# {NO_COMMIT[f.locale]}\n")
        if show["owner"]:
            d.t(f"# {OWNER[f.locale]}: ").v("person", f.p.full).t("\n")
        d.t("APP_ENV=production\n")
        if show["db"]:
            d.t("DATABASE_URL=postgres://app:").v("secret", pw).t("@")
            d.v("ipv4", f.ip4) if show["ip"] else d.t("db")
            d.t(":5432/shop\n")
        if show["tok"]:
            d.t(
                r.choice(["STRIPE_SECRET_KEY=", "API_TOKEN=", "GITHUB_TOKEN=", "SLACK_BOT_TOKEN="])
            ).v("secret", f.token).t("\n")
        if show["mail"]:
            d.t("ADMIN_EMAIL=").v("email", f.email).t("\n")
        if show["mac"]:
            d.t("GATEWAY_MAC=").v("mac", f.mac).t("\n")
        if show["ip6"]:
            d.t("LISTEN_ADDR=[").v("ipv6", f.ip6).t("]:8443\n")
        if show["gps"]:
            d.t('SITE_COORDS="').v("gps", f.gps_plain).t('"\n')
        d.t("LOG_LEVEL=info\n")
        if f.want_neg:
            d.t("SENTRY_RELEASE=").n(f.neg("hash")).t("\nAPP_VERSION=").n(f.neg("version")).t("\n")
        return d
    if kind == 1:  # docker-compose
        d.t(
            f"# docker-compose.yml ({NO_COMMIT[f.locale]})\nservices:\n  db:\n    image: postgres:16.3\n    environment:\n      POSTGRES_USER: app\n"
        )
        if show["db"]:
            d.t('      POSTGRES_PASSWORD: "').v("secret", pw).t('"\n')
        d.t(f"  api:\n    image: ghcr.io/shop-{host.replace('.', '-')}/api:")
        d.n(f"{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}") if f.want_neg else d.t(
            "latest"
        )
        d.t("\n    environment:\n")
        if show["db"]:
            d.t('      DATABASE_URL: "postgresql://app:').v("secret", pw).t('@db:5432/app"\n')
        if show["mail"]:
            d.t('      SMTP_USER: "').v("email", f.email).t('"\n')
        if show["tok"]:
            d.t('      API_TOKEN: "').v("secret", f.token).t('"\n')
        d.t('      TZ: "UTC"\n')
        if show["ip"]:
            d.t('    extra_hosts:\n      - "gateway:').v("ipv4", f.ip4).t('"\n')
        if show["mac"]:
            d.t('    mac_address: "').v("mac", f.mac).t('"\n')
        if show["owner"]:
            d.t('    labels:\n      maintainer: "').v("person", f.p.full).t('"\n')
        return d
    # Kubernetes Secret / ConfigMap
    secret = show["db"] or show["tok"]
    d.t(
        f"apiVersion: v1\nkind: {'Secret' if secret else 'ConfigMap'}\nmetadata:\n  name: edge-{r.choice(['api', 'sync', 'kiosk'])}\n  namespace: prod\n"
    )
    if show["owner"] or show["mail"]:
        d.t("  annotations:\n")
        if show["owner"]:
            d.t('    team/owner: "').v("person", f.p.full).t('"\n')
        if show["mail"]:
            d.t('    team/contact: "').v("email", f.email).t('"\n')
    if f.want_neg:
        d.t('  uid: "').n(f.neg("uuid")).t('"\n')
    d.t("type: Opaque\nstringData:\n" if secret else "data:\n")
    if show["db"]:
        d.t('  DB_PASSWORD: "').v("secret", pw).t('"\n')
    if show["tok"]:
        d.t('  API_KEY: "').v("secret", f.token).t('"\n')
    if show["ip"]:
        d.t('  NODE_IP: "').v("ipv4", f.ip4).t('"\n')
    if show["ip6"]:
        d.t('  NODE_IPV6: "').v("ipv6", f.ip6).t('"\n')
    if show["mac"]:
        d.t('  NODE_MAC: "').v("mac", f.mac).t('"\n')
    if show["gps"]:
        d.t('  SITE_LOCATION: "').v("gps", f.gps_plain).t('"\n')
    d.t('  LOG_LEVEL: "info"\n')
    return d


def http_dump(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    host = f"api.{r.choice(['shop', 'bilet', 'kargo', 'clinic', 'rent'])}.{HOSTS[f.locale]}"
    curl = r.random() < 0.5
    body: list[tuple[str, str | None, str]] = []
    if not f.clean:
        body.append(("name", "person", f.p.full))
        if f.on(0.8):
            body.append(("email", "email", f.email))
        if f.on(0.6):
            body.append(("phone", "phone", f.phone))
        if f.on(0.3):
            body.append(("birth_date", "dob", f"{f.dob_date:%Y-%m-%d}"))
        if f.on(0.45):
            body.append(("card_number", "card", f.card))
        if f.on(0.3):
            body.append(("location", "gps", f.gps_plain))
        if f.on(0.2):
            body.append(("device_mac", "mac", f.mac))
        if f.locale in ("en_CA", "fr_CA") and f.on(0.2):
            body.append(("ssn", "ssn", f.ssn))
    if f.want_neg:
        body.append(("order_id", None, f.neg("order")))
    path = r.choice(["/v2/customers", "/api/orders", "/v1/signup", "/api/claims"])
    auth = f.on(0.7)
    if curl:
        d.t(f"curl -X POST 'https://{host}{path}' \\\n")
        if auth:
            d.t("  -H 'Authorization: Bearer ").v("secret", f.token).t("' \\\n")
        d.t("  -H 'Content-Type: application/json' \\\n  -d '{")
    else:
        d.t(f"POST {path} HTTP/1.1\nHost: {host}\n")
        if f.on(0.8):
            d.t("X-Forwarded-For: ")
            d.v("ipv6", f.ip6) if r.random() < 0.4 else d.v("ipv4", f.ip4)
            # The proxy hop is an IP too (every IP is labelled, private ones included).
            d.t(", ").v("ipv4", "10.0.0.1").t("\n")
        if auth:
            d.t(r.choice(["Authorization: Bearer ", "X-Api-Key: ", "Cookie: sessionid="])).v(
                "secret", f.token
            ).t("\n")
        if f.want_neg:
            d.t("X-Request-Id: ").n(f.neg("uuid")).t("\n")
        d.t("Content-Type: application/json\n\n{")
    for i, (key, kind, value) in enumerate(body):
        if i:
            d.t(",")
        d.t(f'"{key}":"')
        d.v(kind, value) if kind else d.n(value)
        d.t('"')
    if not body:
        d.t('"ping":true')
    d.t("}'" if curl else "}")
    if not curl and r.random() < 0.5:
        d.t(
            f"\n\nHTTP/1.1 {r.choice(['201 Created', '422 Unprocessable Entity', '500 Internal Server Error'])}\n"
        )
    return d


def github_issue(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    d.t("### Sync fails after upgrading")
    if f.want_neg:
        d.t(" to ").n(f.neg("version"))
    d.t("\n\n**Describe the bug**\n" + BUG_SENTENCE[f.locale] + "\n\n**Logs**\n```\n")
    d.n(f.neg("timestamp")) if f.want_neg else d.t("[sync]")
    d.t(" ERROR [worker-3] connection refused ")
    if f.on(0.7):
        d.t("host=").v("ipv4", f.ip4).t(":5432 user=app")
        if f.on(0.5):
            d.t(" password=").v("secret", _url_pw(f))
    else:
        d.t("host=db:5432")
    d.t(
        '\nTraceback (most recent call last):\n  File "/srv/app/sync.py", line '
        + str(r.randint(20, 400))
        + ", in push\n"
    )
    if f.on(0.5):
        d.t('    resp = session.post(url, headers={"Authorization": "Bearer ').v(
            "secret", f.token
        ).t('"})\n')
    else:
        d.t("    resp = session.post(url, json=payload, timeout=10)\n")
    d.t("requests.exceptions.ConnectionError: HTTPSConnectionPool(host='")
    if f.on(0.4):
        d.v("ipv6", f.ip6)
    else:
        d.t("sync.internal")
    d.t("', port=443): Max retries exceeded\n```\n\n**Environment**\n- OS: Ubuntu 22.04\n")
    if f.want_neg:
        d.t("- commit: ").n(f.neg("hash")).t("\n")
    if f.on(0.5):
        d.t("- device MAC: ").v("mac", f.mac).t("\n")
    if f.on(0.4):
        d.t("- device location: ").v("gps", f.gps_plain).t("\n")
    if f.on(0.5):
        d.t("\n```\n$ git config user.name\n").v("person", f.p.full).t(
            "\n$ git config user.email\n"
        ).v("email", f.email).t("\n```\n")
    if f.want_neg:
        d.t("\nsensor readings at failure: ").n(f.neg("reading")).t("\n")
    return d


LETTERHEAD_CITY = {
    "en_CA": "Toronto",
    "fr_CA": "Montréal",
    "es_AR": "Buenos Aires",
    "pt_PT": "Lisboa",
    "pl_PL": "Kraków",
    "tr_TR": "İstanbul",
    "ko_KR": "서울",
    "el_GR": "Αθήνα",
    "bg_BG": "София",
    "fa_IR": "تهران",
}
SUBJECT = {
    "en_CA": "Re: Lease renewal",
    "fr_CA": "Objet : Renouvellement du bail",
    "es_AR": "Ref.: Renovación de contrato",
    "pt_PT": "Assunto: Renovação do contrato",
    "pl_PL": "Dotyczy: przedłużenia umowy najmu",
    "tr_TR": "Konu: Kira sözleşmesi yenileme",
    "ko_KR": "제목: 임대차 계약 갱신",
    "el_GR": "Θέμα: Ανανέωση μίσθωσης",
    "bg_BG": "Относно: подновяване на договор",
    "fa_IR": "موضوع: تمدید قرارداد اجاره",
}


def _wrap(d: Doc, f: Facts, width: int) -> Doc:
    """Hard line breaks and hyphenation as PDF text extraction leaves them, never inside a span."""
    text = d.text
    inside = [False] * len(text)
    for _, s, e in d.spans:
        for i in range(s, e):
            inside[i] = True
    out: list[str] = []
    shift: list[int] = [0] * (len(text) + 1)
    col = 0
    added = 0
    hyphenate = f.locale not in ("ko_KR", "fa_IR")
    for i, ch in enumerate(text):
        shift[i] = added
        if ch == "\n":
            col = 0
            out.append(ch)
            continue
        if ch == " " and col >= width and not inside[i]:
            out.append("\n")
            col = 0
            continue
        word_end = i
        while word_end < len(text) and text[word_end].isalpha():
            word_end += 1
        if (
            hyphenate
            and col >= width
            and ch.isalpha()
            and not inside[i]
            and i > 1
            and text[i - 1].isalpha()
            and text[i - 2].isalpha()
            and word_end - i >= 3
            and not any(inside[max(0, i - 12) : word_end])
            and f.rng.random() < 0.7
        ):
            out.append("-\n")
            added += 2
            shift[i] = added
            col = 0
        out.append(ch)
        col += 1
    shift[len(text)] = added
    d2 = Doc()
    d2.parts = ["".join(out)]
    d2.size = len(d2.parts[0])
    d2.spans = [(k, s + shift[s], e + shift[e - 1]) for k, s, e in d.spans]
    d2.values = d.values
    d2.negatives = d.negatives
    return d2


def pdf_letter(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    lab = f.lab
    if f.want_neg:
        company = f.neg("company")
        d.n(company.upper()).t(
            f"  ·  {LETTERHEAD_CITY[f.locale]}  ·  www.{re.sub(r'[^a-z]', '', company.lower())[:14] or 'office'}.{HOSTS[f.locale]}\n\n"
        )
    else:
        d.t(f"{LETTERHEAD_CITY[f.locale].upper()}\n\n")
    if not f.clean:
        hon = lab["ms"] if f.p.female else lab["mr"]
        if f.locale == "ko_KR" or lab["hon_after"]:
            d.v("person", f.p.full).t(" " + hon + "\n")
        else:
            d.t(hon + " ").v("person", f.p.full).t("\n")
        d.lines("address", f.addr).t("\n\n")
    if f.want_neg:
        d.t(f"{LETTERHEAD_CITY[f.locale]}, ").n(f.neg("date")).t("\n\n")
    d.t(f"{SUBJECT[f.locale]}\n\n")
    used: set[str] = set()
    for _ in range(r.randint(2, 3)):
        t = pick(f, "prose")
        if t in used:
            continue
        used.add(t)
        fill(d, f, t)
        d.t(" ")
    if f.want_neg:
        fill(d, f, pick(f, "clean"))
    d.t(f"\n\n{lab['regards']}\n")
    if not f.clean and f.on(0.8):
        d.v("person", f.p2.given if r.random() < 0.25 else f.p2.full).t("\n")
        if f.on(0.5):
            d.t("tel. ").v("phone", f.phone2).t("\n")
    d.t(f"\n— 1/{r.randint(1, 3)} —")
    return _wrap(d, f, r.choice([52, 60, 68, 76]))


INCIDENT = {  # title, reported by, location, source IP, device, witness, summary, fraud card
    "en_CA": (
        "INCIDENT REPORT",
        "Reported by",
        "Location",
        "Source IP",
        "Device",
        "Witness",
        "Badge reader at the loading dock accepted a cloned card; the door stayed open 14 min.",
        "Card used",
    ),
    "fr_CA": (
        "RAPPORT D'INCIDENT",
        "Signalé par",
        "Lieu",
        "IP source",
        "Appareil",
        "Témoin",
        "Le lecteur de badge du quai a accepté une carte clonée; porte ouverte 14 min.",
        "Carte utilisée",
    ),
    "es_AR": (
        "INFORME DE INCIDENTE",
        "Informado por",
        "Ubicación",
        "IP de origen",
        "Equipo",
        "Testigo",
        "El lector de tarjetas del depósito aceptó una tarjeta clonada; la puerta quedó abierta 14 min.",
        "Tarjeta usada",
    ),
    "pt_PT": (
        "RELATÓRIO DE INCIDENTE",
        "Reportado por",
        "Local",
        "IP de origem",
        "Equipamento",
        "Testemunha",
        "O leitor de cartões do cais aceitou um cartão clonado; a porta ficou aberta 14 min.",
        "Cartão usado",
    ),
    "pl_PL": (
        "RAPORT Z INCYDENTU",
        "Zgłaszający",
        "Miejsce",
        "IP źródłowe",
        "Urządzenie",
        "Świadek",
        "Czytnik kart przy rampie przyjął sklonowaną kartę; drzwi były otwarte 14 min.",
        "Użyta karta",
    ),
    "tr_TR": (
        "OLAY RAPORU",
        "Bildiren",
        "Konum",
        "Kaynak IP",
        "Cihaz",
        "Tanık",
        "Yükleme rampasındaki kart okuyucu kopyalanmış bir kartı kabul etti; kapı 14 dk açık kaldı.",
        "Kullanılan kart",
    ),
    "ko_KR": (
        "사고 보고서",
        "보고자",
        "위치",
        "출발지 IP",
        "장비",
        "목격자",
        "하역장 출입 카드 리더가 복제 카드를 인식해 문이 14분간 열려 있었음.",
        "사용된 카드",
    ),
    "el_GR": (
        "ΑΝΑΦΟΡΑ ΣΥΜΒΑΝΤΟΣ",
        "Αναφέρθηκε από",
        "Τοποθεσία",
        "IP προέλευσης",
        "Συσκευή",
        "Μάρτυρας",
        "Ο αναγνώστης καρτών της ράμπας δέχτηκε κλωνοποιημένη κάρτα· η πόρτα έμεινε ανοιχτή 14 λεπτά.",
        "Κάρτα που χρησιμοποιήθηκε",
    ),
    "bg_BG": (
        "ДОКЛАД ЗА ИНЦИДЕНТ",
        "Докладвал",
        "Местоположение",
        "IP източник",
        "Устройство",
        "Свидетел",
        "Четецът на карти на рампата прие клонирана карта; вратата остана отворена 14 мин.",
        "Използвана карта",
    ),
    "fa_IR": (
        "گزارش حادثه",
        "گزارش‌دهنده",
        "موقعیت",
        "آی‌پی مبدأ",
        "دستگاه",
        "شاهد",
        "کارت‌خوان درب بارانداز یک کارت کپی‌شده را پذیرفت و در ۱۴ دقیقه باز ماند.",
        "کارت استفاده‌شده",
    ),
}


def incident_report(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    title, by, loc, src, dev, wit, summary, card = INCIDENT[f.locale]
    d.t(f"{title}\n")
    if f.want_neg:
        d.t("ID: ").n(f.neg("order")).t("   ").n(f.neg("timestamp")).t("\n")
    d.t("\n")
    if not f.clean:
        d.t(f"{by}: ").v("person", f.p.full)
        if f.on(0.6):
            d.t(" (").v("phone", f.phone) if r.random() < 0.5 else d.t(" (").v("email", f.email)
            d.t(")")
        d.t("\n")
    d.t(f"{loc}: ")
    if f.on(0.5):
        d.v("gps", f.gps)
    elif f.on(0.6):
        d.v("address", f.addr1)
    else:
        d.t(LETTERHEAD_CITY[f.locale])
    d.t("\n")
    if f.on(0.7):
        d.t(f"{src}: ")
        d.v("ipv4", f.ip4) if r.random() < 0.6 else d.v("ipv6", f.ip6)
        d.t("\n")
    if f.on(0.6):
        d.t(f"{dev}: ").t(
            r.choice(["HID iCLASS SE", "Axis A1601", "Ubiquiti G4", "Hikvision DS-K1T"])
        ).t(" / ").v("mac", f.mac).t("\n")
    if f.on(0.5):
        d.t(f"{card}: ").v("card", f.card).t("\n")
    if f.on(0.4):
        d.t(f"{wit}: ").v("person", f.p2.full).t("\n")
    d.t("\n" + summary + "\n")
    if f.want_neg:
        d.t("fw ").n(f.neg("version")).t("; ").n(f.neg("reading")).t("\n")
    return d
