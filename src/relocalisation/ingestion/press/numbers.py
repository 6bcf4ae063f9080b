"""French numbers as written in press releases: « 65 millions d'euros », « 6 M€ », « 1,2 milliard »,
« 1.2 milliard », « 300 000 € », « 30.000 emplois », « une vingtaine d'emplois », « près de 25 »,
« plus de 20 », « deux millions d'euros ».

:func:`find_quantities` returns every number of a text with its span, value, whether it is money
and the approximation word in front of it (« près de », « plus de »…)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

APOS = "'’ʼ"
SP = r"[ \u00a0\u202f]"  # spaces inside a line (thousands separators); a tab separates table cells

UNITS = {
    "zero": 0, "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70, "quatre-vingt": 80,
    "quatre-vingts": 80, "quatre-vingt-dix": 90, "cent": 100, "cents": 100, "mille": 1000,
}
# « une vingtaine de » = about 20.
APPROX_NOUNS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000, "demi-douzaine": 6,
}
SCALES = {
    "k": 1_000, "k€": 1_000, "millier": 1_000, "milliers": 1_000, "mille": 1_000,
    "m": 1_000_000, "m€": 1_000_000, "million": 1_000_000, "millions": 1_000_000, "mio": 1_000_000,
    "md": 1_000_000_000, "mds": 1_000_000_000, "md€": 1_000_000_000, "mds€": 1_000_000_000,
    "milliard": 1_000_000_000, "milliards": 1_000_000_000, "mrd": 1_000_000_000,
}
APPROX_WORDS = r"(?:près\s+d[e{a}]|plus\s+d[e{a}]|environ|quelque|quelques|au\s+moins|jusqu{a}à|jusqu{a}a|" \
               r"moins\s+d[e{a}]|pas\s+moins\s+d[e{a}]|autour\s+d[e{a}]|approximativement|un\s+peu\s+plus\s+d[e{a}]|" \
               r"presque|quasiment|pr[eè]s\s+d[e{a}])".format(a=APOS)

_word_alt = "|".join(sorted((re.escape(w) for w in UNITS), key=len, reverse=True))
_approx_alt = "|".join(APPROX_NOUNS)

# A number in digits: « 300 000 », « 30.000 », « 1,2 », « 1.2 », « 65 ».
DIGITS = (r"(?<![\w,.-])(?P<int>\d{1,3}(?:(?:" + SP + r"|\.)\d{3})+(?![\d])|\d+)"
          r"(?:(?P<dec>,\d+|\.\d{1,2}(?!\d)))?")
WORDS = r"(?<![\w-])(?P<words>(?:" + _word_alt + r")(?:[- ](?:et[- ])?(?:" + _word_alt + r"))*)(?![\w-])"
APPROX = r"(?<![\w-])(?P<approxnoun>(?:une?\s+)?(?:" + _approx_alt + r")s?)(?![\w-])"
SCALE = (r"(?:" + r"\s*(?P<scale>milliards?|millions?|milliers?|mille|Mds?€?|Md€|Mrd|Mio|M€|k€|K€|M(?=\s*(?:d[e" + APOS
         + r"]\s*)?(?:€|euros?|EUR)\b|\s*€)|k(?=\s*(?:€|EUR\b)))" + r")?")  # (« 735 kEUR », a plain-text mail's k€)
CURRENCY = (r"(?:\s*(?P<cur>€|euros?\b|EUR\b|d[e" + APOS + r"]\s*euros?\b|M€|k€|Md€))?")

NUMBER_RE = re.compile(
    r"(?:(?P<approx>" + APPROX_WORDS + r")\s+)?(?:" + APPROX + r"|" + DIGITS + r"|" + WORDS + r")"
    + SCALE + CURRENCY,
    re.IGNORECASE,
)
# Scale words that are not money when followed by « de <noun> » (« 30 millions de masques »).
# « 1,4 million d'aide », « 2 millions d'investissement » are money: the noun after says what the money is.
_NOT_MONEY_AFTER = re.compile(r"\s*d[e" + APOS + r"]\s*(?!euros?|aides?\b|investissements?\b|subventions?\b|soutien\b|"
                              r"financements?\b|avances?\b|pr[eê]ts?\b|budget\b|enveloppe\b|cr[ée]dits?\b|chiffre\s+d|"
                              r"dotation\b|travaux\b|d[ée]penses?\b|capital\b)\w", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: Decimal
    money: bool
    approx: str = ""  # « près de », « plus de », « environ », « une vingtaine »…
    scaled: bool = False

    @property
    def int_value(self) -> int:
        return int(self.value.to_integral_value())


def words_to_int(text: str) -> int | None:
    """« vingt-cinq » → 25, « deux cent mille » → 200000, « quatre-vingts » → 80."""
    text = text.lower().replace(" et ", "-").replace(" ", "-")
    if text in UNITS:
        return UNITS[text]
    parts = [p for p in text.split("-") if p and p != "et"]
    total, current = 0, 0
    i = 0
    while i < len(parts):
        # Two-part units first (« quatre-vingt », « dix-sept »).
        pair = f"{parts[i]}-{parts[i + 1]}" if i + 1 < len(parts) else ""
        if pair in UNITS and UNITS[pair] < 100:
            current += UNITS[pair]
            i += 2
            continue
        word = parts[i]
        if word not in UNITS:
            return None
        value = UNITS[word]
        if value == 100:
            current = max(current, 1) * 100
        elif value == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += value
        i += 1
    return total + current


def _digits_value(int_part: str, dec: str | None) -> Decimal | None:
    cleaned = re.sub(r"[\s.\u00a0\u202f]", "", int_part)
    try:
        value = Decimal(cleaned)
        if dec:
            value += Decimal("0." + dec[1:])
    except InvalidOperation:
        return None
    return value


def parse_number(text: str) -> Decimal | None:
    """Value of a whole French number phrase, or None: « 1,2 milliard d'euros » → 1200000000."""
    m = NUMBER_RE.search(text.strip())
    if not m or m.start() != 0:
        return None
    q = _quantity(m, text.strip())
    return q.value if q else None


def _quantity(m: re.Match, text: str) -> Quantity | None:
    if m.group("approxnoun"):
        noun = re.sub(r"^une?\s+", "", m.group("approxnoun").lower()).rstrip("s")
        value = Decimal(APPROX_NOUNS.get(noun, 0))
        approx = m.group("approxnoun")
    elif m.group("int") is not None:
        value = _digits_value(m.group("int"), m.group("dec"))
        approx = ""
    else:
        words = m.group("words")
        n = words_to_int(words)
        if n is None:
            return None
        value = Decimal(n)
        approx = ""
    if value is None:
        return None
    scale_word = (m.group("scale") or "").lower().replace(" ", "")
    cur = m.group("cur") or ""
    money = bool(cur) or "€" in scale_word
    scaled = False
    end = m.end()
    if scale_word:
        factor = SCALES.get(scale_word) or SCALES.get(scale_word.rstrip("€")) or SCALES.get(scale_word.rstrip("s"))
        if factor is None:
            return None
        value *= factor
        scaled = True
        if not money and scale_word in {"milliard", "milliards", "million", "millions", "md", "mds", "mrd", "mio"}:
            # « 1,2 milliard pour la Région » is money; « 30 millions de masques » is not.
            money = not _NOT_MONEY_AFTER.match(text, m.end())
    elif not money and m.group("words") and m.group("approxnoun") is None:
        pass
    approx_word = m.group("approx") or approx
    return Quantity(start=m.start(), end=end, value=value, money=money,
                    approx=re.sub(r"\s+", " ", approx_word or "").lower(), scaled=scaled)


_AND_A_HALF = re.compile(r"[ \u00a0]+et[ \u00a0]+demie?(?P<cur>[ \u00a0]*(?:d['’][ \u00a0]*euros?|€))?(?![\w])")
_SPACE_ONLY = re.compile(r"[ \u00a0\u202f]+")
_CURRENCY_SIGN = re.compile(r"€|euro|EUR")
# « 1️⃣1️⃣0️⃣ projets »: keycap emoji digits (social-media quotes) are one number, not three.
_KEYCAP = re.compile(r"(?:\d\ufe0f?\u20e3){2,}")


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number in ``text[start:end]`` with absolute spans."""
    out = []
    end = len(text) if end is None else end
    keycaps = [(k.start(), k.end()) for k in _KEYCAP.finditer(text, start, end)] if "\u20e3" in text else []
    for ks, ke in keycaps:
        out.append(Quantity(start=ks, end=ke, value=Decimal(re.sub(r"\D", "", text[ks:ke])), money=False))
    for m in NUMBER_RE.finditer(text, start, end):
        if not m.group(0).strip():
            continue
        if keycaps and any(ks <= m.start() < ke for ks, ke in keycaps):
            continue
        q = _quantity(m, text)
        if q is None:
            continue
        # Bare word numbers (« un », « une ») are articles far more often than numbers.
        if m.group("words") and not q.money and not q.scaled and m.group("words").lower() in {"un", "une"}:
            continue
        half = _AND_A_HALF.match(text, q.end) if q.scaled else None
        scale = next((v for k, v in (("milliard", 10**9), ("million", 10**6)) if k in text[q.start:q.end].lower()), 0)
        if half and scale and q.value % scale == 0:
            # « deux millions et demi d'euros »: half of the scale more (« 2,5 millions »; « … et demi de masques » is
            # no money)
            money = bool(half.group("cur")) or not _NOT_MONEY_AFTER.match(text, half.end())
            q = Quantity(start=q.start, end=half.end(), value=q.value + scale // 2, money=money, approx=q.approx,
                         scaled=True)
        prev = out[-1] if out else None
        if prev is not None and prev.scaled and not _CURRENCY_SIGN.search(text, prev.start, prev.end) \
                and prev.value % 1_000_000 == 0 \
                and 0 < q.value < 1_000_000 and _SPACE_ONLY.fullmatch(text, prev.end, q.start) and (q.money or q.scaled):
            # « deux millions cinq cent mille euros », « 1 million 200 000 € »: one amount written in two parts
            out[-1] = Quantity(start=prev.start, end=q.end, value=prev.value + q.value, money=q.money or prev.money,
                               approx=prev.approx, scaled=True)
            continue
        out.append(q)
    if keycaps:
        out.sort(key=lambda q: q.start)
    return out
