# ruff: noqa: RUF001  (real texts in these scripts use characters that look like Latin ones)
"""Common form words per locale (hand-written): field labels used by several styles."""

_RAW = {
"th_TH": """
name=ชื่อ-สกุล; father=ชื่อบิดา; dob=วันเดือนปีเกิด; addr=ที่อยู่; phone=โทรศัพท์; email=อีเมล;
date=วันที่; sig=ลงชื่อ; amount=จำนวนเงิน; total=รวมทั้งสิ้น; baht=บาท; currency=THB; id=เลขประจำตัวประชาชน;
passport=หนังสือเดินทาง; thanks=ขอบคุณค่ะ; staff=เจ้าหน้าที่; note=หมายเหตุ; age=อายุ; years=ปี; time=เวลา;
mobile=มือถือ; signed=ผู้รับเงิน
""",
"ur_PK": """
name=نام; father=ولدیت; dob=تاریخ پیدائش; addr=پتہ; phone=فون; email=ای میل; date=تاریخ; sig=دستخط;
amount=رقم; total=کل رقم; baht=روپے; currency=PKR; id=شناختی کارڈ نمبر; passport=پاسپورٹ نمبر;
thanks=شکریہ; staff=عملہ; note=نوٹ; age=عمر; years=سال; time=وقت; mobile=موبائل; signed=وصول کنندہ
""",
"sw_KE": """
name=Jina; father=Jina la baba; dob=Tarehe ya kuzaliwa; addr=Anwani; phone=Simu; email=Barua pepe;
date=Tarehe; sig=Sahihi; amount=Kiasi; total=Jumla; baht=KSh; currency=KES; id=Nambari ya kitambulisho;
passport=Pasipoti; thanks=Asante; staff=Afisa; note=Maelezo; age=Umri; years=miaka; time=Saa;
mobile=Simu ya mkononi; signed=Aliyepokea
""",
"my_MM": """
name=အမည်; father=အဘအမည်; dob=မွေးသက္ကရာဇ်; addr=နေရပ်လိပ်စာ; phone=ဖုန်း; email=အီးမေးလ်;
date=ရက်စွဲ; sig=လက်မှတ်; amount=ငွေပမာဏ; total=စုစုပေါင်း; baht=ကျပ်; currency=MMK;
id=နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ်; passport=နိုင်ငံကူးလက်မှတ်; thanks=ကျေးဇူးတင်ပါတယ်; staff=တာဝန်ခံ;
note=မှတ်ချက်; age=အသက်; years=နှစ်; time=အချိန်; mobile=ဖုန်းနံပါတ်; signed=ငွေလက်ခံသူ
""",
"mn_MN": """
name=Овог нэр; father=Эцгийн нэр; dob=Төрсөн огноо; addr=Хаяг; phone=Утас; email=И-мэйл; date=Огноо;
sig=Гарын үсэг; amount=Дүн; total=Нийт дүн; baht=₮; currency=MNT; id=Регистрийн дугаар;
passport=Гадаад паспорт; thanks=Баярлалаа; staff=Ажилтан; note=Тайлбар; age=Нас; years=настай; time=Цаг;
mobile=Гар утас; signed=Хүлээн авсан
""",
"ne_NP": """
name=नाम थर; father=बुबाको नाम; dob=जन्म मिति; addr=ठेगाना; phone=फोन; email=इमेल; date=मिति;
sig=हस्ताक्षर; amount=रकम; total=जम्मा; baht=रु.; currency=NPR; id=नागरिकता प्रमाणपत्र नं.;
passport=राहदानी नं.; thanks=धन्यवाद; staff=कर्मचारी; note=कैफियत; age=उमेर; years=वर्ष; time=समय;
mobile=मोबाइल; signed=बुझिलिने
""",
"es_PY": """
name=Nombre y apellido; father=Nombre del padre; dob=Fecha de nacimiento; addr=Dirección; phone=Teléfono;
email=Correo; date=Fecha; sig=Firma; amount=Monto; total=Total; baht=Gs.; currency=PYG; id=C.I. N°;
passport=Pasaporte; thanks=Gracias; staff=Funcionario; note=Observación; age=Edad; years=años;
time=Hora; mobile=Celular; signed=Recibí conforme
""",
"en_NZ": """
name=Name; father=Father's name; dob=Date of birth; addr=Address; phone=Phone; email=Email; date=Date;
sig=Signed; amount=Amount; total=Total; baht=$; currency=NZD; id=IRD number; passport=Passport;
thanks=Cheers; staff=Staff; note=Notes; age=Age; years=yrs; time=Time; mobile=Mobile; signed=Received by
""",
"sk_SK": """
name=Meno a priezvisko; father=Meno otca; dob=Dátum narodenia; addr=Adresa; phone=Telefón; email=E-mail;
date=Dátum; sig=Podpis; amount=Suma; total=Spolu; baht=€; currency=EUR; id=Rodné číslo;
passport=Číslo OP; thanks=Ďakujem; staff=Pracovník; note=Poznámka; age=Vek; years=rokov; time=Čas;
mobile=Mobil; signed=Prijal(a)
""",
"hy_AM": """
name=Անուն ազգանուն; father=Հայրանուն; dob=Ծննդյան ամսաթիվ; addr=Հասցե; phone=Հեռախոս; email=Էլ. փոստ;
date=Ամսաթիվ; sig=Ստորագրություն; amount=Գումար; total=Ընդամենը; baht=դրամ; currency=AMD;
id=Անձնագիր; passport=Անձնագիր; thanks=Շնորհակալություն; staff=Աշխատակից; note=Նշում; age=Տարիք;
years=տարեկան; time=Ժամ; mobile=Բջջային; signed=Ստացավ
""",
}


def _parse(s: str) -> dict:
    out = {}
    for part in s.replace("\n", " ").split(";"):
        part = part.strip()
        if part:
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
    return out


LEX = {loc: _parse(s) for loc, s in _RAW.items()}
