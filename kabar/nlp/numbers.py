"""Indonesian numbers in running text: "5.000", "1,5 juta", "Rp276 miliar", "lima ribu", "dua puluh tiga", "puluhan".

Hand-written because no installed library reads Indonesian number words or the Indonesian digit convention (dot
for thousands, comma for decimals) together with newsroom scale words ("Rp1,2 T", "5 rb"); the words themselves
live in kabar/data/id/numbers.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kabar.data import load_json


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in text: its span, value and the range it stands for (low == high unless vague)."""

    start: int
    end: int
    text: str
    value: float
    low: float
    high: float
    written: str  # digits | words | vague
    currency: str | None = None  # ISO code when a currency mark is attached ("Rp" -> IDR)
    percent: bool = False

    @property
    def vague(self) -> bool:
        return self.written == "vague"


@cache
def _words() -> dict:
    return load_json("id/numbers.json")


_CURRENCY_MARK = r"(?:Rp\.?|IDR|US\$|USD|S\$|SGD|RM|€|£|\$)"
_DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:[.,]\d+)?"
_SCALE_WORDS = r"(?i:ribu|rb|juta|jt|miliar|milyar|triliun|thousand|million|billion)|M|T"


@cache
def _digit_re() -> re.Pattern:
    return re.compile(
        rf"(?<![\w.,/:-])(?:(?P<cur>{_CURRENCY_MARK})\s?)?(?P<num>{_DIGITS})"
        rf"(?:\s?(?P<scale>{_SCALE_WORDS})\b)?(?:\s?(?P<pct>%|persen\b))?(?![\w/:]|[.,]\d)",
    )


@cache
def _word_re() -> re.Pattern:
    w = _words()
    vocab = set(w["units"]) - {"se"} | set(w["teens"]) | set(w["tens"]) | set(w["hundreds"]) | set(w["fractions"])
    vocab |= {"ribu", "juta", "miliar", "milyar", "triliun"}
    alt = "|".join(sorted((re.escape(v) for v in vocab), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?:[ ](?:{alt}))*(?![\w-])", re.IGNORECASE)


@cache
def _vague_re() -> re.Pattern:
    alt = "|".join(sorted((re.escape(v) for v in _words()["vague"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)


@cache
def _one_re() -> re.Pattern:
    alt = "|".join(re.escape(v) for v in set(_words()["counted_one"]))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)


def parse_digits(text: str, scaled: bool = False) -> float | None:
    """'5.000' -> 5000, '1,5' -> 1.5, '1.500.000' -> 1500000, '5,000' -> 5000; '1.5' is a decimal when scaled."""
    s = text.strip()
    if not s or not s[0].isdigit():
        return None
    try:
        if "." in s and "," in s:
            if s.rfind(",") > s.rfind("."):
                return float(s.replace(".", "").replace(",", "."))
            return float(s.replace(",", ""))
        if "." in s:
            groups = s.split(".")
            if all(len(g) == 3 for g in groups[1:]) and not (scaled and len(groups) == 2):
                return float("".join(groups))
            return float(s) if len(groups) == 2 else None
        if "," in s:
            groups = s.split(",")
            if len(groups) > 2 or (len(groups[1]) == 3 and not scaled and groups[0] != "0"):
                return float("".join(groups)) if all(len(g) == 3 for g in groups[1:]) else None
            return float(s.replace(",", "."))
        return float(s)
    except ValueError:
        return None


def _split_se(token: str) -> list[str]:
    """'seratus' -> ['satu', 'ratus'] so that se- forms follow the same arithmetic as 'satu ratus'."""
    w = _words()
    scales = {"ribu", "juta", "miliar", "milyar", "triliun"}
    if token.startswith("se") and token[2:] in (set(w["teens"]) | set(w["tens"]) | set(w["hundreds"]) | scales):
        return ["satu", token[2:]]
    return [token]


def parse_words(text: str) -> float | None:
    """'dua ratus lima puluh tiga' -> 253, 'lima ribu' -> 5000, 'satu setengah juta' -> 1500000."""
    w = _words()
    units = {k: v for k, v in w["units"].items() if k != "se"}
    scales = {k: v for k, v in w["scales"].items() if k.islower() and len(k) > 2}
    tokens = [t for tok in re.split(r"[\s-]+", text.lower().strip()) if tok for t in _split_se(tok)]
    total = small = pending = 0.0
    seen = False
    for tok in tokens:
        if tok in units:
            pending += units[tok]
        elif tok in w["fractions"]:
            pending += w["fractions"][tok]
        elif tok in w["teens"]:
            small += 10 + pending
            pending = 0
        elif tok in w["tens"]:
            small += (pending or 1) * 10
            pending = 0
        elif tok in w["hundreds"]:
            small += (pending or 1) * 100
            pending = 0
        elif tok in scales:
            total += (small + pending or 1) * scales[tok]
            small = pending = 0
        else:
            return None
        seen = True
    return total + small + pending if seen else None


def parse_number(text: str) -> float | None:
    """The value of a number written in digits (with an optional scale word) or in words."""
    found = find_numbers(text)
    return found[0].value if len(found) == 1 else None


def _currency_code(mark: str | None) -> str | None:
    if not mark:
        return None
    return _words()["currencies"].get(mark.lower().rstrip(), None)


_PERCENT_AFTER = re.compile(r"\s?(?:persen\b|%)")


def find_numbers(text: str) -> list[Number]:
    """Every number in text, left to right, without overlaps."""
    found: list[Number] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    scales = _words()["scales"]
    for m in _digit_re().finditer(text):
        scale = m.group("scale")
        value = parse_digits(m.group("num"), scaled=bool(scale))
        if value is None:
            continue
        end = m.end()
        if scale in ("M", "T") and not m.group("cur"):  # "5 M" is only a scale after a currency mark
            scale, end = None, m.end("num")
        if scale:
            value *= scales.get(scale) or scales.get(scale.lower(), 1)
        pct = bool(m.group("pct")) and end == m.end()
        found.append(Number(m.start(), end, text[m.start():end], value, value, value, "digits",
                            _currency_code(m.group("cur")), pct))
        taken.append((m.start(), end))
    vague = _words()["vague"]
    for m in _vague_re().finditer(text):
        if not free(*m.span()):
            continue
        low, high = vague[m.group(0).lower()]
        found.append(Number(m.start(), m.end(), m.group(0), float(low), float(low), float(high), "vague"))
        taken.append(m.span())
    for m in _word_re().finditer(text):
        if not free(*m.span()):
            continue
        value = parse_words(m.group(0))
        if value is None:
            continue
        end = m.end()
        pct = _PERCENT_AFTER.match(text, end)  # at end, without copying the rest of the text for every number
        if pct:
            end = pct.end()
        found.append(Number(m.start(), end, text[m.start():end], value, value, value, "words", None, bool(pct)))
        taken.append((m.start(), end))
    for m in _one_re().finditer(text):
        if free(*m.span()):
            found.append(Number(m.start(), m.end(), m.group(0), 1.0, 1.0, 1.0, "words"))
    return sorted(found, key=lambda n: n.start)
