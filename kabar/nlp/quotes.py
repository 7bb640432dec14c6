"""Quotes and their speakers in Indonesian news: '"...," kata X', 'X mengatakan, "..."', '"...," tulis X di Twitter',
'"...," katanya' (resolved to the speaker named nearby), fragments inside reported speech, and indirect speech
('X mengatakan bahwa ...').

Hand-written: no installed library attributes quotes in Indonesian. The verbs of saying live in
kabar/data/id/speech_verbs.txt; titles and gazetteers (shared with entity recognition) in kabar/data/id/.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from kabar.data import load_json, load_lines
from kabar.records import Mention, Quote

QUOTE_MARKS = "\"“”„«»"
OPENERS = "“„«"
CLOSERS = "”»"
NAME_TOKEN = r"(?:[A-Z]\.|[A-Z][\w'’-]*|al-\w+|bin|binti|van|von|de|da|el)"
MAX_SPEAKER_WORDS = 12
MAX_LOOKBACK = 400  # characters before a quote searched for its verb of saying
_MARKS_RE = re.compile(f"[{QUOTE_MARKS}]")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(load_json("id/quote_words.json")[key])


@dataclass(slots=True)
class _Span:
    start: int  # first character inside the marks
    end: int  # end of the content (the closing mark's offset, or paragraph end when it is missing)
    close: int  # offset right after the closing mark (== end when missing)


@cache
def speech_verbs() -> frozenset[str]:
    return frozenset(load_lines("id/speech_verbs.txt"))


@lru_cache(maxsize=65536)
def _is_cue(word: str) -> bool:
    """A verb of saying, bare, me- form or with -nya ('katanya', 'ujarnya', 'tegasnya')."""
    w = word.lower()
    verbs = speech_verbs()
    return w in verbs or (w.endswith("nya") and w[:-3] in verbs)


def _is_verb_form(word: str) -> bool:
    """A verb of saying that can stand before a quote: me-/ber-/di- forms, 'kata', 'menurut', English verbs
    (a bare 'protes' or 'pesan' there is a noun: 'spanduk protes "..."')."""
    w = word.lower()
    return w.startswith(("me", "ber", "di")) or w in ("kata", "ujar", "said", "says", "told", "wrote", "added")


def _speaker_follows(word: str) -> bool:
    """'menurut X' and passive 'disampaikan X' name the speaker after the word."""
    w = word.lower()
    return w == "menurut" or (w.startswith("di") and w in speech_verbs())


def _is_pronoun_cue(word: str) -> bool:
    w = word.lower()
    return w.endswith("nya") and w[:-3] in speech_verbs() and w not in speech_verbs()


@cache
def _title_phrases() -> tuple[tuple[str, ...], ...]:
    phrases = {tuple(t.lower().split()) for t in load_lines("id/titles.txt")}
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def _role_words() -> frozenset[str]:
    """Words that belong to a title or an institution, not to a person's name ('Juru Bicara Kementerian Luar')."""
    words = {w for phrase in _title_phrases() for w in phrase}
    words |= {w.lower() for w in load_lines("id/gazetteer_org_heads.txt")}
    return frozenset(words)


@cache
def _titles_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _title_phrases():  # longest first
        index.setdefault(phrase[0], []).append(phrase)
    return index


@cache
def _single_titles() -> frozenset[str]:
    """Words that are a title or open an organisation by themselves ('presiden', 'menlu', 'kementerian')."""
    return frozenset(p[0] for p in _title_phrases() if len(p) == 1) | _org_heads()


def _last_title_end(tokens: list[str]) -> int:
    """Index after the last whole title phrase (or organisation head) before the final token, 0 if none:
    'Kapolda Metro Jaya Irjen Fadil Imran' -> 4; 'Irjen Imam Sugianto' -> 1 ('imam' alone is a name here)."""
    last = 0
    i = 0
    while i < len(tokens) - 1:
        low = [t.lower() for t in tokens[i:i + 6]]
        match = next((p for p in _titles_by_first_word().get(low[0], ()) if tuple(low[:len(p)]) == p
                      and i + len(p) <= len(tokens) - 1), None)
        if match:
            i += len(match)
            last = i
        elif low[0] in _org_heads():
            i += 1
            last = i
        else:
            i += 1
    return last


@cache
def _org_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("id/gazetteer_org_heads.txt"))


@cache
def _locations() -> frozenset[str]:
    return frozenset(load_lines("id/gazetteer_locations.txt"))


@cache
def _given_names() -> frozenset[str]:
    return frozenset(load_lines("id/gazetteer_person_names.txt"))


def _place_length(tokens: list[str], i: int) -> int:
    """How many tokens from i form a known place ('Jawa Barat' -> 2), 0 if none."""
    for k in (3, 2, 1):
        if i + k <= len(tokens) - 1 and " ".join(tokens[i:i + k]) in _locations():
            return k
    return 0


def strip_title(name: str) -> str:
    """'Presiden Rusia Vladimir Putin' -> 'Vladimir Putin'; 'Kapolda Metro Jaya Irjen Fadil Imran' -> 'Fadil Imran';
    'Menlu Blinken' -> 'Blinken'; a bare title is left alone."""
    tokens = name.replace(",", " ").split()
    if len(tokens) < 2:
        return name.strip(" ,")
    last_role = _last_title_end(tokens) - 1
    i = last_role + 1
    if last_role >= 0 and tokens[last_role].lower() in _org_heads() and i < len(tokens) - 2 and \
            tokens[i][:1].isupper() and not _place_length(tokens, i):
        i += 1  # the organisation's one-word name: "Dirut PT Pertamina Nicke Widyawati", "Polres Bogor"
    while i < len(tokens) - 1:
        place = _place_length(tokens, i)
        if place:
            i += place  # the place or body after a title: "Presiden Rusia", "Gubernur Jawa Barat", "Kepala BNPB"
        elif (tokens[i].isupper() and len(tokens[i]) <= 5) or not tokens[i][:1].isupper() or \
                re.fullmatch(r"\(.*\)", tokens[i]) or (tokens[i].lower() in _role_words() and
                                                       tokens[i] not in _given_names()):
            i += 1
        else:
            break
    rest = tokens[i:]
    if rest and rest[0] not in _given_names():
        # an organisation's name between title and person: "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono",
        # "Komunikasi Kebencanaan BNPB Abdul Muhari"
        given = next((k for k in range(1, len(rest) - 1) if rest[k] in _given_names()), None)
        if given is not None and (last_role >= 0 or any(_is_title_word(w) for w in rest[:given])):
            rest = rest[given:]
    if rest and rest[0][:1].isupper() and not (len(rest) == 1 and (rest[0] in _locations() or
                                                                   rest[0].lower() in _role_words())):
        return " ".join(rest)
    return name.strip(" ,")


def _quote_spans(text: str) -> list[_Span]:
    """Quoted stretches of each paragraph; a quote whose closing mark is missing runs to the paragraph end, one
    whose opening mark is missing starts at the paragraph start."""
    spans: list[_Span] = []
    offset = 0
    for para in text.split("\n"):
        marks = [m.start() for m in _MARKS_RE.finditer(para)]
        open_at = None
        for i in marks:
            ch = para[i]
            before = para[i - 1] if i else " "
            after = para[i + 1] if i + 1 < len(para) else " "
            # by position, since sloppy copy uses ” for both marks: after a space and before a word, it opens
            looks_open = ch in OPENERS or ((before.isspace() or before in "([:—-") and not after.isspace())
            if open_at is None:
                if looks_open or not para[:i].strip():
                    open_at = i
                elif para[:i].strip():  # a closing mark with no opening one: the quote began at the paragraph
                    lead = len(para) - len(para.lstrip())
                    spans.append(_Span(offset + lead, offset + i, offset + i + 1))
            else:
                if ch in OPENERS and i > open_at + 1 and before not in ".,!?":
                    open_at = i  # a stray opener: restart
                    continue
                spans.append(_Span(offset + open_at + 1, offset + i, offset + i + 1))
                open_at = None
        if open_at is not None and len(para) - open_at > 20:
            end = len(para.rstrip())
            spans.append(_Span(offset + open_at + 1, offset + end, offset + end))
        offset += len(para) + 1
    return [s for s in spans if s.end > s.start]


@dataclass(slots=True)
class _Person:
    start: int
    end: int
    name: str
    tagged: bool = False  # from the entity tagger (else from the capitalisation heuristic)
    title_context: str = ""  # the words right before the name (its title), lower case


@cache
def _name_run_re() -> re.Pattern:
    return re.compile(rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN})*")


@cache
def _title_set() -> frozenset[str]:
    return frozenset(" ".join(p) for p in _title_phrases())


def _titled_before(text: str, start: int) -> bool:
    """Whether a title (lower or capitalised) ends right before start: 'kata ketua umum ', 'Menlu '."""
    words = text[max(0, start - 50):start].lower().replace(",", " ").split()[-4:]
    return any(" ".join(words[i:]) in _title_set() for i in range(len(words)))


def _heuristic_people(text: str, titled_single_only: bool = False) -> list[_Person]:
    """Capitalised names when no entity mentions are given: a title or two name words make a person
    (titled_single_only: only one-word names after a title, the ones a tagger tends to miss)."""
    people: list[_Person] = []
    common: frozenset[str] | None = None
    for m in _name_run_re().finditer(text):
        tokens = m.group(0).split()
        while tokens and tokens[-1] in ("de", "da", "bin", "binti", "van", "von", "el"):
            tokens.pop()
        if titled_single_only and len(tokens) > 1 and not _is_title_word(tokens[-2]):
            continue
        if not tokens or (len(tokens) == 1 and not _titled_before(text, m.start())):
            continue
        titled = _last_title_end(tokens) > 0 or _titled_before(text, m.start())
        name = strip_title(" ".join(tokens))
        parts = name.split()
        if not parts or any((p.lower() in _role_words() and p not in _given_names()) or p in _locations()
                            for p in parts):
            continue  # still part of a title or a body ("Luar Negeri"), though "Imam" may be a given name
        if parts[0].isupper() and len(parts[0]) > 1:
            continue  # an acronym opens an organisation: "PDI Perjuangan"
        head = tokens[:len(tokens) - len(parts)]
        org_at = max((i for i, t in enumerate(head) if t.lower() in _org_heads()), default=-1)
        if org_at >= 0 and all(t.lower() not in _role_words() or t.lower() in _org_heads() for t in head[org_at:]) \
                and parts[0] not in _given_names():
            continue  # the name of an organisation: "Polda Metro Jaya", "Partai Amanat Nasional"
        sentence_start = m.start() == 0 or re.search(r"[.!?\"“”]\s*$|\n\s*$", text[max(0, m.start() - 3):m.start()])
        if sentence_start and len(parts) == len(tokens) and len(parts) >= 2:
            if common is None:  # words the text also writes in lower case: a sentence's first word, not a name
                common = frozenset(re.findall(r"\b[a-z][a-z-]+\b", text))
            first = parts[0].lower()
            if first in common or first in _words("leading_fillers") or first in speech_verbs() or \
                    first in _words("speaker_phrase_stops"):
                parts = parts[1:]
                name = " ".join(parts)
        if len(parts) >= 2 or titled:
            start = m.start() + m.group(0).rfind(parts[0]) if parts else m.start()
            people.append(_Person(start, start + len(name), name, False, _title_context(text, start)))
    return people


def _title_context(text: str, start: int) -> str:
    """The title words right before a name ('... memanggil Menteri Keuangan Sri' -> 'menteri keuangan')."""
    words = text[max(0, start - 80):start].replace(",", " ").split()
    kept: list[str] = []
    for w in reversed(words):
        if _is_title_word(w):
            kept.insert(0, w.lower())
        else:
            break
    return " ".join(kept)


def _people(text: str, mentions: list[Mention]) -> list[_Person]:
    """Person mentions; titled names the tagger left out ('Menteri Luar Negeri AS Blinken') are added."""
    persons = [_Person(m.start, m.end, m.text, True, (m.role or "").lower()) for m in mentions if m.type == "person"]
    if not mentions:
        return sorted(_heuristic_people(text), key=lambda p: p.start)
    taken = [(m.start, m.end) for m in mentions]
    for p in _heuristic_people(text, titled_single_only=True):
        if len(p.name.split()) == 1 and all(p.end <= s or p.start >= e for s, e in taken):
            persons.append(p)
    return sorted(persons, key=lambda p: p.start)


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    from kabar.nlp.sentences import sentence_spans

    return sentence_spans(text)


def _speaker_from_np(np_text: str, np_start: int, people: list[_Person]) -> str | None:
    """The person named in a speaker phrase: an entity mention inside it, else the phrase without its title."""
    np_end = np_start + len(np_text)
    inside = [p for p in people if p.start >= np_start and p.end <= np_end]
    tagged = [p for p in inside if p.tagged]
    if tagged:
        return tagged[0].name
    parts = [part.strip() for part in np_text.split(",")]
    for part in reversed(parts[1:]):  # "Kepala Pusat Data, Informasi, dan Komunikasi BNPB Abdul Muhari"
        name = strip_title(re.sub(r"^(?:dan|serta)\s+", "", part))
        words = name.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and \
                not any(w.lower() in _role_words() or w in _locations() for w in words):
            return name
    if inside:  # names guessed from capitals: the last one, since titles come before the name
        return inside[-1].name
    if len(parts) > 1 and parts[1][:1].isupper():
        first = strip_title(parts[0])
        if first == parts[0].strip() and parts[0].split()[0].lower() in _role_words() or \
                all(w.lower() in _role_words() or w in _locations() for w in parts[0].split()):
            return strip_title(parts[1])
    name = _trim_tail(strip_title(parts[0]))
    if re.fullmatch(r"@\w+", name):
        return name  # an account: '"...," tulis @handle di Twitter'
    return name if name and name[:1].isupper() else None


def _trim_tail(name: str) -> str:
    """'Budi singkat' -> 'Budi': lower-case words after a name are not part of it (particles excepted)."""
    words = name.split()
    while len(words) > 1 and words[-1][:1].islower() and words[-1] not in ("bin", "binti", "van", "von", "de"):
        words.pop()
    return " ".join(words)


def _cut_np(text: str, start: int) -> tuple[str, int]:
    """The speaker phrase starting at start: up to a full stop, a quote mark or a word like 'pada'/'di'."""
    m = re.match(r"\s*", text[start:])
    pos = start + (m.end() if m else 0)
    words = []
    for w in re.finditer(r"[^\s]+", text[pos:pos + 200]):
        token = w.group(0)
        core = token.strip(".;:!?()\"“”,")
        named = any(not t[2][:1].islower() and not _is_title_word(t[2].strip(",")) for t in words)
        if not core or len(words) >= MAX_SPEAKER_WORDS:
            break
        if core.lower() in _words("speaker_phrase_stops") and (named or core.lower() != "dari"):
            break  # a role before its name may say where from: "pengamat politik dari Universitas X, Nama"
        if token[:1] in "\"“”" or (token[:1] == "(" and not re.fullmatch(r"\([A-Z][\w.-]*\),?", token)):
            break
        words.append((w.start(), w.end(), token))
        if re.search(r"[.;:!?)\"“”]$", token) and not re.fullmatch(r"[A-Z]\.|[A-Z][a-z]{0,2}\.|\([A-Z][\w.-]*\)", token):
            break
    if not words:
        return "", pos
    np_text = text[pos:pos + words[-1][1]].rstrip(".;:!?)\"“” ")
    return np_text, pos


def _resolve(position: int, anchors: list[tuple[int, str]], people: list[_Person]) -> str | None:
    """The last person named as a speaker or sentence subject before position, else the nearest prior person."""
    i = bisect_right(anchors, (position, "\uffff"))
    j = bisect_right(people, position, key=lambda p: p.end)
    prior = [p for p in people[max(0, j - 200):j] if p.end <= position]  # people are sorted by start
    name = anchors[i - 1][1] if i else (prior[-1].name if prior else None)
    if name is None:
        return None
    words = set(name.split())
    fuller = [p.name for p in prior if len(p.name.split()) > len(words) and words <= set(p.name.split())]
    return fuller[-1] if fuller else name  # "Budi" -> "Budi Gunadi Sadikin" named earlier


@cache
def _description_nouns() -> frozenset[str]:
    return frozenset(load_lines("id/quote_descriptions.txt"))


def _is_description(np_text: str) -> bool:
    """'politisi itu', 'pria yang juga ...', 'mantan menteri tersebut': a lower-case description of someone named
    before (an indefinite one like 'seorang warga' is a new, unnamed speaker)."""
    words = np_text.lower().split()
    if not words or not np_text[:1].islower() or words[0] in _words("indefinite"):
        return False
    if words[-1] in ("itu", "tersebut", "ini") or "yang juga" in np_text.lower():
        return True
    named = any(w[:1].isupper() for w in np_text.split()[1:])  # "pelatih Indra Sjafri" names its speaker
    return words[0] in _description_nouns() and not named


def _subject_before(text: str, verb_start: int, floor: int) -> tuple[str, int]:
    """The noun phrase before a verb back to a comma, 'bahwa' or the sentence start: 'Presiden X juga'."""
    chunk = text[floor:verb_start].rstrip(" ,")  # "Kapolres Bogor, AKBP Iman Imanuddin, mengatakan"
    cut = max(chunk.rfind(","), chunk.rfind(";"), chunk.rfind(":"), chunk.lower().rfind(" bahwa "),
              chunk.rfind("\""), chunk.rfind("”"), chunk.rfind("“"))
    start = floor + cut + 1 if cut >= 0 else floor
    dateline = re.match(r"[A-Z][\w ./]*?(?:\s*\([A-Za-z .]+\))?\s*[-–—]+\s+(?=[A-Z])", text[start:verb_start])
    if dateline:  # "Jakarta (ANTARA) - Juru bicara ...", "Liputan6.com, Jakarta- Departemen ..."
        start += dateline.end()
    words = text[start:verb_start].split()
    if words and re.search(r"[-–—]$", words[0]):
        words = words[1:]
    while words and words[0].lower().strip(",") in _words("leading_fillers"):
        words = words[1:]
    while words and words[-1].lower() in _words("trailing_fillers"):
        words = words[:-1]
    phrase = " ".join(words)
    return phrase, (text.find(phrase, start) if phrase else start)


def _title_only(np_text: str) -> bool:
    """'Wapres', 'Menteri Luar Negeri AS': a title without a name (an organisation, 'Departemen ...', is not)."""
    words = np_text.replace(",", " ").split()
    return bool(words) and words[0].lower() not in _org_heads() and all(_is_title_word(w) for w in words)


def _is_title_word(word: str) -> bool:
    return word.lower() in _role_words() or word in _locations() or (word.isupper() and len(word) <= 5)


def _title_holder(title: str, position: int, anchors, people) -> str | None:
    """'kata Wapres', 'ujar sang menteri': the person named before with that title, else the last speaker."""
    low = title.lower()
    for p in reversed([p for p in people if p.end <= position]):
        if low in p.title_context:
            return p.name
    return _resolve(position, anchors, people)


def _resolve_np(np_text: str, np_start: int, anchors, people) -> str | None:
    low = np_text.lower()
    if not np_text:
        return None
    if _title_only(np_text):
        return _title_holder(np_text, np_start, anchors, people) or np_text
    if low in _words("pronouns") or low.split()[0] in _words("pronouns") or _is_description(np_text):
        return _resolve(np_start, anchors, people)
    if low.split()[0] in _words("indefinite"):
        return None
    return _speaker_from_np(np_text, np_start, people)


def _sentence_subjects(text: str, sentences, people: list[_Person]) -> list[tuple[int, str]]:
    """(position, name) of each sentence's subject: a sentence opening with a name word of someone named before
    ('Felly juga menyinggung ... Menkes Budi'), else the sentence's first person."""
    known: dict[str, str] = {}
    out: list[tuple[int, str]] = []
    k = 0
    for s, e in sentences:
        while k < len(people) and people[k].start < s:
            for word in people[k].name.split():
                if word[:1].isupper() and len(word) > 2:
                    known.setdefault(word, people[k].name)
            k += 1
        opening = None
        for w in re.finditer(r"[\w'’-]+", text[s:min(e, s + 80)]):
            low = w.group(0).lower()
            if low in _words("leading_fillers") or low == "menurut":
                continue  # "Sementara itu, Budi ...", "Menurut Budi, ..."
            opening = w
            break
        first = next((p for p in people if s <= p.start < e), None)
        if opening and opening.group(0) in known and (first is None or first.start > s + opening.end()):
            out.append((s + opening.start(), known[opening.group(0)]))
        elif first:
            out.append((first.start, first.name))
    return sorted(out)


@dataclass(slots=True)
class _Context:
    """What speaker resolution needs about the whole text."""

    text: str
    people: list[_Person]
    sentences: list[tuple[int, int]]
    sent_starts: list[int]
    para_starts: list[int]
    anchors: list[tuple[int, str]]  # (position, name) of speakers and sentence subjects, in text order

    def sentence_start(self, pos: int) -> int:
        i = max(0, bisect_right(self.sent_starts, pos) - 1)
        return self.sentences[i][0] if self.sentences else 0

    def paragraph_index(self, pos: int) -> int:
        return bisect_right(self.para_starts, pos) - 1


# A finding: (speaker found or deliberately left unnamed, speaker, cue)
_Finding = tuple[bool, str | None, str | None]


def _speaker_after(ctx: _Context, span: _Span) -> _Finding:
    """'"...," kata X', '"...," katanya', '"...," X menambahkan', '"...," demikian X'."""
    text, anchors, people = ctx.text, ctx.anchors, ctx.people
    after = text[span.close:span.close + 250]
    m = re.match(r"\s*[,.]?\s*(?:(?:demikian|begitu|hal itu|hal tersebut)\s+)?([\w-]+)(?:\s+oleh\b)?", after,
                 re.IGNORECASE)
    if not m:
        return False, None, None
    if _is_cue(m.group(1)) and "\n" not in after[:m.end()]:
        cue = m.group(1).lower()
        if _is_pronoun_cue(cue):
            return True, _resolve(span.start, anchors, people), cue[:-3]
        np_text, np_start = _cut_np(text, span.close + m.end())
        speaker = _resolve_np(np_text, np_start, anchors, people) if np_text else _resolve(span.start, anchors, people)
        return True, speaker, cue
    m2 = re.match(rf"\s*[,.]?\s*((?:{NAME_TOKEN}\s+){{0,4}}{NAME_TOKEN}|dia|ia|beliau)\s+(\w+)", after)
    if m2 and _is_cue(m2.group(2)) and not _is_pronoun_cue(m2.group(2)):
        return True, _resolve_np(m2.group(1), span.close + m2.start(1), anchors, people), m2.group(2).lower()
    m3 = re.match(r"\s*[,.]?\s*(?:demikian|begitu)\s+(?=[A-Z])", after, re.IGNORECASE)
    if m3:
        np_text, np_start = _cut_np(text, span.close + m3.end())
        speaker = _resolve_np(np_text, np_start, anchors, people) if np_text else None
        return speaker is not None, speaker, "demikian"
    return False, None, None


def _speaker_before(ctx: _Context, span: _Span) -> _Finding:
    """'X mengatakan, "..."', 'X mengklaim bahwa ... "..."', 'Menurut X, "..."', 'Nama Jabatan: "..."'."""
    text, anchors, people = ctx.text, ctx.anchors, ctx.people
    s_start = max(ctx.sentence_start(max(0, span.start - 1)), ctx.para_starts[ctx.paragraph_index(span.start)],
                  span.start - MAX_LOOKBACK)  # a run-on "sentence" must not make this quadratic
    before = text[s_start:span.start - 1]
    colon = re.search(rf"((?:{NAME_TOKEN}\s+){{0,6}}{NAME_TOKEN})\s*:\s*$", before)
    if colon:  # interview style; a place or a lone word is no speaker
        named = _speaker_from_np(colon.group(1), s_start + colon.start(1), people)
        if named and (len(named.split()) >= 2 or any(p.name == named for p in people)) and \
                named not in _locations():
            return True, named, None
    verbs = [w for w in re.finditer(r"[\w-]+", before) if _is_cue(w.group(0)) and _is_verb_form(w.group(0))]
    if not verbs:
        return False, None, None
    cue = verbs[-1].group(0).lower()
    for verb in reversed(verbs):
        if _speaker_follows(verb.group(0)):  # 'Menurut X, "..."', 'Hal itu disampaikan X: "..."'
            np_text, np_start = _cut_np(text, s_start + verb.end())
            np_text = re.sub(r"^oleh\s+", "", np_text)
            speaker = _resolve_np(np_text, np_start, anchors, people) if np_text else None
        else:
            subject, subj_start = _subject_before(text, s_start + verb.start(), s_start)
            if subject and subject.lower() in _words("pronouns") | {"mereka"}:
                speaker = _resolve(s_start + verb.start(), anchors, people)
            else:
                speaker = _resolve_np(subject, subj_start, anchors, people) if subject else None
        if speaker:
            return True, speaker, cue
    # a verb whose subject is not next to it ("..., untuk mendesak mereka agar "...""): the sentence's first person
    first = next((p for p in people if s_start <= p.start < span.start), None)
    return True, (first.name if first else None), cue  # with nobody named, an unattributed quote


def _speaker_by_context(ctx: _Context, span: _Span, prev_para_speaker: dict[int, str]) -> str | None:
    """A quote with no cue: a whole quoted paragraph continues the speaker of the paragraph or two before."""
    para_index = ctx.paragraph_index(span.start)
    speaker = prev_para_speaker.get(para_index - 1) or prev_para_speaker.get(para_index - 2)
    if speaker is None and para_index and \
            not ctx.text[ctx.para_starts[para_index]:span.start].strip(QUOTE_MARKS + " "):
        speaker = _paragraph_speaker(ctx.text, ctx.para_starts[para_index - 1], ctx.para_starts[para_index] - 1,
                                     ctx.anchors, ctx.people)
    return speaker


def find_quotes(text: str, mentions: list[Mention]) -> list[Quote]:
    """Direct quotes (with a speaker when one is named or can be resolved) and indirect speech of a text."""
    if not text:
        return []
    people = _people(text, mentions)
    sentences = _sentence_bounds(text)
    ctx = _Context(text=text, people=people, sentences=sentences, sent_starts=[s for s, _ in sentences],
                   para_starts=[0] + [m.end() for m in re.finditer("\n", text)],
                   anchors=_sentence_subjects(text, sentences, people))
    quotes: list[Quote] = []
    spans = _quote_spans(text)
    prev_para_speaker: dict[int, str] = {}
    for span in spans:
        content = text[span.start:span.end].strip().rstrip(",")
        if not content:
            continue
        found, speaker, cue = _speaker_after(ctx, span)
        if not found:
            found, speaker, cue = _speaker_before(ctx, span)
        if not found:
            if len(content.split()) < 4:
                continue  # a scare quote or a quoted name, not speech
            speaker = _speaker_by_context(ctx, span, prev_para_speaker)
        if speaker is None and len(content.split()) < 4:
            continue  # a short fragment nobody is said to say: a term or a title in quote marks
        if speaker:
            prev_para_speaker[ctx.paragraph_index(span.start)] = speaker
            ctx.anchors.insert(bisect_right(ctx.anchors, (span.start, "\uffff")), (span.start, speaker))
        quotes.append(Quote(text=content, speaker=speaker, start=span.start, end=span.end, kind="direct", cue=cue))
    _continue_open_quotes(text, quotes, spans)
    quotes.extend(_indirect(text, sentences, spans, ctx.anchors, people))
    return sorted(quotes, key=lambda q: q.start)


def _paragraph_speaker(text: str, start: int, end: int, anchors, people) -> str | None:
    """Who speaks at the end of a paragraph ('Ia menambahkan:', 'Budi mengatakan pemerintah siap.'): the quote
    paragraph that follows without a cue of its own is theirs."""
    last = text[start:end].rstrip()
    tail_start = start + max(last.rfind(". ", 0, len(last) - 1) + 1, 0)
    verbs = [m for m in re.finditer(r"[\w-]+", text[tail_start:end]) if m.group(0).lower() in _words("indirect_verbs")]
    if not verbs:
        return None
    verb_at = tail_start + verbs[-1].start()
    subject, subj_start = _subject_before(text, verb_at, tail_start)
    if not subject:
        return None
    if subject.lower() in _words("pronouns") or _is_description(subject):
        return _resolve(verb_at, anchors, people)
    return _speaker_from_np(subject, subj_start, people)


def _continue_open_quotes(text: str, quotes: list[Quote], spans: list[_Span]) -> None:
    """A quote left open at a paragraph's end goes on in the next paragraph's quote: it shares that speaker."""
    missing_close = {sp.start for sp in spans if sp.close == sp.end}
    for i in range(len(quotes) - 2, -1, -1):  # backwards: a quote over three paragraphs gets the last one's speaker
        q = quotes[i]
        if q.speaker is None and q.start in missing_close and i + 1 < len(quotes):
            nxt = quotes[i + 1]
            between = text[q.end:nxt.start]
            if between.count("\n") == 1 and not between.replace("\n", "").strip(QUOTE_MARKS + " "):
                q.speaker = nxt.speaker
                q.cue = q.cue or nxt.cue


def _only_title(words: str) -> bool:
    """Whether the words before a name are its title ('Menteri Luar Negeri AS'), not a longer description."""
    return all(w.lower() in _role_words() or w in _locations() or (w.isupper() and len(w) <= 5)
               for w in words.replace(",", " ").split())


def _according_to(text: str, s: int, e: int, anchors, people) -> Quote | None:
    """'Menurut Budi, pemerintah akan ...' and 'Menurutnya, ...' opening a sentence: indirect speech."""
    m = re.match(r"\s*Menurut(nya|\s+[^,]{2,80}),\s*", text[s:e])
    if not m:
        return None
    if m.group(1) == "nya":
        speaker = _resolve(s, anchors, people)
    else:
        np_start = s + m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
        np_text = m.group(1).strip()
        inside = [p for p in people if np_start <= p.start and p.end <= np_start + len(np_text)]
        if inside:
            speaker = inside[0].name
        elif np_text.lower() in _words("pronouns") or _is_description(np_text):
            speaker = _resolve(s, anchors, people)
        else:
            return None  # "Menurut data BPS, ...": not a person's words
    said = text[s + m.end():e].strip()
    if not speaker or len(said.split()) < 3:
        return None
    return Quote(text=said, speaker=speaker, start=s + m.end(), end=e, kind="indirect", cue="menurut")


def _indirect(text: str, sentences, spans: list[_Span], anchors, people) -> list[Quote]:
    """'X mengatakan (bahwa) ...' sentences without quote marks."""
    out: list[Quote] = []
    for s, e in sentences:
        if any(s <= sp.start < e for sp in spans):
            continue
        sentence = text[s:e]
        according = _according_to(text, s, e, anchors, people)
        if according:
            out.append(according)
            continue
        verbs = "|".join(sorted(_words("indirect_verbs")))
        m = re.search(r"\b(" + verbs + r")\b\s*(?:,\s*|bahwa\s+|:\s*)?", sentence)
        if not m:
            continue
        subject, subj_start = _subject_before(text, s + m.start(), s)
        if not subject:
            continue
        low = subject.lower()
        if low in _words("pronouns") or _is_description(subject):
            speaker = _resolve(s + m.start(), anchors, people)
        else:  # indirect speech is kept for people only: "Azerbaijan mengatakan" is a country's statement
            subj_end = subj_start + len(subject)
            inside = [p for p in people if p.start >= subj_start and subj_end - 1 <= p.end <= subj_end
                      and _only_title(text[subj_start:p.start])]
            speaker = inside[0].name if inside else None
        said_start = m.end()
        that = re.search(r"\bbahwa\s+", sentence[said_start:said_start + 80])
        if that:  # "mengatakan dalam pidatonya pada 20 Oktober, bahwa ..."
            said_start += that.end()
        said = sentence[said_start:].strip()
        if speaker and len(said.split()) >= 3:
            out.append(Quote(text=said, speaker=speaker, start=s + said_start, end=e, kind="indirect",
                             cue=m.group(1).lower()))
    return out
