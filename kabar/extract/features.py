"""Per-line evidence for the line classifier: cue phrases, captions, dates, datelines, sentence shape.

Hand-written because no library classifies the lines of a plain-text page dump: jusText and trafilatura need the
HTML tree. Every word list lives in kabar/data/extract/ and kabar/data/lang/; this module only combines them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache, partial

from kabar.data import load_json, load_lines
from kabar.extract.speedups import speedups

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+", re.UNICODE)
# A closing quote ends a sentence only after a stop ('... kata dia."'), not after a word ('Jokowi: "Kami Siap"'),
# which is how headlines quote.
# An editor's code after the last full stop ("... lintas. (mcr4/jpnn)", "... warga. (*)", "(ant)") ends a sentence too.
# (an editors' code after the last sentence: "... lintas. (mcr4/jpnn)", "... mendatang. (S-25)", "... (*)")
TERMINAL = re.compile(r"""(?:[.!?…。！？:]["'”’)\]]*|\*{2,}|\.\s*[(\[](?:\w+(?:\s?[/-]\s?\w+){0,3}|\*)[)\]])\s*$""")
TERMINAL_TAIL = 24  # characters at the end of a line that TERMINAL is searched in
# "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta-", "Baku/Yerevan (ANTARA) -", "Jakarta, CNN Indonesia --",
# "PR BEKASI -", "TEMPO.CO, Jakarta -", "Jakarta - ", "jpnn.com, JAKARTA -": a short lead-in of capitalised words
# (or a lower-case domain) closed by a dash.
DATELINE = re.compile(
    r"^(?:(?:[A-Z][\w.'’/]+|[a-z][\w-]*(?:\.[\w-]+)*\.(?:com|id|net|co))(?:[ ,/]+[\w.'’/()]+){0,6}?"
    r"|\([A-Za-z.]+\))\s*[,]?\s*(?:\([A-Za-z.]+\))?\s?[-–—]{1,2}\s*(?=[A-Z\"“'])"
)
NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# "30 Maret 2015", "Maret 30, 2015", "Nov 19, 2019": a month word beside a day and a four-digit year
FULL_DATE = re.compile(r"\b\d{1,2}\s+[^\W\d_]{3,9}\.?\s+\d{4}\b|\b[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b")
DATE_LINE_TOKENS = 18
DIGIT = re.compile(r"\d")
EDGE_PUNCTUATION = " .,:;!?|•·-–—»«>*()[]\"'“”‘’"
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
NAV_CHAR = re.compile(r"[>»›|•·]")
PREFIX_SPAN = 60  # cue phrases are short: only the start of a line is matched
CAPTION_HEAD, CAPTION_TAIL = 60, 120  # captions are recognised by how they open or how they end


# Characters WORD never puts in a token at a token's edge (none is a letter or a digit; "'", "’" and "-" join only
# letters on both sides), so stripping them off a chunk's ends leaves its tokens as they are.
TOKEN_EDGES = ".,:;!?\"'“”‘’()[]-–—"


def normalise_python(text: str) -> str:
    """Lower-case words only: the key for template lines and article ids (normalise, when the C speedups are not
    built)."""
    # Same as " ".join(WORD.findall(text.lower())), ~40% faster: no token spans whitespace (the pattern has no
    # lookaround), a chunk of only letters or only decimal digits is one whole token, and so is a chunk that is one
    # once its edge punctuation is stripped ("kata," "(antara)"), so the regex only runs on the other chunks.
    tokens: list[str] = []
    for chunk in text.lower().split():
        if chunk.isalpha() or chunk.isdecimal():
            tokens.append(chunk)
        elif (bare := chunk.strip(TOKEN_EDGES)).isalpha():
            tokens.append(bare)
        else:
            tokens.extend(WORD.findall(chunk))
    return " ".join(tokens)


# (the same function in C, ~4x faster: built by setup.py where a compiler is at hand)
normalise = speedups.normalise if speedups is not None else normalise_python


def line_key(text: str) -> str:
    """A cheaper key for short lines (template counting): lower case, single spaces, no edge punctuation."""
    return " ".join(text.lower().split()).strip(EDGE_PUNCTUATION)


@cache
def _set(name: str) -> frozenset[str]:
    return frozenset(x.lower() for x in load_lines(name))


@cache
def _patterns(name: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in load_lines(name))


@cache
def _prefix_re(name: str) -> re.Pattern:
    """A cue phrase at the start of a line, ending at a word boundary, or glued to a capital that opens the next
    element ("Baca JugaIHSG Dibuka Melemah", "PromosiBRI Salurkan ...": a label and its link dumped without a space)."""
    alternatives = sorted((re.escape(p) for p in load_lines(name)), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(alternatives) + r")(?:(?<=\W)|(?=\W|$)|(?-i:(?<=[a-z])(?=[A-Z])))",
                      re.IGNORECASE)


@cache
def calendar_words() -> frozenset[str]:
    cal = load_json("id/calendar.json")
    return frozenset(cal["months"]) | frozenset(cal["weekdays"]) | frozenset(cal["timezones"])


@cache
def stop_words() -> frozenset[str]:
    """Function words of every language kabar knows (for the stop-word density of a line)."""
    words: set[str] = set()
    for lang in language_names():
        words |= _set(f"lang/{lang}.txt")
    return frozenset(words)


def language_names() -> tuple[str, ...]:
    return ("id", "ms", "en", "de", "fr", "es", "pt", "nl", "it", "jv")


BARE_CHARS = "↓↑→←▼▲►»«|•·-–—:.!*#> "


def _bare(text: str) -> str:
    return text.strip().strip(BARE_CHARS).strip()


@cache
def _cue_openings() -> tuple[frozenset[str], tuple[str, ...]]:
    """(first three characters of each cue phrase, cue phrases shorter than three characters)."""
    phrases = [p.lower() for name in ("extract/boilerplate_prefix.txt", "extract/boilerplate_short_prefix.txt")
               for p in load_lines(name)]
    return frozenset(p[:3] for p in phrases if len(p) >= 3), tuple(p for p in phrases if len(p) < 3)


def _may_open_cue(opening: str) -> bool:
    """Cheap gate before the cue-phrase regexes (opening: the line's first three characters, lower-cased): most
    lines cannot start with any cue phrase."""
    heads, short = _cue_openings()
    return opening in heads or opening.startswith(short)


def is_boilerplate_cue(text: str, words: int) -> bool:
    """Ads, related links, teasers, share widgets, copyright: furniture whatever its position."""
    return _is_cue(text, _bare(text), words)


def _is_cue(text: str, bare: str, words: int) -> bool:
    """is_boilerplate_cue with the line's _bare text already at hand (text_features shares it)."""
    if not bare or _cue_phrase(bare, words):
        return True
    if len(bare) <= 40 and _pagination_re().fullmatch(bare):
        return True
    inner = _bracketed(bare)
    if inner and _cue_phrase(inner, words):  # "[Baca juga: ...]", "(Advertisement)"
        return True
    if is_embed_line(text):
        return True
    if is_signup_line(text, words):
        return True
    if _may_be_notice(text) and _notice_re().search(text) is not None:
        return True
    if not _has_nav_char(text):
        return False
    return any(p.search(text) for p in _patterns("extract/nav_patterns.txt"))


# Substrings every pattern of embed_patterns.txt and embed_attributions.txt holds: a cheap test before the patterns
# (tests/extract/test_embeds.py checks the data files against it).
EMBED_GATE = ("@", "t.co/", "twitter.com/")


def _may_be_embed(text: str) -> bool:
    return "@" in text or "t.co/" in text or "twitter.com/" in text  # (EMBED_GATE spelled out: runs for every line)


@cache
def _embed_re() -> re.Pattern:
    patterns = load_lines("extract/embed_patterns.txt") + load_lines("extract/embed_attributions.txt")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@cache
def _attribution_re() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load_lines("extract/embed_attributions.txt")), re.IGNORECASE)


def is_embed_line(text: str) -> bool:
    """A line an embedded post leaves behind: a tweet's attribution or its text ending with its picture or short
    link, an Instagram post's attribution ("A post shared by X (@x)"). Their frames ("View this post on Instagram")
    are in boilerplate_exact.txt."""
    return _may_be_embed(text) and _embed_re().search(text) is not None


def is_embed_attribution(text: str) -> bool:
    """The attribution line of an embedded tweet ("— Name (@handle) February 20, 2024"): the line above is its text."""
    return "@" in text and _attribution_re().search(text) is not None


# Substrings (case as printed, or without the first letter) every pattern of signup_patterns.txt needs one of
SIGNUP_GATE = ("ewsletter", "nbox", "spam", "ubscri", "angganan", "otak masuk", "uletin", "ctivation link",
               "igning up")
SIGNUP_MAX_WORDS = 40


def _may_be_signup(text: str) -> bool:
    # (SIGNUP_GATE spelled out: this runs for most lines, and a generator over the tuple costs more than the scans;
    # tests/extract/test_fast_paths.py checks that both name the same substrings)
    return ("ewsletter" in text or "nbox" in text or "spam" in text or "ubscri" in text or "angganan" in text
            or "otak masuk" in text or "uletin" in text or "ctivation link" in text or "igning up" in text)


# Substrings every pattern of notice_patterns.txt needs one of (case as printed, or without the first letter)
NOTICE_GATE = ("©", "eserved", "ilindungi", "ookie", "this site", "this website", "situs ini", "e reached at",
               "rite to", "mail ", "rowser", "eramban", "ommercial", "anggung")


def _may_be_notice(text: str) -> bool:
    return ("©" in text or "eserved" in text or "ilindungi" in text or "ookie" in text or "this site" in text
            or "this website" in text or "situs ini" in text or "e reached at" in text or "rite to" in text
            or "mail " in text
            or "rowser" in text or "eramban" in text or "ommercial" in text
            or "anggung" in text)  # (NOTICE_GATE spelled out)


@cache
def _notice_re() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load_lines("extract/notice_patterns.txt")), re.IGNORECASE)


@cache
def _signup_re() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load_lines("extract/signup_patterns.txt")), re.IGNORECASE)


def is_signup_line(text: str, words: int) -> bool:
    """A newsletter or alert sign-up box's line ("Get the latest updates right in your inbox", "No spam, we
    promise")."""
    return words <= SIGNUP_MAX_WORDS and _may_be_signup(text) and _signup_re().search(text) is not None


def _has_nav_char(text: str) -> bool:
    """NAV_CHAR.search(text) is not None, by substring tests (several times cheaper on long lines)."""
    return ">" in text or "|" in text or "»" in text or "›" in text or "•" in text or "·" in text


NAV_CHARS = (">", "|", "»", "›", "•", "·")  # (NAV_CHAR's characters, as _has_nav_char spells them out)
# The gates text_features opens before its notice, sign-up, embed and navigation patterns, as bits of one number
NOTICE_BIT, SIGNUP_BIT, EMBED_BIT, NAV_BIT = 1, 2, 4, 8
GATES = (NOTICE_GATE, SIGNUP_GATE, EMBED_GATE, NAV_CHARS)  # (in the order of the bits)


def _gates_python(text: str) -> int:
    """The bits of the GATES one of whose substrings the text holds."""
    return (NOTICE_BIT * _may_be_notice(text) | SIGNUP_BIT * _may_be_signup(text) | EMBED_BIT * _may_be_embed(text)
            | NAV_BIT * _has_nav_char(text))


def _line_facts_python(text: str) -> tuple[int, None, None]:
    """(len(text.split()) of a stripped non-blank line, None, None): _line_facts without the C speedups, which leaves
    the digit and the gates to text_features, asked only where they decide (each is a scan of the line here)."""
    if text.isprintable() and "  " not in text:
        return text.count(" ") + 1, None, None  # = len(text.split()): a printable text's only whitespace is " "
    return len(text.split()), None, None


# (one pass over the line in C for its words, digits and every gate: the dozens of substring scans of the gates cost
# more than the patterns behind them)
_line_facts = partial(speedups.line_facts, speedups.needle_table(GATES)) if speedups is not None else _line_facts_python


def _cue_phrase(bare: str, words: int) -> bool:
    """The whole text is a furniture phrase, or it opens with a cue phrase."""
    if len(bare) <= 40 and bare.lower() in _set("extract/boilerplate_exact.txt"):
        return True
    if _may_open_cue(bare[:3].lower()):
        if _prefix_re("extract/boilerplate_prefix.txt").match(bare, 0, PREFIX_SPAN):
            return True
        if words <= 8 and _prefix_re("extract/boilerplate_short_prefix.txt").match(bare, 0, PREFIX_SPAN):
            return True
    return False


BRACKETS = {"(": ")", "[": "]"}


def _bracketed(bare: str) -> str:
    """The text inside the brackets around the whole line ("[Baca juga: X]" -> "Baca juga: X"), else ""."""
    if len(bare) > 2 and BRACKETS.get(bare[0]) == bare[-1]:
        return bare[1:-1].strip(BARE_CHARS).strip()
    return ""


@cache
def _pagination_re() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load_lines("extract/pagination_patterns.txt")), re.IGNORECASE)


GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=8192)
def is_menu_row(text: str) -> bool:
    """A menu row or breadcrumb of section labels ("Beranda News Bisnis Bola & Sports Hiburan", "Home Ekbis Makro"):
    only section words (kabar/data/extract/section_words.txt), or at least three making half of it; no digits."""
    if DIGIT.search(text):
        return False
    if GLUED_WORDS.search(text):
        text = GLUED_WORDS.sub(" ", text)  # "TrendingNewsBisnisBola & SportsTekno": menu links dumped without spaces
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < 2:
        return False
    sections = _set("extract/section_words.txt")
    hits = sum(1 for w in words if w in sections)
    return hits == len(words) or hits >= 3 and hits * 2 >= len(words)


def is_link_cue(text: str) -> bool:
    """A related-link cue standing alone ("Baca Juga:", "BACA JUGA", "Baca juga »"): the next lines are the linked
    headlines."""
    return _bare(text).lower() in _set("extract/link_cues.txt")


def is_list_heading(text: str) -> bool:
    """A heading of what follows an article: popular/related lists, tags, comments, share bars."""
    bare = _bare(text).lower()
    return bare in _set("extract/list_headings.txt") or _list_heading_re().fullmatch(bare) is not None \
        or is_end_marker(text)


def is_named_list_heading(bare_lower: str) -> bool:
    """A list heading naming a section, site or period ("most read in world news"; list_heading_patterns.txt), of a
    line's _bare lower-case text."""
    return _list_heading_re().fullmatch(bare_lower) is not None


@cache
def _list_heading_re() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load_lines("extract/list_heading_patterns.txt")), re.IGNORECASE)


def is_end_marker(text: str) -> bool:
    """Opens a comment section or a "more from" list (kabar/data/extract/end_patterns.txt)."""
    return _end_re().match(text, 0, PREFIX_SPAN) is not None


@cache
def _end_re() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load_lines("extract/end_patterns.txt")), re.IGNORECASE)


@cache
def _caption_patterns() -> tuple[re.Pattern, tuple[tuple[str, re.Pattern], ...]]:
    """caption_patterns.txt as one alternation of the patterns anchored at the start, and the others grouped by the
    punctuation a match must contain (see _required_punctuation), one alternation per group."""
    patterns = load_lines("extract/caption_patterns.txt")
    head = "|".join(f"(?:{p.removeprefix('^')})" for p in patterns if p.startswith("^"))
    groups: dict[str, list[str]] = {}
    for p in patterns:
        if not p.startswith("^"):
            groups.setdefault(_required_punctuation(p), []).append(f"(?:{p})")
    tails = tuple((need, re.compile("|".join(group), re.IGNORECASE)) for need, group in groups.items())
    return re.compile(head, re.IGNORECASE), tails


def _required_punctuation(pattern: str) -> str:
    """Punctuation characters every match of the pattern contains (literals outside optional parts): a line without
    them need not be searched. Read from the parsed pattern so the gate follows the data file; "" when unsure."""
    try:
        from re import _parser  # the stdlib's own pattern parser (re.compile uses it)

        parsed = _parser.parse(pattern, re.IGNORECASE)
    except Exception:
        return ""
    return "".join(sorted(_literals(list(parsed))))


def _literals(items: list) -> set[str]:
    from re import _constants as c

    found: set[str] = set()
    for op, arg in items:
        if op is c.LITERAL:
            ch = chr(arg)
            if not ch.isalnum() and ch.lower() == ch.upper():  # punctuation: no case to ignore
                found.add(ch)
        elif op is c.SUBPATTERN:
            found |= _literals(list(arg[-1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            found |= _literals(list(arg[2]))
    return found


def is_caption(text: str) -> bool:
    head_re, tails = _caption_patterns()
    if head_re.match(text, 0, CAPTION_HEAD):
        return True
    tail = text[-CAPTION_TAIL:]
    for need, tail_re in tails:
        for ch in need:
            if ch not in tail:
                break
        else:
            if tail_re.search(tail) is not None:
                return True
    return False


LIST_ITEM_NUMBER = re.compile(r"\d{1,2}[.)] [A-Z]")  # an item's number opening a line: "3. Judul", "3) Judul"


def is_date_line(text: str, tokens: list[str]) -> bool:
    """A short line made mostly of date and time parts ("Kamis, 02 Mei 2024 | 13:53", "- 24 Oktober 2020, 06:25 WIB"),
    or a short dated byline with a clock time or a posting cue ("Chris Davies - Nov 19, 2019, 10:31 pm CST",
    "Posted on Maret 30, 2015 by Admin")."""
    if not tokens or len(tokens) > DATE_LINE_TOKENS:
        return False
    if text[:1].isdigit() and len(tokens) > 1 and LIST_ITEM_NUMBER.match(text) \
            and tokens[1].lower() not in calendar_words():
        return False  # a listicle's numbered subheading ("3. Mudik Kilat (17 Desember 2026)"), dated or not
    lowered = [t.lower() for t in tokens]
    named = sum(map(calendar_words().__contains__, lowered))
    dateish = named + sum(map(str.isdigit, tokens))
    if dateish >= 2 and dateish >= 0.6 * len(tokens) and len(tokens) <= 12 and (
            named > 0 or NUMERIC_DATE.search(text) is not None):  # (the pattern only where it decides)
        return True
    if text.endswith(".") and not text.endswith(("a.m.", "p.m.")):  # ("Published: Monday, Nov. 18, 2019 at 11:08 a.m.")
        return False
    if TIME.search(text) is None and _set("extract/posting_cues.txt").isdisjoint(lowered):
        return False  # (checked before the full-date patterns, which cost most)
    return NUMERIC_DATE.search(text) is not None or FULL_DATE.search(text) is not None


def has_dateline(text: str) -> bool:
    """The body lead of a news article often opens with a dateline ("JAKARTA, KOMPAS.com - ")."""
    head = text[:100]
    if "-" not in head and "–" not in head and "—" not in head:
        return False  # (every dateline closes with a dash; the pattern backtracks long on a sentence without one)
    return bool(DATELINE.match(head))


@dataclass(slots=True)
class LineFeatures:
    number: int  # 1-based raw line number
    text: str  # stripped
    words: int  # whitespace-separated tokens
    terminal: bool  # ends like a sentence
    stop_ratio: float  # share of function words; only computed for long lines without terminal punctuation
    cue: bool  # boilerplate cue phrase or navigation
    caption: bool
    list_heading: bool
    end_marker: bool  # a comment section or "more from" list starts here
    date: bool
    dateline: bool  # only computed for short sentence-like lines, where it decides (see has_dateline)
    meta: str | None = None  # meta_line_kind
    duplicate: bool = False  # the same text appeared on an earlier line of the page
    template: bool = False  # recurs across pages of the same outlet
    headline_case: bool = False  # a terminal line in title case: a headline's shape, not a paragraph's (lines.py)

    @property
    def noise(self) -> bool:
        return self.cue or self.caption or self.duplicate or self.template

    @property
    def sentence(self) -> bool:
        """Looks like a paragraph of running text."""
        if self.words < FEWEST_SENTENCE_WORDS:
            return False  # (most lines of a page are short: the one test that answers for them first)
        if self.cue or self.caption or self.duplicate or self.template or self.date or self.meta is not None:
            return False  # (noise spelled out: this runs for every line, several times per page)
        if self.headline_case:
            return False
        if self.terminal and (self.words >= SENTENCE_MIN_WORDS or self.dateline and self.words >= DATELINE_SENTENCE_WORDS):
            return True
        return self.words >= LONG_LINE_WORDS and self.stop_ratio >= MIN_STOP_RATIO


SENTENCE_MIN_WORDS = 6
DATELINE_SENTENCE_WORDS = 4  # a short lead opening with its dateline ("JAKARTA, KOMPAS.com - Hujan turun.")
LONG_LINE_WORDS = 16
FEWEST_SENTENCE_WORDS = min(SENTENCE_MIN_WORDS, DATELINE_SENTENCE_WORDS, LONG_LINE_WORDS)  # below it: no sentence
MIN_STOP_RATIO = 0.12
TERMINAL_CHARS = frozenset(".!?…。！？:\"”’')]*")
STOP_CHARS = frozenset(".!?…。！？:")  # TERMINAL's stops: a line ending in one is terminal


def stop_ratio(text: str) -> float:
    if text.isascii():  # lower-casing the line first splits it the same way (not so for e.g. "İ")
        tokens = WORD.findall(text.lower())
        return sum(map(stop_words().__contains__, tokens)) / len(tokens) if tokens else 0.0
    tokens = WORD.findall(text)
    if not tokens:
        return 0.0
    stops = stop_words()
    return sum(1 for t in tokens if t.lower() in stops) / len(tokens)


@dataclass(frozen=True, slots=True)
class _Tables:
    """The word sets and patterns text_features consults, loaded once (locals are cheaper than calls per line)."""

    exact: frozenset[str]
    cue_heads: frozenset[str]
    cue_short: tuple[str, ...]
    cue_prefix: re.Pattern
    cue_short_prefix: re.Pattern
    pagination: re.Pattern
    nav: tuple[re.Pattern, ...]
    list_headings: frozenset[str]
    list_heading_re: re.Pattern
    end: re.Pattern
    embed: re.Pattern
    signup: re.Pattern
    notice: re.Pattern
    caption_head: re.Pattern
    caption_tails: tuple[tuple[str, re.Pattern], ...]


@cache
def _tables() -> _Tables:
    heads, short = _cue_openings()
    return _Tables(
        _set("extract/boilerplate_exact.txt"), heads, short, _prefix_re("extract/boilerplate_prefix.txt"),
        _prefix_re("extract/boilerplate_short_prefix.txt"), _pagination_re(), _patterns("extract/nav_patterns.txt"),
        _set("extract/list_headings.txt"), _list_heading_re(), _end_re(), _embed_re(), _signup_re(), _notice_re(),
        *_caption_patterns(),
    )


def text_features(text: str) -> tuple:
    """The page-independent features of a stripped non-blank line, in LineFeatures' order (words ... dateline).

    The same answers as is_boilerplate_cue, is_caption, is_list_heading, is_end_marker, is_date_line and has_dateline
    (tests/extract/test_lines_fast_paths.py checks it), in one function: this runs once per distinct line of every
    page, and per-line calls and table look-ups were most of its cost. Each feature is computed only where it can
    change the outcome: stop words of long unterminated lines, dates of short lines with a digit, datelines of short
    sentences, headings of lines that fit PREFIX_SPAN."""
    t = _tables()
    words, digit, gates = _line_facts(text)
    if words <= 2 and len(text) > 24 and CJK.search(text):
        words = len(text) // 2  # no spaces between words: about two characters a word
    last = text[-1]
    # (a stop itself ends TERMINAL's first alternative: most sentences need no search)
    terminal = last in STOP_CHARS or last in TERMINAL_CHARS and TERMINAL.search(text[-TERMINAL_TAIL:]) is not None
    bare = text.strip(BARE_CHARS).strip()
    bare_lower = bare.lower() if len(bare) <= PREFIX_SPAN else ""
    if len(text) <= PREFIX_SPAN:
        end_marker = t.end.match(text, 0, PREFIX_SPAN) is not None
        list_heading = end_marker or bare_lower in t.list_headings or t.list_heading_re.fullmatch(bare_lower) is not None
    else:
        end_marker = list_heading = False
    # is_boilerplate_cue
    if not bare or len(bare) <= 40 and bare_lower in t.exact:
        cue = True
    else:
        opening = bare[:3].lower()
        cue = (opening in t.cue_heads or opening.startswith(t.cue_short)) and (
            t.cue_prefix.match(bare, 0, PREFIX_SPAN) is not None
            or words <= 8 and t.cue_short_prefix.match(bare, 0, PREFIX_SPAN) is not None)
        if not cue and len(bare) <= 40:
            cue = t.pagination.fullmatch(bare) is not None
        if not cue and bare[0] in BRACKETS:
            inner = _bracketed(bare)
            cue = bool(inner) and _cue_phrase(inner, words)
        if not cue and gates is None:
            gates = _gates_python(text)  # (without the C speedups)
        if not cue and gates & EMBED_BIT:
            cue = t.embed.search(text) is not None
        if not cue and gates & SIGNUP_BIT and words <= SIGNUP_MAX_WORDS:
            cue = t.signup.search(text) is not None
        if not cue and gates & NOTICE_BIT:
            cue = t.notice.search(text) is not None
        if not cue and gates & NAV_BIT:
            cue = any(p.search(text) for p in t.nav)
    date = words <= DATE_LINE_TOKENS and (digit if digit is not None else DIGIT.search(text) is not None) and \
        is_date_line(text, WORD.findall(text))
    # is_caption
    caption = t.caption_head.match(text, 0, CAPTION_HEAD) is not None
    if not caption and not date:  # (a date line ending with its outlet, "Updated on: November 19, 2019 / 10:07 AM /
        # CBS News", ends as a photo's credit does, "Foto / Antara": the date tells it apart)
        tail = text[-CAPTION_TAIL:]
        for need, tail_re in t.caption_tails:
            for ch in need:
                if ch not in tail:
                    break
            else:
                if tail_re.search(tail) is not None:
                    caption = True
                    break
    return (
        words,
        terminal,
        stop_ratio(text) if words >= LONG_LINE_WORDS and not terminal else 0.0,
        cue,
        caption,
        list_heading,
        end_marker,
        date,
        terminal and words < SENTENCE_MIN_WORDS and has_dateline(text),
    )


def line_features(number: int, text: str) -> LineFeatures:
    """Features of one stripped non-blank line; the costly ones only where they can change the outcome."""
    return LineFeatures(number, text, *text_features(text))
