# ruff: noqa: RUF001  (real texts use en dashes, typographic quotes and the times sign)
"""Texts with no personal data for eval_v6a (hard negatives), and look-alike lines."""

from __future__ import annotations

import datetime as dt

from _v6a_ctx import Ctx
from _v6a_doc import Doc
from _v6a_lang import money
from _v6a_values import git_hash, masked_card, order_no, product_code, tracking, uuid4, version

CO = {
    "en_ZA": ["Shoprite Holdings", "Naidoo Engineering (Pty) Ltd", "Discovery Health"],
    "is_IS": ["Jónsson & Co ehf.", "Marel hf.", "Össur"],
    "es_CL": ["Falabella S.A.", "Constructora Rojas Ltda.", "Entel"],
    "es_PE": ["Quispe Import SAC", "Backus", "Interbank"],
    "fr_BE": ["Dubois & Fils SPRL", "Colruyt", "Proximus"],
    "it_CH": ["Müller Impianti SA", "Migros Ticino", "Banca Stato"],
    "sl_SI": ["Novak d.o.o.", "Krka d.d.", "Petrol"],
    "et_EE": ["Tamm & Kask OÜ", "Bolt Technology", "Eesti Energia"],
    "ka_GE": ["ბერიძე და კომპანია", "თიბისი ბანკი", "ნიკორა"],
    "az_AZ": ["Əliyev Qrup MMC", "Azercell", "Bravo Supermarket"],
}

ROADWORKS = {
    "en": "Roadworks notice: {st} will be closed between {d1} and {d2} for pipe replacement. "
    "Detour via {st2}. Ref {ref}.",
    "is": "Tilkynning: {st} verður lokuð frá {d1} til {d2} vegna lagnaframkvæmda. Hjáleið um "
    "{st2}. Mál nr. {ref}.",
    "es": "Aviso: {st} permanecerá cerrada entre el {d1} y el {d2} por obras de alcantarillado. "
    "Desvío por {st2}. Folio {ref}.",
    "fr": "Avis de travaux : la {st} sera fermée du {d1} au {d2}. Déviation par la {st2}. "
    "Réf. {ref}.",
    "it": "Avviso: {st} chiusa al traffico dal {d1} al {d2} per lavori. Deviazione per {st2}. "
    "Rif. {ref}.",
    "sl": "Obvestilo: {st} bo zaprta od {d1} do {d2} zaradi menjave vodovoda. Obvoz po "
    "{st2}. Št. {ref}.",
    "et": "Teade: {st} on suletud {d1} kuni {d2} torutööde tõttu. Ümbersõit {st2} kaudu. "
    "Viide {ref}.",
    "ka": "ყურადღება: {st} დაიკეტება {d1}-დან {d2}-მდე სარემონტო სამუშაოების გამო. "
    "შემოვლითი გზა: {st2}. №{ref}",
    "az": "Elan: {st} {d1} – {d2} tarixlərində təmir işləri ilə əlaqədar bağlı olacaq. "
    "Alternativ yol: {st2}. № {ref}",
}


def release_notes(c: Ctx, d: Doc) -> None:
    r = c.rng
    v = version(r)
    d.t(f"## v{v} ({dt.date(2026, r.randint(1, 11), r.randint(1, 28)).isoformat()})\n\n")
    for _ in range(r.randint(3, 6)):
        d.t(
            f"- {r.choice(['fix', 'feat', 'perf', 'chore'])}: "
            f"{r.choice(['retry on 502', 'faster CSV import', 'drop Python 3.8', 'new locale strings', 'cache TTL 300s'])}"
            f" ({git_hash(r, 7)}, #{r.randint(100, 4000)})\n"
        )
    d.t(f"\nChecksums: sha1 {git_hash(r)}\nBuild id {uuid4(r)} · min SDK {version(r)}\n")
    if r.random() < 0.5:
        d.t("Config example: `API_KEY=<your-key-here>` `DB_PASSWORD=changeme` (placeholders)\n")


def sensor_report(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.t("timestamp,device,temp_c,rh,pm25,battery\n")
    t = dt.datetime(2026, r.randint(1, 11), r.randint(1, 28), r.randint(0, 20))
    for _ in range(r.randint(4, 9)):
        t += dt.timedelta(minutes=r.choice([5, 10, 15]))
        d.t(
            f"{t:%Y-%m-%dT%H:%M}, sn-{r.randint(1000, 9999)},{r.uniform(-8, 35):.2f},"
            f"{r.uniform(20, 95):.1f},{r.uniform(1, 80):.1f},{r.randint(5, 100)}%\n"
        )
    d.t(f"# pi={3.14159265358979:.10f} e=2.7182818284 calib {version(r)}\n")


def price_list(c: Ctx, d: Doc) -> None:
    r = c.rng
    co = r.choice(CO[c.loc])
    d.t(f"{co} — {order_no(r, 'INV')}\n")
    for _ in range(r.randint(3, 7)):
        d.t(
            f"{product_code(r)}  {r.choice(['Kabel 3x1.5', 'Toner HP 305A', 'Papir A4', 'Cement 25kg', 'LED 9W E27', 'SSD 1TB'])}"
            f"  x{r.randint(1, 50)}  {money(r, c.loc, 2, 300)}\n"
        )
    d.t(f"Paid {masked_card(r)} · tracking {tracking(r)} · due {c.other_date(long=False)}\n")


def public_notice(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.f(
        ROADWORKS[c.lang],
        st=c.street_only(),
        st2=c.street_only(),
        d1=c.other_date(),
        d2=c.other_date(),
        ref=f"{r.randint(100, 999)}-{r.randint(2025, 2026)}",
    )
    d.t(f"\n{r.choice(CO[c.loc])}, {c.landmark()}, {c.city_name()}.")


NEG_STYLES = {
    "release_notes": release_notes,
    "sensor_report": sensor_report,
    "price_list": price_list,
    "public_notice": public_notice,
}


def lookalike_line(c: Ctx) -> str:
    r = c.rng
    opts = [
        f"order {order_no(r)} · build {version(r)}",
        f"ref {uuid4(r)}",
        f"commit {git_hash(r, 10)} · {masked_card(r)}",
        f"{c.other_date()} · {money(r, c.loc)} · {product_code(r)}",
        f"tracking {tracking(r)}",
        f"{r.choice(CO[c.loc])} @ {c.landmark()}",
        f"sensor T={r.uniform(18, 26):.2f}°C, p={r.uniform(990, 1030):.1f} hPa, v{version(r)}",
    ]
    return r.choice(opts)
