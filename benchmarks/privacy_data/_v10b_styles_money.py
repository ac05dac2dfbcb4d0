"""Money and trade styles of the v10b set: camt.053, NACHA IAT, EDIFACT INVOIC, fuel cards,
SMS bank alerts, customs declarations."""

# ruff: noqa: RUF001

from __future__ import annotations

import _v10b_values as V
from _v10b_doc import Doc, fill
from _v10b_lex import LEX, NATIONALITY
from _v10b_locale import Loc, fold

BIC = {"LY": ["JUMHLYLT", "SABKLYLT", "WAHDLYLT", "BCDLLYLT"], "SD": ["BKHASDKH", "FAIBSDKH", "OMNBSDKH"],
       "ZM": ["ZNCOZMLU", "SBICZMLX", "FIRNZMLX"], "ZW": ["COBZZWHA", "SCBLZWHX", "STCBZWHX"],
       "CI": ["SGCICIAB", "BICICIAB", "ECOCCIAB"], "MG": ["BFAVMGMG", "BNIMMGMG", "BOAMMGMG"],
       "HN": ["BMILHNTE", "FICOHNTE", "BACAHNTE"], "VE": ["BANSVECA", "BVENVECA", "BAMRVECA"],
       "SR": ["DSBBSRPA", "HAKRSRPA", "RBTTSRPA"], "FO": ["EIKBFOTF", "NORDFOTH"]}

MEMO = {
    "ar": ["إيجار شهر مارس", "رسوم دراسية", "تحويل عائلي", "سداد قرض", "مصاريف علاج", "قسط سيارة"],
    "en": ["rent March", "school fees term 1", "family support", "loan repayment", "funeral contribution", "kitchen party"],
    "fr": ["loyer mars", "frais de scolarité", "tontine avril", "remboursement prêt", "soutien famille", "facture CIE"],
    "es": ["alquiler marzo", "matrícula colegio", "remesa familiar", "cuota préstamo", "pago moto", "ayuda mamá"],
    "nl": ["huur maart", "schoolgeld", "bijdrage familie", "aflossing lening", "kasmoni april", "EBS rekening"],
    "fo": ["húsaleiga mars", "skúlagjald", "stuðul til familjuna", "afturgjald av láni", "bilur", "frítíðarhús"],
}


def _acct_block(rng, L: Loc, d: Doc, indent: str) -> None:
    if L.region in ("LY", "SD", "HN", "FO"):
        d.line(indent, "<Id><IBAN>", ("iban", V.iban(rng, L.region, grouped=False)), "</IBAN></Id>")
    else:
        d.line(indent, "<Id><Othr><Id>", V.digits(rng, 13, True), "</Id></Othr></Id>")


def camt053_xml(rng, L: Loc, d: Doc) -> None:
    owner = L.person(rng)
    yy, mm = rng.choice([2023, 2024, 2025]), rng.randint(1, 12)
    ccy = {"LY": "LYD", "SD": "SDG", "ZM": "ZMW", "ZW": "USD", "CI": "XOF", "MG": "MGA", "HN": "HNL",
           "VE": "VES", "SR": "SRD", "FO": "DKK"}[L.region]
    d.line('<?xml version="1.0" encoding="UTF-8"?>')
    d.line('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">')
    d.line("  <BkToCstmrStmt>")
    d.line(f"    <GrpHdr><MsgId>STM{yy}{mm:02d}{V.digits(rng, 8)}</MsgId><CreDtTm>{yy}-{mm:02d}-28T05:{rng.randint(10, 59)}:00</CreDtTm></GrpHdr>")
    d.line("    <Stmt>")
    d.line(f"      <Id>{V.rand(rng, 'ABCDEF0123456789', 16)}</Id><ElctrncSeqNb>{rng.randint(10, 300)}</ElctrncSeqNb>")
    d.line(f"      <FrToDt><FrDtTm>{yy}-{mm:02d}-01T00:00:00</FrDtTm><ToDtTm>{yy}-{mm:02d}-28T23:59:59</ToDtTm></FrToDt>")
    d.line("      <Acct>")
    _acct_block(rng, L, d, "        ")
    d.line(f"        <Ccy>{ccy}</Ccy>")
    street, area = L.addr2(rng, latin=True)
    d.a("        <Ownr><Nm>", ("person", owner.lat.upper() if rng.random() < 0.5 else owner.lat), "</Nm><PstlAdr>")
    d.a("<AdrLine>", ("address", street), "</AdrLine>")
    if area:
        d.a("<AdrLine>", ("address", area), "</AdrLine>")
    d.line("</PstlAdr></Ownr>")
    d.line(f"        <Svcr><FinInstnId><BICFI>{rng.choice(BIC[L.region])}</BICFI></FinInstnId></Svcr>")
    d.line("      </Acct>")
    bal = rng.randint(1000, 90000)
    d.line(f'      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="{ccy}">{bal}.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{yy}-{mm:02d}-01</Dt></Dt></Bal>')
    for _ in range(rng.randint(2, 4)):
        cp = L.person(rng)
        cred = rng.random() < 0.6
        amt = rng.randint(50, 9000)
        d.line("      <Ntry>")
        d.line(f'        <Amt Ccy="{ccy}">{amt}.{rng.randint(0, 99):02d}</Amt><CdtDbtInd>{"CRDT" if cred else "DBIT"}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>')
        d.line(f"        <BookgDt><Dt>{yy}-{mm:02d}-{rng.randint(2, 27):02d}</Dt></BookgDt>")
        d.line(f"        <NtryDtls><TxDtls><Refs><EndToEndId>E2E{V.digits(rng, 12)}</EndToEndId></Refs>")
        role, acc = ("Dbtr", "DbtrAcct") if cred else ("Cdtr", "CdtrAcct")
        d.a(f"          <RltdPties><{role}><Pty><Nm>", ("person", cp.lat.upper()), f"</Nm></Pty></{role}>")
        if rng.random() < 0.7:
            d.a(f"<{acc}><Id><IBAN>", ("iban", L.iban(rng, grouped=False)), f"</IBAN></Id></{acc}>")
        d.line("</RltdPties>")
        d.line(f"          <RmtInf><Ustrd>{rng.choice(MEMO[L.lang])}</Ustrd></RmtInf>")
        d.line("        </TxDtls></NtryDtls>")
        d.line("      </Ntry>")
    d.line(f'      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="{ccy}">{bal + rng.randint(-900, 900)}.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{yy}-{mm:02d}-28</Dt></Dt></Bal>')
    d.line("    </Stmt>")
    d.line("  </BkToCstmrStmt>")
    d.line("</Document>")


def _fw(d: Doc, kind: str | None, value: str, width: int) -> None:
    value = value[:width]
    if kind and value.strip():
        d.v(kind, value.strip())
        d.t(" " * (width - len(value.strip())))
    else:
        d.t(value.ljust(width))


US_STREETS = ["4512 GEORGIA AVE NW", "1187 UNIVERSITY BLVD", "233 E 149TH ST APT 4B", "7820 NEW HAMPSHIRE AVE",
              "915 W BROAD ST", "3406 BUFORD HWY NE APT 12", "64 CENTRAL AVE", "12010 BISSONNET ST"]
US_CITIES = ["WASHINGTON*DC\\", "SILVER SPRING*MD\\", "BRONX*NY\\", "TAKOMA PARK*MD\\", "RICHMOND*VA\\",
             "ATLANTA*GA\\", "NEWARK*NJ\\", "HOUSTON*TX\\"]


def nacha_iat(rng, L: Loc, d: Doc) -> None:
    orig = L.person(rng)
    yy, mm, dd = rng.randint(23, 25), rng.randint(1, 12), rng.randint(1, 28)
    d.line(f"101 0910000190{V.digits(rng, 9, True)}{yy:02d}{mm:02d}{dd:02d}{rng.randint(10, 23):02d}{rng.randint(10, 59)}A094101{'US BANK NA':<23}{'REMITLINK INC':<23}{'':8}")
    batch = 1
    entries = rng.randint(1, 3)
    cc = L.region
    ss = f"5220{'':16}FF3{'':15}{cc}{V.digits(rng, 10, True)}IAT{'REMITTANCE':<10}USD{ {'ZW': 'USD', 'CI': 'XOF', 'MG': 'MGA', 'FO': 'DKK', 'LY': 'LYD', 'SD': 'SDG', 'ZM': 'ZMW', 'HN': 'HNL', 'VE': 'USD', 'SR': 'SRD'}[cc]}{yy:02d}{mm:02d}{dd:02d}{'':3}109100001{batch:07d}"
    d.line(ss[:94])
    for e in range(entries):
        rcv = L.person(rng)
        trace = f"09100001{e + 1:07d}"
        amt = f"{rng.randint(5000, 250000):010d}"
        d.t(f"622{V.digits(rng, 8, True)}{rng.randint(0, 9)}0007{'':13}{amt}")
        if cc in ("LY", "SD", "HN", "FO"):
            _fw(d, "iban", V.iban(rng, cc, grouped=False), 35)
        else:
            _fw(d, None, V.digits(rng, 13, True), 35)
        d.line(f"{'':2}  1{trace}")
        d.t(f"710WEB{int(amt):018d}{'':22}")
        _fw(d, "person", f"{rcv.G} {rcv.F}", 35)
        d.line(f"{'':6}{e + 1:07d}")
        d.t("711")
        _fw(d, "person", f"{orig.G} {orig.F}", 35)
        _fw(d, "address", rng.choice(US_STREETS), 35)
        d.line(f"{'':14}{e + 1:07d}")
        d.line(f"712{rng.choice(US_CITIES):<35}{'US*' + V.digits(rng, 5, True) + chr(92):<35}{'':14}{e + 1:07d}")
        d.line(f"713{'US BANK NA':<35}01{'091000019':<34}US {'':10}{e + 1:07d}")
        d.line(f"714{L.firm(rng, latin=True)[:35]:<35}02{rng.choice(BIC[cc]):<34}{cc} {'':10}{e + 1:07d}")
        d.t(f"715{V.digits(rng, 15)}")
        street, _area, town = L.pair(rng, latin=True)
        _fw(d, "address", fold(street).upper(), 35)
        d.line(f"{'':34}{e + 1:07d}")
        d.line(f"716{fold(town[1]).upper() + '*' + chr(92):<35}{cc + '*' + chr(92):<35}{'':14}{e + 1:07d}")
    d.line(f"8220{entries * 8:06d}{V.digits(rng, 10)}{0:012d}{V.digits(rng, 12)}{V.digits(rng, 10, True)}{'':25}09100001{batch:07d}")
    d.line(f"9000001{1:06d}{entries * 8 + 4:08d}{V.digits(rng, 10)}{0:012d}{V.digits(rng, 12)}{'':39}")


def edifact_invoic(rng, L: Loc, d: Doc) -> None:
    seller_is_person = rng.random() < 0.5
    buyer = L.person(rng)
    town = L.town(rng)
    ref = V.digits(rng, 5, True)
    yy, mm, dd = rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)
    d.t("UNA:+.? '")
    d.t(f"UNB+UNOC:3+{V.digits(rng, 13, True)}:14+{V.digits(rng, 13, True)}:14+{yy % 100:02d}{mm:02d}{dd:02d}:{rng.randint(10, 23)}{rng.randint(10, 59)}+{ref}'\n")
    d.line("UNH+1+INVOIC:D:96A:UN:EAN008'")
    d.line(f"BGM+380+INV{yy}-{V.digits(rng, 5)}+9'")
    d.line(f"DTM+137:{yy}{mm:02d}{dd:02d}:102'")
    d.line(f"DTM+35:{yy}{mm:02d}{min(dd + 3, 28):02d}:102'")
    d.line(f"RFF+ON:PO{V.digits(rng, 6)}'")
    if seller_is_person:
        s = L.person(rng)
        d.a(f"NAD+SE+{V.digits(rng, 13, True)}::9++", ("person", s.F), ":", ("person", s.G), "+")
        st, _a, stown = L.pair(rng, latin=True)
        d.a(("address", fold(st).upper()), f"+{fold(stown[1]).upper()}++{V.digits(rng, 5)}+{L.region}'\n")
        _lab, tid = L.tax_id(rng, s)
        d.line("RFF+FC:", ("national_id", tid), "'")
        d.line("CTA+IC+:", ("person", s.G), " ", ("person", s.F), "'")
        form = {"CI": 2, "MG": 2, "HN": 3, "VE": 4, "SR": 3, "FO": 1}.get(L.region, 1)
        d.line("COM+", ("phone", V.phone(rng, L.region, "m", form)), ":TE'")
    else:
        firm = fold(L.firm(rng, latin=True)).upper().replace("'", "").replace("&", "AND")
        zone = {"fr": "ZONE INDUSTRIELLE", "es": "ZONA INDUSTRIAL", "nl": "INDUSTRIETERREIN"}.get(L.lang, "INDUSTRIAL AREA")
        d.line(f"NAD+SE+{V.digits(rng, 13, True)}::9++{firm}+{zone} {rng.randint(1, 9)}+{fold(town[1]).upper()}++{V.digits(rng, 5)}+{L.region}'")
        d.line(f"RFF+VA:{L.region}{V.digits(rng, 9, True)}'")
        d.line("COM+", ("email", L.firm_email(rng, firm)), ":EM'")
    if L.region in ("LY", "SD", "HN", "FO") or rng.random() < 0.5:
        d.line("FII+RB+", ("iban", L.iban(rng, grouped=False)), f":BENEFICIARY+{rng.choice(BIC[L.region])}:25:5'")
    d.a("NAD+BY+++", ("person", buyer.F), ":", ("person", buyer.G), "+")
    bst, _a, btown = L.pair(rng, latin=True)
    d.a(("address", fold(bst).upper()), f"+{fold(btown[1]).upper()}+++{L.region}'\n")
    d.line("CTA+OC+:", ("person", f"{buyer.G} {buyer.F}"), "'")
    d.line("COM+", ("email", L.email(rng, buyer)), ":EM'")
    cur = {"LY": "LYD", "SD": "SDG", "ZM": "ZMW", "ZW": "USD", "CI": "XOF", "MG": "MGA", "HN": "HNL", "VE": "USD", "SR": "SRD", "FO": "DKK"}[L.region]
    d.line(f"CUX+2:{cur}:4'")
    items = [("PANNEAU SOLAIRE 320W", "8541.43"), ("BATTERIE GEL 200AH", "8507.20"), ("ONDULEUR 3KVA", "8504.40"),
             ("REGULATEUR MPPT 60A", "9032.89"), ("CABLE SOLAIRE 6MM2", "8544.49"), ("POMPE IMMERGEE 1HP", "8413.70")]
    if L.lang == "es":
        items = [("PANEL SOLAR 320W", "8541.43"), ("BATERIA GEL 200AH", "8507.20"), ("INVERSOR 3KVA", "8504.40"),
                 ("CONTROLADOR MPPT 60A", "9032.89"), ("CABLE SOLAR 6MM2", "8544.49"), ("BOMBA SUMERGIBLE 1HP", "8413.70")]
    elif L.lang == "nl":
        items = [("ZONNEPANEEL 320W", "8541.43"), ("GELACCU 200AH", "8507.20"), ("OMVORMER 3KVA", "8504.40"),
                 ("MPPT LAADREGELAAR 60A", "9032.89"), ("SOLARKABEL 6MM2", "8544.49"), ("DOMPELPOMP 1HP", "8413.70")]
    elif L.lang in ("en", "ar", "fo"):
        items = [("SOLAR PANEL 320W", "8541.43"), ("GEL BATTERY 200AH", "8507.20"), ("INVERTER 3KVA", "8504.40"),
                 ("MPPT CHARGE CONTROLLER 60A", "9032.89"), ("SOLAR CABLE 6MM2", "8544.49"), ("SUBMERSIBLE PUMP 1HP", "8413.70")]
    total = 0
    n = rng.randint(2, 4)
    for i, (desc, hs) in enumerate(rng.sample(items, n), 1):
        q, p = rng.randint(1, 12), rng.randint(20, 900)
        total += q * p
        d.line(f"LIN+{i}++{V.digits(rng, 13, True)}:EN'")
        d.line(f"IMD+F++:::{desc}'")
        d.line(f"QTY+47:{q}'")
        d.line(f"MOA+203:{q * p}.00'")
        d.line(f"PRI+AAA:{p}.00'")
        d.line(f"RFF+ZZZ:HS{hs.replace('.', '')}'")
    d.line("UNS+S'")
    d.line(f"MOA+86:{total * 1.18:.2f}'")
    d.line(f"TAX+7+VAT+++:::{rng.choice([15, 16, 18, 19, 20, 25])}'")
    d.line(f"UNT+{18 + 6 * n}+1'")
    d.line(f"UNZ+1+{ref}'")


VEH = {
    "LY": lambda rng: f"{rng.randint(1, 99)}-{V.digits(rng, 6, True)}", "SD": lambda rng: f"خ {V.digits(rng, 4, True)}",
    "ZM": lambda rng: f"{rng.choice(['BAD', 'BCG', 'ALB', 'BBA'])} {V.digits(rng, 4, True)}",
    "ZW": lambda rng: f"{rng.choice(['AEX', 'AFG', 'ADW', 'AGK'])} {V.digits(rng, 4, True)}",
    "CI": lambda rng: f"{V.digits(rng, 4, True)} {rng.choice(['GH', 'JK', 'FP', 'HT'])} 01",
    "MG": lambda rng: f"{V.digits(rng, 4, True)} {rng.choice(['TBA', 'TBE', 'TAA', 'TAM'])}",
    "HN": lambda rng: f"{rng.choice(['HAB', 'PCA', 'HCD'])} {V.digits(rng, 4, True)}",
    "VE": lambda rng: f"A{rng.choice('BCDEFG')}{V.digits(rng, 3)}{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}",
    "SR": lambda rng: f"P{rng.choice('BDEHK')}-{V.digits(rng, 2)}-{V.digits(rng, 2)}",
    "FO": lambda rng: f"{rng.choice(['AB', 'KL', 'TN', 'VA', 'RX'])} {V.digits(rng, 3, True)}",
}
STATIONS = {
    "LY": ["Brega Hay Al-Andalus", "Al-Rahila Gargaresh", "Sharara Janzour"], "SD": ["Nile Petroleum Riyadh", "Bashaer Bahri", "Petronas Amarat"],
    "ZM": ["Puma Cairo Rd", "TotalEnergies Kafue Rd", "Engen Kitwe Freedom Ave", "Mount Meru Ndola"],
    "ZW": ["Zuva Samora Machel", "Puma Borrowdale", "Engen Mutare Rd", "Total Bulawayo Fife St"],
    "CI": ["Petro Ivoire Riviera 3", "TotalEnergies Plateau", "Vivo Energy Yopougon", "Oryx Bouaké"],
    "MG": ["Jovena Ankorondrano", "Galana Analakely", "Vivo Energy Toamasina", "TotalEnergies Ivato"],
    "HN": ["Uno Col. Palmira", "Puma Blvd. Morazán", "Texaco SPS Circunvalación", "Shell La Ceiba"],
    "VE": ["PDV Las Mercedes", "PDV Av. Bolívar Valencia", "Bencinera El Trigal", "PDV Autopista Regional"],
    "SR": ["SOL Kwattaweg", "GOw2 Tourtonnelaan", "Rubis Indira Gandhiweg", "SOL Lelydorp"],
    "FO": ["Effo Tórshavn", "Magn Hoyvík", "Effo Klaksvík", "Magn Runavík"],
}


def fuel_card_statement(rng, L: Loc, d: Doc) -> None:
    lx = LEX[L.lang]
    firm = L.firm(rng, latin=not L.arabic)
    contact = L.person(rng)
    cur = L.pl["currency"]
    title = {"ar": "كشف حساب بطاقات الوقود", "en": "FLEET FUEL CARD STATEMENT", "fr": "RELEVÉ CARTES CARBURANT",
             "es": "ESTADO DE CUENTA – TARJETAS DE COMBUSTIBLE", "nl": "OVERZICHT TANKPASSEN", "fo": "YVIRLIT – BRENNIEVNISKORT"}[L.lang]
    d.line(title)
    d.line(f"{firm}  |  Account {V.digits(rng, 8, True)}  |  {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2024, 2025])}")
    d.line(f"{lx['name']}: ", ("person", L.name(contact, rng)), f"  {lx['phone']}: ", ("phone", L.phone(rng)),
           f"  {lx['email']}: ", ("email", L.email(rng, contact, L.firm_email(rng, L.firm(rng, True)).split("@")[1])))
    d.line("")
    d.line("Card                 Driver                     Vehicle      Station                       Litres   Amount")
    for _ in range(rng.randint(3, 7)):
        drv = L.person(rng)
        card = f"7078 {V.digits(rng, 2)}** **** {V.digits(rng, 4)}"
        nm = L.name(drv, rng)
        d.t(f"{card:<21}")
        d.v("person", nm)
        d.t(" " * max(1, 27 - len(nm)))
        lit = rng.randint(20, 180) + rng.randint(0, 99) / 100
        d.line(f"{VEH[L.region](rng):<13}{rng.choice(STATIONS[L.region]):<30}{lit:>7.2f}   {cur} {L.money(lit * rng.uniform(0.8, 30))}")
    d.line("")
    if rng.random() < 0.6:
        dd = {"ar": "الخصم المباشر من الحساب", "en": "Direct debit from", "fr": "Prélèvement sur", "es": "Débito automático a",
              "nl": "Automatische incasso van", "fo": "Beinleiðis trekt av"}[L.lang]
        d.line(f"{dd}: ", ("iban", L.iban(rng)))
    elif rng.random() < 0.4:
        d.line("Payment card on file: ", ("card", V.card(rng)), f", auth {V.digits(rng, 6)}")
    else:
        d.line(f"Payment: card {V.masked_card(rng)}, auth {V.digits(rng, 6)}")
    d.line(f"PIN resets / lost cards: {rng.choice(['*123#', '8000', '1414'])}")


SMS_TPL = {
    "ar": ["عزيزي {name}، تم إيداع مبلغ {amt} في حسابكم {acct} من {cp}. الرصيد المتاح {bal}.",
           "تم خصم {amt} من حسابكم {acct} لصالح {cp}. للاستفسار اتصل على {phone}",
           "{name}: تم تحويل {amt} بنجاح إلى {cp} رقم الهاتف {cpphone}. شكراً لاستخدامكم خدماتنا"],
    "en": ["Dear {name}, your acct {acct} has been credited with {amt} from {cp}. Avail bal {bal}.",
           "{amt} debited from {acct} to {cp}. Not you? Call {phone} now.",
           "Hi {name}, transfer of {amt} to {cp} ({cpphone}) successful. Ref {ref}."],
    "fr": ["Cher(e) {name}, votre compte {acct} a été crédité de {amt} par {cp}. Solde dispo {bal}.",
           "Débit de {amt} sur {acct} en faveur de {cp}. Opération non reconnue ? Appelez le {phone}.",
           "{name}, transfert de {amt} vers {cp} ({cpphone}) effectué. Réf {ref}."],
    "es": ["Estimado(a) {name}, su cuenta {acct} recibió {amt} de {cp}. Saldo disp. {bal}.",
           "Se debitó {amt} de {acct} a favor de {cp}. ¿No reconoce? Llame al {phone}.",
           "{name}, transferencia de {amt} a {cp} ({cpphone}) exitosa. Ref {ref}."],
    "nl": ["Beste {name}, op uw rekening {acct} is {amt} bijgeschreven van {cp}. Saldo {bal}.",
           "{amt} afgeschreven van {acct} naar {cp}. Niet herkend? Bel {phone}.",
           "{name}, overboeking van {amt} naar {cp} ({cpphone}) gelukt. Ref {ref}."],
    "fo": ["Kæri {name}, {amt} er sett inn á kontu {acct} frá {cp}. Saldo {bal}.",
           "{amt} trekt av kontu {acct} til {cp}. Kennir tú ikki flytingina? Ring {phone}.",
           "{name}, flyting av {amt} til {cp} ({cpphone}) er gjørd. Ref {ref}."],
}
SENDERS = {"LY": ["JumhBank", "SaharaBank", "LibyanaCash"], "SD": ["Bankak", "FaisalBank", "OmdBank"], "ZM": ["Zanaco", "Stanbic", "AirtelMoney"],
           "ZW": ["CBZ", "EcoCash", "Steward"], "CI": ["SGCI", "OrangeMoney", "Wave"], "MG": ["BNI", "MVola", "BFV-SG"],
           "HN": ["Atlantida", "Ficohsa", "TigoMoney"], "VE": ["Banesco", "BDV", "Mercantil"], "SR": ["DSB", "Hakrinbank", "Uni5Pay"],
           "FO": ["Betri", "BankNordik"]}


def sms_bank_alerts(rng, L: Loc, d: Doc) -> None:
    holder = L.person(rng)
    cur = L.pl["currency"]
    east = L.region == "SD" and rng.random() < 0.5
    cc = L.phone(rng, "l")
    d.line(f"Messages – {rng.choice(SENDERS[L.region])}")
    for _ in range(rng.randint(3, 5)):
        tpl = rng.choice(SMS_TPL[L.lang])
        cp = L.person(rng)
        dec = 0 if L.region in ("CI", "MG") else 2  # no centimes on CFA francs and ariary
        amt_n = L.money(rng.randint(2000, 2500000) / 100 * (100 if dec == 0 else 1), dec)
        bal_n = L.money(rng.randint(10000, 9000000) / 100 * (100 if dec == 0 else 1), dec)
        if east:
            amt_n, bal_n = V.east(amt_n), V.east(bal_n)
        vals = {
            "name": ("person", holder.given if rng.random() < 0.4 else L.name(holder, rng).upper() if not L.arabic else L.name(holder, rng)),
            "amt": f"{cur} {amt_n}", "bal": f"{cur} {bal_n}", "acct": f"****{V.digits(rng, 4)}",
            "cp": ("person", L.name(cp, rng) if L.arabic else L.name(cp, rng).upper()),
            "phone": ("phone", V.east(cc) if east and L.region == "SD" else cc),
            "cpphone": ("phone", L.phone(rng)), "ref": V.rand(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10),
        }
        d.t(f"[{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}] ")
        fill(d, tpl, vals)
        d.t("\n")


RATE = {"LY": 4.85, "SD": 601.0, "ZM": 26.4, "ZW": 1.0, "CI": 605.0, "MG": 4520.0, "HN": 24.7, "VE": 36.5, "SR": 35.2, "FO": 6.9}


def customs_declaration(rng, L: Loc, d: Doc) -> None:
    lx = LEX[L.lang]
    imp = L.person(rng, y0=1955, y1=1998)
    agent = L.person(rng)
    town = L.town(rng)
    nat = NATIONALITY[L.code]
    title = {"ar": "الإقرار الجمركي الموحد (أسيكودا) – إدخال نهائي IM4", "en": "SINGLE ADMINISTRATIVE DOCUMENT (ASYCUDA World) – IM4 Home use",
             "fr": "DÉCLARATION EN DOUANE – SYDAM / IM4 Mise à la consommation", "es": "DECLARACIÓN ÚNICA ADUANERA (SIDUNEA World) – IM4",
             "nl": "DOUANE-AANGIFTE (ASYCUDA World) – IM4 Invoer", "fo": "TOLLUPPGÁVA – innflutningur (TAKS)"}[L.lang]
    d.line(title)
    d.line("=" * min(len(title), 70))
    d.line(f"Customs office: {town[0]}   Reg. No. C {V.digits(rng, 5, True)}   Date: {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2024, 2025])}")
    d.line("")
    d.line("Box 2  Exporter/Consignor:")
    exporters = ["Guangzhou Sunrise Trading Co., Ltd, Baiyun District, Guangzhou, CN", "Al Noor General Trading LLC, Deira, Dubai, AE",
                 "Mersin Otomotiv A.S., Akdeniz, Mersin, TR", "Hamburg Gebrauchtteile GmbH, Billbrook, Hamburg, DE"]
    d.line("       ", rng.choice(exporters))
    d.line(f"Box 8  Importer/Consignee ({lx['name']}):")
    d.line("       ", ("person", L.name(imp, rng)))
    street, area = L.addr2(rng)
    if area:
        d.line("       ", ("address", street))
        d.line("       ", ("address", area))
    else:
        d.line("       ", ("address", street))
    lab, val = L.tax_id(rng, imp)
    d.line(f"       {lab}: ", ("national_id", val), f"   {lx['phone']}: ", ("phone", L.phone(rng)))
    if rng.random() < 0.5:
        d.line(f"       {lx['email']}: ", ("email", L.email(rng, imp)))
    d.line("Box 14 Declarant/Representative:")
    d.line(f"       {rng.choice(['Bollore Transport & Logistics', 'Swift Freight Clearing', 'Transit Express', 'DHL Global Forwarding'])}, licence CA-{V.digits(rng, 4, True)}")
    d.line("       Agent in charge: ", ("person", L.name(agent, rng)), ", ", ("phone", L.phone(rng)))
    d.line(f"Box 15 Country of export: {rng.choice(['CN', 'AE', 'TR', 'DE', 'JP', 'ZA'])}      Box 17 Destination: {L.region}")
    d.line(f"Box 18 Means of transport: {rng.choice(['MV MSC AURORA', 'MAERSK KOLKATA', 'TRUCK', 'ET 3821'])}   Box 20 Delivery terms: CIF")
    d.line(f"Box 22 Currency and amount invoiced: USD {rng.randint(900, 40000):,}.00   Box 23 Exchange rate: {RATE[L.region] * rng.uniform(0.95, 1.05):.4f}")
    d.line("")
    d.line("Item Marks/Description                       HS code      Origin  Gross kg   Value (USD)")
    goods = [("Used motor vehicle TOYOTA HILUX 2016", "8704.21.10"), ("Mobile phones, 40 units", "8517.13.00"),
             ("Solar panels 450W x 12", "8541.43.00"), ("Second-hand clothing, 8 bales", "6309.00.00"),
             ("Motorcycle spare parts", "8714.10.00"), ("Rice, 50 kg bags x 40", "1006.30.00"), ("Generator 7.5 kVA", "8502.11.00")]
    tot = 0
    for i, (g, hs) in enumerate(rng.sample(goods, rng.randint(2, 4)), 1):
        v = rng.randint(300, 15000)
        tot += v
        d.line(f"{i:>4} {g:<40} {hs:<12} {rng.choice(['CN', 'JP', 'AE', 'TR', 'IN']):<7} {rng.randint(20, 2400):>8}   {v:>10,}")
    d.line("")
    d.line(f"Box 46 Statistical value: USD {tot:,}")
    d.line("Box 47 Calculation of taxes:   Type   Base        Rate    Amount")
    for tx, rate in [("CD", rng.choice([5, 10, 20, 25, 35])), ("VAT", rng.choice([15, 16, 18, 19, 20])), ("EXC", rng.choice([0, 5, 10]))]:
        d.line(f"                               {tx:<6} {tot:<10,}  {rate:>3}%   {tot * rate / 100:,.2f}")
    if rng.random() < 0.3:
        d.line("Box 48 Duties paid by card ", ("card", V.card(rng)), f", receipt {V.digits(rng, 8)}")
    d.line(f"Box 48 Deferred payment: {'No' if rng.random() < 0.6 else 'Yes'}     Box 49 Warehouse: none")
    if rng.random() < 0.5:
        d.line("")
        d.line("Returning resident – personal effects annex:")
        d.line(f"  {lx['passport']}: ", ("national_id", L.passport(rng)), f"   {lx['nationality']}: {nat[1] if imp.female else nat[0]}")
        d.line(f"  {lx['dob']}: ", ("dob", L.dob(imp, rng.choice([0, 1, 3]))), f"   {lx['place_birth']}: {L.town(rng)[0]}")
        d.line(f"  Years abroad: {rng.randint(2, 15)}   Arrival flight: {rng.choice(['ET', 'KQ', 'TK', 'AF', 'EK', 'CM', 'SK'])} {rng.randint(100, 999)}")
    d.line("")
    d.line("Box 54 Place and date / signature of declarant:")
    d.line(f"       {town[0]}, {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2024, 2025])}   ", ("person", agent.full))
    d.line(f"Assessment notice A {V.digits(rng, 6, True)} – Receipt R {V.digits(rng, 7, True)} – Release order {V.digits(rng, 5)}")
