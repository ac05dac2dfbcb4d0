# ruff: noqa: RUF001
"""Hard negatives: texts with no personal data (departure boards, recipes, sports results)."""

from _v7a_common import lex
from _v7a_doc import Doc
from _v7a_values import fmt_date, lookalike, other_date


def departures(rng, locale):
    L, d = lex(locale), Doc()
    d.t(
        L["t_departures"],
        f"   {fmt_date(rng, locale, other_date(rng), 'num')}  {rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}\n",
    )
    d.t(f"{'':<7}{L['dest']:<24}{L['platform']}\n")
    h = rng.randint(5, 20)
    m = rng.randint(0, 50)
    for _ in range(rng.randint(5, 12)):
        m += rng.randint(3, 25)
        h, m = h + m // 60, m % 60
        st = rng.choice(L["stations"])
        train = f"{rng.choice(['R', 'IR', 'RE', 'TGV', 'IC', 'EXP', ''])}{rng.randint(10, 9999)}"
        stat = L["ontime"] if rng.random() < 0.7 else f"+{rng.randint(2, 45)} min {L['delay']}"
        d.t(f"{h % 24:02d}:{m:02d}  {train:<8}{st:<24}{rng.randint(1, 12):<4}{stat}\n")
    if rng.random() < 0.4:
        d.t(
            f"\n{lookalike(rng) if rng.random() < 0.3 else 'v2.4.17.3'} · {rng.randint(14, 31)}°C\n"
        )
    return d


def recipe(rng, locale):
    L, d = lex(locale), Doc()
    d.t(L["t_recipe"], "\n\n", L["ingredients"], ":\n")
    for i in rng.sample(L["ing"], rng.randint(4, len(L["ing"]))):
        d.t(f"- {i}\n")
    d.t("\n", L["steps"], "\n")
    if rng.random() < 0.5:
        d.t(
            f"\n⏱ {rng.randint(30, 150)} min · {rng.randint(180, 900)} kcal · {rng.randint(2, 8)} ×\n"
        )
    if rng.random() < 0.3:
        d.t(f"{lookalike(rng)}\n")
    return d


def sports(rng, locale):
    L, d = lex(locale), Doc()
    d.t(L["t_sports"], f" – {L['rnd']} {rng.randint(1, 30)}\n\n")
    teams = rng.sample(L["teams"], len(L["teams"]))
    for a, b in zip(teams[::2], teams[1::2], strict=True):
        d.t(f"{a} {rng.randint(0, 4)}–{rng.randint(0, 4)} {b}\n")
    d.t("\n")
    for k, t in enumerate(rng.sample(L["teams"], len(L["teams"])), 1):
        w, dr, ls = rng.randint(2, 15), rng.randint(0, 8), rng.randint(0, 12)
        d.t(f"{k:>2}. {t:<22}{w + dr + ls:>3}{w:>3}{dr:>3}{ls:>3}  {3 * w + dr:>3}\n")
    if rng.random() < 0.3:
        d.t(f"\n{fmt_date(rng, locale, other_date(rng), 'num')} · {lookalike(rng)}\n")
    return d


NEG_STYLES = {"departure_board": departures, "recipe": recipe, "sports_results": sports}
