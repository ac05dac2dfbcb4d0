# ruff: noqa: RUF001 - text in many scripts on purpose
"""hu_HU phrasings for eval_v4a (written for this set)."""

S = {
    "intro": ["{person} vagyok, a csőtörés miatt hívom vissza.", "szia, {first} vagyok!", "{person} a nevem, én vagyok az új bérlő a harmadikon.",
              "{person} beszél, kedden egyeztettünk.", "Foglalás {last} névre, {amount} főre."],
    "phone": ["Elérhető vagyok a {phone} számon este.", "mobil: {phone}", "tel/viber {phone}", "csörögj rám: {phone}", "Kérem, hívjon vissza a {phone} számon."],
    "email": ["A papírokat a {email} címre küldjék.", "új e-mail címem: {email}", "tegyétek másolatba: {email}"],
    "email_obf": ["e-mail: {email_obf}", "írj ide: {email_obf}"],
    "addr": ["Szállítási cím: {addr}", "Elköltöztünk, az új cím {addr}.", "Átvétel: {addr}, kapucsengő 14."],
    "dob": ["szül. {dob}", "születési idő: {dob}", "{dob} született"],
    "nid": ["{nid_label}: {nid}", "Kérem, rögzítsék: {nid_label} {nid}."],
    "card": ["kártya {card}, lejárat 09/27", "kártyaszám: {card}"],
    "iban": ["Kérem utaljon a {iban} számlára.", "IBAN: {iban}", "számlaszám (IBAN) {iban}"],
    "pwd": ["a wifi jelszó {pwd}", "jelszó: {pwd}", "ideiglenes jelszó {pwd}"],
    "token": ["export API_KEY={token}", "Authorization: Bearer {token}"],
    "ip4": ["a nyomtató a {ip4} címen van", "tiltva: {ip4}"],
    "ip6": ["a router IPv6 címe {ip6}", "forrás: {ip6}"],
    "mac": ["a laptop MAC címe: {mac}", "engedélyezd a {mac} eszközt"],
    "gps": ["találkozó: {gps}", "itt parkolunk: {gps}"],
    "neg": ["A {order} számú rendelés {date} indul.", "{invoice} számla, végösszeg {price}.", "Firmware {version} telepítve, commit {hash}.",
            "A {product} most {price}.", "A {company} {date} {time}-kor jön.", "Dugó van a {street} környékén.",
            "Ügyszám: {badcard}", "Csomag {qty}, azonosító {uuid}", "Megbeszélés a {room} teremben, {city} iroda.", "szenzor: {sensor}"],
    "clean": ["Köszi szépen!", "10 percet késem, bocsi", "Rendben, akkor találkozunk.", "Megnéznéd holnap újra?", "Nem sürgős.", "A gyerekek imádták 😊"],
}
F = {
    "hello": ["Kedves {first2}!", "Tisztelt Hölgyem/Uram!", "Jó napot, {person2}!", "Szia {first2}!"],
    "bye": ["Üdvözlettel:\n{person}", "Köszönöm,\n{first}", "Puszi, {first}", "-- \n{person}\nTel.: {phone}"],
    "wrote": ["{date} {time} időpontban {person2} <{email2}> ezt írta:", "{person2} írta ({date}):"],
    "subject": ["Re: {order} rendelés", "Re: csütörtöki időpont", "Fwd: bérleti szerződés", "Re: kérdés"],
    "clinic_title": ["Háziorvosi ambuláns lap", "Sürgősségi – triázs jegyzet", "Dekurzus"],
    "clinic": ["3 napja torokfájás, láztalan.", "RR 128/82, P 74.", "Recept megújítva.", "Kontroll 2 hét múlva.", "Allergia: penicillin."],
    "courier": ["Futár megjegyzés: a szomszédnál hagyható", "Senki nem volt otthon, értesítő a postaládában", "Átvette: {first}", "Kapukód 4417"],
    "crm": ["Hívás {person} ügyféllel: csomagot váltana", "Hangposta", "Ügyfél elégedetlen a késéssel, 10% kedvezményt ajánlottunk", "Visszahívni jövő héten"],
    "receipt_shop": ["SPAR MAGYARORSZÁG KFT.", "TESCO GLOBAL ZRT.", "OBI {n}"],
    "receipt_items": ["TEJ 2,8% 1L", "BANÁN", "ELEM AA 8DB", "PAPÍRTÖRLŐ", "OLÍVAOLAJ"],
    "receipt_end": ["KÖSZÖNJÜK A VÁSÁRLÁST!", "NYUGTA"],
    "bank_title": ["Átutalás visszaigazolása", "Az átutalás teljesült"],
    "cal_summary": ["Fogkőeltávolítás", "Szülői értekezlet", "Lakásátadás", "Negyedéves értékelés"],
    "chat_extra": ["haha oké", "úton vagyok 🚗", "oké köszi 👍", "mi??", "semmi gond!"],
    "L": {"name": "Név", "first": "Utónév", "last": "Vezetéknév", "dob": "Születési dátum", "addr": "Lakcím", "phone": "Telefonszám",
          "email": "E-mail", "card": "Kártyaszám", "iban": "IBAN", "pwd": "Jelszó", "date": "Dátum", "total": "ÖSSZESEN", "ssn": "SSN",
          "sender": "Megbízó", "recipient": "Kedvezményezett", "amount": "Összeg", "reference": "Közlemény", "notes": "Megjegyzés",
          "start": "Belépés dátuma", "emergency": "Értesítendő személy", "position": "Munkakör", "account": "Számla", "patient": "Beteg",
          "next": "Következő időpont", "parcel": "Csomagszám", "deliver_to": "Címzett",
          "nid": {"taxid": "adóazonosító jel", "taj": "TAJ-szám", "idcard": "személyi igazolvány száma"}},
}

# További megfogalmazások, hogy a kulcsszavak változzanak.
S["phone"] += ["tel.: {phone}", "mobilszámom {phone}", "hívj a {phone} számon", "vezetékes: {phone}", "telefon/SMS: {phone}"]
S["email"] += ["válasz a {email} címre", "e-mail címem: {email}", "levélben: {email}"]
S["dob"] += ["születtem {dob}", "szül. dátum: {dob}", "születésnap: {dob}"]
S["nid"] += ["csatolom: {nid_label} {nid}", "{nid_label}: {nid} (másolat mellékelve)"]
S["pwd"] += ["felhasználó az e-mail, jelszó {pwd}", "pw: {pwd}", "a fiók jelszava {pwd}"]
S["addr"] += ["lakcímem: {addr}", "postacím: {addr}"]
