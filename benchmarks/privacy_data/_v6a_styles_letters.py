# ruff: noqa: RUF001  (real texts use en dashes, typographic quotes and the times sign)
"""Written prose for eval_v6a: clinic referrals, death notices, support-call notes, order emails,
real-estate listings, job applications (per-language templates written by hand)."""

from __future__ import annotations

from _v6a_ctx import Ctx
from _v6a_doc import Doc
from _v6a_lang import L, money
from _v6a_values import masked_card, order_no, tracking

REFERRAL = {
    "en": "Dear Dr {doc}\n\nRe: {pat} (DOB {dob}), {nid_l} {nid}\n\nThank you for seeing this "
    "patient with a 3-week history of epigastric pain. Bloods on {d1} were normal. "
    "She/he can be reached on {ph}.\n\nKind regards\nDr {me}\n{clinic}",
    "is": "Kæri {doc}\n\nTilvísun: {pat}, kt. {nid}, f. {dob}\nSjúklingur hefur haft verki í "
    "kviðarholi í þrjár vikur. Blóðprufur {d1} eðlilegar. Sími sjúklings: {ph}.\n\n"
    "Með kveðju,\n{me}, heimilislæknir\n{clinic}",
    "es": "Estimado Dr. {doc}:\n\nDerivo a {pat}, {nid_l} {nid}, nacido(a) el {dob}, por dolor "
    "epigástrico de 3 semanas. Exámenes del {d1} sin alteraciones. Fono contacto: {ph}.\n\n"
    "Atte.,\nDra. {me}\n{clinic}",
    "fr": "Cher Confrère, Docteur {doc},\n\nJe vous adresse {pat}, né(e) le {dob} ({nid_l} {nid}), "
    "pour des douleurs épigastriques depuis 3 semaines. Bilan sanguin du {d1} normal. "
    "GSM du patient : {ph}.\n\nConfraternellement,\nDr {me}\n{clinic}",
    "it": "Egregio Dr. {doc},\n\nle invio {pat}, nato/a il {dob}, {nid_l} {nid}, per dolori "
    "epigastrici da 3 settimane. Esami del {d1} nella norma. Recapito: {ph}.\n\n"
    "Cordiali saluti\nDr.ssa {me}\n{clinic}",
    "sl": "Spoštovani dr. {doc},\n\nnapotujem pacienta {pat}, roj. {dob}, {nid_l} {nid}, zaradi "
    "bolečin v epigastriju, ki trajajo 3 tedne. Izvidi krvi z dne {d1} so v mejah normale. "
    "Kontakt: {ph}.\n\nLep pozdrav,\n{me}, dr. med.\n{clinic}",
    "et": "Lugupeetud dr {doc}\n\nSuunan teie vastuvõtule patsiendi {pat} (sünd. {dob}, "
    "isikukood {nid}). Kaebused: epigastriline valu 3 nädalat. Vereanalüüsid {d1} "
    "normis. Telefon: {ph}.\n\nLugupidamisega\ndr {me}\n{clinic}",
    "ka": "ბატონო {doc},\n\nგიგზავნით პაციენტს {pat}, დაბ. {dob}, პ/ნ {nid}. ჩივის "
    "ეპიგასტრიუმის ტკივილს 3 კვირის განმავლობაში. {d1}-ის ანალიზები ნორმაშია. "
    "ტელ: {ph}.\n\nპატივისცემით,\nექიმი {me}\n{clinic}",
    "az": "Hörmətli həkim {doc},\n\n{pat} (doğum tarixi {dob}, {nid_l} {nid}) adlı xəstəni "
    "3 həftədir davam edən epiqastral ağrı ilə Sizə göndərirəm. {d1} tarixli analizlər "
    "normadadır. Əlaqə nömrəsi: {ph}.\n\nHörmətlə,\nHəkim {me}\n{clinic}",
}
CLINIC = {
    "en": "Sunninghill Family Practice",
    "is": "Heilsugæslan Hlíðum",
    "es": "CESFAM Dr. Salvador Allende",
    "fr": "Maison médicale du Midi",
    "it": "Studio medico Cassarate",
    "sl": "ZD Ljubljana Šiška",
    "et": "Kesklinna Perearstikeskus",
    "ka": "ავერსის კლინიკა",
    "az": "Mərkəzi Klinika",
}


def clinic_referral(c: Ctx, d: Doc) -> None:
    r = c.rng
    pat, doc, me = c.person(), c.person(), c.person()
    lbl, nid = c.nid(pat, which="id")
    d.f(
        REFERRAL[c.lang],
        doc=c.p(doc.family),
        pat=c.p(pat.full),
        dob=c.dob(pat),
        nid_l=lbl,
        nid=nid,
        d1=c.other_date(),
        ph=c.phone(),
        me=c.p(me.full),
        clinic=CLINIC[c.lang],
    )
    if r.random() < 0.3:
        d.t(f"\nRef. {order_no(r)}")


DEATH = {
    "en": "It is with great sadness that we announce the passing of\n{n}\n({dob} – {dod})\n"
    "Beloved husband/wife of {sp} and father/mother of {ch}.\nMemorial service at "
    "{church} on {d2}. Enquiries: {ph}.",
    "is": "Ástkær {rel} okkar,\n{n}\nfædd(ur) {dob}, lést {dod}.\nÚtförin fer fram frá "
    "{church} {d2}. {sp}, {ch} og fjölskylda.",
    "es": "Con profundo dolor comunicamos el sensible fallecimiento de nuestro(a) querido(a)\n"
    "{n}\n(Q.E.P.D.) nacido(a) el {dob}.\nSus restos son velados en {church}. Funeral el "
    "{d2}. Esposo(a) {sp}, hijos {ch}. Contacto {ph}.",
    "fr": "Madame, Monsieur {sp} et leurs enfants {ch} ont la douleur de vous faire part du "
    "décès de\n{n}\nné(e) le {dob} et décédé(e) le {dod}.\nLes funérailles auront lieu en "
    "{church} le {d2}. Condoléances : {ph}.",
    "it": "Annuncio funebre\n\nÈ mancato all'affetto dei suoi cari\n{n}\n(nato/a il {dob})\n"
    "Ne danno il triste annuncio {sp} e {ch}. Funerale presso {church} il {d2}.",
    "sl": "Sporočamo žalostno vest, da nas je zapustil(a) naš(a) dragi(a)\n{n}\nroj. {dob}\n"
    "Pogreb bo {d2} na {church}. Žalujoči: {sp}, {ch}. Info: {ph}.",
    "et": "Mälestame kallist\n{n}\n{dob} – {dod}\nLeinavad {sp} ja {ch}. Ärasaatmine {d2} "
    "{church}.",
    "ka": "ღრმა მწუხარებით ვიუწყებით\n{n}\n(დაბ. {dob})\nგარდაცვალებას. დაკრძალვა "
    "შედგება {d2}, {church}. ოჯახი: {sp}, {ch}. ტელ. {ph}",
    "az": "Dərin kədərlə bildiririk ki,\n{n}\n({dob} təvəllüdlü) {dod} tarixində vəfat edib.\n"
    "Dəfn mərasimi {d2} tarixində {church}. Ailəsi: {sp}, {ch}. Əlaqə: {ph}",
}
CHURCH = {
    "en": "St George's Anglican Church",
    "is": "Hallgrímskirkju",
    "es": "Parroquia San Ignacio",
    "fr": "l'église Saint-Jacques",
    "it": "chiesa di San Lorenzo",
    "sl": "Žalah",
    "et": "Tallinna Kaarli kirikust",
    "ka": "ვაკის სასაფლაოზე",
    "az": "II Fəxri Xiyabanda",
}


def death_notice(c: Ctx, d: Doc) -> None:
    r = c.rng
    from _v6a_people import dob_date

    n = c.person(born=dob_date(r, 1925, 1965))
    sp = c.person()
    kids = [c.person() for _ in range(r.randint(1, 3))]
    kid_vals = {}
    tpl = DEATH[c.lang].replace(
        "{ch}",
        " ".join(f"{{k{i}}}" if i == 0 else f", {{k{i}}}" for i in range(len(kids))).replace(
            " ,", ","
        ),
    )
    for i, k in enumerate(kids):
        kid_vals[f"k{i}"] = c.p(k.given if r.random() < 0.6 else k.full)
    import datetime as dt

    dod = dt.date(2026, r.randint(1, 11), r.randint(1, 20))
    d2 = dod + dt.timedelta(days=r.randint(3, 9))
    rel = ("faðir og afi" if n.male else "móðir og amma") if c.lang == "is" else ""
    d.f(
        tpl,
        n=c.p(n.full),
        dob=c.dob(n, long=r.random() < 0.5),
        dod=c.date_str(dod),
        sp=c.p(sp.given),
        church=CHURCH[c.lang],
        d2=c.date_str(d2),
        ph=c.phone(),
        rel=rel,
        **kid_vals,
    )


NEWCARD = {
    "en": "card replaced, new",
    "is": "nýtt kort",
    "es": "tarjeta reemplazada, nueva",
    "fr": "carte remplacée, nouvelle",
    "it": "carta sostituita, nuova",
    "sl": "kartica zamenjana, nova",
    "et": "kaart vahetatud, uus",
    "ka": "ბარათი შეიცვალა, ახალი",
    "az": "kart dəyişdirildi, yeni",
}

SUPPORT = {
    "en": "call notes {ts} agent {ag}\ncust {n} called re: double debit on card ending {mask}. "
    "verified via ID {nid} + dob {dob}. new cell {ph}, email {e}. escalated to billing.",
    "is": "símtal {ts} – {ag}\n{n} hringdi vegna tvígjaldfærslu (kort {mask}). staðfest kt. "
    "{nid}. nýtt símanúmer {ph}, netfang {e}. sent áfram á reikningsdeild",
    "es": "llamada {ts} ejecutivo {ag}\ncliente {n} llama por doble cobro tarjeta {mask}. "
    "valida identidad con {nid_l} {nid} y fecha nac {dob}. nuevo fono {ph}, correo {e}. "
    "se deriva a cobranza",
    "fr": "appel {ts} agent {ag}\nclient {n} appelle pour double prélèvement carte {mask}. "
    "identité vérifiée (NN {nid}, né le {dob}). nouveau gsm {ph}, mail {e}. transmis "
    "au service facturation",
    "it": "chiamata {ts} operatore {ag}\ncliente {n} segnala doppio addebito carta {mask}. "
    "verificato AVS {nid} e data nascita {dob}. nuovo natel {ph}, mail {e}. inoltrato "
    "alla fatturazione",
    "sl": "klic {ts} agent {ag}\nstranka {n} klice zaradi dvojne bremenitve kartice {mask}. "
    "preverjeno {nid_l} {nid}, dat. roj. {dob}. nova st. {ph}, mail {e}. posredovano "
    "v obracun",
    "et": "kõne {ts} agent {ag}\nklient {n} helistas topelt kaardimakse pärast ({mask}). "
    "isik tuvastatud IK {nid} + sünniaeg {dob}. uus tel {ph}, e-post {e}. edastatud "
    "arveldusse",
    "ka": "ზარი {ts} ოპერატორი {ag}\nკლიენტი {n} რეკავს ორმაგი ჩამოჭრის გამო, ბარათი {mask}. "
    "პ/ნ {nid}, დაბ. {dob}. ახალი ნომერი {ph}, დადასტურება გაეგზავნა {e}-ზე. გადაეცა ბილინგს",
    "az": "zəng {ts} operator {ag}\nmüştəri {n} kartdan ({mask}) iki dəfə silinmə ilə bağlı "
    "zəng edib. {nid_l} {nid}, d.t. {dob} ilə yoxlanıldı. yeni nömrə {ph}-ə SMS göndərildi, email {e}. "
    "billinq şöbəsinə ötürüldü",
}


def support_call_notes(c: Ctx, d: Doc) -> None:
    r = c.rng
    n, ag = c.person(), c.person()
    lbl, nid = c.nid(n, which="id")
    casual = r.random() < 0.4
    name = n.full.lower() if casual else n.full
    d.f(
        SUPPORT[c.lang],
        ts=f"{c.other_date(long=False)} {r.randint(8, 19)}:{r.randint(0, 59):02d}",
        ag=c.p(ag.given),
        n=c.p(name),
        mask=masked_card(r)[-4:],
        nid_l=lbl,
        nid=nid,
        dob=c.dob(n, long=False),
        ph=c.phone(),
        e=c.email_of(n, spoken=r.random() < 0.35),
    )
    if r.random() < 0.35:
        d.f(
            "\n-> " + NEWCARD[c.lang] + ": {cd} exp {x}",
            cd=c.card(),
            x=f"{r.randint(1, 12):02d}/{r.randint(27, 31)}",
        )
    if r.random() < 0.3:
        d.f("\ncb requested to {ph2}", ph2=c.phone())


ORDER = {
    "en": "Hi {g},\n\nThanks for your order {o}! It ships to:\n",
    "is": "Hæ {g},\n\ntakk fyrir pöntunina {o}. Sendist á:\n",
    "es": "Hola {g}:\n\n¡Gracias por tu compra! Pedido {o}. Dirección de despacho:\n",
    "fr": "Bonjour {g},\n\nMerci pour votre commande {o} ! Livraison à :\n",
    "it": "Ciao {g},\n\ngrazie per l'ordine {o}! Spedizione a:\n",
    "sl": "Pozdravljeni, {g}!\n\nHvala za naročilo {o}. Dostava na naslov:\n",
    "et": "Tere, {g}!\n\nAitäh tellimuse {o} eest! Tarneaadress:\n",
    "ka": "გამარჯობა {g},\n\nგმადლობთ შეკვეთისთვის {o}! მიწოდების მისამართი:\n",
    "az": "Salam {g},\n\n{o} nömrəli sifarişiniz üçün təşəkkür edirik! Çatdırılma ünvanı:\n",
}


def order_email(c: Ctx, d: Doc) -> None:
    r, lab = c.rng, L[c.lang]
    p = c.person()
    d.f(ORDER[c.lang], g=c.p(p.given), o="#" + order_no(r))
    d.v("person", p.full).t("\n")
    for ln in c.address_lines():
        d.v("address", ln).t("\n")
    d.f("{l}: {ph}\n\n", l=lab["phone"], ph=c.phone())
    for _ in range(r.randint(1, 3)):
        d.t(
            f"1 × {r.choice(['Samsung Galaxy A35', 'Levi’s 501', 'Nespresso Vertuo', 'LEGO 42151', 'Xiaomi Redmi 13'])}"
            f"  {money(r, c.loc, 10, 600)}\n"
        )
    d.t(f"{lab['total']}: {money(r, c.loc, 20, 900)}  ({masked_card(r)})\n")
    d.t(f"Tracking: {tracking(r)}\n")


LISTING = {
    "en": "FOR SALE – 3 bed family home in {area}\nWalking distance to {lm}. Double garage, "
    "pool, fibre. {price}. Viewing by appointment only: {ag} {ph} / {e}",
    "is": "TIL SÖLU – 4ra herbergja íbúð í {area}\nStutt í {lm}. Nýlegt eldhús, svalir. "
    "Verð {price} Nánari upplýsingar: {ag}, löggiltur fasteignasali, s. {ph}, {e}",
    "es": "VENDO depto 3D2B en {area}\nA pasos de {lm}. Estacionamiento y bodega. {price}. "
    "Visitas coordinar con {ag} al {ph} o {e}",
    "fr": "À VENDRE – maison 3 chambres à {area}\nProche de {lm}. Jardin, PEB C. {price}. "
    "Visites : {ag} – {ph} – {e}",
    "it": "VENDESI appartamento 4.5 locali a {area}\nVicino a {lm}. Terrazza vista lago. "
    "{price}. Info e visite: {ag}, {ph}, {e}",
    "sl": "PRODAM 3-sobno stanovanje, {area}\nBlizu {lm}. Balkon, parkirno mesto. {price}. "
    "Ogledi po dogovoru: {ag}, {ph}, {e}",
    "et": "MÜÜA 3-toaline korter, {area}\nLähedal {lm}. Rõdu, parkimiskoht. {price}. "
    "Info ja näitamine: {ag} {ph}, {e}",
    "ka": "იყიდება 3-ოთახიანი ბინა, {area}\n{lm}-თან ახლოს. აივანი, პარკინგი. {price}. "
    "დაგვიკავშირდით: {ag} {ph}, {e}",
    "az": "SATILIR 3 otaqlı mənzil, {area}\n{lm} yaxınlığında. Təmirli, kupçalı. {price}. "
    "Əlaqə: {ag} {ph}, {e}",
}


def real_estate_listing(c: Ctx, d: Doc) -> None:
    r = c.rng
    ag = c.person()
    area = c.street_only() + ", " + c.city_name() if r.random() < 0.5 else c.city_name()
    d.f(
        LISTING[c.lang],
        area=area,
        lm=c.landmark(),
        price=money(r, c.loc, 90000, 600000),
        ag=c.p(ag.full),
        ph=c.phone(),
        e=c.email_of(ag, domain=r.choice(["remax.net", "gmail.com"]), spoken=r.random() < 0.2),
    )
    d.t(f"\nRef {order_no(r)}")


JOB = {
    "en": "Subject: Application – Junior Accountant (ref {ref})\n\nGood day,\n\nPlease find "
    "attached my CV for the above position. I hold a BCom from UNISA and have two years of "
    "articles. I am available on {ph} or at {e}.\n\nRegards,\n{n}\n{a}",
    "is": "Efni: Umsókn um starf bókara ({ref})\n\nGóðan dag,\n\nmeðfylgjandi er ferilskrá mín. "
    "Ég er með BS í viðskiptafræði frá HÍ. Hægt er að ná í mig í síma {ph} eða á {e}.\n\n"
    "Kveðja,\n{n}\n{a}",
    "es": "Asunto: Postulación Analista Contable (ref {ref})\n\nEstimados:\n\nAdjunto mi CV para "
    "el cargo. Soy contador auditor titulado y tengo 2 años de experiencia. Quedo atento(a) "
    "al {ph} o {e}.\n\nSaludos,\n{n}\n{a}",
    "fr": "Objet : Candidature – comptable junior (réf. {ref})\n\nMadame, Monsieur,\n\nVeuillez "
    "trouver ci-joint mon CV. Titulaire d'un bachelier en comptabilité, je suis joignable "
    "au {ph} ou par mail : {e}.\n\nCordialement,\n{n}\n{a}",
    "it": "Oggetto: Candidatura contabile junior (rif. {ref})\n\nGentili signore e signori,\n\n"
    "allego il mio CV. Ho un diploma SUPSI in economia aziendale. Resto raggiungibile al "
    "{ph} o a {e}.\n\nDistinti saluti\n{n}\n{a}",
    "sl": "Zadeva: Prijava na delovno mesto računovodja (št. {ref})\n\nSpoštovani,\n\nv prilogi "
    "pošiljam življenjepis. Sem diplomirana ekonomistka (EF UL). Dosegljiva sem na {ph} "
    "ali {e}.\n\nLep pozdrav,\n{n}\n{a}",
    "et": "Teema: Kandideerimine raamatupidaja ametikohale ({ref})\n\nTere!\n\nLisan oma CV. "
    "Olen lõpetanud TalTechi majandusteaduskonna. Minuga saab ühendust {ph} või {e}.\n\n"
    "Parimate soovidega\n{n}\n{a}",
    "ka": "თემა: განაცხადი ბუღალტრის ვაკანსიაზე ({ref})\n\nმოგესალმებით,\n\nგიგზავნით ჩემს CV-ს. "
    "დავამთავრე თსუ-ს ეკონომიკის ფაკულტეტი. ჩემი ნომერია {ph}, მეილი {e}.\n\n"
    "პატივისცემით,\n{n}\n{a}",
    "az": "Mövzu: Mühasib vakansiyası üzrə müraciət ({ref})\n\nSalam,\n\nCV-mi əlavə edirəm. "
    "UNEC-in iqtisadiyyat fakültəsini bitirmişəm. Mənimlə {ph} nömrəsi və ya {e} ilə "
    "əlaqə saxlaya bilərsiniz.\n\nHörmətlə,\n{n}\n{a}",
}


def job_application(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    d.f(
        JOB[c.lang],
        ref=f"{r.randint(100, 999)}/{r.randint(2025, 2026)}",
        ph=c.phone(),
        e=c.email_of(p, spoken=r.random() < 0.15),
        n=c.p(p.full),
        a=c.address(),
    )
    if r.random() < 0.3:
        d.f("\n{l}: {v}", l=L[c.lang]["dob"], v=c.dob(p))


RIDE = {
    "en": ("Trip receipt", "Driver", "Pickup", "Drop-off"),
    "is": ("Kvittun fyrir ferð", "Bílstjóri", "Sótt", "Skilað"),
    "es": ("Recibo de viaje", "Conductor", "Origen", "Destino"),
    "fr": ("Reçu de course", "Chauffeur", "Départ", "Arrivée"),
    "it": ("Ricevuta corsa", "Autista", "Partenza", "Arrivo"),
    "sl": ("Potrdilo o vožnji", "Voznik", "Prevzem", "Cilj"),
    "et": ("Sõidu kviitung", "Juht", "Algus", "Sihtkoht"),
    "ka": ("მგზავრობის ქვითარი", "მძღოლი", "აყვანა", "ჩამოსვლა"),
    "az": ("Səfər qəbzi", "Sürücü", "Götürmə", "Düşmə"),
}


def ride_receipt(c: Ctx, d: Doc) -> None:
    r = c.rng
    t, drv, a, b = RIDE[c.lang]
    c.one_city = True
    rider, driver = c.person(), c.person()
    d.t(f"{r.choice(['Bolt', 'Uber', 'Cabify', 'DiDi', 'Yandex Go', 'Hopp'])} · {t}\n")
    d.f("{g}, {x}\n", g=c.p(rider.given), x=c.other_date(long=True))
    d.f(
        "{a}: {pa} ({g1})\n{b}: {pb}\n",
        a=a,
        pa=c.address(),
        g1=c.gps(),
        b=b,
        pb=c.address() if r.random() < 0.6 else c.landmark(),
    )
    plate = f"{r.choice('ABCKLMPT')}{r.choice('ABCKLMPT')} {r.randint(100, 999)}"
    d.f(
        "{dr}: {n} · {plate} · ★{st}\n",
        dr=drv,
        n=c.p(driver.given),
        plate=plate,
        st=f"{r.uniform(4.5, 5):.2f}",
    )
    d.t(f"{L[c.lang]['total']}: {money(r, c.loc, 3, 40)}  {masked_card(r)}\n")
    if r.random() < 0.3:
        d.f("{l}: {e}\n", l=L[c.lang]["email"], e=c.email_of(rider))


def meeting_minutes(c: Ctx, d: Doc) -> None:
    r = c.rng
    ppl = [c.person() for _ in range(r.randint(3, 5))]
    d.t(f"# Meeting minutes – {c.other_date(long=False)}\n\n**Attendees:** ")
    for i, p in enumerate(ppl):
        if i:
            d.t(", ")
        d.v("person", p.full if r.random() < 0.7 else p.given)
    d.t(
        f"\n\n## Decisions\n- release {r.randint(1, 9)}.{r.randint(0, 20)} goes out {c.other_date(long=True)}\n"
        f"- budget {money(r, c.loc, 1000, 20000)} approved\n\n## Action items\n"
    )
    d.f(
        "- [ ] {n}: call the landlord ({ph}) about the {st} office\n",
        n=c.p(ppl[0].given),
        ph=c.phone(),
        st=c.street_only(),
    )
    d.f("- [ ] {n}: send the VPN config to {e}\n", n=c.p(ppl[1].given), e=c.email_of(ppl[-1]))
    if r.random() < 0.4:
        d.f("- [x] wifi guest pw changed → `{pw}`\n", pw=c.password())
