# ruff: noqa: RUF001  (hand-written Cyrillic text is intended)
"""Document styles for v9b: UBL e-invoice, X12 834 enrolment, court judgment excerpt,
land register extract, tax clearance certificate, pension statement, arrival card."""
from __future__ import annotations

import _v9b_values as V
from _v9b_text import B, add_address, ascii_fold, money, pe, render, rom_be, rom_mk, rom_ru, uz_cyr

SEP = {"si_LK": ",", "uz_UZ": " ", "lv_LV": " ", "be_BY": " ", "mk_MK": ".", "fr_SN": " ", "es_DO": ",",
       "en_UG": ",", "lo_LA": ",", "pt_MZ": "."}
CUR = {"si_LK": "Rs.", "uz_UZ": "so'm", "lv_LV": "EUR", "be_BY": "BYN", "mk_MK": "ден.", "fr_SN": "FCFA",
       "es_DO": "RD$", "en_UG": "UGX", "lo_LA": "ກີບ", "pt_MZ": "MT"}
SCALE = {"si_LK": 1000, "uz_UZ": 100000, "lv_LV": 10, "be_BY": 10, "mk_MK": 1000, "fr_SN": 5000,
         "es_DO": 500, "en_UG": 10000, "lo_LA": 50000, "pt_MZ": 100}


PREFIX_CUR = {"si_LK", "es_DO", "en_UG"}


def cur_amt(ctx, a: str) -> str:
    c = CUR[ctx.loc]
    return f"{c} {a}".replace("RD$ ", "RD$") if ctx.loc in PREFIX_CUR else f"{a} {c}"


def amt(ctx, lo=50, hi=2000):
    s = SCALE[ctx.loc]
    return money(ctx.rng, lo * s, hi * s, s, SEP[ctx.loc])


# ------------------------------------------------------------------ UBL e-invoice
_SELLERS = {"si_LK": "Ceylon Hardware Traders (Pvt) Ltd", "uz_UZ": "«Savdo Texnika» MChJ", "lv_LV": "SIA “Rīgas Dati”",
            "be_BY": "ООО «ЗубрТехСнаб»", "mk_MK": "ДООЕЛ Вардар Трејд", "fr_SN": "Teranga Distribution SARL",
            "es_DO": "Ferretería Quisqueya, S.R.L.", "en_UG": "Pearl Office Supplies Ltd", "lo_LA": "ບໍລິສັດ ແມ່ຂອງ ດີຈີຕອນ ຈຳກັດ",
            "pt_MZ": "Xirico Comercial, Lda"}
_SELLERS_ROMAN = {"lo_LA": "Mekong Digital Co., Ltd"}  # X12 is written in ASCII
_ITEMS = {"si_LK": ["Cement 50kg bag", "PVC pipe 1/2\"", "Roofing sheet 8ft"], "uz_UZ": ["Kir yuvish mashinasi", "Changyutgich", "Elektr choynak"],
          "lv_LV": ["Klēpjdators 14\"", "Monitora statīvs", "USB-C dokstacija"], "be_BY": ["Ноутбук 15.6\"", "Мышь беспроводная", "Сетевой фильтр"],
          "mk_MK": ["Клима уред 12000 BTU", "Монтажа", "Транспорт"], "fr_SN": ["Sac de riz 50 kg", "Huile 20 L", "Sucre 1 kg (carton)"],
          "es_DO": ["Varilla 3/8\"", "Cemento gris (funda)", "Pintura acrílica galón"], "en_UG": ["A4 paper ream", "Toner cartridge", "Box file"],
          "lo_LA": ["ເຄື່ອງພິມ", "ໝຶກພິມ", "ເຈ້ຍ A4"], "pt_MZ": ["Painel solar 200W", "Bateria 100Ah", "Inversor 1kVA"]}
_CC = {"si_LK": "LK", "uz_UZ": "UZ", "lv_LV": "LV", "be_BY": "BY", "mk_MK": "MK", "fr_SN": "SN", "es_DO": "DO",
       "en_UG": "UG", "lo_LA": "LA", "pt_MZ": "MZ"}
_CURCODE = {"si_LK": "LKR", "uz_UZ": "UZS", "lv_LV": "EUR", "be_BY": "BYN", "mk_MK": "MKD", "fr_SN": "XOF",
            "es_DO": "DOP", "en_UG": "UGX", "lo_LA": "LAK", "pt_MZ": "MZN"}


def _network(pan: str) -> str:
    """The card scheme that the number's issuer prefix belongs to."""
    for pre, name in (("8600", "UZCARD"), ("9860", "HUMO"), ("9112", "BELKART"), ("34", "AMEX"), ("37", "AMEX"),
                      ("62", "UNIONPAY"), ("4", "VISA")):
        if pan.startswith(pre):
            return name
    return "MASTERCARD"


def ubl_einvoice(ctx) -> B:
    rng, b = ctx.rng, B()
    p = ctx.person()
    seller_tax = ctx.tax_id(person=False)
    buyer_tax = ctx.tax_id(person=True)
    d = ctx.some_date(2023, 2025)
    cur = _CURCODE[ctx.loc]
    street, town = ctx.address(2)
    st = street[0]
    b('<?xml version="1.0" encoding="UTF-8"?>\n'
      '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"\n'
      '         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"\n'
      '         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n'
      '  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n'
      f'  <cbc:ID>INV-{d.year}-{rng.randrange(10000, 99999)}</cbc:ID>\n'
      f'  <cbc:IssueDate>{d.isoformat()}</cbc:IssueDate>\n'
      f'  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n  <cbc:DocumentCurrencyCode>{cur}</cbc:DocumentCurrencyCode>\n'
      '  <cac:AccountingSupplierParty><cac:Party>\n'
      f'    <cac:PartyName><cbc:Name>{_SELLERS[ctx.loc]}</cbc:Name></cac:PartyName>\n'
      f'    <cac:PartyTaxScheme><cbc:CompanyID>{seller_tax}</cbc:CompanyID>'
      '<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>\n'
      '  </cac:Party></cac:AccountingSupplierParty>\n'
      '  <cac:AccountingCustomerParty><cac:Party>\n'
      '    <cac:PartyName><cbc:Name>', pe(p.full()), '</cbc:Name></cac:PartyName>\n'
      '    <cac:PostalAddress>\n      <cbc:StreetName>', ("address", st.rstrip(",")), '</cbc:StreetName>\n'
      f'      <cbc:CityName>{town[0]}</cbc:CityName>\n'
      f'      <cac:Country><cbc:IdentificationCode>{_CC[ctx.loc]}</cbc:IdentificationCode></cac:Country>\n'
      '    </cac:PostalAddress>\n'
      '    <cac:PartyTaxScheme><cbc:CompanyID>', ("national_id", buyer_tax), '</cbc:CompanyID>'
      '<cac:TaxScheme><cbc:ID>TAX</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>\n'
      '    <cac:Contact>\n      <cbc:Telephone>', ("phone", ctx.phone()), '</cbc:Telephone>\n'
      '      <cbc:ElectronicMail>', ("email", ctx.email(p).replace(" ", "")), '</cbc:ElectronicMail>\n'
      '    </cac:Contact>\n  </cac:Party></cac:AccountingCustomerParty>\n')
    if rng.random() < 0.3:
        pan = ctx.card().replace(" ", "").replace("-", "")
        rng.choice(["VISA", "MASTERCARD"])  # the draw is kept so that later values stay put
        b('  <cac:PaymentMeans>\n    <cbc:PaymentMeansCode>54</cbc:PaymentMeansCode>\n    <cac:CardAccount>\n'
          '      <cbc:PrimaryAccountNumberID>', ("card", pan), '</cbc:PrimaryAccountNumberID>\n'
          f'      <cbc:NetworkID>{_network(pan)}</cbc:NetworkID>\n      <cbc:HolderName>', pe(p.full()), '</cbc:HolderName>\n'
          '    </cac:CardAccount>\n  </cac:PaymentMeans>\n')
    b('  <cac:PaymentMeans>\n    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>\n'
      f'    <cbc:PaymentID>{rng.randrange(10**9, 10**10)}</cbc:PaymentID>\n')
    if ctx.loc in ("lv_LV", "be_BY", "mk_MK", "es_DO") or rng.random() < 0.4:
        b('    <cac:PayeeFinancialAccount><cbc:ID>', ("iban", ctx.iban(grouped=False)), '</cbc:ID></cac:PayeeFinancialAccount>\n')
    else:
        b(f'    <cac:PayeeFinancialAccount><cbc:ID>{V.digits(rng, 12)}</cbc:ID></cac:PayeeFinancialAccount>\n')
    b('  </cac:PaymentMeans>\n')
    tot = 0
    for i, it in enumerate(rng.sample(_ITEMS[ctx.loc], rng.randrange(1, 4))):
        q = rng.randrange(1, 20)
        pr = rng.randrange(5, 500) * SCALE[ctx.loc] // 10
        tot += q * pr
        b(f'  <cac:InvoiceLine>\n    <cbc:ID>{i + 1}</cbc:ID>\n    <cbc:InvoicedQuantity unitCode="C62">{q}</cbc:InvoicedQuantity>\n'
          f'    <cbc:LineExtensionAmount currencyID="{cur}">{q * pr}.00</cbc:LineExtensionAmount>\n'
          f'    <cac:Item><cbc:Name>{it}</cbc:Name><cac:SellersItemIdentification><cbc:ID>SKU-{V.digits(rng, 6)}</cbc:ID>'
          f'</cac:SellersItemIdentification></cac:Item>\n  </cac:InvoiceLine>\n')
    b(f'  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="{cur}">{tot}.00</cbc:PayableAmount></cac:LegalMonetaryTotal>\n'
      '</Invoice>')
    return b


# ------------------------------------------------------------------ X12 834 enrolment
# Ages below which a person holds no number of the locale's id scheme (Sri Lankan NIC from 15-16,
# Dominican cédula at 18, Lao ID card from 15): such dependants are enrolled without an id.
_ID_MIN_AGE = {"si_LK": 16, "es_DO": 18, "lo_LA": 15}


def _lk_community(p) -> str:
    """Sinhala, Tamil or Muslim, read from the family name's pool (a family shares one)."""
    import _v9b_names as N
    if any(p.rf == f.split("|")[-1] for f in N.LK_TA_FAMILY):
        return "ta"
    return "mu" if p.rf in N.LK_MU_FAMILY else "si"


def x12_834(ctx) -> B:
    rng, b = ctx.rng, B()
    d = ctx.some_date(2024, 2025)
    ymd = d.strftime("%Y%m%d")
    ctl = rng.randrange(100000000, 999999999)
    b(f"ISA*00*          *00*          *ZZ*{('TPA' + _CC[ctx.loc] + 'HLTH').ljust(15)}*ZZ*{'GLOBALCARE'.ljust(15)}*{d:%y%m%d}*{rng.randrange(0, 24):02d}{rng.randrange(60):02d}*^*00501*{ctl}*0*P*:~\n"
      f"GS*BE*TPA{_CC[ctx.loc]}*GLOBALCARE*{ymd}*1200*{rng.randrange(1, 9999)}*X*005010X220A1~\n"
      f"ST*834*0001*005010X220A1~\nBGN*00*{rng.randrange(10000, 99999)}*{ymd}*1200****2~\n"
      f"N1*P5*{ascii_fold(rom_mk(rom_ru(_SELLERS_ROMAN.get(ctx.loc, _SELLERS[ctx.loc])))).upper().replace('«', '').replace('»', '')[:35]}*94*{V.digits(rng, 8)}~\nN1*IN*GLOBALCARE INTERNATIONAL*94*{V.digits(rng, 6)}~\n")
    sub = ctx.person(female=rng.random() < 0.5)
    n_dep = rng.randrange(0, 3)
    mem = [(sub, "Y", "18")]
    for _ in range(n_dep):
        rel = rng.choice(["01", "19"])
        for _ in range(20):
            if rel == "01":
                dep = ctx.person(female=not sub.female)
            else:
                dep = ctx.person(dob=V.rand_date(rng, 2008, 2022))
            if ctx.loc != "si_LK" or _lk_community(dep) == _lk_community(sub):
                break
        if ctx.loc in ("si_LK", "fr_SN", "lo_LA", "pt_MZ"):
            dep.family, dep.rf = sub.family, sub.rf
        mem.append((dep, "N", rel))
    memno = f"{_CC[ctx.loc]}{V.digits(rng, 9)}"
    keep = ctx.lang
    ctx.lang = {"si_LK": "en", "lo_LA": "en", "uz_UZ": "uz", "mk_MK": "en"}.get(ctx.loc, ctx.lang)
    addr, town = ctx.address(2)
    ctx.lang = keep
    rom = {"be_BY": rom_be if ctx.lang == "be" else rom_ru, "mk_MK": rom_mk}.get(ctx.loc, lambda x: x)
    addr = [rom(a) for a in addr]
    town = (rom(town[0]), *town[1:])
    for p, flag, rel in mem:
        fam, giv = p.machine()
        b(f"INS*{flag}*{rel}*021*28*A***FT~\nREF*0F*{memno}~\nREF*1L*GRP{V.digits(rng, 5)}~\nDTP*356*D8*{ymd}~\n"
          "NM1*IL*1*", pe(fam), "*", pe(giv))
        age = d.year - p.dob.year - ((d.month, d.day) < (p.dob.month, p.dob.day))
        if age >= _ID_MIN_AGE.get(ctx.loc, 0):
            b("****ZZ*", ("national_id", ctx.nid(p)))
        b("~\n")
        if flag == "Y":
            b("PER*IP**TE*", ("phone", ctx.phone(True).replace(" ", "")), "*EM*", ("email", ctx.email(p).replace(" ", "")), "~\n")
            b("N3*", ("address", ascii_fold(addr[0].rstrip(",")).upper()), "~\n")
            b(f"N4*{ascii_fold(town[0]).upper()}**{rng.randrange(10000, 99999)}*{_CC[ctx.loc]}~\n")
        b("DMG*D8*", ("dob", p.dob.strftime("%Y%m%d")), f"*{'F' if p.female else 'M'}~\n"
          f"HD*021**HLT*INTL-{rng.choice(['SILVER', 'GOLD', 'PLUS'])}*{'EMP' if flag == 'Y' else 'FAM'}~\nDTP*348*D8*{ymd}~\n")
    b(f"SE*{rng.randrange(20, 60)}*0001~\nGE*1*{rng.randrange(1, 9999)}~\nIEA*1*{ctl}~")
    return b


# ------------------------------------------------------------------ court judgment
_COURT_EN = {
    "si_LK": ("IN THE DISTRICT COURT OF {CITY}", "Case No. DMR/{N}/{Y}", "Hon. {J_T}", "District Judge"),
    "en_UG": ("THE REPUBLIC OF UGANDA\nIN THE HIGH COURT OF UGANDA AT {CITY}\n(CIVIL DIVISION)", "CIVIL SUIT NO. {N} OF {Y}",
              "Hon. Justice {J_T}", "JUDGE"),
}

T_EN = """{HEAD}
{CASENO}

BETWEEN

{P}
of {ADDR1}                                        ... PLAINTIFF

AND

{D}
of {ADDR2}                                        ... DEFENDANT

BEFORE: {BENCH}
COUNSEL: {CT1} {C1} for the Plaintiff; {CT2} {C2} for the Defendant.
Date of Judgment: {DATE}

JUDGMENT

1. The Plaintiff, {P}, born on {DOB} and holding {IDW} {NID}, instituted this action against the Defendant for the recovery of {CUR} {AMT}, being money lent and advanced on or about {DATE2}.

2. It is the Plaintiff's case that the Defendant, a neighbour of many years, asked for a short-term loan to restock a hardware shop. The money was handed over in cash at the Plaintiff's residence in the presence of {W}, who testified as PW2 and confirmed the handing over.

3. The Plaintiff produced a call log (marked P3) showing several calls made from the Defendant's mobile number {PHONE} between March and June. The Defendant did not deny that the number was in use by the Defendant at the time, but maintained that the calls concerned an unrelated land transaction.

4. In evidence the Defendant admitted receiving money but contended that it was a gift. Under cross-examination the Defendant conceded that two part payments had been made by bank transfer, which is inconsistent with the claim that the money was a gift.

5. Having considered the evidence in its totality, I am satisfied that the Plaintiff has proved the claim on a balance of probabilities, and I do not find the Defendant's version credible.

6. Judgment is accordingly entered for the Plaintiff in the sum of {CUR} {AMT} with legal interest from the date of the plaint until payment in full, and costs.

{J}
{JT}"""

T_FR = """RÉPUBLIQUE DU SÉNÉGAL
Un Peuple – Un But – Une Foi
TRIBUNAL DE GRANDE INSTANCE HORS CLASSE DE {CITY}

JUGEMENT N° {N}/{Y} DU {DATE}

ENTRE :
{P}, né(e) le {DOB} à {POB}, titulaire de la CNI n° {NID}, demeurant à {ADDR1}, demandeur, ayant pour conseil Me {C1}, avocat à la Cour ;

ET :
{D}, commerçant(e), demeurant à {ADDR2}, défendeur, ayant pour conseil Me {C2} ;

LE TRIBUNAL,
Composé de {J}, Président, assisté de {G}, Greffier ;

FAITS ET PROCÉDURE
Par exploit d'huissier en date du {DATE2}, {P} a fait assigner {D} devant le tribunal de céans en paiement de la somme de {AMT} FCFA, représentant le reliquat d'un prêt consenti pour l'achat de marchandises.

Le demandeur expose qu'après plusieurs relances, notamment par des appels et messages adressés au numéro {PHONE}, le défendeur n'a jamais honoré son engagement. Le défendeur, pour sa part, soutient avoir remboursé une partie de la somme par transfert d'argent mobile, sans toutefois en rapporter la preuve.

PAR CES MOTIFS
Statuant publiquement, contradictoirement et en premier ressort ;
Condamne {D} à payer à {P} la somme de {AMT} FCFA ;
Condamne le défendeur aux dépens.

Le Président : {J}                     Le Greffier : {G}"""

T_ES = """REPÚBLICA DOMINICANA
PODER JUDICIAL
CÁMARA CIVIL Y COMERCIAL DEL JUZGADO DE PRIMERA INSTANCIA DE {CITY}

Sentencia civil núm. 034-{Y}-SSEN-{N}
Expediente núm. 034-{Y}-ECON-{N2}

En nombre de la República, la Cámara, regularmente constituida, con la presidencia de {J}, asistido(a) de {G}, secretaria, dicta la siguiente sentencia:

Demandante: {P}, dominicano(a), mayor de edad, portador(a) de la cédula de identidad y electoral núm. {NID}, domiciliado(a) y residente en {ADDR1}; quien tiene como abogado constituido y apoderado especial al Lic. {C1}.

Demandado: {D}, domiciliado(a) en {ADDR2}; representado(a) por la Licda. {C2}.

RESULTA: que mediante acto de fecha {DATE2}, la parte demandante notificó demanda en cobro de pesos por la suma de RD${AMT}, por concepto de préstamo personal no pagado.

CONSIDERANDO: que la parte demandante depositó capturas de mensajes enviados desde el teléfono {PHONE}, en los cuales la parte demandada reconoce la deuda y promete pagar "a fin de mes";

CONSIDERANDO: que la parte demandada no aportó prueba alguna de haberse liberado de su obligación;

FALLA:
PRIMERO: ACOGE en cuanto al fondo la demanda;
SEGUNDO: CONDENA a {D} al pago de la suma de RD${AMT} a favor de {P};
TERCERO: CONDENA a la parte demandada al pago de las costas.

Dada en {CITY}, el {DATE}.
{J}, Juez Presidente"""

T_PT = """REPÚBLICA DE MOÇAMBIQUE
TRIBUNAL JUDICIAL DA CIDADE DE {CITYU}
{N2}.ª Secção Cível

Processo n.º {N}/{Y}

SENTENÇA

{P}, maior, natural de {POB}, nascido(a) aos {DOB}, portador(a) do Bilhete de Identidade n.º {NID}, residente na {ADDR1}, veio intentar a presente acção declarativa de condenação, sob a forma sumária, contra {D}, residente na {ADDR2}.

Alegou, em síntese, que emprestou ao Réu a quantia de {AMT} MT, para a compra de uma viatura, tendo este se comprometido a devolvê-la no prazo de seis meses. Apesar de várias interpelações, incluindo chamadas para o número {PHONE}, o Réu nada pagou.

Citado, o Réu contestou, alegando que parte da dívida foi paga por M-Pesa. Não juntou, porém, qualquer comprovativo.

Foi ouvida como testemunha {W}, que confirmou a entrega do dinheiro.

Pelo exposto, julgo a acção procedente por provada e, em consequência, condeno o Réu {D} a pagar ao Autor a quantia de {AMT} MT, acrescida de juros de mora à taxa legal.

Custas pelo Réu.

{CITY}, {DATE}
O Juiz de Direito
{J}"""

T_RU = """РЕШЕНИЕ
ИМЕНЕМ {REP}

{DATE}                                                        г. {CITY}

Суд {COURT} в составе: председательствующего судьи {J}, при секретаре судебного заседания {G}, рассмотрев в открытом судебном заседании гражданское дело № 2-{N}/{Y} по иску о взыскании долга по договору займа,

Истец: {P}, {DOB} года рождения, личный номер {NID}, зарегистрирован(а) по адресу: {ADDR1}.
Ответчик: {D}, проживает по адресу: {ADDR2}.

УСТАНОВИЛ:
Истец передал ответчику по расписке денежные средства в сумме {AMT} {CUR} со сроком возврата до {DATE2}. В установленный срок долг не возвращён. Истец неоднократно звонил ответчику на номер {PHONE}, однако ответчик от возврата долга уклоняется.
Ответчик в судебное заседание не явился, о времени и месте рассмотрения дела извещён надлежащим образом.
Допрошенный в качестве свидетеля {W} подтвердил факт передачи денежных средств.

РЕШИЛ:
Исковые требования удовлетворить. Взыскать с ответчика {D} в пользу истца сумму долга {AMT} {CUR}, а также расходы по уплате государственной пошлины.
Решение может быть обжаловано в течение 15 дней.

Судья                                                        {J}"""

T_LV = """SPRIEDUMS
Latvijas Republikas vārdā

{CITY}, {DATE}
Lieta Nr. C{N}{Y}

{COURT} šādā sastāvā: tiesnese {J}, ar tiesas sēdes sekretāri {G},
atklātā tiesas sēdē izskatīja civillietu par parāda piedziņu.

Prasītājs: {P}, personas kods {NID}, deklarētā dzīvesvieta: {ADDR1}.
Atbildētājs: {D}, dzīvesvieta: {ADDR2}.

Aprakstošā daļa
Prasītājs norāda, ka {DATE2} aizdevis atbildētājam {AMT} EUR, par ko sastādīta parādzīme. Atbildētājs naudu nav atdevis, lai gan prasītājs vairākkārt sazinājies ar viņu pa tālruni {PHONE}. Liecinieks {W} apstiprināja naudas nodošanu.

Motīvu daļa
Tiesa atzīst, ka prasība ir pamatota un apmierināma, jo atbildētājs nav iesniedzis pierādījumus par parāda atmaksu.

Rezolutīvā daļa
Piedzīt no {D} par labu {P} parādu {AMT} EUR un tiesāšanās izdevumus.
Spriedumu var pārsūdzēt 20 dienu laikā.

Tiesnese {J}"""

T_MK = """ОСНОВЕН ГРАЃАНСКИ СУД {CITYU}
П4-{N}/{Y}

ВО ИМЕТО НА ГРАЃАНИТЕ НА РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА

Основниот граѓански суд {CITY}, преку судијата поединец {J}, со записничар {G}, постапувајќи по тужбата на тужителот {P} од {CITY}, со живеалиште на {ADDR1}, ЕМБГ {NID}, против тужениот {D}, со живеалиште на {ADDR2}, за долг, на главна јавна расправа одржана на {DATE}, ја донесе следната

П Р Е С У Д А

Тужбеното барање на тужителот СЕ УВАЖУВА.
СЕ ЗАДОЛЖУВА тужениот {D} да му исплати на тужителот износ од {AMT} денари, заедно со законска казнена камата, во рок од 8 дена.

О б р а з л о ж е н и е
Тужителот наведува дека на {DATE2} му позајмил на тужениот паричен износ, кој не бил вратен и покрај повеќекратните повици на телефонскиот број {PHONE}. Сведокот {W} ги потврди наводите.

СУДИЈА
{J}"""

T_UZ = """O'ZBEKISTON RESPUBLIKASI NOMIDAN
HAL QILUV QARORI

{CITY} shahri, {DATE}

Fuqarolik ishlari bo'yicha tumanlararo sud, raislik qiluvchi sudya {J}, sud majlisi kotibi {G} ishtirokida, ochiq sud majlisida qarzni undirish to'g'risidagi fuqarolik ishini ko'rib chiqdi.

Da'vogar: {P}, {DOB} yilda tug'ilgan, JShShIR {NID}, yashash manzili: {ADDR1}.
Javobgar: {D}, yashash manzili: {ADDR2}.

ANIQLADI:
Da'vogar {DATE2} kuni javobgarga {AMT} so'm miqdorida qarz bergan, bu haqda tilxat tuzilgan. Javobgar belgilangan muddatda qarzni qaytarmagan. Da'vogar javobgar bilan {PHONE} raqami orqali bir necha bor bog'langan. Guvoh {W} pul topshirilganini tasdiqladi.

QAROR QILDI:
Da'vo qanoatlantirilsin. Javobgar {D}dan da'vogar foydasiga {AMT} so'm qarz va davlat boji undirilsin.

Sudya {J}"""

T_LO = """ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ
ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ

ສານປະຊາຊົນ{CITY}
ຄຳຕັດສິນ ເລກທີ {N}/ສປ
ລົງວັນທີ {DATE}

ໂຈດ: ທ່ານ{P} ເກີດວັນທີ {DOB} ຖືບັດປະຈຳຕົວເລກທີ {NID} ຢູ່{ADDR1}
ຈຳເລີຍ: ທ່ານ{D} ຢູ່{ADDR2}

ກ່ຽວກັບຄະດີ: ທວງໜີ້ ຈຳນວນ {AMT} ກີບ

ຂໍ້ເທັດຈິງ: ໃນວັນທີ {DATE2} ໂຈດໄດ້ໃຫ້ຈຳເລີຍກູ້ຢືມເງິນ ໂດຍມີໃບກູ້ຢືມເປັນຫຼັກຖານ. ຈຳເລີຍໄດ້ໂທຫາໂຈດຈາກເບີ {PHONE} ຫຼາຍຄັ້ງ ເພື່ອຂໍເລື່ອນການຊຳລະ. ພະຍານ ທ່ານ{W} ຢັ້ງຢືນວ່າໄດ້ເຫັນການມອບເງິນ.

ສານຕັດສິນ: ໃຫ້ທ່ານ{D} ຊຳລະໜີ້ຈຳນວນ {AMT} ກີບ ໃຫ້ແກ່ໂຈດ ພາຍໃນ 30 ວັນ.

ຜູ້ພິພາກສາ: {J}"""


def court_judgment(ctx) -> B:
    rng, loc = ctx.rng, ctx.loc
    if loc == "be_BY" or (loc == "uz_UZ" and ctx.lang == "ru"):
        ctx.lang = "ru"
    elif loc == "si_LK":
        ctx.lang = "en"
    elif loc == "uz_UZ":
        ctx.lang = "uz"
    elif loc == "lo_LA":
        ctx.lang = "lo"
    b = B()
    P1, D1, J, G, W, C1, C2 = (ctx.person() for _ in range(7))
    if loc == "lv_LV":
        J, G = ctx.person(female=True), ctx.person(female=True)
    a1, t1 = ctx.address(1)
    a2, _ = ctx.address(1)
    y = rng.randrange(2019, 2024)
    dd = ctx.some_date(y, 2025)
    nm = (lambda q: q.official()) if ctx.lang in ("ru", "uz") else (lambda q: q.full())
    vals = {"P": pe(nm(P1)), "D": pe(nm(D1)), "J": pe(J.full()), "G": pe(G.full()), "W": pe(W.full()),
            "C1": pe(C1.full()), "C2": pe(C2.full()), "ADDR1": ("address", a1[0]), "ADDR2": ("address", a2[0]),
            "DOB": ("dob", ctx.date(P1.dob)), "NID": ("national_id", ctx.nid(P1)), "PHONE": ("phone", ctx.phone(True)),
            "DATE": ctx.date(dd, long=True), "DATE2": ctx.date(ctx.some_date(y - 2, y)), "N": str(rng.randrange(100, 3000)),
            "N2": str(rng.randrange(1, 9)), "Y": str(y), "AMT": amt(ctx, 200, 5000), "CUR": CUR[loc], "POB": t1[0]}
    if loc in ("si_LK", "en_UG"):
        head, caseno, bench, jt = _COURT_EN[loc]
        city = t1[0].split(" ")[0].upper() if loc == "si_LK" else "KAMPALA"
        vals.update(HEAD=head.replace("{CITY}", city), CASENO=caseno.replace("{N}", vals["N"]).replace("{Y}", vals["Y"]),
                    BENCH=[bench.split("{J_T}")[0], vals["J"]], JT=jt, IDW="NIC No." if loc == "si_LK" else "NIN",
                    CT1=ctx.honor(C1), CT2=ctx.honor(C2))
        if loc == "si_LK" and rng.random() < 0.5:
            vals["PHONE"] = ("phone", ctx.phone(True))
        return render(b, T_EN, vals)
    if loc == "fr_SN":
        vals["CITY"] = rng.choice(["DAKAR", "THIÈS", "SAINT-LOUIS", "KAOLACK"])
        return render(b, T_FR, vals)
    if loc == "es_DO":
        vals["CITY"] = rng.choice(["Santo Domingo", "Santiago", "La Vega", "San Pedro de Macorís"])
        vals["AMT"] = amt(ctx, 200, 5000) + ".00"
        return render(b, T_ES, vals)
    if loc == "pt_MZ":
        vals["CITY"] = rng.choice(["Maputo", "Beira", "Nampula", "Matola"])
        vals["CITYU"] = vals["CITY"].upper()
        return render(b, T_PT, vals)
    if ctx.lang == "ru":
        if loc == "be_BY":
            vals.update(REP="РЕСПУБЛИКИ БЕЛАРУСЬ", COURT=rng.choice(["Центрального района г. Минска", "Советского района г. Гомеля",
                        "Ленинского района г. Бреста", "Октябрьского района г. Витебска"]), CUR="бел. руб.")
            vals["CITY"] = {"Минска": "Минск", "Гомеля": "Гомель", "Бреста": "Брест", "Витебска": "Витебск"}[vals["COURT"].split("г. ")[1]]
        else:
            vals.update(REP="РЕСПУБЛИКИ УЗБЕКИСТАН", COURT="по гражданским делам Юнусабадского района г. Ташкента", CUR="сум", CITY="Ташкент")
        return render(b, T_RU, vals)
    if loc == "lv_LV":
        vals.update(CITY=rng.choice(["Rīgā", "Jelgavā", "Liepājā", "Daugavpilī"]),
                    COURT=rng.choice(["Rīgas pilsētas tiesa", "Kurzemes rajona tiesa", "Zemgales rajona tiesa", "Latgales rajona tiesa"]))
        return render(b, T_LV, vals)
    if loc == "mk_MK":
        c = rng.choice(["Скопје", "Битола", "Охрид", "Куманово"])
        vals.update(CITY=c, CITYU=c.upper())
        return render(b, T_MK, vals)
    if loc == "uz_UZ":
        vals["CITY"] = rng.choice(["Toshkent", "Samarqand", "Namangan", "Buxoro"])
        vals["DOB"] = ("dob", ctx.date(P1.dob))
        return render(b, T_UZ, vals)
    vals["CITY"] = rng.choice(["ນະຄອນຫຼວງວຽງຈັນ", "ແຂວງຫຼວງພະບາງ", "ແຂວງຈຳປາສັກ", "ແຂວງສະຫວັນນະເຂດ"])
    return render(b, T_LO, vals)


# ------------------------------------------------------------------ land register extract
def land_register_extract(ctx) -> B:
    rng, b, loc = ctx.rng, B(), ctx.loc
    t = ctx.t
    owner = ctx.person()
    co = ctx.person() if rng.random() < 0.4 else None
    addr, town = ctx.address(1)
    parcel = f"{rng.randrange(100, 9999)} {rng.randrange(100, 999)} {rng.randrange(1, 9999):04d}" if loc == "lv_LV" else f"{rng.randrange(1, 999)}/{rng.randrange(1, 99)}"
    title = t(en={"si_LK": "LAND REGISTRY — EXTRACT OF FOLIO", "en_UG": "MINISTRY OF LANDS, HOUSING AND URBAN DEVELOPMENT\nSEARCH STATEMENT (MAILO REGISTER)", "lo_LA": "LAND TITLE EXTRACT"}.get(loc, "LAND REGISTER EXTRACT"),
              si="ඉඩම් රෙජිස්ට්‍රාර් කාර්යාලය — පත්‍රිකා උපුටා ගැනීම",
              lv="ZEMESGRĀMATAS NODALĪJUMA NORAKSTS", ru="ВЫПИСКА ИЗ РЕГИСТРАЦИОННОЙ КНИГИ о правах на недвижимое имущество",
              be="ВЫПІСКА З РЭГІСТРАЦЫЙНАЙ КНІГІ аб правах на нерухомую маёмасць", mk="ИМОТЕН ЛИСТ — Агенција за катастар на недвижности",
              fr="RÉPUBLIQUE DU SÉNÉGAL — CONSERVATION FONCIÈRE\nÉTAT DES DROITS RÉELS", es="JURISDICCIÓN INMOBILIARIA — REGISTRO DE TÍTULOS\nCERTIFICACIÓN DEL ESTADO JURÍDICO DEL INMUEBLE",
              pt="CONSERVATÓRIA DO REGISTO PREDIAL\nCERTIDÃO DE DESCRIÇÃO E INSCRIÇÕES", uz="KADASTR AGENTLIGI — KO'CHMAS MULK OBYEKTI KO'CHIRMASI",
              lo="ກົມທີ່ດິນ — ສຳເນົາໃບຕາດິນ")
    lbl = dict(parcel=t(en="Parcel / Folio No.", si="කැබලි අංකය", lv="Kadastra numurs", ru="Кадастровый номер", be="Кадастравы нумар",
                        mk="Катастарска парцела", fr="Titre foncier n°", es="Designación catastral", pt="Descrição n.º", uz="Kadastr raqami", lo="ເລກທີ່ດິນ"),
               loc_=t(en="Situated at", si="පිහිටීම", lv="Adrese", ru="Адрес объекта", be="Адрас аб'екта", mk="Адреса", fr="Situation",
                      es="Ubicación", pt="Situação", uz="Manzil", lo="ທີ່ຕັ້ງ"),
               coords=t(en="GPS (centroid)", si="GPS ඛණ්ඩාංක", lv="Koordinātas (LKS-92 → WGS84)", ru="Координаты (WGS-84)", be="Каардынаты (WGS-84)",
                        mk="Координати", fr="Coordonnées GPS", es="Coordenadas", pt="Coordenadas GPS", uz="Koordinatalar", lo="ພິກັດ GPS"),
               area=t(en="Extent", si="විශාලත්වය", lv="Platība", ru="Площадь", be="Плошча", mk="Површина", fr="Contenance", es="Superficie",
                      pt="Área", uz="Maydoni", lo="ເນື້ອທີ່"),
               owner=t(en="Registered proprietor", si="අයිතිකරු", lv="Īpašnieks", ru="Правообладатель", be="Праваўладальнік", mk="Сопственик",
                       fr="Propriétaire", es="Titular", pt="Titular inscrito", uz="Mulkdor", lo="ເຈົ້າຂອງ"),
               share=t(en="Share", si="කොටස", lv="Domājamā daļa", ru="Доля", be="Доля", mk="Удел", fr="Quote-part", es="Cuota", pt="Quota",
                       uz="Ulush", lo="ສ່ວນ"),
               enc=t(en="Encumbrances", si="බැඳීම්", lv="Apgrūtinājumi / ķīlas tiesības", ru="Обременения", be="Абцяжарванні", mk="Товари",
                     fr="Charges et hypothèques", es="Cargas y gravámenes", pt="Ónus e encargos", uz="Cheklovlar", lo="ພາລະຜູກພັນ"))
    b(title, "\n", f"{lbl['parcel']}: {parcel}\n", f"{lbl['loc_']}: ", ("address", addr[0]), "\n")
    if rng.random() < 0.75:
        b(f"{lbl['coords']}: ", ("gps", ctx.gps_near(town)), "\n")
    b(f"{lbl['area']}: {rng.randrange(200, 9000)} m²\n\n{lbl['owner']}: ", pe(owner.official() if ctx.lang in ('ru', 'be', 'uz', 'uzc') else owner.full()))
    b(f" ({ctx.L('dob')}: ", ("dob", ctx.date(owner.dob)), f"; {ctx.nid_word()}: ", ("national_id", ctx.nid(owner)), ")")
    if co:
        b(f" — {lbl['share']} 1/2\n{lbl['owner']}: ", pe(co.full()), f" — {lbl['share']} 1/2")
    b(f"\n{ctx.L('date')}: {ctx.date(ctx.some_date(2008, 2024))}\n\n{lbl['enc']}: ")
    bank = {"si_LK": "People's Bank", "uz_UZ": "Kapitalbank", "lv_LV": "AS Swedbank", "be_BY": "ОАО «Беларусбанк»", "mk_MK": "Стопанска банка АД Скопје",
            "fr_SN": "CBAO Groupe Attijariwafa bank", "es_DO": "Banco de Reservas", "en_UG": "Stanbic Bank Uganda Ltd", "lo_LA": "BCEL",
            "pt_MZ": "Millennium bim"}[loc]
    b(f"{bank} — {cur_amt(ctx, amt(ctx, 500, 20000))} ({ctx.date(ctx.some_date(2015, 2024))})\n")
    reg = ctx.person()
    b(f"\n{t(en='Registrar', si='රෙජිස්ට්‍රාර්', lv='Zemesgrāmatu nodaļas tiesnesis', ru='Регистратор', be='Рэгістратар', mk='Овластено лице', fr='Le Conservateur', es='Registrador de Títulos', pt='O Conservador', uz='Registrator', lo='ຫົວໜ້າຫ້ອງການທີ່ດິນ')}: ", pe(reg.full()))
    return b


# ------------------------------------------------------------------ tax clearance certificate
def tax_clearance_cert(ctx) -> B:
    rng, b, loc, t = ctx.rng, B(), ctx.loc, ctx.t
    p = ctx.person()
    addr, _ = ctx.address(2)
    head = {"si_LK": "INLAND REVENUE DEPARTMENT — SRI LANKA\nTAX CLEARANCE CERTIFICATE", "uz_UZ": "O'ZBEKISTON RESPUBLIKASI SOLIQ QO'MITASI\nSoliq qarzdorligi yo'qligi to'g'risida MA'LUMOTNOMA",
            "lv_LV": "VALSTS IEŅĒMUMU DIENESTS\nIZZIŅA par nodokļu parāda neesamību", "be_BY": "ИНСПЕКЦИЯ МНС по г. Минску\nСПРАВКА об отсутствии задолженности по налогам",
            "mk_MK": "УПРАВА ЗА ЈАВНИ ПРИХОДИ\nУВЕРЕНИЕ за платени даноци", "fr_SN": "DIRECTION GÉNÉRALE DES IMPÔTS ET DES DOMAINES\nATTESTATION DE RÉGULARITÉ FISCALE",
            "es_DO": "DIRECCIÓN GENERAL DE IMPUESTOS INTERNOS (DGII)\nCERTIFICACIÓN DE CUMPLIMIENTO DE OBLIGACIONES TRIBUTARIAS",
            "en_UG": "UGANDA REVENUE AUTHORITY\nTAX CLEARANCE CERTIFICATE", "lo_LA": "ກົມສ່ວຍສາອາກອນ\nໃບຢັ້ງຢືນການປະຕິບັດພັນທະອາກອນ",
            "pt_MZ": "AUTORIDADE TRIBUTÁRIA DE MOÇAMBIQUE\nCERTIDÃO DE QUITAÇÃO"}[loc]
    if ctx.lang == "uzc":
        head = uz_cyr(head)
    if loc == "be_BY" and ctx.lang == "be":
        head = "ІНСПЕКЦЫЯ МПЗ па г. Мінску\nДАВЕДКА аб адсутнасці запазычанасці па падатках"
    if loc == "si_LK" and ctx.lang == "si":
        head = "දේශීය ආදායම් දෙපාර්තමේන්තුව\nබදු නිෂ්කාශන සහතිකය"
    d = ctx.some_date(2024, 2025)
    b(head, f"\n{ctx.L('no')} {rng.randrange(10, 99)}-{rng.randrange(100000, 999999)}\n\n")
    b(f"{ctx.L('name')}: ", pe(p.official() if ctx.lang in ("ru", "be", "uz", "uzc") else p.full()), "\n")
    b(f"{ctx.tax_word() if loc not in ('si_LK', 'en_UG') else 'TIN'}: ", ("national_id", ctx.tax_id(True)), "\n")
    if rng.random() < 0.6:
        b(f"{ctx.nid_word()}: ", ("national_id", ctx.nid(p)), "\n")
    b(f"{ctx.L('address')}: ")
    add_address(b, addr, "\n" + " " * (len(ctx.L("address")) + 2))
    body = t(en="This is to certify that the above-named taxpayer has filed all returns due and has no outstanding tax liabilities as at the date of issue.",
             si="ඉහත නම් සඳහන් බදු ගෙවන්නා නිකුත් කළ දිනට කිසිදු හිඟ බද්දක් නොමැති බව සහතික කරමි.",
             uz="Ushbu ma'lumotnoma yuqorida ko'rsatilgan soliq to'lovchining berilgan sanaga soliq qarzdorligi yo'qligini tasdiqlaydi.",
             lv="Izziņa apliecina, ka nodokļu maksātājam izsniegšanas dienā nav nodokļu parāda, kas pārsniedz 150 EUR.",
             ru="Настоящая справка подтверждает отсутствие у плательщика задолженности по налогам, сборам и пеням на дату выдачи.",
             be="Гэтая даведка пацвярджае адсутнасць у плацельшчыка запазычанасці па падатках на дату выдачы.",
             mk="Се потврдува дека даночниот обврзник нема неплатени даночни обврски на денот на издавање.",
             fr="Il est certifié que le contribuable susnommé est à jour de ses obligations déclaratives et de paiement.",
             es="Se certifica que el contribuyente arriba indicado se encuentra al día en sus obligaciones tributarias.",
             pt="Certifica-se que o contribuinte acima identificado tem a sua situação tributária regularizada.",
             lo="ຂໍຢັ້ງຢືນວ່າຜູ້ເສຍອາກອນຂ້າງເທິງນີ້ ບໍ່ມີໜີ້ອາກອນຄ້າງຊຳລະ ນັບແຕ່ວັນອອກໃບຢັ້ງຢືນນີ້.")
    b(f"\n\n{body}\n\n{ctx.L('issued')}: {ctx.date(d)}\n{ctx.L('expires')}: {ctx.date(V.rand_date(rng, d.year + 1, d.year + 1))}\n")
    off = ctx.person()
    b(f"{ctx.L('signature')}: ", pe(off.full()), f"\n{t(en='Verification code', fr='Code de vérification', es='Código de verificación', pt='Código de validação', lv='Pārbaudes kods', ru='Код проверки', be='Код праверкі', mk='Код за проверка', uz='Tekshirish kodi', lo='ລະຫັດກວດສອບ', si='තහවුරු කිරීමේ කේතය')}: {V.hexs(rng, 4).upper()}-{V.hexs(rng, 4).upper()}-{V.hexs(rng, 4).upper()}")
    return b


# ------------------------------------------------------------------ pension statement
def pension_statement(ctx) -> B:
    rng, b, loc, t = ctx.rng, B(), ctx.loc, ctx.t
    p = ctx.person(dob=V.rand_date(rng, 1960, 1995))
    head = {"si_LK": "EMPLOYEES' PROVIDENT FUND — CENTRAL BANK OF SRI LANKA\nMember Statement of Account", "uz_UZ": "Jamg'arib boriladigan pensiya tizimi\nShaxsiy jamg'arib boriladigan pensiya hisob varag'i ko'chirmasi",
            "lv_LV": "VALSTS SOCIĀLĀS APDROŠINĀŠANAS AĢENTŪRA\nPārskats par valsts fondēto pensiju (2. līmenis)", "be_BY": "ФОНД СОЦИАЛЬНОЙ ЗАЩИТЫ НАСЕЛЕНИЯ\nВыписка из индивидуального лицевого счёта",
            "mk_MK": "ФОНД НА ПЕНЗИСКОТО И ИНВАЛИДСКОТО ОСИГУРУВАЊЕ\nИзвод од матична евиденција", "fr_SN": "INSTITUTION DE PRÉVOYANCE RETRAITE DU SÉNÉGAL (IPRES)\nRelevé individuel de carrière",
            "es_DO": "AFP — ESTADO DE CUENTA DE CAPITALIZACIÓN INDIVIDUAL", "en_UG": "NATIONAL SOCIAL SECURITY FUND (NSSF)\nMember Statement",
            "lo_LA": "ກອງທຶນປະກັນສັງຄົມແຫ່ງຊາດ\nໃບແຈ້ງຍອດເງິນສະສົມຂອງສະມາຊິກ", "pt_MZ": "INSTITUTO NACIONAL DE SEGURANÇA SOCIAL (INSS)\nExtracto de Remunerações e Contribuições"}[loc]
    if ctx.lang == "uzc":
        head = uz_cyr(head)
    if loc == "be_BY" and ctx.lang == "be":
        head = "ФОНД САЦЫЯЛЬНАЙ АБАРОНЫ НАСЕЛЬНІЦТВА\nВыпіска з індывідуальнага асабовага рахунку"
    addr, _ = ctx.address(2)
    b(head, "\n\n")
    name = p.official() if ctx.lang in ("ru", "be", "uz", "uzc") else p.full()
    b(f"{ctx.L('name')}: ", pe(name), "\n", f"{ctx.L('member')} {ctx.L('no')}: {V.digits(rng, 10)}\n")
    b(f"{ctx.L('dob')}: ", ("dob", ctx.date(p.dob)), f"\n{ctx.nid_word()}: ", ("national_id", ctx.nid(p)), "\n")
    b(f"{ctx.L('address')}:\n    ")
    add_address(b, addr, "\n    ")
    b(f"\n{ctx.L('mobile')}: ", ("phone", ctx.phone(True)))
    if rng.random() < 0.6:
        b(f"    {ctx.L('email')}: ", ("email", ctx.email(p)))
    per = t(en="Period", si="කාලය", uz="Davr", ru="Период", be="Перыяд", lv="Periods", mk="Период", fr="Période", es="Período", pt="Período", lo="ໄລຍະ")
    emp = t(en="Employer", si="සේවා යෝජකයා", uz="Ish beruvchi", ru="Страхователь", be="Страхавальнік", lv="Darba devējs", mk="Работодавач",
            fr="Employeur", es="Empleador", pt="Entidade empregadora", lo="ນາຍຈ້າງ")
    con = t(en="Contribution", si="දායකත්වය", uz="Badal", ru="Взносы", be="Узносы", lv="Iemaksas", mk="Придонес", fr="Cotisations",
            es="Aporte", pt="Contribuição", lo="ເງິນສົມທົບ")
    b(f"\n\n{per:<12}| {emp:<34}| {con}\n" + "-" * 66 + "\n")
    emps = {"si_LK": ["Dialog Axiata PLC", "Hayleys Fabric PLC", "Keells Super", "MAS Intimates (Pvt) Ltd"],
            "uz_UZ": ["«Uzbektelecom» AJ", "«Artel Electronics» MChJ", "«Korzinka» savdo tarmog'i", "Toshkent shahar hokimligi"],
            "lv_LV": ["AS Latvenergo", "SIA Rimi Latvia", "Rīgas Stradiņa universitāte", "SIA Lido"],
            "be_BY": ["ОАО «МАЗ»", "ОАО «Белшина»", "ЗАО «Санта Бремор»", "УЗ «5-я ГКБ»"],
            "mk_MK": ["Македонски Телеком АД", "Алкалоид АД Скопје", "ЈП Водовод и канализација", "Тинекс ДОО"],
            "fr_SN": ["Sonatel SA", "Compagnie Sucrière Sénégalaise", "Port Autonome de Dakar", "SENELEC"],
            "es_DO": ["Grupo Ramos, S.A.", "Banco Popular Dominicano", "Cervecería Nacional Dominicana", "Grupo Rica"],
            "en_UG": ["MTN Uganda Ltd", "Stanbic Bank Uganda", "Kakira Sugar Ltd", "Nile Breweries Ltd"],
            "lo_LA": ["ລັດວິສາຫະກິດໄຟຟ້າລາວ", "ທະນາຄານການຄ້າຕ່າງປະເທດລາວ", "ບໍລິສັດ ເບຍລາວ ຈຳກັດ", "Lao Telecom"],
            "pt_MZ": ["Cervejas de Moçambique, SA", "Mozal SARL", "Vodacom Moçambique", "EDM — Electricidade de Moçambique"]}[loc]
    y = rng.randrange(2012, 2020)
    tot = 0
    for k in range(rng.randrange(4, 9)):
        e = rng.choice(emps)
        a = rng.randrange(20, 400) * SCALE[loc]
        tot += a
        b(f"{y + k:<12}| {e:<34}| {a:,}\n".replace(",", SEP[loc]))
    b("-" * 66 + f"\n{ctx.L('total'):<12}| {'':<34}| {tot:,}\n".replace(",", SEP[loc]))
    acct = t(en="Payout account", si="ගෙවීම් ගිණුම", uz="To'lov hisob raqami", ru="Счёт для выплаты", be="Рахунак для выплаты",
             lv="Izmaksas konts", mk="Сметка за исплата", fr="Compte de paiement", es="Cuenta para desembolso", pt="Conta para pagamento", lo="ບັນຊີຮັບເງິນ")
    if loc in ("lv_LV", "be_BY", "mk_MK", "es_DO") or rng.random() < 0.3:
        b(f"\n{acct}: ", ("iban", ctx.iban()), "\n")
    else:
        b(f"\n{acct}: {V.digits(rng, 4)} {V.digits(rng, 4)} {V.digits(rng, 4)} ({t(en='local account', pt='NIB', fr='RIB', uz='hisob', lo='ບັນຊີ', si='ගිණුම')})\n")
    b(t(en="Please report any discrepancy within 30 days.", si="කිසියම් වෙනසක් ඇත්නම් දින 30 ක් ඇතුළත දන්වන්න.",
        uz="Tafovut bo'lsa, 30 kun ichida xabar bering.", ru="О расхождениях сообщите в течение 30 дней.", be="Пра разыходжанні паведаміце на працягу 30 дзён.",
        lv="Par neatbilstībām ziņojiet 30 dienu laikā.", mk="За несовпаѓања известете во рок од 30 дена.", fr="Toute contestation doit être signalée sous 30 jours.",
        es="Cualquier discrepancia debe reportarse en un plazo de 30 días.", pt="Qualquer divergência deve ser comunicada no prazo de 30 dias.",
        lo="ກະລຸນາແຈ້ງຄວາມຜິດພາດພາຍໃນ 30 ວັນ."))
    return b


# ------------------------------------------------------------------ arrival card
_NAT = {"si_LK": "SRI LANKAN", "uz_UZ": "UZBEKISTAN", "lv_LV": "LATVIA", "be_BY": "BELARUS", "mk_MK": "NORTH MACEDONIA",
        "fr_SN": "SÉNÉGAL", "es_DO": "DOMINICANA", "en_UG": "UGANDAN", "lo_LA": "LAO", "pt_MZ": "MOÇAMBICANA"}
_FLIGHTS = {"si_LK": ["UL 226", "UL 504", "QR 668", "EK 650"], "uz_UZ": ["HY 602", "HY 054", "TK 370"], "lv_LV": ["BT 302", "BT 652", "FR 2734"],
            "be_BY": ["B2 734", "B2 866"], "mk_MK": ["W6 4327", "TK 1003", "OS 775"], "fr_SN": ["HC 402", "AF 718", "TP 1479"],
            "es_DO": ["B6 509", "AA 1234", "IB 6501"], "en_UG": ["QU 301", "KQ 412", "ET 338"], "lo_LA": ["QV 635", "VN 921", "TG 570"],
            "pt_MZ": ["TM 1127", "SA 144", "TP 281"]}
_LOCS = ["si_LK", "uz_UZ", "lv_LV", "be_BY", "mk_MK", "fr_SN", "es_DO", "en_UG", "lo_LA", "pt_MZ"]


def arrival_card(ctx) -> B:
    from _v9b_text import Ctx
    rng, b, loc, t = ctx.rng, B(), ctx.loc, ctx.t
    home = rng.choice([x for x in _LOCS if x != loc]) if rng.random() < 0.6 else loc
    hc = Ctx(rng, home, "en" if home in ("si_LK", "en_UG", "lo_LA") else None)
    hc.lang = {"si_LK": "en", "lo_LA": "en", "uz_UZ": "uz", "be_BY": "be", "mk_MK": "en"}.get(home, hc.lang)
    p = hc.person()
    fam, giv = p.machine()
    head = t(en={"si_LK": "DEPARTMENT OF IMMIGRATION AND EMIGRATION — SRI LANKA\nARRIVAL CARD", "en_UG": "REPUBLIC OF UGANDA — DIRECTORATE OF CITIZENSHIP AND IMMIGRATION CONTROL\nARRIVAL DECLARATION", "lo_LA": "LAO PDR — IMMIGRATION ARRIVAL CARD / ບັດຂາເຂົ້າ"}.get(loc, "ARRIVAL CARD"),
             si="ශ්‍රී ලංකා ආගමන විගමන දෙපාර්තමේන්තුව — පැමිණීමේ කාඩ්පත / ARRIVAL CARD",
             uz="O'ZBEKISTON RESPUBLIKASI — KELISH KARTOCHKASI / ARRIVAL CARD",
             uzc="ЎЗБЕКИСТОН РЕСПУБЛИКАСИ — КЕЛИШ КАРТОЧКАСИ / ARRIVAL CARD", ru="МИГРАЦИОННАЯ КАРТА / MIGRATION CARD",
             be="МІГРАЦЫЙНАЯ КАРТКА / MIGRATION CARD", lv="IEBRAUCĒJA ANKETA / ARRIVAL CARD — Rīgas lidosta",
             mk="ПРИЈАВА ЗА ВЛЕЗ / ARRIVAL CARD", fr="RÉPUBLIQUE DU SÉNÉGAL — FICHE DE DÉBARQUEMENT / ARRIVAL CARD",
             es="REPÚBLICA DOMINICANA — FORMULARIO ÚNICO DE ENTRADA / E-TICKET", pt="REPÚBLICA DE MOÇAMBIQUE — CARTÃO DE DESEMBARQUE / ARRIVAL CARD",
             lo="ບັດຂາເຂົ້າ / ARRIVAL CARD")
    b(head, "\n\n")
    def bil(key, en):
        loc_l = ctx.L(key)
        return en if loc_l == en or ctx.lang == "en" else f"{loc_l} / {en}"
    b(f"1. {bil('surname', 'Surname')}: ", pe(fam), f"\n2. {bil('given', 'Given names')}: ", pe(giv), "\n")
    b(f"3. {bil('sex', 'Sex')}: {'F' if p.female else 'M'}\n")
    b(f"4. {bil('dob', 'Date of birth')}: ", ("dob", p.dob.strftime("%d/%m/%Y") if rng.random() < 0.6 else p.dob.strftime("%d %b %Y").upper()), "\n")
    b(f"5. {bil('nationality', 'Nationality')}: {_NAT[home]}\n")
    b(f"6. {bil('passport', 'Passport No.')}: ", ("national_id", hc.passport()), "\n")
    b(f"7. Flight / Vessel: {rng.choice(_FLIGHTS[loc])}    {ctx.L('date')}: {ctx.date(ctx.some_date(2024, 2025))}\n")
    addr, _ = ctx.address(1)
    b(f"8. {t(en='Address in country', si='ශ්‍රී ලංකාවේ ලිපිනය', uz='Bo‘lish manzili', ru='Адрес пребывания', be='Адрас знаходжання', lv='Uzturēšanās adrese', mk='Адреса на престој', fr='Adresse au Sénégal', es='Dirección en RD', pt='Endereço em Moçambique', lo='ທີ່ພັກໃນລາວ')} / Address: ", ("address", addr[0]), "\n")
    b(f"9. {bil('phone', 'Telephone')}: ", ("phone", ctx.phone(True)), f"   {bil('email', 'Email')}: ", ("email", hc.email(p).replace(" ", "")), "\n")
    b(f"10. {t(en='Purpose of visit', si='පැමිණීමේ අරමුණ', uz='Tashrif maqsadi', ru='Цель визита', be='Мэта візіту', lv='Brauciena mērķis', mk='Цел на посетата', fr='Motif du voyage', es='Motivo del viaje', pt='Motivo da viagem', lo='ຈຸດປະສົງ')}: "
      f"{rng.choice(['Tourism', 'Business', 'Visiting relatives', 'Conference', 'Transit'])}\n")
    b(f"{bil('signature', 'Signature')}: ________")
    return b
