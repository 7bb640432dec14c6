"""Entity mentions (people, organisations, places) in Indonesian news text, with the title or role of people.

A CRF (python-crfsuite, trained by tools/train_ner.py on idner-news-2k, features in ner_features.py) tags the
tokens of each paragraph, sentence by sentence. Small rules, each for a pattern the tagger gets wrong, then:
- move titles out of person names into Mention.role ("Menteri Luar Negeri AS Antony Blinken" -> role, name);
- add names right after a title or a quote's verb of saying, known nicknames ("Jokowi", "Cak Imin"), and
  organisations after a strong head word ("Kementerian Pertahanan X") that the tagger missed;
- split spans run across "dan" + a title, give "kuasa hukum X, Y" roles to Y, call "kota X" a place;
- complete spans cut inside a gazetteer name, join "Badan X, Y, dan Z (XYZ)", split dateline brackets;
- keep only name-like words in Title Case headlines, and make a person's name a person wherever it recurs.
Without the model file, a gazetteer and capitalisation fallback keeps runs going.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from functools import cache
from pathlib import Path

from kabar.data import data_path, load_lines
from kabar.nlp.ner_features import (
    chunk_bounds,
    first_words,
    is_common_word,
    person_names,
    phrase_matches,
    phrase_sets,
    sentence_features,
    tokenize,
    words_of,
)
from kabar.records import Mention

MODEL = "models/ner-id.crfsuite"
TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}
ROLE_LOOKBACK = 16  # tokens
_POSSESSIVE = re.compile(r"\b(\w{3,})nya\b")
MAX_PLACE_WORDS = 4
WINDOW_MARGIN = 4  # tokens tagged on each side of a capitalised word
ROLE_CONNECTORS = frozenset({"dan", "untuk", "urusan", "bidang", "dari", "se", "&", "(", ")", "-", "/"})


@cache
def _tagger():
    """The crfsuite tagger, loaded once per process; None when the model or library is missing.

    $KABAR_NER_MODEL may name another model file (one made by tools/train_ner.py).
    """
    try:
        import pycrfsuite

        custom = os.environ.get("KABAR_NER_MODEL")
        path = Path(custom) if custom else data_path(MODEL)
        if not path.is_file():
            return None
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        return tagger
    except (ImportError, OSError):
        return None


def tag_words(words: list[str]) -> list[str]:
    """IOB tags of a token list (one sentence or chunk).

    Only windows around capitalised words are tagged (names are capitalised in Indonesian news); the rest is O.
    This halves tagging time on ordinary news prose and changes no tag on the dev data (bench/analysis_entities).
    """
    tagger = _tagger()
    if tagger is None:
        return fallback_tags(words)
    tags = ["O"] * len(words)
    for lo, hi in capital_windows(words):
        tags[lo:hi] = tagger.tag(sentence_features(words[lo:hi]))
    return tags


def capital_windows(words: list[str], margin: int = WINDOW_MARGIN) -> list[tuple[int, int]]:
    """Merged (start, end) ranges of words within margin of a capitalised word."""
    windows: list[tuple[int, int]] = []
    n = len(words)
    for i, word in enumerate(words):
        if word[:1].isupper():
            lo, hi = max(0, i - margin), min(n, i + margin + 1)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
    return windows


def fallback_tags(words: list[str]) -> list[str]:
    """Without the model: gazetteer places and organisations, and capitalised runs after a title as people."""
    tags = ["O"] * len(words)
    for key in ("LOC", "ORG"):
        for s, e in phrase_matches(words, key):
            if all(t == "O" for t in tags[s:e]):
                tags[s : e] = [f"B-{key}"] + [f"I-{key}"] * (e - s - 1)
    for _, e in phrase_matches(words, "TTL", lowercase=True):
        k = e
        while k < len(words) and tags[k] == "O" and words[k][:1].isupper() and words[k].lower() not in _title_words():
            tags[k] = "I-PER" if k > e else "B-PER"
            k += 1
    return tags


def iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) token ranges of an IOB sequence; a stray I- starts a new span."""
    out: list[tuple[int, int, str]] = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or tag[2:] != kind:
            if start is not None:
                out.append((start, i, kind))
            start, kind = (i, tag[2:]) if tag != "O" else (None, None)
    return out


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(load_lines("id/gazetteer_honorifics.txt"))


@cache
def _title_words() -> frozenset[str]:
    return frozenset(w for phrase in phrase_sets()["TTL"] for w in phrase)


def _base(word: str) -> str:
    """Lowercase word without a possessive -nya ("besarnya" -> "besar")."""
    low = word.lower()
    return low[:-3] if low.endswith("nya") and len(low) > 5 else low


def leading_title_length(words: list[str]) -> int:
    """How many leading words of a name are a title ("Jenderal Soedirman" -> 1); the name keeps one word."""
    titles = phrase_sets()["TTL"]
    low = [w.lower().rstrip(".") for w in words]
    cut = 0
    while cut < len(words) - 1:
        for length in range(min(5, len(words) - 1 - cut), 0, -1):
            if tuple(low[cut : cut + length]) in titles:
                cut += length
                if cut < len(words) - 1 and words[cut] == ".":  # "Ir. Soprijanto", "Prof. Budi"
                    cut += 1
                break
        else:
            break
    return cut


def find_role(words: list[str], start: int, floor: int) -> int | None:
    """Index of the first word of the title before words[start] (a person's name), or None.

    Walks back over title words, capitalised qualifiers ("AS", "Kementerian", "Jawa Barat") and connectors,
    then takes the leftmost title phrase in that stretch: "Wakil Menteri Luar Negeri AS | Stephen Biegun".
    """
    titles = phrase_sets()["TTL"]
    title_words = _title_words()
    k = start - 1
    if k >= floor and words[k] == ",":
        k -= 1
    stretch_start = start
    while k >= floor and start - k <= ROLE_LOOKBACK:
        word = words[k]
        base = _base(word)
        if base in title_words or word[:1].isupper() or word[:1].isdigit() or base in ROLE_CONNECTORS:
            stretch_start = k
            k -= 1
            continue
        if word == "," and k - 1 >= floor and words[k - 1][:1].isupper() and (words[k + 1][:1].isupper()
                                                                             or words[k + 1] == "dan"):
            k -= 1  # a listed unit name: "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB"
            continue
        break
    for j in range(stretch_start, start):
        for length in range(min(5, start - j), 0, -1):
            phrase = tuple(_base(w) for w in words[j : j + length])
            if phrase in titles:
                return j
    return None


@cache
def _strong_heads() -> frozenset[str]:
    return frozenset(load_lines("id/gazetteer_org_heads_strong.txt"))


def _org_head_spans(words: list[str], taken: list[bool]) -> list[tuple[int, int]]:
    """Capitalised runs opening with an organisation head word ("Kementerian Pertahanan X") on free tokens."""
    out = []
    strong = _strong_heads()
    for s, e in phrase_matches(words, "OHD", lowercase=True):
        if not words[s][:1].isupper() or taken[s] or " ".join(words[s:e]).lower() not in strong:
            continue
        k = e
        while k < len(words) and not taken[k] and (words[k][:1].isupper() or (words[k] == "dan" and k + 1 < len(words)
                                                                             and words[k + 1][:1].isupper())):
            k += 1
        if words[k - 1] == "dan":
            k -= 1
        if k > e:
            out.append((s, k))
    return out


def find_mentions(text: str) -> list[Mention]:
    """Entity mentions of text in order, with character offsets into text; titles of people go in role.

    Paragraphs ("\n"-separated) are tagged separately, so a mention never spans two paragraphs.
    """
    if not text or not any(ch.isupper() for ch in text):
        return []
    mentions: list[Mention] = []
    offset = 0
    for para in text.split("\n"):
        if any(ch.isupper() for ch in para):
            mentions.extend(_paragraph_mentions(text, offset, para))
        offset += len(para) + 1
    return consistent_people(text, mentions)


def consistent_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Within one text, a person's full name or surname is a person wherever it recurs.

    The tagger sees one sentence at a time, so "Blinken" or "Sullivan" alone may be missed or typed as a place or
    organisation in one sentence while the full name was tagged a person in another.
    """
    names = {m.text for m in mentions if m.type == "person" and " " in m.text}
    if not names:
        return mentions
    forms = set(names)
    for name in names:
        last = name.split()[-1]
        if len(last) > 3 and _is_name_word(last):
            forms.add(last)
    fixed = [Mention(m.start, m.end, m.text, "person", m.role) if m.type != "person" and m.text in forms else m
             for m in mentions]
    covered = sorted((m.start, m.end) for m in fixed)
    starts = [s for s, _ in covered]

    def overlaps(start: int, end: int) -> bool:
        i = bisect_left(starts, end) - 1  # the last mention starting before end
        return i >= 0 and covered[i][1] > start or (i > 0 and covered[i - 1][1] > start)

    added = [Mention(start, end, text[start:end], "person") for start, end in whole_word_hits(text, forms)
             if not overlaps(start, end)]
    if not added:
        return fixed
    return sorted(fixed + added, key=lambda m: (m.start, m.end))


_NAME_EDGE = re.compile(r"[\w'’-]")


def whole_word_hits(text: str, forms: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the forms found as whole words in text, left to right, longest first, not overlapping.

    The same hits as finditer of the alternation of the forms between word edges; written out because compiling
    that alternation for every article cost more than the rest of the step.
    """
    longest: dict[int, int] = {}
    for form in forms:
        if not form:
            continue
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if (not (start and _NAME_EDGE.match(text, start - 1)) and not _NAME_EDGE.match(text, end)
                    and end > longest.get(start, start)):
                longest[start] = end
            start = text.find(form, start + 1)
    hits: list[tuple[int, int]] = []
    reached = 0
    for start in sorted(longest):
        if start >= reached:
            hits.append((start, longest[start]))
            reached = longest[start]
    return hits


def _paragraph_mentions(text: str, offset: int, para: str) -> list[Mention]:
    spans = [(s + offset, e + offset) for s, e in tokenize(para)]
    words = [text[s:e] for s, e in spans]
    mentions: list[Mention] = []
    for lo, hi in chunk_bounds(words):
        chunk = words[lo:hi]
        if not any(w[:1].isupper() for w in chunk) or is_lone_label(chunk):
            continue
        found = [(s, e, kind) for s, e, kind in iob_spans(tag_words(chunk)) if any(ch.isalpha() for w in chunk[s:e]
                                                                                 for ch in w)]
        taken = [False] * len(chunk)
        for s, e, _ in found:
            taken[s:e] = [True] * (e - s)
        found += [(s, e, "ORG") for s, e in _org_head_spans(chunk, taken)]
        found += [(s, e, "PER") for s, e in _cued_person_spans(chunk, taken)]
        found += [(s, e, "PER") for s, e in phrase_matches(chunk, "NICK") if not any(taken[s:e])]
        found = [_place_after_place_noun(chunk, f) for f in found]
        found = split_at_titles(chunk, complete_known_names(chunk, sorted(found)))
        found = normalize_spans(chunk, join_listed_organisation(chunk, found))
        found = [span for span in split_organisation_and_name(chunk, found) if not is_lowercase_common(chunk, span)]
        if is_title_case(chunk):
            found = [piece for span in found for piece in title_case_pieces(chunk, span)]
        else:
            found = extend_names(chunk, found)
        found = include_balinese_article(chunk, found)
        for s, e, kind in found:
            role_start = find_role(chunk, s, _previous_end(found, s)) if kind == "PER" else None
            if e < len(chunk) and chunk[e] == ")" and "(" in chunk[s:e]:
                e += 1  # "Mahkamah Konstitusi (MK)": keep the bracket balanced
            mention_text = text[spans[lo + s][0] : spans[lo + e - 1][1]]
            role = None
            if role_start is not None:
                role_end = s - 1
                while role_end > role_start and chunk[role_end] in {",", "("}:
                    role_end -= 1
                role = text[spans[lo + role_start][0] : spans[lo + role_end][1]]
                role = _POSSESSIVE.sub(lambda m: m.group(1) if m.group(1).lower() in _title_words() else m.group(0),
                                       role)
                if all(w.lower() in _honorifics() for w in words_of(role) if w != "."):
                    role = None  # "Pak", "Ny.": a courtesy, not a role
            mentions.append(Mention(spans[lo + s][0], spans[lo + e - 1][1], mention_text, TYPES.get(kind, "other"),
                                    role))
    return move_possessive_roles(text, mentions)


@cache
def _possessive_roles() -> frozenset[str]:
    return frozenset(load_lines("id/gazetteer_possessive_roles.txt"))


def _starts_with_possessive_role(role: str) -> bool:
    words = [_base(w) for w in words_of(role)]
    return any(" ".join(words[:n]) in _possessive_roles() for n in range(1, min(4, len(words)) + 1))


def move_possessive_roles(text: str, mentions: list[Mention]) -> list[Mention]:
    """"kuasa hukum X, Y": the role is Y's ("kuasa hukum X"), not X's."""
    for first, second in zip(mentions, mentions[1:], strict=False):
        if (first.type == "person" and second.type == "person" and first.role and not second.role
                and text[first.end : second.start].strip() == ","
                and _starts_with_possessive_role(first.role)):
            second.role = f"{first.role} {first.text}"
            first.role = None
    return mentions


@cache
def _speech_verbs() -> frozenset[str]:
    """Bare verbs of saying (the quotes engineer's list), which put a speaker's name right after them."""
    return frozenset(load_lines("id/speech_verbs.txt"))


@cache
def _place_nouns() -> frozenset[str]:
    return frozenset(load_lines("id/gazetteer_place_nouns.txt"))


def _is_name_word(word: str) -> bool:
    """A capitalised word that is not a common word, a month or weekday, a title or a known place/organisation."""
    from kabar.nlp.ner_features import calendar_words, is_common_word

    if not word[:1].isupper() or len(word) < 3 or word.isupper():
        return False  # acronyms ("DKI", "III") are rarely a person's name
    low = word.lower()
    if is_common_word(low) or low in calendar_words() or low in _title_words():
        return False
    sets = phrase_sets()
    return (word,) not in sets["LOC"] and (word,) not in sets["ORG"]


def _cued_person_spans(words: list[str], taken: list[bool]) -> list[tuple[int, int]]:
    """Untagged names right after a title ("Wamenlu Biegun") or a quote's verb of saying ('," tulis O'Brien')."""
    cue_ends = set()
    for _, e in phrase_matches(words, "TTL", lowercase=True):
        places = phrase_matches(words[e : e + MAX_PLACE_WORDS], "LOC")
        cue_ends.add(e + places[0][1] if places and places[0][0] == 0 else e)  # "Wamenlu AS | Biegun"
    verbs = _speech_verbs()
    for i, word in enumerate(words[:-1]):
        if word.lower() in verbs and i > 0 and words[i - 1] in {",", '"', "”", "“", "'"}:
            cue_ends.add(i + 1)
    out = []
    for start in sorted(cue_ends):
        k = start
        while k < len(words) and not taken[k] and _is_name_word(words[k]):
            k += 1
        if k > start:
            out.append((start, k))
    return out


def _place_after_place_noun(words: list[str], span: tuple[int, int, str]) -> tuple[int, int, str]:
    """A one-word "person" right after "kota", "desa", "wilayah" ... is a place."""
    s, e, kind = span
    if kind == "PER" and e - s == 1 and s > 0 and words[s - 1].islower() and words[s - 1] in _place_nouns():
        return (s, e, "LOC")
    return span


def normalize_spans(words: list[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Fix the tagger's spans around titles, places in roles and brackets.

    - a span that is only a title or organisation head ("Presiden", "Kementerian") is dropped;
    - a span starting inside a title ("Menteri [Luar Negeri Armenia Zohrab X]") starts after it;
    - a span loses a leading title, and after a title a place ("Menlu [Turki] Hakan Fidan"): what is left is a
      person; a place alone after a title it was cut from belongs to the role and is dropped;
    - a place "X (Y)" stays one span only when Y abbreviates X ("Amerika Serikat (AS)", not the dateline
      "Ankara (ANTARA)"); organisations keep their bracket ("PT Pertamina (Persero)"), as the training data does.
    """
    titles = phrase_sets()["TTL"]
    heads = phrase_sets()["OHD"]
    title_end = {k: te for ts, te in phrase_matches(words, "TTL", lowercase=True) for k in range(ts + 1, te)}
    out: list[tuple[int, int, str]] = []
    for s, e, kind in found:
        low = tuple(w.lower() for w in words[s:e])
        if low in titles or low in heads:
            continue
        moved = False
        known = tuple(words[s:e]) in phrase_sets()["ORG"] or tuple(words[s:e]) in phrase_sets()["LOC"]
        if s in title_end and (low[0],) not in heads and not known:  # "Panglima [Besar Jendral Soedirman]"
            if kind == "ORG" and tuple(words[s : title_end[s]]) in phrase_sets()["ORG"] and title_end[s] < e:
                out.append((s, title_end[s], "ORG"))  # "Anggota [DPR] [Masinton Pasaribu]" tagged as one span
                if _names_after_place(words[title_end[s] : e]):
                    kind = "PER"
            s, moved = title_end[s], True
            if s >= e:
                continue
        if kind == "PER":  # a missed full stop glues the next word on: "imbuh Sanchez [Ratusan] relawan"
            while e - s > 1 and is_common_word(words[e - 1].lower()) == "dictaff":
                e -= 1
        if "(" in words[s:e] and kind == "LOC":
            p = s + words[s:e].index("(")
            close = words.index(")", p) if ")" in words[p:e + 1] else e
            inner = "".join(words[p + 1 : close])
            if p > s and not is_abbreviation(inner, " ".join(words[s:p])):
                e = p
        nicks = phrase_sets()["NICK"]
        if s > 0 and tuple(words[s - 1 : e]) in nicks:
            s -= 1  # "Cak [Imin]", "Gus [Dur]": the courtesy word is part of the known nickname
        # a known name is never cut: "Raja Ampat" (a place), the "DPR" of "Ketua DPR" (an organisation)
        cut = 0 if tuple(words[s:e]) in nicks or known else leading_title_length(words[s:e])
        if cut and kind == "ORG" and not _names_after_place(words[s + cut : e]):
            if tuple(words[s + cut : e]) in phrase_sets()["LOC"]:
                continue  # "Menteri Luar Negeri Azerbaijan" alone: a role, its person named elsewhere
            cut = 0  # "Presiden Direktur PT X" and the like stay as tagged
        s += cut
        if cut and kind in ("LOC", "ORG"):
            kind = "PER"
        if cut or moved or (s > 0 and _base(words[s - 1]) in _title_words()):
            places = phrase_matches(words[s:e], "LOC")
            if places and places[0][0] == 0:
                rest = words[s + places[0][1] : e]
                if rest and _names_after_place(rest):
                    s, kind = s + places[0][1], "PER"
                elif not rest and (cut or moved):
                    continue  # "Menteri Luar Negeri [Azerbaijan]": part of a role
        if kind == "LOC" and (tuple(words[s:e]) in phrase_sets()["ORG"]
                              and tuple(words[s:e]) not in phrase_sets()["LOC"]):
            kind = "ORG"  # "di Twitter", "ke Pertamina": a known organisation, not a place
        if s < e:
            out.append((s, e, kind))
    return out


def _names_after_place(words: list[str]) -> bool:
    """Whether words are a name, possibly after a place: "Azerbaijan Ilham Aliyev", "Hakan Fidan"."""
    places = phrase_matches(words, "LOC")
    skip = places[0][1] if places and places[0][0] == 0 and places[0][1] < len(words) else 0
    return bool(words[skip:]) and all(_continues_name(w) for w in words[skip:])


def is_lone_label(words: list[str]) -> bool:
    """A line of one word ("Advertisement", "Populer", "Dunia") is a page label, unless it is a known name."""
    alpha = [w for w in words if w[:1].isalpha()]
    if len(alpha) != 1:
        return False
    sets = phrase_sets()
    return (alpha[0],) not in sets["LOC"] and (alpha[0],) not in sets["ORG"]


def is_title_case(words: list[str]) -> bool:
    """A headline or subheading with Every Word Capitalised, where capitals say nothing about names."""
    from kabar.nlp.ner_features import is_common_word

    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    function_words = _function_words()
    if len(long_words) < 4 or any(w[:1].islower() and len(w) > 4 and w not in function_words for w in long_words):
        return False  # a sentence has lowercase content words; a headline only function words ("untuk", "di")
    # many capitalised common words: a headline, not a sentence dense with names
    capital_common = sum(1 for w in long_words if w[:1].isupper() and is_common_word(w.lower()))
    return capital_common >= 2 and capital_common >= 0.4 * len(long_words)


@cache
def _function_words() -> frozenset[str]:
    """Indonesian function words (the stories step's list)."""
    return frozenset(load_lines("id/stopwords_stories.txt"))


def title_case_pieces(words: list[str], span: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """In title case, a span keeps only its runs of name-like words: "[AS] Akan Bertemu [Armenia] Dan ..."."""
    from kabar.nlp.ner_features import is_common_word

    s, e, kind = span
    if words[s].lower() in _strong_heads():
        return [(s, e, "ORG")]  # "Universitas Airlangga": an organisation's name is made of common words
    if kind == "PER":  # names may be common words ("Dorman"); only verbs glued on ("Dikubur") are cut
        while s < e and is_common_word(words[e - 1].lower()) == "dictaff":
            e -= 1
        while s < e and is_common_word(words[s].lower()) == "dictaff":
            s += 1
        return [(s, e, kind)] if s < e else []
    known = {k for key in ("LOC", "ORG") for a, b in phrase_matches(words[s:e], key) for k in range(s + a, s + b)}
    pieces: list[tuple[int, int, str]] = []
    start = None
    for k in range(s, e + 1):
        namelike = k < e and (k in known or not is_common_word(words[k].lower()) or words[k] in person_names())
        if namelike and start is None:
            start = k
        elif not namelike and start is not None:
            pieces.append((start, k))
            start = None
    if pieces == [(s, e)]:
        return [span]
    out = []
    for a, b in pieces:
        if tuple(words[a:b]) in phrase_sets()["LOC"]:
            out.append((a, b, "LOC"))
        elif not all(ch in "-,." for ch in "".join(words[a:b])):
            out.append((a, b, kind))
    return out


def split_at_titles(words: list[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Split spans the tagger runs across "dan" + a title: "[Armenia Nikol X dan Presiden Azerbaijan Ilham Y]"."""
    titles_first = first_words()["TTL"]
    out = []
    for s, e, kind in found:
        start = s
        for k in range(s + 1, e - 1):
            if words[k] in {"dan", ","} and words[k + 1].lower() in titles_first and words[k + 1][:1].isupper():
                if leading_title_length(words[k + 1 : e]):
                    out.append((start, k, kind))
                    start = k + 1
        out.append((start, e, kind))
    return [span for span in out if span[0] < span[1]]


def is_lowercase_common(words: list[str], span: tuple[int, int, str]) -> bool:
    """A span without a capital that is no known name nor led by an organisation head: "di [mana-mana]",
    "di [patung kuda]" (the tagger's context misleads it; "kementerian luar negeri", "detikcom" stay)."""
    s, e, _ = span
    piece = words[s:e]
    if any(ch.isupper() for w in piece for ch in w):
        return False
    sets = phrase_sets()
    return (tuple(piece) not in sets["ORG"] and tuple(piece) not in sets["LOC"]
            and (piece[0].lower(),) not in sets["OHD"])


def split_organisation_and_name(words: list[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A span the tagger ran from a known organisation into a person's name is split there:
    "[Partai Gerindra] [Suhardi]", "[Bank Indonesia] [Mutiara Sibarani]", "[Kemdikbud] [Mustaghfirin]"."""
    out = []
    for s, e, kind in found:
        split = None
        if kind in ("ORG", "PER") and e - s > 1:
            for a, b in phrase_matches(words[s:e], "ORG"):
                rest = words[s + b : e]
                # a one-word organisation in an organisation span is too often the start of a longer name
                # ("Moody's Investors Service", "BI Rate"); in a person span it is not ("Kemdikbud X")
                if ((kind == "ORG" and b - a > 1) or (kind == "PER" and a == 0)) and rest and all(
                        _continues_name(w) for w in rest):
                    split = s + b
        if split is None:
            out.append((s, e, kind))
        else:
            out += [(s, split, "ORG"), (split, e, "PER")]
    return out


def extend_names(words: list[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A person's name takes a capitalised word right after it ("Ma'ruf [Amin]"), if that is no place or date."""
    taken = {k for s, e, _ in found for k in range(s, e)}
    out = []
    for s, e, kind in found:
        while kind == "PER" and e < len(words) and e not in taken and _continues_name(words[e]):
            e += 1
        out.append((s, e, kind))
    return out


@cache
def _balinese_names() -> frozenset[str]:
    return frozenset(load_lines("id/gazetteer_balinese_names.txt"))


def include_balinese_article(words: list[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A person starting with a Balinese name word takes the article before it: "I [Made Mudharta]", "Ni [Luh X]"."""
    out = []
    for s, e, kind in found:
        if (kind == "PER" and s > 0 and words[s - 1] in {"I", "Ni"}
                and words[s] in _balinese_names() and not any(a <= s - 1 < b for a, b, _ in found)):
            s -= 1
        out.append((s, e, kind))
    return out


def _continues_name(word: str) -> bool:
    from kabar.nlp.ner_features import calendar_words, is_common_word

    if not word[:1].isupper() or not word.replace("'", "").isalpha() or word.isupper() or len(word) < 2:
        return False
    if is_common_word(word.lower()) == "dictaff":
        return False  # an affixed word ("Bersaudara", "Mengatakan") is not part of a name
    sets = phrase_sets()
    low = word.lower()
    return ((word,) not in sets["LOC"] and (word,) not in sets["ORG"] and low not in calendar_words()
            and low not in _title_words() and (low,) not in sets["OHD"])


def complete_known_names(words: list[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A span cut inside a gazetteer name grows to the whole name: "[Amerika] Serikat" -> "[Amerika Serikat]"."""
    starts: dict[int, tuple[int, str]] = {}
    for key in ("LOC", "ORG"):
        for a, b in phrase_matches(words, key):
            if b - a > 1 and b > starts.get(a, (0, ""))[0]:
                starts[a] = (b, key)
    if not starts:
        return found
    out = []
    for i, (s, e, kind) in enumerate(found):
        end, key = starts.get(s, (0, ""))
        next_start = found[i + 1][0] if i + 1 < len(found) else len(words)
        if e < end <= next_start:
            out.append((s, end, kind if kind != "PER" else key))
        else:
            out.append((s, e, kind))
    return out


def join_listed_organisation(words: list[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One organisation for a name (with a comma list, maybe) and its bracketed acronym after it.

    "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)" or "Mahkamah Konstitusi (MK)" is often tagged in
    pieces; when a bracketed abbreviation of the whole follows an organisation, the pieces become one span (as
    the training data marks them).
    """
    out: list[tuple[int, int, str]] = []
    skip_until = -1
    for s, e, kind in found:
        if s < skip_until:
            continue
        if kind == "ORG":
            k = e
            while k < len(words) and k - e < 12 and (words[k] in {",", "dan", "&"} or words[k][:1].isupper()):
                k += 1
            if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
                if words[k - 1] not in {",", "dan"} and is_abbreviation(words[k + 1], " ".join(words[s:k])):
                    out.append((s, k + 3, kind))
                    skip_until = k + 3
                    continue
        out.append((s, e, kind))
    return out


def is_abbreviation(short: str, form: str) -> bool:
    """Whether short abbreviates form: same first letter, letters in order ("AS", "Kemensos", "MK")."""
    short, form = short.lower().replace(".", ""), form.lower()
    if not short or not form or short[0] != form[0] or len(short) >= len(form):
        return False
    pos = 0
    for ch in short:
        pos = form.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def _previous_end(found: list[tuple[int, int, str]], start: int) -> int:
    """End of the last person mention before start (a role never reaches back over another person)."""
    ends = [e for s, e, kind in found if e <= start and kind == "PER"]
    return max(ends) if ends else 0
