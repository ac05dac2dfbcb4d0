# ruff: noqa: RUF001 (full-width and non-Latin punctuation is intended: multilingual text)
"""Hard-negative styles (no personal data): weather bulletins, exam timetables, spec sheets."""

from _v7b_doc import Doc
from _v7b_places import STREET_ONLY, cities
from _v7b_styles_forms import some_date
from _v7b_values import lookalike

WX = {
    "en": ("WEATHER BULLETIN No.", "Max", "Min", "Humidity", "Wind", "Scattered showers expected along", "Issued"),
    "es": ("BOLETÍN METEOROLÓGICO N.º", "Máx", "Mín", "Humedad", "Viento", "Se esperan lluvias dispersas en", "Emitido"),
    "fr": ("BULLETIN MÉTÉO N°", "Max", "Min", "Humidité", "Vent", "Averses éparses attendues sur", "Émis le"),
    "ro": ("BULETIN METEOROLOGIC NR.", "Max", "Min", "Umiditate", "Vânt", "Se așteaptă averse izolate în zona", "Emis"),
    "sq": ("BULETINI I MOTIT NR.", "Maks", "Min", "Lagështia", "Era", "Pritet shi i shpërndarë përgjatë", "Lëshuar"),
    "el": ("ΔΕΛΤΙΟ ΚΑΙΡΟΥ Αρ.", "Μέγ.", "Ελάχ.", "Υγρασία", "Άνεμος", "Αναμένονται σποραδικές μπόρες στη", "Εκδόθηκε"),
    "ar": ("النشرة الجوية رقم", "العظمى", "الصغرى", "الرطوبة", "الرياح", "يتوقع هطول أمطار متفرقة على", "صدرت"),
    "zh": ("天氣報告 第", "最高", "最低", "濕度", "風", "預料以下地區有驟雨：", "發出時間"),
}  # fmt: skip
EXAM = {
    "en": ("EXAMINATION TIMETABLE - SEMESTER 2", "Course", "Room", "Time"),
    "es": ("CALENDARIO DE EXÁMENES - SEGUNDO QUIMESTRE", "Asignatura", "Aula", "Hora"),
    "fr": ("CALENDRIER DES EXAMENS - SEMESTRE 2", "Module", "Salle", "Heure"),
    "ro": ("ORARUL SESIUNII DE EXAMENE - SEMESTRUL II", "Disciplina", "Sala", "Ora"),
    "sq": ("ORARI I PROVIMEVE - SEMESTRI II", "Lënda", "Salla", "Ora"),
    "el": ("ΠΡΟΓΡΑΜΜΑ ΕΞΕΤΑΣΕΩΝ - ΕΑΡΙΝΟ ΕΞΑΜΗΝΟ", "Μάθημα", "Αίθουσα", "Ώρα"),
    "ar": ("جدول الامتحانات - الفصل الثاني", "المادة", "القاعة", "الوقت"),
    "zh": ("第二學期考試時間表", "科目", "課室", "時間"),
}  # fmt: skip
COURSES = ["MATH-201", "PHY-110", "CHEM-220", "ECON-101", "CS-340", "BIO-150", "STAT-230"]
SPEC = {
    "en": ("PRODUCT SPECIFICATION", "Model", "Power", "Weight", "Warranty", "Firmware", "Manufactured by"),
    "es": ("FICHA TÉCNICA", "Modelo", "Potencia", "Peso", "Garantía", "Firmware", "Fabricado por"),
    "fr": ("FICHE TECHNIQUE", "Modèle", "Puissance", "Poids", "Garantie", "Firmware", "Fabriqué par"),
    "ro": ("FIȘA TEHNICĂ A PRODUSULUI", "Model", "Putere", "Greutate", "Garanție", "Firmware", "Producător"),
    "sq": ("SPECIFIKIMET TEKNIKE", "Modeli", "Fuqia", "Pesha", "Garancia", "Firmware", "Prodhuar nga"),
    "el": ("ΤΕΧΝΙΚΑ ΧΑΡΑΚΤΗΡΙΣΤΙΚΑ", "Μοντέλο", "Ισχύς", "Βάρος", "Εγγύηση", "Firmware", "Κατασκευαστής"),
    "ar": ("المواصفات الفنية", "الطراز", "القدرة", "الوزن", "الضمان", "البرنامج الثابت", "الشركة المصنعة"),
    "zh": ("產品規格表", "型號", "功率", "重量", "保用", "韌體版本", "製造商"),
}  # fmt: skip


def s_weather(rng, loc, lang):
    t, mx, mn, hu, wi, showers, issued = WX[lang]
    d = Doc().t(f"{t} {rng.randint(100, 365)}\n\n")
    for city in cities(loc, lang):
        d.t(f"{city}: {mx} {rng.randint(24, 36)}°C / {mn} {rng.randint(10, 23)}°C, {hu} {rng.randint(40, 95)}%, "
            f"{wi} {rng.randint(5, 40)} km/h\n")  # fmt: skip
    d.t(
        f"\n{showers} {STREET_ONLY[loc]}.\nUV 9 · {rng.randint(990, 1025)} hPa\n{issued}: ",
        some_date(rng, lang, loc),
    )
    return d.t(f" {rng.randint(5, 18):02d}:00\n")


def s_exam(rng, loc, lang):
    t, course, room, time = EXAM[lang]
    d = Doc().t(f"{t}\n\n{course:<12}{room:<8}{time}\n")
    for c in rng.sample(COURSES, rng.randint(3, 6)):
        d.t(
            f"{c:<12}{rng.choice(['A', 'B', 'C'])}{rng.randint(101, 330):<7}",
            some_date(rng, lang, loc),
            f" {rng.choice(['08:00', '10:30', '14:00'])}\n",
        )
    return d.t(f"\nRef. {lookalike(rng)}\n")


def s_spec(rng, loc, lang):
    t, model, power, weight, warranty, fw, made = SPEC[lang]
    d = Doc().t(
        f"{t}\n{model}: XR-{rng.randint(100, 999)}{rng.choice('ABCX')}\n{power}: {rng.randint(500, 2400)} W\n"
    )
    d.t(
        f"{weight}: {rng.randint(1, 20)}.{rng.randint(0, 9)} kg\n{warranty}: 24\n{fw}: {rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}.{rng.randint(0, 9)}\n"
    )
    d.t(
        f"EAN 590{rng.randint(10**9, 10**10 - 1)}\nS/N {lookalike(rng)}\n{made}: Midea Group Co., Ltd.\n"
    )
    return d


STYLES = {"weather_bulletin": s_weather, "exam_timetable": s_exam, "spec_sheet": s_spec}
