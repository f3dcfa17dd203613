#!/usr/bin/env python3
"""Independent golden values for NormaliserGoldenTest: reads data/reference/*.csv directly (not the Java code)
and applies the Normalisation rules with 40-digit decimals. Prints, per figure and target currency, the
expected status and one assertion line per measure with a comment naming the inputs and the formula.

Usage: python3 jobs/src/test/resources/normalise/golden_values.py [repo root]
"""
import csv
import re
import sys
import textwrap
from decimal import Decimal, getcontext
from pathlib import Path

getcontext().prec = 40
ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[5])
REF = ROOT / "data" / "reference"
BASE = 2025

# label used in comments -> file of data/reference
FILES = {"fx": "pa.nus.fcrf.csv", "defl": "atlas.gdp.defl.index.csv", "pop": "sp.pop.totl.csv",
         "gdp": "ny.gdp.mktp.cd.csv", "ppp": "pa.nus.ppp.csv"}


def load(name):
    table = {}
    with open(REF / name, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            table[(row["economy"], int(row["year"]))] = row["value"]
    return table


TABLES = {label: load(name) for label, name in FILES.items()}

# issuer: EUR -> euro area; otherwise ISO 4217's first two letters are the ISO 3166 alpha-2 code
ISSUER = {"EUR": "EMU", "USD": "USA", "GBP": "GBR", "INR": "IND", "KRW": "KOR", "JPY": "JPN", "CNY": "CHN",
          "SGD": "SGP", "SAR": "SAU"}
OWN = {"FRA": "EUR", "EUU": "EUR", "GBR": "GBP", "IND": "INR", "KOR": "KRW", "JPN": "JPY", "CHN": "CNY",
       "USA": "USD", "SGP": "SGD", "SAU": "SAR"}


def ref(label, economy, year, reasons, reason):
    text = TABLES[label].get((economy, year))
    if text is None or Decimal(text) <= 0:
        if reason not in reasons:
            reasons.append(reason)
        return None
    return (Decimal(text), f"{text} ({label} {economy} {year})")


def money(fig, target):
    reasons = []
    if fig["low"] is None:
        reasons.append("open_low")
    if fig["high"] is None:
        reasons.append("open_high")
    c, j, p, B = fig["unit"], fig["j"], fig["p"], BASE
    e = ISSUER[c]
    out = {}
    fx_p = ref("fx", e, p, reasons, f"no_fx_{c}_{p}")
    eur_p = ref("fx", "EMU", p, reasons, f"no_fx_EUR_{p}") if target == "EUR" else (Decimal(1), None)
    if fx_p and eur_p:
        f = 1 / fx_p[0] * eur_p[0]
        txt = f"A / {fx_p[1]}" + (f" * {eur_p[1]}" if target == "EUR" else "")
        out["NOMINAL"] = (f, txt)
    d_p = ref("defl", e, p, reasons, f"no_deflator_{e}_{p}")
    d_b = ref("defl", e, B, reasons, f"no_deflator_{e}_{B}")
    fx_b = ref("fx", e, B, reasons, f"no_fx_{c}_{B}")
    eur_b = ref("fx", "EMU", B, reasons, f"no_fx_EUR_{B}") if target == "EUR" else (Decimal(1), None)
    const = None
    if d_p and d_b and fx_b and eur_b:
        const = (d_b[0] / d_p[0] / fx_b[0] * eur_b[0],
                 f"A * {d_b[1]} / {d_p[1]} / {fx_b[1]}" + (f" * {eur_b[1]}" if target == "EUR" else ""))
        out["CONSTANT"] = const
    if OWN.get(j) == c:
        ppp = ref("ppp", j, p, reasons, f"no_ppp_{j}_{p}")
        if ppp:
            out["PPP"] = (1 / ppp[0], f"A / {ppp[1]}")
    else:
        reasons.append("ppp_not_own_currency")
    pop = ref("pop", j, p, reasons, f"no_population_{j}_{p}")
    if const and pop:
        out["PER_CAPITA"] = (const[0] / pop[0], f"constant / {pop[1]}")
    gdp = ref("gdp", j, p, reasons, f"no_gdp_{j}_{p}")
    pct = None
    if fx_p and gdp:
        pct = (1 / fx_p[0] / gdp[0] * 100, f"A / {fx_p[1]} / {gdp[1]} * 100")
        out["PCT_GDP"] = pct
    years = 1 if fig["per_year"] else fig["h"]
    if years is None:
        reasons.append("no_horizon")
    else:
        why = "per year" if fig["per_year"] else "horizon"
        if const:
            out["ANNUAL_CONSTANT"] = (const[0] / years, f"constant / {years} ({why})")
        if pct:
            out["PCT_GDP_PER_YEAR"] = (pct[0] / years, f"pct_gdp / {years} ({why})")
    return out, reasons


def count(fig):
    reasons = [r for r, v in (("open_low", fig["low"]), ("open_high", fig["high"])) if v is None]
    reasons.append("count_metric")
    out = {}
    if not fig["per_capita"]:
        reasons.append("not_per_capita_metric")
        return out, reasons
    pop = ref("pop", fig["j"], fig["p"], reasons, f"no_population_{fig['j']}_{fig['p']}")
    if pop:
        out["PER_MILLION"] = (1 / pop[0] * Decimal("1e6"), f"A / {pop[1]} * 1e6")
    return out, reasons


MEASURES = ["NOMINAL", "CONSTANT", "PPP", "PER_CAPITA", "PCT_GDP", "PCT_GDP_PER_YEAR", "ANNUAL_CONSTANT",
            "PER_MILLION"]


def java(x):
    return "null" if x is None else repr(float(x))


def comment(text):
    # never break inside "(fx EMU 2025)"
    text = re.sub(r"\([^)]*\)", lambda m: m.group(0).replace(" ", "\0"), text)
    lines = textwrap.wrap(text, width=104, break_on_hyphens=False)
    return "\n".join("        // " + ("" if i == 0 else "    ") + line.replace("\0", " ")
                      for i, line in enumerate(lines))


def emit(fig, target):
    out, reasons = money(fig, target) if fig["money"] else count(fig)
    print(f"    // ---- {fig['id']} -> {target}")
    print(f'        assertEquals("{";".join(reasons) or "ok"}", f.status());')
    for m in MEASURES:
        if m not in out:
            print(f"        assertEmpty(f, Measure.{m});")
            continue
        factor, why = out[m]
        lo = None if fig["low"] is None else Decimal(fig["low"]) * factor
        hi = None if fig["high"] is None else Decimal(fig["high"]) * factor
        print(comment(fig["a"] + why[1:] if fig["a"] and why.startswith("A ") else why))
        print(f"        assertBounds(f, Measure.{m}, {java(lo)}, {java(hi)});")


def fig(id, j, unit, low, high, p, h=None, per_year=False, money=True, per_capita=True, a=None):
    """a: how comments show the amount (a range keeps "A", which stands for its low and high alike)."""
    label = a
    return dict(id=id, j=j, unit=unit, low=low, high=high, p=p, h=h, per_year=per_year, money=money,
                per_capita=per_capita, a=label)


FIGURES = [
    (fig("fr-109bn", "FRA", "EUR", "109000000000", "109000000000", 2025, h=5, a="109e9"), ["USD", "EUR"]),
    (fig("uk-14bn", "GBR", "GBP", "14000000000", "14000000000", 2025, h=5, a="14e9"), ["USD", "EUR"]),
    (fig("in-indiaai", "IND", "INR", "103719200000", "103719200000", 2024, h=5, a="103719200000"), ["USD", "EUR"]),
    (fig("kr-65tn", "KOR", "KRW", "65000000000000", "65000000000000", 2024, h=4, a="65e12"), ["USD"]),
    (fig("jp-10tn", "JPN", "JPY", "10000000000000", "10000000000000", 2024, h=7, a="10e12"), ["USD"]),
    (fig("cn-fund", "CHN", "CNY", "60060000000", "60060000000", 2025, h=None, a="60.06e9"), ["USD"]),
    (fig("us-stargate", "USA", "USD", "500000000000", "500000000000", 2025, h=4, a="500e9"), ["USD", "EUR"]),
    (fig("us-per-year", "USA", "USD", "1900000000", "1900000000", 2024, per_year=True, a="1.9e9"), ["USD"]),
    (fig("fr-range", "FRA", "EUR", "30000000000", "50000000000", 2025, h=5), ["USD"]),
    (fig("sg-at-least", "SGP", "SGD", "1000000000", None, 2024, h=5, a="1e9"), ["USD"]),
    (fig("sa-at-most", "SAU", "USD", None, "100000000000", 2024, h=None, a="100e9"), ["USD"]),
    (fig("eu-investai", "EUU", "EUR", "200000000000", "200000000000", 2025, h=5, a="200e9"), ["USD", "EUR"]),
    (fig("fr-2026", "FRA", "EUR", "10000000000", "10000000000", 2026, h=2), ["USD"]),
    (fig("us-2026", "USA", "USD", "10000000000", "10000000000", 2026, h=2), ["EUR"]),
    (fig("in-gpus", "IND", "GPU", "10000", "10000", 2024, money=False, per_capita=True, a="10000"), [None]),
    (fig("in-gpus-2026", "IND", "GPU", "10000", "10000", 2026, money=False, per_capita=True), [None]),
    (fig("fr-participants", "FRA", "participants", "65", "65", 2025, money=False, per_capita=False), [None]),
]


def base_year(currencies):
    """Latest year from 2000 in which every issuer has both an exchange rate and a deflator index."""
    for year in range(2100, 1999, -1):
        if all((ISSUER_BY_CODE[c], year) in TABLES["fx"] and (ISSUER_BY_CODE[c], year) in TABLES["defl"]
               for c in currencies):
            return year
    return None


ISSUER_BY_CODE = dict(ISSUER, RUB="RUS", VES="VEN", TMT="TKM")

if __name__ == "__main__":
    for figure, targets in FIGURES:
        for target in targets:
            emit(figure, target or "USD")
    for cs in (["EUR", "GBP", "INR", "KRW", "JPY", "CNY", "USD", "SGD"], ["EUR"], ["USD", "RUB"],
               ["GBP", "VES"], ["USD", "TMT"]):
        print("base year", cs, base_year(cs))
