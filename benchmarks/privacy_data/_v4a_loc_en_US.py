
"""en_US phrasings for eval_v4a (written for this set)."""

S = {
    "intro": ["This is {person} calling back about the leak under the sink.", "hey it's {first}!", "My name is {person} and I'm the new tenant in 4B.",
              "{person} here, we spoke on Tuesday.", "Booking under the name {last}, party of {amount}."],
    "phone": ["Ring me on {phone} after 5.", "cell: {phone}", "You can text/whatsapp {phone}.", "best # to reach me is {phone}",
              "Call the front desk at {phone} if the gate is locked."],
    "email": ["Send the forms to {email} please.", "my email changed, it's {email} now", "cc {email} on the quote"],
    "email_obf": ["write me at {email_obf}", "contact: {email_obf} (no spam pls)"],
    "addr": ["Ship it to {addr}.", "We moved! New place is {addr}", "pickup address: {addr}"],
    "dob": ["Date of birth {dob}.", "born {dob}", "DOB on the insurance card says {dob}."],
    "nid": ["{nid_label}: {nid}", "Her {nid_label} is {nid} if the portal asks."],
    "ssn": ["SSN {ssn}", "last time they asked for my social, it's {ssn}", "Social Security no. {ssn}"],
    "card": ["Charge the Visa ending... actually the full number is {card}", "card no {card}, exp 08/27"],
    "iban": [],
    "pwd": ["the wifi password is {pwd}", "temp password: {pwd} (change it on first login)", "pw {pwd}"],
    "token": ["export API_KEY={token}", "Authorization: Bearer {token}"],
    "ip4": ["the printer sits at {ip4}", "blocked login from {ip4}"],
    "ip6": ["gateway answers on {ip6}", "source addr {ip6}"],
    "mac": ["device MAC {mac}", "whitelist {mac} on the router"],
    "gps": ["drop pin: {gps}", "we're parked at {gps}"],
    "neg": ["Order {order} ships {date}.", "Invoice {invoice}, total {price}.", "Firmware {version} is out, build {hash}.",
            "The {product} is back in stock at {price}.", "{company} confirmed the install for {date} at {time}.",
            "Traffic on {street} is backed up again.", "ref {badcard} (not a card, that's the claim number)",
            "Box is {qty}, request id {uuid}.", "Meet in room {room}, {city} office.", "sensor says {sensor}"],
    "clean": ["Thanks so much!", "Running 10 min late, sorry", "Sounds good, see you then.", "Can you check again tomorrow?",
              "No rush on this.", "The kids loved it 😊"],
}
F = {
    "hello": ["Hi {first2},", "Dear {person2},", "Hello,", "Hey {first2} -"],
    "bye": ["Thanks,\n{first}", "Best,\n{person}", "Cheers, {first}", "-- \n{person}\n{phone}"],
    "wrote": ["On {date} at {time}, {person2} <{email2}> wrote:", "On {date}, {person2} wrote:"],
    "subject": ["Re: order {order}", "Re: Thursday", "Fwd: lease renewal", "Re: quick question"],
    "clinic_title": ["CLINIC NOTE - Family Medicine", "Visit summary / Urgent Care", "Progress note"],
    "clinic": ["Pt c/o sore throat x3 days, afebrile.", "BP 128/82, HR 74, SpO2 98%.", "Refill lisinopril 10 mg.", "Follow-up in 2 wks.",
               "Allergies: penicillin (rash)."],
    "courier": ["Driver note: leave at back door, dog is friendly", "No answer, card left in mailbox", "Signed for by {first}", "Gate code 4417#"],
    "crm": ["Call w/ {person}: wants to upgrade plan", "Left VM", "Customer annoyed about late delivery, offered 10% off", "Follow up next week"],
    "receipt_shop": ["WALGREENS #{n}", "TRADER JOE'S", "HOME DEPOT STORE {n}"],
    "receipt_items": ["MILK 2% GAL", "BANANAS 2.1 LB", "AA BATTERIES 8PK", "PAPER TOWELS", "OLIVE OIL"],
    "receipt_end": ["THANK YOU FOR SHOPPING", "RETURNS WITHIN 30 DAYS WITH RECEIPT"],
    "bank_title": ["Transfer confirmation", "Your wire has been sent"],
    "cal_summary": ["Dentist cleaning", "Parent-teacher conference", "Lease signing", "Quarterly review"],
    "chat_extra": ["lol ok", "omw 🚗", "k thx 👍", "wait what??", "np!"],
    "L": {"name": "Name", "first": "First name", "last": "Last name", "dob": "Date of birth", "addr": "Address", "phone": "Phone",
          "email": "Email", "card": "Card number", "iban": "IBAN", "pwd": "Password", "date": "Date", "total": "TOTAL", "ssn": "SSN",
          "sender": "From", "recipient": "Beneficiary", "amount": "Amount", "reference": "Memo", "notes": "Notes", "start": "Start date",
          "emergency": "Emergency contact", "position": "Position", "account": "Account", "patient": "Patient", "next": "Next appointment",
          "parcel": "Tracking", "deliver_to": "Deliver to",
          "nid": {"itin": "ITIN", "passport": "Passport No.", "licence": "Driver's license #"}},
}

# More cue wordings (added so cues vary within a locale).
S["phone"] += ["mob. {phone}", "text me at {phone} when you're outside", "(h) {phone}", "call/text: {phone}", "my number's {phone}, leave a vm"]
S["email"] += ["reach me by email: {email}", "Reply-To: {email}", "shoot me a note at {email}"]
S["dob"] += ["Birthday: {dob}", "D.O.B. {dob}", "he was born on {dob}"]
S["nid"] += ["{nid_label} {nid} (copy attached)", "for the background check: {nid_label} {nid}"]
S["pwd"] += ["login is my email, password {pwd}", "PW: {pwd}", "passcode {pwd}"]
S["addr"] += ["I'm at {addr} — 2nd floor, blue door", "Mailing address {addr}"]
