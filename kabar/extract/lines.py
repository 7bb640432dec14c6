"""Classify every non-blank line of a plain-text page dump: title, description, body, meta or boilerplate.

Hand-written rules over line features (kabar.extract.features) because the libraries of the field (jusText,
trafilatura, boilerpy) need the HTML tree, and on text dumps a line's role is decided by where it sits relative to
the main block of running text: the title and standfirst come before it, bylines and dates around it, lists of
other headlines after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from kabar.data import load_json, load_lines
from kabar.extract.bylines import badge_endings, has_given_name, names_in, without_badge
from kabar.extract.features import (
    BARE_CHARS,
    DATELINE,
    DIGIT,
    FEWEST_SENTENCE_WORDS,
    PREFIX_SPAN,
    SENTENCE_MIN_WORDS,
    TIME,
    WORD,
    LineFeatures,
    has_dateline,
    is_boilerplate_cue,
    is_caption,
    is_embed_attribution,
    is_end_marker,
    is_link_cue,
    is_menu_row,
    is_named_list_heading,
    normalise,
    stop_words,
    text_features,
)
from kabar.extract.templates import page_group, short_line_key
from kabar.records import LineLabels

LIST_PAIRS = 2  # headline-and-date pairs above the headline that make a list of other stories
HINT_SEARCH = 5  # lines at the top of the block searched for the hinted headline
HINT_MATCH = 0.8
LEAD_SEARCH = 2  # sentence lines at the top of the block that a dateline below them turns into captions
COMMENT_DATES = 3  # dated entries that make a block after a comment heading a thread of comments
COMMENT_WEIGHT = 0.1
AFTER_END_WEIGHT = 0.3  # a block of sentences below a comment-section heading is most likely the comments
TEASER_MIN = 4  # sentence lines of a cluster before it can be a list of teasers
TEASER_SHARE = 0.75
TEASER_WEIGHT = 0.5
TEASER_MAX_CHARS = 300  # characters of a teaser's snippet on average, at most
HEADED_TEASER_WEIGHT = 0.5  # ... and once more for a teaser list right under a list heading
HEADED_REACH = 2  # lines from a list heading to the first snippet (its first headline between)
TEASER_META_LINES = 2  # byline and date lines that may stand between a teaser's headline and its sentence
ANCHOR_REACH = 10  # lines after a headline-and-date anchor within which a block of sentences counts as anchored
ANCHOR_BONUS = 2.0
MERGE_GAP = 12  # at most this many unmarked lines between two clusters that are joined
MERGE_MIN_CHARS = 150
MERGE_MIN_SHARE = 0.1
MAX_LIST_ITEMS = 45  # short lines after a line ending with ":" that may stand between two paragraphs or close the text
MAX_LIST_ITEM_WORDS = 16
MAX_GAP = 3  # non-sentence lines (subheadings, unknown widgets) the body may span between two paragraphs
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 35
TITLE_META_DISTANCE = 3  # a headline is followed by its byline or date within this many lines
TITLE_CASE = 0.8  # share of capitalised content words of a headline in title case
SENTENCE_CASE = 0.34  # below it, a line runs in sentence case (a standfirst, or a headline of the few outlets that print so)
HEADLINE_MIN_WORDS = 5  # shorter headline candidates are only taken when there is nothing longer
LINKED_HEADLINES = 3  # headlines that may follow a lone "Baca Juga:"
LINKED_HEADLINE_WORDS = 20  # a longer line ending in "?" or "!" after "Baca Juga:" is the article's own sentence
LINK_CUE_MAX_WORDS = 4  # "Baca Juga", "Lihat juga:", "Leia também": the cue alone, not a sentence about reading
BYLINE_MIN_WORDS, BYLINE_MAX_WORDS = 2, 4  # words of a bare name
DESCRIPTION_MIN_WORDS = 8
DESCRIPTION_MAX_WORDS = 80
DESCRIPTION_UNTERMINATED_WORDS = 15
TEMPLATE_MAX_WORDS = 8  # a longer recurring line may be a headline of this very page shown in lists elsewhere
META_WINDOW = 15  # lines before and after the body block offered to meta_line_kind
META_MAX_WORDS = 30  # bylines, dates and credits are short; longer lines are not offered to meta_line_kind
POST_BODY_META = {"editor", "translator", "credit", "byline"}
LEAD_LINES = 3  # sentence lines at the top of the body whose words a headline shares
STEM_CHARS = 5  # words agreeing in their first letters count as one ("simulation", "simulations")
AFFIX_MIN_CHARS = 4  # a headline word ending a longer lead word counts too ("tetapkan" in "menetapkan")
RELATED_WORDS = 2  # content words (and half of its own) a headline nearer the body than the pick shares with the lead
STRONG_WORDS = 3  # ... and one anywhere above the body
RESUMED_BOX_WORDS = 2  # content words the text going on at length below such a box shares with the text above it
RESUMED_SENTENCES = 5  # paragraphs that go on below a box of links naming its section, for the box to be inside
RELATED_BOX_ITEMS = 16  # lines (headlines, their dates) a related box inside an article may hold
RELATED_CONTEXT = 8  # lines before the box and after it searched for the sentences compared
RELATED_BOX_WORDS = 3  # content words the sentences after the box share with those before it, at least
RELATED_BOX_SHARE = 0.05  # ... and this share of theirs
TEASER_LINES = 4  # lines below a related box's first snippet searched for one more headline and snippet
SNIPPET_WORDS = 40  # words of a related story's snippet, at most
SUMMARY_POINTS = 6  # points a summary box above an article may hold
SUMMARY_POINT_WORDS = 20
RELATED_SEARCH = 40  # headline-like lines nearest the body searched for one naming the lead
CREDIT_WORDS = 4  # a photo credit alone on its line ("MI/Ramdani")
CAPTION_UNDER_CREDIT_WORDS = 20
DATED_HEADLINE_REACH = 3  # furniture lines (reading time, a separator) between a date and the headline under it
CAPTION_LEAD_REACH = 6  # lines under a caption searched for the lead, past furniture
HEADLINE_CASE_MIN_WORDS, HEADLINE_CASE_MAX_WORDS = 4, 25  # words of a terminal line that _headline_case tests
HEADLINE_CASE_CONTENT_WORDS = 4  # capitalised content words, at least: fewer are a sentence naming someone
MORE_FROM = re.compile(r"(?:more|lainnya) (?:from|in|on|dari|di) \S+(?: \S+)?")  # "More from UK", "Lainnya dari Bola"
BIO_HEADING_WORDS = (3, 6)  # words of "About Brigit Katz": an opener and a name of two to four words
DECK_REACH = 6  # lines above the byline's headline-like line searched for the headline printed twice
POSTING_ROW_WORDS = 12  # words of a line opening with a numeric date that is read as a date line
LIST_HEADING_WORDS = 8  # words of the heading of a list after the text ("The 2020 Tour Dates")
LIST_MIN_ITEMS = 3
LIST_SEPARATORS = ("\t", ": ", " – ", " — ", " -- ", " - ", " @ ", " | ")  # one every row of a schedule or table holds
TRAILING_BIO_LINES = 4  # lines at the end of the block searched for the author's name over a bio
INNER_NAMING_SHARE = 0.2  # sentences above an inner headline that may name its lead, at most (teasers mostly do not)
SHARE_BAR_LINES = 6  # buttons of a share bar that may stand between a headline and its byline
SHARE_BUTTON_WORDS = 2  # words of a share bar's buttons ("Facebook", "Comments", "Kirim Email")
STOPPED_HEADLINE_WORDS = 20  # words of a headline ending with a full stop, at most (standfirsts and leads run longer)
ECHO_LINES = 5  # first lines of a dump where the page's <title> ("Headline | Outlet") may stand


def _external_meta_kind():
    """kabar.extract.metadata.meta_line_kind (cached per text: menus and credits recur on every page of an outlet),
    or None while it does not exist."""
    try:
        from kabar.extract.metadata import meta_line_kind  # noqa: F401  (only to know it exists)
    except ImportError:
        return None
    return _cached_meta_kind


@lru_cache(maxsize=65536)
def _cached_meta_kind(text: str) -> str | None:
    from kabar.extract.metadata import meta_line_kind

    return meta_line_kind(text)


def clear_text_caches() -> None:
    """Forget every line text seen so far (benchmarks time extraction cold; the caches only hold per-text results)."""
    from kabar.extract.bylines import _cue_segments_of, _names_of
    from kabar.extract.dates import _found_dates
    from kabar.extract.features import is_menu_row
    from kabar.extract.html import strip_site_name
    from kabar.extract.outlets import outlet_from_url

    for cached in (_cached_meta_kind, _line_facts, _headline_shaped, _word_set, _content_words, is_menu_row, short_line_key,
                   _found_dates, page_group, _names_of, _cue_segments_of, strip_site_name, outlet_from_url):
        cached.cache_clear()


@cache
def _credit_labels() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(opening label -> kind, closing word -> kind, first words of the labels) from meta_labels.json."""
    data = load_json("extract/meta_labels.json")
    labels = {k: v for k, v in data.items() if not k.startswith("_")}
    return labels, data.get("_suffix", {}), frozenset(k.split()[0].rstrip(":") for k in labels)


NO_COLON_OPENERS = ("oleh", "by", "laporan", "tim")
SHORT_LABEL_CHARS = 3  # "red", "rep": abbreviations that only open a credit with a colon


def _opener_fits(label: str, value: str, text: str) -> bool:
    """"oleh Natasha Amani", "Laporan Wartawan Tribunnews.com, X", "Laporan Saiful Bahri | Banda Aceh", "Tim detikcom -
    detikNews"; not a subheading "Laporan Keuangan Triwulan" or a sentence "Tim SAR masih mencari korban"."""
    if label == "tim":
        return len(text.split()) <= 4 or " - " in text
    if label == "laporan":
        if "|" in value:  # "Laporan Saiful Bahri | Banda Aceh" (Tribun network): the reporter, then the place
            name, place = (part.strip() for part in value.split("|", 1))
            return _name_like(name) and place in _places()
        return value.split()[0].lower() in ("wartawan", "reporter", "koresponden", "kontributor", "jurnalis")
    return True


@cache
def _places() -> frozenset[str]:
    return frozenset(load_lines("id/gazetteer_locations.txt"))


def _name_like(text: str) -> bool:
    words = text.replace("/", " ").split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or w[:1] in "(.," for w in words)


def credit_line_kind(line: str) -> str | None:
    """'editor'|'byline'|'translator'|'credit' for a short credit line ("Editor: M Bayu", "oleh Budi",
    "Penulis Ahmad Fauzi", "Rizky Pratama, Jurnalis")."""
    text = line.strip()
    words = text.split()
    if not words or len(words) > 12 or text.endswith((".", "?", "!")) and len(words) > 6:
        return None
    labels, suffixes, first_words = _credit_labels()
    lowered = text.lower()
    if "," in text:
        tail = lowered.rstrip(" .").rsplit(None, 1)  # (not empty: the comma stays)
        if tail[-1] in suffixes and _name_like(text.rsplit(",", 1)[0]):
            return suffixes[tail[-1]]
    if words[0].lower().rstrip(":,") not in first_words:  # (lower-casing never adds or removes a space)
        return None
    for label, kind in labels.items():
        if not lowered.startswith(label):
            continue
        rest = text[len(label) :]
        if rest[:1] not in (":", " ", "\u00a0", ","):
            continue
        value = rest.lstrip(" :\u00a0")
        if rest[:1] == ",":  # BBC's credit box: "Penulis, Rivan Dwiastono", "Author, Jane Doe"
            if rest[:2] == ", " and kind != "credit" and _name_like(value):
                return kind
            continue
        if kind == "credit" and label == "foto":
            return None  # "Foto: ..." is a photo caption, not a source credit
        if rest.lstrip()[:1] == ":" and value[:1].isupper():
            return kind
        if label in NO_COLON_OPENERS and value and _opener_fits(label, value, text):
            return kind
        if label not in NO_COLON_OPENERS and len(label) > SHORT_LABEL_CHARS and _name_like(value):
            return kind  # "Penulis Ahmad Fauzi", "Editor Budi Santoso"; "Red", "Rep" need their colon ("Red Pill")
    return None


@dataclass(slots=True)
class Classified:
    labels: LineLabels
    features: list[LineFeatures]


def page_features(raw_lines: list[str], template: Iterable[str] = ()) -> list[LineFeatures]:
    """Features of each non-blank line (1-based numbers), with duplicate, template and meta evidence.

    Meta evidence here is the cheap stand-in (credit lines, date lines); ``add_meta_kinds`` asks the metadata
    step about the lines near the body once the body block is known."""
    template = frozenset(template)
    seen: set[str] = set()
    flagged: list[tuple[int, int]] = []  # (index, _pass_gates) of the lines a pass below may concern
    out: list[LineFeatures] = []
    for number, raw in enumerate(raw_lines, start=1):
        if not raw:
            continue  # (the blank lines between blocks: no clean_line call for them)
        text = raw.strip()
        if "\xa0" in text or "  " in text or "\u200b" in text:
            text = clean_line(text)  # (clean_line's own test inlined: most lines need only the strip)
        if not text:
            continue
        facts, meta, key, headline_case, gates = _line_facts(text)
        feats = LineFeatures(number, text, *facts, meta, key in seen, False, headline_case)
        seen.add(key)
        if template and facts[0] <= TEMPLATE_MAX_WORDS and short_line_key(text) in template:  # (= line_key(text))
            feats.template = True
        if gates:
            if gates & GATE_EMBED and out:
                out[-1].cue = True  # the text of the tweet this line attributes
            flagged.append((len(out), gates))
        out.append(feats)
    _mark_page(out, flagged)
    return out


# Which of the passes over a page's lines may concern a line, by its text alone (_pass_gates): each pass walks only
# the lines flagged for it instead of every line of the page, and asks the rest of its test (the neighbours, the
# marks earlier passes set) there. One bit per pass.
GATE_HEADING, GATE_SUMMARY, GATE_EMBED, GATE_BIO, GATE_LONG_COMMENT, GATE_CAPTION, GATE_LINK_CUE, GATE_ROLE, \
    GATE_META, GATE_LABEL, GATE_SKIP, GATE_POLL, GATE_CLOSER = (1 << k for k in range(13))
GATE_BADGE = 1 << 13


def _pass_gates(text: str, lowered: str, facts: tuple, meta: str | None, first: str) -> int:
    """The GATE_* bits of the passes of _mark_page that may concern a line of this text (lower-cased, its
    text_features, meta kind and first lower-cased word given), each the part of the pass's test that reads the
    line's own text."""
    summaries, bio_openings, occupations, labels, box_openings, closings, openers, always, link_words, label_words \
        = _gate_tables()
    words = facts[0]
    gates = GATE_HEADING if facts[5] else 0
    if facts[4]:
        gates |= GATE_CAPTION
    if meta is not None:
        gates |= GATE_META
    if lowered in summaries:
        gates |= GATE_SUMMARY
    if facts[3] and "@" in text and is_embed_attribution(text):
        gates |= GATE_EMBED
    if len(text) > PREFIX_SPAN and (text[:1].isdigit() or lowered[:4] in ("one ", "satu")) and is_end_marker(text):
        gates |= GATE_LONG_COMMENT  # (the whole test)
    if words <= WRITER_ROLE_WORDS:
        terminal = facts[1]
        opening = openers.get(first, 0) | always  # (the passes whose openings may start with this word)
        if opening & GATE_BIO and BIO_HEADING_WORDS[0] <= words <= BIO_HEADING_WORDS[1] and not terminal \
                and lowered.startswith(bio_openings):
            gates |= GATE_BIO
        if words <= LINK_CUE_MAX_WORDS and _bare_first_word(lowered) in link_words and is_link_cue(text):
            gates |= GATE_LINK_CUE
        if not terminal and first in occupations:
            gates |= GATE_ROLE
        if words <= 2 and (first in label_words or first.rstrip(":") in label_words) \
                and labels.get(text.rstrip(" :").lower()) in ("byline", "editor", "translator"):
            gates |= GATE_LABEL
        if opening & GATE_SKIP and text[:1].lower() in box_openings[0] and text[:8].lower().startswith(box_openings[1]):
            gates |= GATE_SKIP
        if opening & GATE_CLOSER and text[:12].lower().startswith(closings):
            gates |= GATE_CLOSER
        if BYLINE_MIN_WORDS < words <= BYLINE_MAX_WORDS + 1 and lowered.endswith(badge_endings()):
            gates |= GATE_BADGE
    if words <= POLL_QUESTION_WORDS and text[-1] == "?":
        gates |= GATE_POLL
    return gates


@cache
def _opening_gates() -> tuple[dict[str, int], int, frozenset[str]]:
    """(first word of a bio opener, skip box opening or closer -> its GATE_* bits; the bits of the passes with an
    opening of one word, which its first word cannot tell; the first words of the link cues, as _bare_first_word
    reads them)."""
    firsts: dict[str, int] = {}
    always = 0
    for gate, openings in ((GATE_BIO, _bio_openers()), (GATE_SKIP, _skip_boxes()[1]),
                           (GATE_CLOSER, _headed_box_closers()[0])):
        for opening in openings:
            if opening.strip() == opening and gate != GATE_BIO:
                always |= gate  # ("skip" without its space would also open "skipper")
            firsts[opening.split()[0]] = firsts.get(opening.split()[0], 0) | gate
    links = frozenset(cue.split()[0].rstrip(BARE_CHARS) for cue in load_lines("extract/link_cues.txt"))
    return firsts, always, frozenset(x.lower() for x in links)


def _bare_first_word(lowered: str) -> str:
    """The first word of a lower-cased line as is_link_cue's bare text opens (furniture characters and spaces
    stripped off), without the furniture characters closing it: the first word of the cue it may be."""
    words = lowered.lstrip().lstrip(BARE_CHARS).lstrip().split(None, 1)  # (as _bare strips the line's left end)
    return words[0].rstrip(BARE_CHARS) if words else ""


@cache
def _gate_tables() -> tuple:
    """What _pass_gates reads: summary headings, bio openers (each with its space), occupations, credit labels, the
    initials and openings of skip boxes, the openings of headed boxes' closers, _opening_gates, the first words of
    the credit labels (a label line of two words at most opens with one, maybe closed by a colon)."""
    openings = _skip_boxes()[1]
    labels = _credit_labels()[0]
    return (_summary_headings(), tuple(o + " " for o in _bio_openers()), _occupation_words(), labels,
            (frozenset(o[0] for o in openings), openings), _headed_box_closers()[0], *_opening_gates(),
            frozenset(label.split()[0] for label in labels))


def _mark_page(lines: list[LineFeatures], flagged: list[tuple[int, int]]) -> None:
    """The passes that mark lines by their neighbours, in order (a later one reads the marks of earlier ones), each
    over the indices of the lines flagged for it (ascending, as a walk over every line would meet them)."""

    def having(gate: int) -> list[int]:
        return [i for i, gates in flagged if gates & gate]

    headings = having(GATE_HEADING)
    _mark_share_bar_items(lines, headings)
    _mark_bio_headings(lines, having(GATE_BIO))
    _mark_long_comment_headings(lines, having(GATE_LONG_COMMENT))
    captions = _mark_caption_prefixes(lines, having(GATE_CAPTION))
    _mark_captions_under_credits(lines, captions)
    _mark_linked_headlines(lines, having(GATE_LINK_CUE))
    named = _mark_writer_roles(lines, having(GATE_ROLE))
    _mark_bare_bylines(lines, sorted(set(having(GATE_META)).union(named)))
    _mark_badged_names(lines, having(GATE_BADGE))
    _mark_labelled_names(lines, having(GATE_LABEL))
    _mark_skip_boxes(lines, having(GATE_SKIP))
    _mark_polls(lines, having(GATE_POLL))
    _mark_headed_boxes(lines, having(GATE_CLOSER))
    _soften_related_boxes(lines, headings)
    _mark_summary_points(lines, having(GATE_SUMMARY))


def clean_line(raw: str) -> str:
    """The line stripped, its runs of spaces and no-break spaces made one space and zero-width spaces dropped:
    HTML-to-text tools leave them ("Baca\xa0Juga:", "SCROLL  TO CONTINUE"), and the cue lists are written plain."""
    text = raw.strip()
    if "\xa0" in text or "  " in text or "\u200b" in text:
        text = SPACE_RUN.sub(" ", text.replace("\u200b", "").replace("\xa0", " ")).strip()
    return text


SPACE_RUN = re.compile(r" {2,}")  # (tabs are kept: a table's cells are parted by them, no headline holds one)


@lru_cache(maxsize=65536)
def _line_facts(text: str) -> tuple[tuple, str | None, str, bool, int]:
    """(text_features, the meta kind the text shows by itself: a credit or date line, the duplicate key, whether it
    is a headline in its case, the _pass_gates bits). Cached: menus, widgets and footers recur on every page of an
    outlet, so a batch sees the same lines again and again."""
    facts = text_features(text)
    lowered = text.lower()
    first = lowered.split(None, 1)[0] if lowered.strip() else ""  # (lower-casing never adds or removes a space)
    # (credit_line_kind finds nothing in a line without a comma whose first word opens no credit label)
    meta = credit_line_kind(text) if facts[0] <= 12 and ("," in text or first.rstrip(":,") in _credit_labels()[2]) \
        else None
    if meta is None and (facts[7] or facts[0] <= POSTING_ROW_WORDS and not facts[1] and _opens_with_date(text)):
        meta = "date"  # (the date feature, or a posting row: "21/06/2014 Tony Carter Books, Reviews")
    return facts, meta, lowered, facts[1] and _headline_case(text, facts[0]), \
        _pass_gates(text, lowered, facts, meta, first)


# "21/06/2014 Tony Carter Books, Reviews", "21:17 18.11.2019 Get short URL": a numeric date, or a clock time and a
# date, opening a short line without a full stop make it a posting row (date, author, categories), not a headline;
# a machine's timestamp ("2019-11-13T23:06:00+01:00") is not one, nor a chronology's row ("12/03/2024 – Tersangka
# ditangkap", the date set apart by a dash or a colon)
OPENING_DATE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})(?![\dT])(?!\s*[:|–—-])")


def _opens_with_date(text: str) -> bool:
    return text[:1].isdigit() and OPENING_DATE.match(text) is not None


def _headline_case(text: str, words: int) -> bool:
    """A line ending like a sentence whose content words are all capitalised ("Can a Person Survive Eating Only
    Beef?", "Polisi Tangkap Dua Pelaku Pencurian Motor."): the shape of a headline in a list of other stories, not of
    a paragraph, whose content words are mostly lower case. Such a line is no sentence: it neither starts nor
    extends the body block (inside the block it stays body, as a subheading does). One lower-case content word makes
    it a sentence: "Hal itu disampaikan Kepala Dinas Pekerjaan Umum Kota Semarang Budi Santoso di Balai Kota."."""
    if not HEADLINE_CASE_MIN_WORDS <= words <= HEADLINE_CASE_MAX_WORDS or text.endswith(":"):
        return False  # (a line ending with a colon announces a list: "Related coverage from Money:")
    if ";" in text:
        return False  # a run of names in groups ("Persib (4-3-3): Teja Paku Alam; Henhen Herdiana, ..."), no headline
    stops = stop_words()
    content = 0
    for match in WORD.finditer(text):  # (a paragraph shows a lower-case content word within a few words)
        word = match.group()
        if word.isdigit() or word.lower() in stops:
            continue
        if not word[0].isupper():
            return False
        content += 1
    return content >= HEADLINE_CASE_CONTENT_WORDS


def _mark_long_comment_headings(lines: list[LineFeatures], flagged: list[int]) -> None:
    """"10 thoughts on “Business Focus: It’s Why Some People Triumph Online”": a count of comments opening a line too
    long for text_features to test for end markers (it tests short lines only, so that a sentence opening "More from
    the minister ..." is not one) still opens the comment section. ``flagged``: the lines _pass_gates found so."""
    for i in flagged:
        lines[i].list_heading = lines[i].end_marker = True


def _mark_bio_headings(lines: list[LineFeatures], flagged: list[int]) -> None:
    """"About Brigit Katz" over "Brigit Katz is a freelance writer...": the heading of the author's bio (an opener
    from bio_openers.txt, then a name the next line repeats) ends the article like a comment section does.
    ``flagged``: the lines of BIO_HEADING_WORDS opening with an opener, not terminal (_pass_gates)."""
    openers = _bio_openers()
    for i in flagged:
        if i + 1 >= len(lines) or not lines[i + 1].sentence:
            continue
        line, nxt = lines[i], lines[i + 1]
        lowered = line.text.lower()
        opener = next((o for o in openers if lowered.startswith(o + " ")), None)
        if opener is None:
            continue
        name = line.text[len(opener):].strip()
        if _name_like(name) and len(name.split()) >= 2 and name in nxt.text:
            line.list_heading = line.end_marker = True


@cache
def _bio_openers() -> tuple[str, ...]:
    return tuple(sorted(load_lines("extract/bio_openers.txt"), key=len, reverse=True))


def _mark_share_bar_items(lines: list[LineFeatures], headings: list[int]) -> None:
    """A "Comments"/"Komentar" button between share buttons ("Facebook", "Comments", "Print") is one more button of
    a share bar, not the heading of a comment section: it neither ends the article nor makes what follows comments.
    ``headings``: the indices of the list headings."""
    for i in headings:
        line = lines[i]
        if line.words > SHARE_BUTTON_WORDS or i == 0 or i + 1 >= len(lines):
            continue
        before, after = lines[i - 1], lines[i + 1]
        if before.cue and after.cue and before.words <= SHARE_BUTTON_WORDS and after.words <= SHARE_BUTTON_WORDS:
            line.list_heading = line.end_marker = False
            line.cue = True


def _mark_linked_headlines(lines: list[LineFeatures], flagged: list[int]) -> None:
    """The headlines on the lines after a lone "Baca Juga:" (up to LINKED_HEADLINES of them) are links, not
    subheadings. A line ending like a sentence ends the list, unless it is a headline asking or exclaiming in title
    case ("Kapan Banjir Surut? Ini Kata BMKG", "Apa Saja Syarat Mudik Gratis 2024?"). ``flagged``: the lines that
    are a link cue of at most LINK_CUE_MAX_WORDS words (_pass_gates)."""
    for i in flagged:
        if not lines[i].cue:
            continue
        titled = None  # whether the first linked headline is in title case
        for j in range(i + 1, min(len(lines), i + 1 + LINKED_HEADLINES)):
            nxt = lines[j]
            if nxt.terminal and not _exclaimed_headline(nxt) or nxt.meta is not None or nxt.words > TITLE_MAX_WORDS:
                break
            if j > i + 1 and j + 1 < len(lines) and lines[j + 1].meta is not None:
                break  # a headline with its byline or date under it: the page's own, after a list above it
            if j == i + 1 and _labelled_own_headline(lines, j):
                break
            if j > i + 1 and _short_under_headlines(nxt, lines[i + 1:j]):
                break  # the article's subheading in title case under the links ("Hasil Cek Fakta")
            case = title_case_ratio(nxt.text.lstrip("-•*0123456789. ")) >= TITLE_CASE
            if titled is not None and case != titled:
                break  # the article's own subheading in sentence case under links in title case ("1. Cuci motor")
            titled = case
            nxt.cue = True


def _labelled_own_headline(lines: list[LineFeatures], j: int) -> bool:
    """Whether line j, right under a cue that may head a box of links ("ADVERTORIAL"), is the page's own headline:
    its byline or date under it, then the lead opening with its dateline ("Kota, 24 November 2026 - ...")."""
    return j + 2 < len(lines) and lines[j + 1].meta is not None and lines[j + 2].sentence \
        and has_dateline(lines[j + 2].text)


def _soften_related_boxes(lines: list[LineFeatures], headings: list[int]) -> None:
    """A box of related links set inside an article ("Berita Terkait" and a few headlines between two paragraphs)
    does not end it: when only linked headlines (and their dates) stand under the heading and the sentences after
    them go on in sentence case with the words of the paragraph before it, heading and headlines become furniture
    (cue) instead of a list heading, so the body goes on below the box. A footer ("Tentang Kami" and the outlet's
    self-description) shares no such words, and a box after the byline or credits stands after the article: both
    still end it. ``headings``: the indices of the list headings."""
    for i in headings:
        line = lines[i]
        if not (line.list_heading and _is_related_heading(line.text)):
            continue
        j = i + 1
        while j < len(lines) and j - i <= RELATED_BOX_ITEMS and _box_item(lines[j]):
            j += 1
        own = j < len(lines) and _own_subheading(lines, i + 1, j - 1)
        if own:
            j -= 1  # the box's last line is the article's own subheading, not one more link
        classic = _bare_lower(line.text) in _related_headings()
        if j == i + 1 and classic or j >= len(lines) or not lines[j].sentence and not (own or _subheading(lines[j])):
            continue  # (a heading naming its section may stand alone: an HTML page's main content drops its links)
        resume = j if lines[j].sentence else j + 1
        if resume >= len(lines) or not lines[resume].sentence or title_case_ratio(lines[resume].text) >= TITLE_CASE \
                or lines[resume - 1].headline_case and not own:
            continue  # (a headline asking or exclaiming in title case is one more link, not the article going on)
        if _teaser_snippets(lines, resume):
            continue  # the "article going on" is the first story's snippet, a headline and its snippet follow
        above = next((x for x in reversed(lines[:i]) if not x.noise), None)
        if above is None or not above.sentence:
            continue  # the box must stand between two paragraphs, not after the article's byline or credits
        before = [x.text for x in reversed(lines[max(0, i - RELATED_CONTEXT):i]) if x.sentence][:LEAD_LINES]
        after = [x.text for x in lines[resume:resume + RELATED_CONTEXT] if x.sentence][:LEAD_LINES]
        if not before or not after:
            continue
        if not classic and _run_of_sentences(lines, resume) < RESUMED_SENTENCES:
            continue  # a list naming its section or site ("More Great WIRED Stories") mostly closes an article: only
            # a long run of paragraphs below it shows the article going on (not a bio or a newsletter pitch)
        found, total = LeadWords(before).shared(" ".join(after))
        if found < (RELATED_BOX_WORDS if classic else RESUMED_BOX_WORDS) or found < RELATED_BOX_SHARE * total:
            continue
        line.list_heading, line.cue = False, True
        for item in lines[i + 1:j]:
            item.list_heading, item.cue = False, True
        if resume > j:
            lines[j].cue = False  # (the subheading, should a link cue above have marked it)


def _run_of_sentences(lines: list[LineFeatures], start: int) -> int:
    """Sentence lines from ``start`` on, with at most MAX_GAP other lines between two of them, up to a list heading."""
    count = gap = 0
    for line in lines[start:]:
        if line.list_heading or gap > MAX_GAP:
            break
        if line.sentence:
            count, gap = count + 1, 0
        elif not (line.cue or line.caption or line.meta):
            gap += 1
    return count


def _teaser_snippets(lines: list[LineFeatures], resume: int) -> bool:
    """Related stories printed with a one-sentence snippet each ("Berita Terkait", headline, snippet, headline,
    snippet, then comments or the footer) after the article: the sentence at ``resume`` is one short snippet, and
    below it stand a title-case headline and one more short snippet, then no more running text."""
    following = [x for x in lines[resume + 1:resume + 1 + TEASER_LINES] if not x.noise]
    if len(following) < 2 or (len(following) > 2 and following[2].sentence):
        return False
    headline, snippet = following[0], following[1]
    return (not headline.sentence and not headline.terminal and 1 <= headline.words <= TITLE_MAX_WORDS
            and title_case_ratio(headline.text) >= TITLE_CASE and snippet.sentence
            and lines[resume].words <= SNIPPET_WORDS and snippet.words <= SNIPPET_WORDS)


def _mark_summary_points(lines: list[LineFeatures], headings: list[int]) -> None:
    """The short points under a summary heading (at the indices given: "Baca 10 detik", "Key points") are furniture:
    up to SUMMARY_POINTS lines of at most SUMMARY_POINT_WORDS words, until the lead's dateline, a caption, a longer
    line or one of two sentences (a point is one: a short lead paragraph with no dateline is not a point)."""
    for i in headings:
        lines[i].cue = True
        for nxt in lines[i + 1:i + 1 + SUMMARY_POINTS]:
            if nxt.words > SUMMARY_POINT_WORDS or nxt.caption or nxt.meta is not None or _spaced_dateline(nxt.text) \
                    or (". " in nxt.text and SECOND_SENTENCE.search(nxt.text) is not None):
                break
            nxt.cue = True


SECOND_SENTENCE = re.compile(r"[.!?] [A-Z\"“]")  # a full stop closing a sentence that another follows


def _spaced_dateline(text: str) -> bool:
    """A dateline closed by a spaced dash ("Suara.com - ", "JAKARTA – "), not a hyphenated name ("Merak-Bakauheni")."""
    head = text[:60]
    return (" - " in head or " – " in head or " — " in head) and has_dateline(text)


@cache
def _summary_headings() -> frozenset[str]:
    """The headings lower-cased, bare and with a colon ("baca 10 detik", "key points:")."""
    return frozenset(form for x in load_lines("extract/summary_headings.txt") for form in (x.lower(), x.lower() + ":"))


def _bare_lower(text: str) -> str:
    return text.strip(" .:>»|•-–—").lower()


def _box_item(line: LineFeatures) -> bool:
    """A line of a related-links box: a linked headline, its date, furniture or the heading of a second box right
    under the first."""
    if line.list_heading:
        return _is_related_heading(line.text)
    if _cut_headline(line):
        return True
    if line.sentence:
        return False
    return (line.noise or line.meta is not None or line.date or _title_candidate(line)
            or line.words < TITLE_MIN_WORDS and not line.terminal)  # (a kicker over a linked headline: "RANDY ANDY")


def _cut_headline(line: LineFeatures) -> bool:
    """A linked headline cut short with an ellipsis ("... to devastate Britain as Hurri...", "Tanggul Jebol di
    Pesisir Sema..."): a sentence by its dots only. Asked only of the lines right under a related heading."""
    return line.words <= LINKED_HEADLINE_WORDS and line.text.endswith(("...", "…"))


def _own_subheading(lines: list[LineFeatures], first: int, last: int) -> bool:
    """Whether the last line of a box (first..last) is the article's subheading ("Tanggapan orang tua", "1. Puluhan
    rumah rusak"): in sentence case under links in title case, the way Indonesian outlets set their links."""
    if last <= first:
        return False
    links = [x for x in lines[first:last]  # (a link cue may already have marked them as furniture)
             if x.words >= TITLE_MIN_WORDS and x.meta is None and not x.list_heading and not x.date]
    if _subheading(lines[last]):
        return bool(links) and all(title_case_ratio(x.text) >= TITLE_CASE for x in links)
    return _short_under_headlines(lines[last], links)


def _short_under_headlines(line: LineFeatures, links: list[LineFeatures]) -> bool:
    """Whether a line too short for a headline ("Hasil Cek Fakta"), no furniture, stands under links that are all
    headline-long: the article's own subheading in title case, not one more link."""
    return (line.words < HEADLINE_MIN_WORDS and not line.sentence and line.meta is None and not line.list_heading
            and not line.noise and bool(links) and all(x.words >= HEADLINE_MIN_WORDS for x in links))


def _subheading(line: LineFeatures) -> bool:
    """A short line in sentence case that is not furniture (a line a link cue above marked is read again)."""
    if line.sentence or line.caption or line.duplicate or line.template or line.meta is not None or line.list_heading:
        return False
    if not 1 <= line.words <= TITLE_MAX_WORDS or title_case_ratio(line.text) >= TITLE_CASE:
        return False
    return not line.cue or not is_boilerplate_cue(line.text, line.words)


@cache
def _related_headings() -> frozenset[str]:
    return frozenset(x.lower() for x in load_lines("extract/related_headings.txt"))


def _is_related_heading(text: str) -> bool:
    """A heading of a box of links that may stand inside an article: related stories (related_headings.txt), a
    list naming its section ("Most read in world news", list_heading_patterns.txt) or "More from <section>"."""
    bare = _bare_lower(text)
    return bare in _related_headings() or is_named_list_heading(bare) or MORE_FROM.fullmatch(bare) is not None


def _exclaimed_headline(line: LineFeatures) -> bool:
    """A headline ending in "?" or "!" ("Apa Saja Syarat Mudik Gratis 2024?"), not a sentence ("Lalu, apa yang
    terjadi?"): title case and headline length."""
    return (line.text.rstrip("\"”’'").endswith(("?", "!")) and TITLE_MIN_WORDS <= line.words <= LINKED_HEADLINE_WORDS
            and title_case_ratio(line.text) >= TITLE_CASE)


WRITER_ROLE_WORDS = 12


@cache
def _occupation_words() -> frozenset[str]:
    return frozenset(load_json("id/meta_cues.json")["occupations"])


def _mark_writer_roles(lines: list[LineFeatures], flagged: list[int]) -> list[int]:
    """A columnist's role on its own line between his bare name and the date under the headline ("Hendra W." /
    "Peneliti Pusat Studi Perkotaan" / "17/11/2026 05:00", opinion pages): the role is furniture, not a headline
    with its date, and the name over it is the byline. ``flagged``: the lines of at most WRITER_ROLE_WORDS words
    opening with an occupation, not terminal (_pass_gates). The indices of the names made bylines."""
    named = []
    for r in flagged:
        i = r - 1
        if not 1 <= i < len(lines) - 2:
            continue
        line, role, nxt = lines[i], lines[r], lines[r + 1]
        if role.meta is not None or nxt.meta is None:
            continue
        if line.meta is None and _under_headline(lines, i) and _name_line(line):
            line.meta, role.cue = "byline", True
            named.append(i)
    return named


def _mark_bare_bylines(lines: list[LineFeatures], metas: list[int]) -> None:
    """A bare name ("Annasa Rizki Kamalina", "Dio Suhenda (The Jakarta Post)") or a news agency's name alone
    ("Reuters": an agency's copy) between the headline, or the standfirst under it, and its date is the byline.
    ``metas``: the lines with a meta kind (ascending; a line this pass makes a byline comes after the one it is
    under, so no line it may concern is left out)."""
    for m in metas:
        i = m - 1
        if not 1 <= i < len(lines) - 1:
            continue
        line, nxt = lines[i], lines[m]
        if line.meta is None and nxt.meta is not None and not nxt.noise and _under_headline(lines, i) \
                and (_name_line(line) or line.words <= AGENCY_BYLINE_WORDS and _agency_alone(line.text)):
            line.meta = "byline"
        elif lines[m].meta == "date":
            _mark_name_under_dated_headline(lines, m)


def _mark_name_under_dated_headline(lines: list[LineFeatures], m: int) -> None:
    """The date above the headline (past a reading-time line or a separator), a bare name under it, then the photo's
    caption or the lead ("22 November 2026 11:20 WIB" / headline / "Agus Setiawan" / caption): the name is the
    byline."""
    j = m + 1
    while j < len(lines) and j - m <= DATED_HEADLINE_REACH and lines[j].noise:
        j += 1
    if j + 2 >= len(lines) or j - m > DATED_HEADLINE_REACH or lines[j].meta is not None or lines[j].cue \
            or not _title_candidate(lines[j]):
        return
    name, after = lines[j + 1], lines[j + 2]
    if name.meta is None and not (name.caption or name.cue) and "/" not in name.text \
            and (after.caption or after.sentence) and _name_line(name):
        name.meta = "byline"


def _mark_badged_names(lines: list[LineFeatures], badged: list[int]) -> None:
    """A bare name with an account's badge after it ("Rahmadi Santoso Terverifikasi") under the headline is the
    byline, even with the writer's bio between it and the date (a blog's profile box). ``badged``: the lines of
    three to five words ending with a badge (_pass_gates)."""
    for i in badged:
        line = lines[i]
        if i >= 1 and line.meta is None and not line.noise and _name_words(without_badge(line.text).split()) \
                and _under_headline(lines, i):
            line.meta = "byline"


AGENCY_BYLINE_WORDS = 3


def _agency_alone(text: str) -> bool:
    from kabar.extract.outlets import agency_name

    return agency_name(text) is not None


@cache
def _skip_boxes() -> tuple[int, tuple[str, ...], tuple[tuple[re.Pattern, re.Pattern], ...]]:
    data = load_json("extract/skip_boxes.json")
    boxes = tuple((re.compile(b["open"], re.IGNORECASE), re.compile(b["close"], re.IGNORECASE)) for b in data["boxes"])
    return data["max_lines"], tuple(data["openings"]), boxes


@cache
def _headed_box_closers() -> tuple[tuple[str, ...], re.Pattern]:
    data = load_json("extract/skip_boxes.json")
    return tuple(data["closings"]), re.compile(data["headed_close"], re.IGNORECASE)


def _mark_headed_boxes(lines: list[LineFeatures], flagged: list[int]) -> None:
    """A box closed by a line naming its heading ("Artikel-artikel yang direkomendasikan" ... "Akhir dari
    Artikel-artikel yang direkomendasikan", BBC's list inside the article) is furniture from heading to closer.
    ``flagged``: the lines of at most 12 words opening as a closer does (_pass_gates)."""
    max_lines, _, _ = _skip_boxes()
    _, closing = _headed_box_closers()
    for i in flagged:
        line = lines[i]
        end = closing.fullmatch(line.text)
        if end is None or line.cue:
            continue  # (a skip box's closer is marked already)
        what = end.group("what").lower()
        for j in range(i - 1, max(-1, i - 1 - max_lines), -1):
            if lines[j].text.lower() == what:
                for item in lines[j:i + 1]:
                    item.cue = True
                break


def _mark_skip_boxes(lines: list[LineFeatures], flagged: list[int]) -> None:
    """A box the page lets readers skip ("Lewati Whatsapp dan lanjutkan membaca" ... "Akhir dari Whatsapp") is
    furniture from its opening line to its closing one, whatever it says between (kabar/data/extract/skip_boxes.json).
    ``flagged``: the lines of at most 12 words opening as a box's opening line does (_pass_gates)."""
    max_lines, _, boxes = _skip_boxes()
    for i in flagged:
        line = lines[i]
        for opening, closing in boxes:
            m = opening.fullmatch(line.text)
            if m is None:
                continue
            what = m.group("what").lower()
            for j in range(i + 1, min(len(lines), i + 1 + max_lines)):
                end = closing.fullmatch(lines[j].text)
                if end is not None and end.group("what").lower() == what:
                    for item in lines[i:j + 1]:
                        item.cue = True
                    break


POLL_ANSWERS = (2, 6)  # answer lines of a reader poll, fewest and most
POLL_ANSWER_WORDS = 3
POLL_QUESTION_WORDS = 25
POLL_REACTIONS = 3  # answers of a reaction widget without a button ("Senang", "Sedih", "Marah"), at least


@cache
def _poll_buttons() -> frozenset[str]:
    return frozenset(load_lines("extract/poll_buttons.txt"))


def _mark_polls(lines: list[LineFeatures], questions: list[int]) -> None:
    """A reader poll after an article ("Bagaimana pendapat Anda ...?", "Setuju", "Tidak setuju", "Kirim") is
    furniture: a question, two to six short answers, then a button of poll_buttons.txt, or a reaction widget (a
    question and three or more one- or two-word answers, "Senang", "Sedih", "Marah"); the question alone reads like
    the article's last sentence. ``questions``: the lines ending in "?" of at most POLL_QUESTION_WORDS words."""
    buttons = _poll_buttons()
    for i in questions:
        j = i + 1
        while j < len(lines) and j - i <= POLL_ANSWERS[1] and lines[j].words <= POLL_ANSWER_WORDS \
                and lines[j].text.lower() not in buttons and not lines[j].list_heading and not lines[j].noise:
            j += 1
        if j < len(lines) and j - i - 1 >= POLL_ANSWERS[0] and lines[j].text.lower() in buttons:
            j += 1  # (the button too)
        else:
            j = i + 1
            while j < len(lines) and j - i <= POLL_ANSWERS[1] and _reaction(lines[j]):
                j += 1
            if j - i - 1 < POLL_REACTIONS:
                continue
        for item in lines[i:j] if lines[j - 1].text.lower() in buttons else lines[i:i + 1]:
            item.cue = True  # (a reaction widget's answers stay: short lines that still part the article from what follows)


def _reaction(line: LineFeatures) -> bool:
    """One answer of a reaction widget ("Senang", "Terkejut", "Tidak Peduli"): a word or two, capitalised."""
    return line.words <= 2 and line.text[:1].isupper() and not line.terminal and line.meta is None \
        and not line.noise and not line.list_heading


def _mark_labelled_names(lines: list[LineFeatures], flagged: list[int]) -> None:
    """A people label alone on its line ("Reporter", "Translator", "Editor:") with a bare name on the next line (as
    credit boxes of separate label and name elements dump): both lines are that credit. ``flagged``: the lines of at
    most two words that are such a label (_pass_gates)."""
    labels = _credit_labels()[0]
    for i in flagged:
        if i + 1 >= len(lines):
            continue
        line, nxt = lines[i], lines[i + 1]
        kind = labels.get(line.text.rstrip(" :").lower())
        if line.meta is None and nxt.meta in (None, kind) \
                and _labelled_name(nxt):
            line.meta = nxt.meta = kind


def _labelled_name(line: LineFeatures) -> bool:
    """The name under a people label: a bare name ("Petir Garda Bhwana", "Kontributor Kupang, Sigiranus Marutho Bere")
    or, under a label, one capitalised word ("Khairina") that is no section; a person's name by names_in (not a
    section: "Editor" / "Pilihan Redaksi")."""
    one_word = line.words == 1 and line.text[:1].isupper() and not line.noise and not line.terminal \
        and line.text.lower() not in _section_words()
    return (one_word or line.meta is not None or _name_line(line)) and bool(names_in(line.text))


@cache
def _section_words() -> frozenset[str]:
    return frozenset(x.lower() for x in load_lines("extract/section_words.txt"))


def _under_headline(lines: list[LineFeatures], i: int) -> bool:
    """Whether line i-1 is headline-like (or a headline's second copy), or a standfirst (a sentence) right under a
    headline-like line or a headline's second copy (a share bar's buttons between them skipped)."""
    prev = lines[i - 1]
    if _title_candidate(prev) or _headline_copy(prev):
        return True
    if not prev.sentence or i < 2:
        return False
    j = i - 2
    while j > 0 and i - 2 - j < SHARE_BAR_LINES and _share_button(lines[j]):
        j -= 1  # (a share bar between the headline and the standfirst: "Bagikan", "1.2K" / "Shares")
    return _title_candidate(lines[j]) or _headline_copy(lines[j])


def _headline_copy(line: LineFeatures) -> bool:
    """A headline-like line printed a second time (the breadcrumb's last item above it, then the headline)."""
    return line.duplicate and not (line.cue or line.caption or line.template) and line.meta is None and not line.date \
        and TITLE_MIN_WORDS <= line.words <= TITLE_MAX_WORDS and not line.text.endswith((":", "."))


_HAS_DIGIT = re.compile(r"\d")


def _name_line(line: LineFeatures) -> bool:
    """A bare name ("Annasa Rizki Kamalina"), possibly with a role or handle after a comma ("Tom Krisher, AP Auto
    Writer"), an @handle or the outlet in brackets ("Dio Suhenda (The Jakarta Post)")."""
    if line.noise or line.terminal:
        return False
    if line.text.endswith(")") and " (" in line.text and line.words <= BYLINE_MAX_WORDS * 3:
        # writers before the outlet in brackets: "Aditya Nugroho and Sri Wahyuni Lestari (The Jakarta Post)"
        names = CO_WRITERS.split(line.text[: line.text.rindex(" (")])
        return all(_name_words(one.split()) for one in names)
    if line.words > BYLINE_MAX_WORDS * 2 or _HAS_DIGIT.search(line.text):
        return False  # (a digit: "Jalan Poros Longsor, Kendaraan Antre 3 Kilometer" is a headline with a comma)
    writers = JOINED_WRITERS.split(line.text) if " and " in line.text or " dan " in line.text else ()
    if len(writers) == 2:  # "Jane Doe and John Smith", "Andi Saputra dan Rina Wulandari"
        return all(_name_words(one.split()) for one in writers)
    if " - " in line.text or " – " in line.text or " — " in line.text:
        return _name_before_brand(line.text)
    name = re.split(r",|\s@|\s/\s|\s\(", line.text, maxsplit=1)[0].split()
    if not BYLINE_MIN_WORDS <= len(name) <= BYLINE_MAX_WORDS:
        return False
    if len(name) != line.words and not re.search(r",|\s@|\s/\s|\s\(", line.text):
        return False
    return _name_words(name)


BRAND_WORDS = 3  # words of the outlet's name after a writer's name and a dash, at most
SPACED_DASH = re.compile(r"\s[-–—]\s")


def _name_before_brand(text: str) -> bool:
    """"Hendra Wijaya - Kabar Pesisir": a writer's name (one word a known given name: a short headline reads "Harga
    Cabai Naik - Pedagang Mengeluh") and an outlet's short name after a spaced dash; listed outlets or not."""
    parts = SPACED_DASH.split(text, maxsplit=1)
    if len(parts) != 2:
        return False
    words = parts[0].split()
    return 0 < len(parts[1].split()) <= BRAND_WORDS and _name_words(words) and has_given_name(words)


CO_WRITERS = re.compile(r"\s*,\s*|\s+(?:and|dan|&)\s+")
JOINED_WRITERS = re.compile(r"\s+(?:and|dan)\s+")


def _name_words(name: list[str]) -> bool:
    """Two to four capitalised words, no function word, no digit: a person's name."""
    stops = stop_words()
    return BYLINE_MIN_WORDS <= len(name) <= BYLINE_MAX_WORDS and all(
        w[:1].isupper() and w.lower() not in stops and not any(map(str.isdigit, w)) for w in name)


def add_meta_kinds(lines: list[LineFeatures], block: tuple[int, int] | None) -> bool:
    """Ask meta_line_kind about the short lines around the edges of the body block (where bylines, dates and
    credits sit) and the short non-sentence lines inside it, not about every line of the page: it is the costly
    part of a page. Whether any line got a kind (if none did, the body block is unchanged)."""
    meta_kind = _external_meta_kind()
    if meta_kind is None:
        return False
    changed = False
    first, last = block if block else (0, min(len(lines), META_WINDOW) - 1)
    for i in range(max(0, first - META_WINDOW), min(len(lines), last + META_WINDOW + 1)):
        line = lines[i]
        if line.words > META_MAX_WORDS or line.meta is not None or line.noise or line.list_heading:
            continue  # (furniture stays furniture whatever it says)
        if line.words <= 2 and DIGIT.search(line.text) is None:
            continue  # a menu item or a section label; a dated or labelled credit line is longer or has digits
        near_edge = i <= first + META_WINDOW or i >= last - META_WINDOW
        if line.sentence and (line.words > 12 or not near_edge):
            continue
        try:
            kind = meta_kind(line.text)
        except Exception:  # a metadata bug must not lose the page
            kind = None
        if kind:
            line.meta = kind
            changed = True
    return changed


def _mark_captions_under_credits(lines: list[LineFeatures], captions: list[int]) -> None:
    """A photo credit standing alone ("MI/Ramdani", "ANTARA FOTO/Aprillio Akbar") heads its caption: the short
    sentence under it, when the article's lead follows that sentence, is the caption and not the lead. ``captions``:
    the caption lines, ascending (a caption this pass marks is a sentence, never such a credit).
    The same for a credit alone under its caption ("Pelaku UMKM menunjukkan produk halal. (ilustrasi)" / "Foto:
    ANTARA") between the article's header and its lead: the short sentence above the credit, with no sentence above
    it (a headline, byline or date), is the caption."""
    for i in captions:
        credit = lines[i]
        if i >= len(lines) - 2 or credit.words > CREDIT_WORDS or credit.terminal:
            continue
        if i >= 2 and _caption_over_credit(lines, i):
            lines[i - 1].caption = True
            continue  # (the credit has its caption: the sentence under it is the lead)
        caption = lines[i + 1]
        # the lead: the next line that is no furniture (a share bar or a reading-time line may stand between)
        lead = next((x for x in lines[i + 2:i + 2 + CAPTION_LEAD_REACH] if not x.noise), None)
        if caption.sentence and caption.words <= CAPTION_UNDER_CREDIT_WORDS and lead is not None and lead.sentence \
                and not has_dateline(caption.text):
            caption.caption = True


def _caption_over_credit(lines: list[LineFeatures], i: int) -> bool:
    """Whether the line above credit line i is its caption: a short sentence with no sentence above it and none of a
    dateline, the lead (a sentence, past furniture) under the credit."""
    caption, above = lines[i - 1], lines[i - 2]
    if not caption.sentence or caption.caption or caption.words > CAPTION_UNDER_CREDIT_WORDS or above.sentence:
        return False
    lead = next((x for x in lines[i + 1:i + 1 + CAPTION_LEAD_REACH] if not x.noise), None)
    return lead is not None and lead.sentence and not has_dateline(caption.text)


def _mark_caption_prefixes(lines: list[LineFeatures], captions: list[int]) -> list[int]:
    """A caption is often printed twice, once with its credit ("Foo bar." then "Foo bar. /Twitter/@x"). ``captions``:
    the caption lines, ascending; a line under one that this marks is a caption too and marks its own neighbours.
    The caption lines after it, ascending."""
    done, marked = -1, set(captions)
    for start in captions:
        i = start
        while i > done and i < len(lines) and lines[i].caption:  # (i: this caption, then the one it marked below)
            marked.update(_mark_caption_neighbours(lines, i))
            done = i
            i += 1
    return sorted(marked)


def _mark_caption_neighbours(lines: list[LineFeatures], i: int) -> list[int]:
    """The neighbours of caption line i that its text opens with made captions; their indices."""
    own = normalise(lines[i].text)  # (once per caption, not once per neighbour)
    out = []
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines):
            other = lines[j]
            key = normalise(other.text)
            if len(key) >= 15 and own.startswith(key):
                other.caption = True
                out.append(j)
    return out


@dataclass(slots=True)
class Cluster:
    first: int
    last: int
    score: int  # characters of sentence lines
    gap_before: int = 0  # non-sentence lines between the previous cluster and this one
    hard_before: bool = True  # a list heading (or the page start) separates it from the previous cluster
    after_end: bool = False  # comes after a comment section or "more from" heading
    sentences: int = 0
    isolated: int = 0  # sentence lines right after an unmarked non-sentence line (a headline, a name)
    teasers: bool = True  # whether teaser lists are looked for
    anchored: bool = False  # starts shortly after a headline with its byline or date
    dated: int = 0  # date lines between its sentence lines ("Alex on September 17, 2018 at 6:34 am said:")
    footer: bool = False  # holds the site's copyright line between its sentences
    headed: bool = False  # starts under a list heading ("Berita Lainnya", "Baca Juga")

    @property
    def teaser_list(self) -> bool:
        """Headline, sentence, headline, sentence...: a list of other stories, not paragraphs of one. A teaser's
        snippet is a sentence or two; paragraphs under an article's subheadings are longer on average."""
        return (self.teasers and self.sentences >= TEASER_MIN and self.isolated >= TEASER_SHARE * (self.sentences - 1)
                and self.score <= TEASER_MAX_CHARS * self.sentences)

    @property
    def weight(self) -> float:
        weight = self.score * (AFTER_END_WEIGHT if self.after_end else 1.0) * (ANCHOR_BONUS if self.anchored else 1.0)
        if self.footer:
            weight *= AFTER_END_WEIGHT
        if self.after_end and self.dated >= COMMENT_DATES:
            weight *= COMMENT_WEIGHT  # dated entries after a comment heading: a thread of comments, however long
        if self.teaser_list:  # (under a list's own heading, headline and snippet pairs are surely other stories)
            return weight * TEASER_WEIGHT * (HEADED_TEASER_WEIGHT if self.headed else 1.0)
        return weight


@dataclass(frozen=True, slots=True)
class Gaps:
    """How far apart sentence lines may be and still form one body."""

    max_gap: int = MAX_GAP
    merge_gap: int = MERGE_GAP
    merge_min_chars: int = MERGE_MIN_CHARS
    teasers: bool = True  # recognise lists of teasers (headline, sentence, headline, sentence...)


DUMP_GAPS = Gaps()
# Lines of an HTML page's main content (resiliparse has already dropped menus, sidebars and footers): lists and
# tables between paragraphs are more likely part of the article, so wider gaps are bridged (measured on the
# article-extraction benchmark: body F1 0.932 -> 0.938, while on whole-page dumps the narrow gaps win).
# Teaser lists are left to resiliparse there too: what alternates headline and sentence in main content is mostly
# the article's own list of items.
MAIN_CONTENT_GAPS = Gaps(max_gap=8, merge_gap=30, merge_min_chars=80, teasers=False)


def sentence_clusters(lines: list[LineFeatures], gaps: Gaps = DUMP_GAPS) -> list[Cluster]:
    """Runs of sentence lines, split where more than MAX_GAP other lines or a list heading come between. The items
    of a list a line ending with ":" announces are no gap when a paragraph follows them; when furniture or a longer
    line ends the list instead, they count as the gap they were (a list after the text bridges nothing)."""
    clusters: list[Cluster] = []
    current: Cluster | None = None
    gap, hard, ended, listing, listed, heading_at = 0, True, False, 0, 0, -1
    for i, line in enumerate(lines):
        # (the word count first: most lines are too short for a sentence, and .sentence is a call)
        if line.words >= FEWEST_SENTENCE_WORDS and line.sentence and not line.list_heading:  # (a long heading reads
            # like a sentence: '10 thoughts on ...')
            if current is None or gap > gaps.max_gap or hard:
                current = Cluster(i, i, 0, gap, hard or not clusters, ended, teasers=gaps.teasers,
                                  headed=hard and bool(clusters) and heading_at >= 0 and i - heading_at <= HEADED_REACH)
                clusters.append(current)
            if current.sentences and i > 0 and _after_headline(lines, i):
                current.isolated += 1
            current.last = i
            current.score += len(line.text)
            current.sentences += 1
            gap, hard, listed = 0, False, 0
            listing = MAX_LIST_ITEMS if line.text.endswith(":") else 0  # (a sentence announcing a list, too)
        elif line.list_heading:
            hard, heading_at = True, i
            ended = ended or (line.end_marker and bool(clusters) and not _header_comment_count(line, clusters))
        elif line.meta == "date" and current is not None and gap <= gaps.max_gap and not hard:
            current.dated += 1
        elif line.cue or line.caption:
            gap, listing, listed = gap + listed, 0, 0  # (furniture ends a list: what follows it is no item of it)
        elif not line.meta:
            if current is not None and gap == 0 and line.text.endswith(":"):
                listing = MAX_LIST_ITEMS  # "Berikut daftarnya:" announces a list: its items are not a gap
            elif listing and line.words <= MAX_LIST_ITEM_WORDS:
                listing, listed = listing - 1, listed + 1
            else:
                gap, listing, listed = gap + 1 + listed, 0, 0
    return clusters


def _header_comment_count(line: LineFeatures, clusters: list[Cluster]) -> bool:
    """"0 Komentar", "Komentar (3)" under a standfirst: a comment counter in the article's header (headline,
    standfirst, byline, counter), not the comment section's heading, when no more than one sentence line (the
    standfirst) stands above it. (Gate: the clusters, then a digit in the line.)"""
    return len(clusters) == 1 and clusters[0].sentences == 1 and _HAS_DIGIT.search(line.text) is not None


def _after_headline(lines: list[LineFeatures], i: int) -> bool:
    """Whether sentence line i follows a headline or a name (an unmarked non-sentence line), directly or with its
    byline and date lines between them: how teasers of other stories are listed ("Headline / Writer / Date / First
    sentence")."""
    j = i - 1
    while j >= 0 and i - j <= TEASER_META_LINES and lines[j].meta is not None:  # (a date repeated is noise too)
        j -= 1
    return j >= 0 and not lines[j].sentence and not _marked(lines[j])


def body_block(lines: list[LineFeatures], gaps: Gaps = DUMP_GAPS) -> tuple[int, int] | None:
    """Index range [first, last] of the main block of running text: the cluster of sentence lines with most text,
    joined with neighbouring clusters of substance that only a few unmarked lines (a list, a quote) separate."""
    clusters = sentence_clusters(lines, gaps)
    if not clusters:
        return None
    for anchor in _headline_anchors(lines):  # the first block of sentences under a headline and its date
        following = next((c for c in clusters if c.first > anchor), None)
        if following is not None and following.first - anchor <= ANCHOR_REACH:
            following.anchored = True
    for cluster in clusters:  # the site's footer: legal text on both sides of its copyright line (an article may
        # close on one: "© 2019 CBS Interactive Inc. All Rights Reserved." under a story)
        if not cluster.anchored and any(_rights_reserved(x) for x in lines[cluster.first + 1:cluster.last]):
            cluster.footer = True  # (not under a headline with its date: an article quoting a video's notice)
    best = max(range(len(clusters)), key=lambda k: clusters[k].weight)
    lo = hi = best
    while lo > 0 and _joins(clusters[lo], clusters[lo - 1], clusters[best], gaps):
        lo -= 1
    while hi + 1 < len(clusters) and _joins(clusters[hi + 1], clusters[hi + 1], clusters[best], gaps):
        hi += 1
    return clusters[lo].first, clusters[hi].last


CLOSED_SENTENCE = (".", "!", "?", '"', "”")  # a paragraph's last characters before its writer's credit


def _with_closing_credit(lines: list[LineFeatures], last: int) -> int:
    """The block's last line, or the paragraph after it that closes with the writer's credit ("... aktivitas
    tambang. (Bangkapos.com/Riki Pratama)"): read as a photo's caption by its credit alone, it is the article's last
    paragraph when it follows the body (past links at most) and neither a sentence nor another caption comes after it."""
    nxt = last + 1
    while nxt < len(lines) and nxt <= last + MAX_GAP and lines[nxt].cue and not lines[nxt].caption:
        nxt += 1  # (past a "Baca juga" link between the two)
    if nxt >= len(lines) or not lines[last].sentence:
        return last
    line = lines[nxt]
    if not line.caption or line.cue or line.duplicate or line.template or line.meta is not None \
            or not line.text.endswith((")", "]")):
        return last
    cut = max(line.text.rfind("("), line.text.rfind("["))
    before = line.text[:cut].rstrip()
    if "/" not in line.text[cut:] or not before.endswith(CLOSED_SENTENCE) \
            or len(before.split()) < SENTENCE_MIN_WORDS or is_caption(before):
        return last  # (a caption by its own words, "Foto: ...", or a credit alone)
    after = lines[nxt + 1] if nxt + 1 < len(lines) else None
    if after is not None and (after.sentence or after.caption):
        return last  # (a gallery's captions, or the body going on: a photo's caption inside the article)
    line.caption = False
    return nxt


def _announced_list_end(lines: list[LineFeatures], last: int) -> int:
    """The block's last line, or the last item of the list its last sentence announces ("Berikut jadwal
    lengkapnya:", "The 2020 tour dates:"): up to MAX_LIST_ITEMS short lines that are not furniture."""
    if not lines[last].text.endswith(":"):
        return _headed_list_end(lines, last)
    end = last
    for line in lines[last + 1:last + 1 + MAX_LIST_ITEMS]:
        if not _list_item(line):
            break
        end += 1
    return end


def _list_item(line: LineFeatures) -> bool:
    return not (line.sentence or line.noise or line.list_heading or line.meta is not None
                or line.words > MAX_LIST_ITEM_WORDS)


def _before_trailing_bio(lines: list[LineFeatures], first: int, last: int) -> int:
    """The block's end without the author's bio it closes with: a bare name ("Emiliano Bellini") over a few
    sentences, the first opening with that name and a verb of bio_verbs.txt ("Emiliano joined pv magazine in 2017.",
    "Budi Santoso adalah wartawan ..."); else last. (A subheading the paragraph under it repeats is no bio:
    "Penerimaan Pajak" / "Penerimaan pajak hingga Februari tercatat naik ...".)"""
    for k in range(last, max(first, last - TRAILING_BIO_LINES), -1):
        name, bio = lines[k - 1], lines[k]
        if name.sentence or not bio.sentence or not _name_line(name):
            continue
        words, opening = name.text.split(), bio.text.split()
        if opening[:len(words)] == words:
            start = len(words)  # "Budi Santoso adalah ..."
        else:
            start = 1 if opening[0] in (words[0], words[-1]) else 0  # "Emiliano joined ...", "Santoso menulis ..."
        if start and len(opening) > start and opening[start].lower().strip(",") in _bio_verbs() \
                and any(x.sentence for x in lines[first:k - 1]):
            return max(i for i in range(first, k - 1) if lines[i].sentence)
    return last


@cache
def _bio_verbs() -> frozenset[str]:
    return frozenset(load_lines("extract/bio_verbs.txt"))


def _headed_list_end(lines: list[LineFeatures], last: int) -> int:
    """The last item of a list under a short heading right after the text ("Qualified teams" / "England (Group A):
    10th appearance" / ...): at least LIST_MIN_ITEMS items that all hold the first one's separator (": ", " – ",
    "@", a tab) and do not all end alike, as a schedule's or a table's rows do and a list of other stories'
    headlines ("Harga Cabai Naik - Kompas.com") does not; else last."""
    heading = last + 1
    if heading >= len(lines) or not _list_item(lines[heading]) or lines[heading].words > LIST_HEADING_WORDS:
        return last
    first = heading + 1
    separator = next((sep for sep in LIST_SEPARATORS if first < len(lines) and sep in lines[first].text), None)
    if separator is None:
        return last
    end = heading
    for line in lines[first:first + MAX_LIST_ITEMS]:
        if not _list_item(line) or separator not in line.text:
            break
        end += 1
    rows = [row.text for row in lines[first:end + 1]]
    if len(rows) < LIST_MIN_ITEMS or len({row.rsplit(separator, 1)[1] for row in rows}) == 1:
        return last  # (rows all ending alike are headlines with their outlet: "Harga Cabai Naik - Kompas.com")
    return end


def _rights_reserved(line: LineFeatures) -> bool:
    """The site's copyright line ("© 2019 Beachbody, LLC. All rights reserved.", "Hak cipta dilindungi
    undang-undang"), not a photo's credit ("© AFP")."""
    if not line.cue:
        return False
    lowered = line.text.lower()
    return "rights reserved" in lowered or "hak cipta dilindungi" in lowered


def _headline_anchors(lines: list[LineFeatures]) -> list[int]:
    """Indices of headline-like lines followed by a byline or date: where an article's body is about to start."""
    dated = [i for i, line in enumerate(lines) if line.meta is not None and not line.noise]
    near = {j for i in dated for j in range(i - TITLE_META_DISTANCE, i) if j >= 0}
    return [i for i in sorted(near) if lines[i].words >= HEADLINE_MIN_WORDS and _title_candidate(lines[i])
            and _followed_by_meta(lines, i)]


def _marked(line: LineFeatures) -> bool:
    return line.cue or line.caption or line.meta is not None or line.list_heading


def _joins(boundary: Cluster, neighbour: Cluster, best: Cluster, gaps: Gaps) -> bool:
    """Whether the cluster across ``boundary`` (whose gap_before separates the two) belongs to the body."""
    return (not boundary.hard_before and boundary.gap_before <= gaps.merge_gap and not neighbour.teaser_list
            and not neighbour.footer
            and neighbour.score >= max(gaps.merge_min_chars, MERGE_MIN_SHARE * best.score))


def _title_candidate(line: LineFeatures) -> bool:
    return (
        TITLE_MIN_WORDS <= line.words <= TITLE_MAX_WORDS  # (first: most menu lines fail here)
        and not (line.cue or line.caption or line.duplicate or line.template)  # (= not line.noise)
        and not line.date
        and line.meta is None
        and not line.list_heading
        and _headline_shaped(line.text)
    )


@lru_cache(maxsize=16384)
def _headline_shaped(text: str) -> bool:
    """What _title_candidate asks of the text itself (cached: it asks again of the same lines from several steps)."""
    return (len(text) <= 300
            and not text.endswith((":", "."))  # headlines carry no full stop; captions and standfirsts do
            and _headline_opening(text)
            and not is_menu_row(text))


def _headline_opening(text: str) -> bool:
    """Whether the line opens and runs as a headline can: not with a dash (a quote's attribution, "— David Rahman
    on Monday"), not with a word in lower case (a line of code, a fragment; "iPhone", "eKTP" are names). A row of
    table cells ("BBCA\t\tBank Central Asia\t\t9.150") is judged by its last cell: an old table layout prints the
    left column's last link and the headline in one row."""
    if "\t" in text:
        text = headline_cell(text)
        if len(text.split()) < HEADLINE_MIN_WORDS:
            return False
    first = text[:1]
    if not first or first in "—–-" or "," in text and _TAG_COMMA.search(text):
        return False
    return not first.islower() or text[1:2].isupper()


_TAG_COMMA = re.compile(r"(?<=[^\W\d_]),(?=\w)")  # "banjir,jakarta,bmkg": tags or keywords, commas without spaces
# ("Rp3,2 Triliun" has a digit before its comma)


def headline_cell(text: str) -> str:
    """The last cell of a row of tab-separated table cells (the headline of a table layout), else the text."""
    return text.rsplit("\t", 1)[-1].strip() if "\t" in text else text


def _similarity(a: str, b: str) -> float:
    """Jaccard similarity of the two texts' normalised words."""
    wa, wb = _word_set(a), _word_set(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


@lru_cache(maxsize=4096)
def _word_set(text: str) -> frozenset[str]:
    """The distinct normalised words of a text (cached: a page's headline hint is compared with every candidate line,
    and menus recur on every page of an outlet)."""
    return frozenset(normalise(text).split())


def choose_title(prefix: list[LineFeatures], hint: str | None = None,
                 lead: LeadWords | Callable[[], LeadWords | None] | None = None) -> int | None:
    """Index (into prefix) of the headline: the line most like the hint (an HTML page's own headline) if any, else
    the last headline-like line followed by a byline or date (with no other headline-like line between), else the
    first one printed twice, else the last one; a pick that shares no word with the lead (the first lines of the
    body) gives way to one that names what the lead tells (see _related_instead)."""
    candidates = [i for i, line in enumerate(prefix)
                  if TITLE_MIN_WORDS <= line.words <= TITLE_MAX_WORDS and _title_candidate(line)  # (cheap test first)
                  or ":" in line.text and _kicked_headline(prefix, i)]  # (a kicker closes with a colon)
    if not candidates:  # nothing else is headline-like: a kicked headline needs no byline or date under it
        candidates = [i for i in range(len(prefix)) if _kicked_headline(prefix, i, anchored=False)]
    if not candidates:
        stopped = _stopped_headline_below(prefix, candidates, -1)
        return stopped if stopped >= 0 else None
    if hint:
        scored = max(candidates, key=lambda i: _similarity(prefix[i].text, hint))
        if _similarity(prefix[scored].text, hint) >= 0.5:
            return scored
    pick = _stopped_headline_below(prefix, candidates, _structural_title(prefix, candidates))
    if callable(lead):
        lead = lead()  # (only now: an HTML page's hint mostly decides before the lead is needed)
    if lead is None:
        return pick
    pick = _titled_headline_above(prefix, pick, lead)
    below_list = _after_listed_headlines(prefix, candidates, pick, lead)
    return below_list if below_list is not None else _related_instead(prefix, candidates, pick, lead)


def _after_listed_headlines(prefix: list[LineFeatures], candidates: list[int], pick: int, lead: LeadWords) -> int | None:
    """When the pick is the last item of a list of other stories (headline, date, headline, date... right above
    it) and a headline-long line below it names what the lead tells while the pick does not, that line is the
    headline: the list ("Terpopuler") stood above an undated headline. None to keep the pick."""
    known = set(candidates)
    listed = [i for i in candidates if pick - LIST_PAIRS * (TITLE_META_DISTANCE + 1) <= i < pick
              and _followed_by_meta(prefix, i, known)]
    if len(listed) + 1 < LIST_PAIRS or not _followed_by_meta(prefix, pick, known) or _names_lead(lead, prefix[pick].text):
        return None
    below = [i for i in candidates if i > pick + 1 and prefix[i].words >= HEADLINE_MIN_WORDS
             and _names_lead(lead, prefix[i].text)]
    return below[0] if below else None


def _stopped_headline_below(prefix: list[LineFeatures], candidates: list[int], pick: int) -> int:
    """A headline may end with a full stop ("Home Depot Stock Is Falling After Its Earnings Release. Why You
    Shouldn't Worry.", "Warga Menolak. Pemkot Jalan Terus."), so it is no candidate; below the pick, right over its
    byline or date, with no headline-like line over it (then it would be the standfirst), such a short line is the
    headline, when the pick has no byline or date of its own under it. (pick -1: there is no candidate.)"""
    known = set(candidates)
    if pick >= 0 and _followed_by_meta(prefix, pick, known):
        return pick  # (a headline over its date, then a photo and a standfirst over the columnist's byline)
    for i in range(len(prefix) - 1, pick, -1):
        if _stopped_headline(prefix[i]) and _followed_by_meta(prefix, i, known) and not _headed(prefix, i, known):
            return i
    return pick


def _headed(prefix: list[LineFeatures], i: int, candidates: set[int] | None = None) -> bool:
    """Whether a headline-like line, even a short one ("Harga BBM Naik"), stands right over line i (furniture and
    one- or two-word labels between them skipped), or a byline or date a few lines above it (a photo's caption or a
    standfirst stands under the headline's)."""
    if any(x.meta is not None and not x.noise for x in prefix[max(0, i - DECK_REACH):i]):
        return True
    for j in range(i - 1, max(-1, i - 1 - TITLE_META_DISTANCE), -1):
        if prefix[j].duplicate and _headline_copy(prefix[j]):
            return True  # the headline's second copy (the breadcrumb's, then the headline), a share bar under it
        if prefix[j].noise or prefix[j].words < TITLE_MIN_WORDS and not prefix[j].terminal:
            continue
        return j in candidates if candidates is not None else _title_candidate(prefix[j])
    return False


def _stopped_headline(line: LineFeatures) -> bool:
    """A line shaped as a headline but for its closing full stop."""
    return (line.text.endswith(".") and HEADLINE_MIN_WORDS <= line.words <= STOPPED_HEADLINE_WORDS and not line.noise
            and line.meta is None and not line.date and line.text[0].isupper() and not has_dateline(line.text))


@cache
def _headline_kickers() -> frozenset[str]:
    return frozenset(x.lower() for x in load_lines("extract/headline_kickers.txt"))


def _kicked_headline(prefix: list[LineFeatures], i: int, anchored: bool = True) -> bool:
    """A headline opened by a kicker that also opens photo teasers and captions ("FOTO: Jalan Lintas Tertimbun
    Longsor", "VIDEO: ..."): furniture by its first word, the headline when a headline in title case follows the
    colon and a byline or date follows the line (or the line is printed twice, breadcrumb and headline)."""
    line = prefix[i]
    kicker, colon, rest = line.text.partition(":")
    if not colon or line.duplicate or kicker.strip().lower() not in _headline_kickers():
        return False
    rest = rest.strip()
    printed_twice = i + 1 < len(prefix) and prefix[i + 1].duplicate and prefix[i + 1].text == line.text
    return (HEADLINE_MIN_WORDS <= len(rest.split()) <= TITLE_MAX_WORDS and not rest.endswith(".")
            and title_case_ratio(rest) >= TITLE_CASE and (not anchored or printed_twice or _followed_by_meta(prefix, i)))


def _structural_title(prefix: list[LineFeatures], candidates: list[int]) -> int:
    echoed = _echoed(prefix, candidates)
    if echoed is not None:
        return echoed
    known = set(candidates)  # (the headline-like lines of the prefix, so they need not be tested again)
    anchored = [i for i in candidates if _followed_by_meta(prefix, i, known)]
    full_anchored = [i for i in anchored if prefix[i].words >= HEADLINE_MIN_WORDS]
    if full_anchored:
        pick = full_anchored[-1]
        above = _headline_above(prefix, pick) if prefix[pick].sentence else None
        return above if above is not None else _printed_twice_above(prefix, candidates, pick)
    crumbed = _crumbed(prefix, candidates)
    if crumbed is not None:
        return crumbed
    # menu items and widget labels are shorter than headlines
    full = [i for i in candidates if prefix[i].words >= HEADLINE_MIN_WORDS] or candidates
    last_repeat = {x.text.lower(): j for j, x in enumerate(prefix) if x.duplicate}  # (the last one wins)
    repeated = [i for i in full if prefix[i].words >= HEADLINE_MIN_WORDS and last_repeat.get(prefix[i].text.lower(), -1) > i]
    if repeated:
        # headlines are often printed twice (breadcrumb or page title, then the h1); short lines printed twice are
        # mostly menus shown twice (desktop and mobile), so only headline-long lines count. A headline-long line
        # printed twice also outranks a short line over the byline ("X Share via")
        return repeated[0]
    if anchored:
        return anchored[-1]  # a short headline over its byline ("Clymer workshop manual review")
    # menus and site taglines come first, the headline sits nearest the body; a caption in sentence case may sit
    # between them, so a line in title case ("Polisi Selidiki Kebakaran Gudang") is preferred
    titled = [i for i in full if title_case_ratio(prefix[i].text) >= TITLE_CASE]
    return titled[-1] if titled else full[-1]


TITLE_SEPARATOR = re.compile(r"\s*(?:\||::|\s[-–—»]\s)\s*")  # "Headline | Outlet", "Outlet - Headline", "Section|Headline"


def _echoed(prefix: list[LineFeatures], candidates: list[int]) -> int | None:
    """The last headline-long line that one of the page's first lines repeats as one part of a page title ("Headline
    | Outlet", "Opinion|Headline"): how a dump that opens with the page's <title> echoes its own headline."""
    parts: set[str] = set()
    for line in prefix[:ECHO_LINES]:
        text = line.text
        if not line.noise and ("|" in text or " - " in text or " – " in text or " — " in text or "::" in text
                               or " » " in text):
            parts.update(part for part in TITLE_SEPARATOR.split(line.text) if part != line.text)
    if not parts:
        return None
    echoed = [i for i in candidates if i >= ECHO_LINES and prefix[i].words >= HEADLINE_MIN_WORDS and prefix[i].text in parts]
    return echoed[-1] if echoed else None


def _related_instead(prefix: list[LineFeatures], candidates: list[int], pick: int, lead: LeadWords) -> int:
    """A headline names what the lead tells; newsletter boxes, widget titles and menu items ("Get the best of news
    in your inbox", "Continue reading the main story") share no word with it. When the structural pick shares none,
    the headline-like line that shares most takes its place (the nearest of equals): below the pick (nearer the
    body) if it shares RELATED_WORDS, anywhere above the body if it shares STRONG_WORDS."""
    if lead.shared(prefix[pick].text)[0]:
        return pick
    best, most = pick, 0
    for i in reversed(candidates[-RELATED_SEARCH:]):  # (the headline sits near the body, menus far above it)
        found, total = lead.shared(prefix[i].text)
        if (2 * found >= total and found >= (RELATED_WORDS if i > pick else STRONG_WORDS)
                or i > pick and found >= STRONG_WORDS) and found > most:
            best, most = i, found  # (the line naming most of the lead: a photo's caption names less than the headline)
    return best


class LeadWords:
    """The content words of the first lines of an article's body, to tell its headline from other headline-like
    lines: a headline names what the lead tells (a careful editor's first check)."""

    __slots__ = ("words", "stems", "spaced")

    def __init__(self, texts: Iterable[str]):
        words = _content_words(" ".join(texts).lower())
        self.words = words
        self.stems = {w[:STEM_CHARS] for w in words if len(w) >= STEM_CHARS}
        # for endings of longer words: Indonesian affixes are mostly prefixes ("ditetapkan" for "tetapkan")
        self.spaced = " ".join(words) + " "

    def shared(self, text: str) -> tuple[int, int]:
        """(content words of text found in the lead, content words of text)."""
        words = _content_words(text.lower())
        found = sum(1 for w in words if w in self.words or len(w) >= STEM_CHARS and w[:STEM_CHARS] in self.stems
                    or len(w) >= AFFIX_MIN_CHARS and w + " " in self.spaced)
        return found, len(words)


@lru_cache(maxsize=16384)
def _content_words(lowered: str) -> frozenset[str]:
    """The words of a lower-cased text that are not function words or numbers (cached: menus recur on every page)."""
    words = set(WORD.findall(lowered))  # (each distinct word tested once; the function words dropped in one step)
    words -= stop_words()
    return frozenset(w for w in words if len(w) > 1 and not w.isdigit())


def lead_words(lines: list[LineFeatures], first: int, last: int) -> LeadWords | None:
    """LeadWords of the first LEAD_LINES sentence lines of the block [first, last] (None without any)."""
    texts: list[str] = []
    for i in range(first, last + 1):
        if lines[i].sentence:
            texts.append(lines[i].text if texts else _without_dateline(lines[i].text))
            if len(texts) == LEAD_LINES:
                break
    return LeadWords(texts) if texts else None


def _dashed(text: str) -> bool:
    """Whether a dash stands where a dateline would end: every dateline has one, and its pattern is costly on the
    lines without."""
    head = text[:100]
    return "-" in head or "–" in head or "—" in head


def _without_dateline(text: str) -> str:
    """The lead without its dateline: "JAKARTA, KOMPAS.com -" names the outlet, whose name its menus carry too."""
    if not _dashed(text):
        dotted = OUTLET_DOT.match(text)  # "RMOL. Komisi IV DPR ...": the outlet closed by a full stop
        return text[dotted.end():] if dotted else text
    opening = DATELINE.match(text[:100])
    return text[opening.end():] if opening else text


OUTLET_DOT = re.compile(r"[A-Z][A-Z0-9]{2,15}\.\s+(?=[A-Z])")


def title_case_ratio(text: str) -> float:
    """Share of capitalised words among the words that are not function words."""
    stops = stop_words()
    words = [w for w in WORD.findall(text) if not w.isdigit() and w.lower() not in stops]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def _followed_by_meta(prefix: list[LineFeatures], i: int, candidates: set[int] | None = None) -> bool:
    """Whether a byline or date follows line i within TITLE_META_DISTANCE lines, with no other headline-like line
    between (``candidates``: the indices of prefix's headline-like lines, when known)."""
    seen = 0
    for j in range(i + 1, min(len(prefix), i + 1 + TITLE_META_DISTANCE + SHARE_BAR_LINES)):
        line = prefix[j]
        if line.meta is not None and not line.noise:
            return True
        if j in candidates if candidates is not None else _title_candidate(line):
            return False
        if not (line.cue and line.words <= SHARE_BUTTON_WORDS):
            seen += 1  # (a share bar's buttons, "Facebook" / "Twitter" / "Email", do not count)
            if seen == TITLE_META_DISTANCE:
                return False
    return False


def _share_button(line: LineFeatures) -> bool:
    """A share bar's button or counter between the headline and its standfirst ("Bagikan", "1.2K", "Shares", "350
    kali dibagikan", "Dibaca 2.345 kali")."""
    return line.cue and line.words <= SHARE_BUTTON_WORDS + 1 and line.meta is None and not line.list_heading  # (a
    # line that is only noise, "/0 Comments/in /by" over a blog post's lead, is no button)


def _is_description(line: LineFeatures, after: LineFeatures | None) -> bool:
    """A standfirst: running text right under the title, set apart from the body by a byline, date or photo."""
    if line.noise or line.meta is not None or line.date or has_dateline(line.text):
        return False
    if not DESCRIPTION_MIN_WORDS <= line.words <= DESCRIPTION_MAX_WORDS:
        return False
    if not line.text.lstrip("\"“'‘(")[:1].isupper():
        return False
    if not line.terminal and line.words < DESCRIPTION_UNTERMINATED_WORDS and not _unstopped_standfirst(line, after):
        return False  # a short line without a full stop under the title is a caption or a kicker
    return after is None or not after.sentence or has_dateline(after.text)  # the lead opens with its dateline


def _unstopped_standfirst(line: LineFeatures, after: LineFeatures | None) -> bool:
    """A short line in sentence case over the byline or date (between them and the headline): the standfirst some
    outlets print without a full stop ("Tidur cukup saja ternyata belum tentu membuat tubuh bugar"); a caption
    stands under the byline, by the photo."""
    return (after is not None and after.meta is not None and not after.noise
            and title_case_ratio(line.text) < SENTENCE_CASE)


def classify(raw_lines: list[str], template: Iterable[str] = (), title_hint: str | None = None,
             gaps: Gaps = DUMP_GAPS) -> Classified:
    """LineLabels for the raw lines of a page (numbers are 1-based positions in raw_lines)."""
    lines = page_features(raw_lines, template)
    labels = LineLabels()
    if not lines:
        return Classified(labels, lines)
    block = body_block(lines, gaps)
    if add_meta_kinds(lines, block):  # body_block reads line.meta: only a new meta line can move the block
        block = body_block(lines, gaps)
    first, last = block if block else (len(lines), len(lines) - 1)
    if block:
        last = _with_closing_credit(lines, _before_trailing_bio(lines, first, _announced_list_end(lines, last)))
        first = _lead_with_dateline(lines, _after_teasers(lines, first, last), last)
        last = _before_next_article(lines, first, last, title_hint) if title_hint else last
    if block and title_hint:
        first = _after_hinted_headline(lines, first, last, title_hint)
    elif block:
        first = _after_question_headline(lines, first, last)
        first = _after_question_headline(lines, _after_unterminated_headline(lines, first, last), last)  # (a
        # breadcrumb run into the headline, then the headline over its date)
        first = _after_anchored_headline(lines, first, last)
        first = _after_inner_headline(lines, first, last)
    if block:
        first = _after_sentence_over_date(lines, first, last)
    prefix = lines[:first]
    title = choose_title(prefix, title_hint, (lambda: lead_words(lines, first, last)) if block else None)
    if block and not title_hint and (opened := _headline_opening_block(lines, title, first, last)) is not None:
        title, first = first, opened
        prefix = lines[:first]
    description = None
    if title is not None:
        labels.title = prefix[title].number
        nxt = title + 1
        while nxt < first and (lines[nxt].duplicate and lines[nxt].text == prefix[title].text
                               or nxt - title <= SHARE_BAR_LINES and _share_button(lines[nxt])):
            nxt += 1  # (the headline's second copy: the breadcrumb's, then the headline; a share bar's buttons)
        if nxt < len(lines):
            after = lines[nxt + 1] if nxt + 1 < len(lines) else None
            if _is_description(lines[nxt], after):
                description = nxt
                labels.description = lines[nxt].number
                if block and first == nxt:
                    first = _next_sentence(lines, nxt + 1, last)
                    if first is None:
                        first, last = len(lines), len(lines) - 1
        if description is None and block:
            description = _standfirst_below_credits(lines, title, first, last)
            if description is not None:
                labels.description = lines[description].number
                if first == description:
                    first = _next_sentence(lines, description + 1, last)
    listed = _list_dates(lines, title) if title is not None else set()
    stamps = _live_stamps(lines, first, last) if block else set()
    table = _table_lines(lines, first, last) if block else set()
    headline = {title, description}
    meta, boilerplate = labels.meta, labels.boilerplate
    for i in range(min(first, len(lines))):  # (above the body, then the body: one walk each, no test of where)
        if i in headline:
            continue
        line = lines[i]
        if title is not None and i < title and i in listed:
            boilerplate.append(line.number)  # the dates of a list of other stories above the headline
        elif line.meta is not None and not (line.cue or line.caption or line.duplicate or line.template):
            meta.append(line.number)  # (a byline or date above the body, not furniture: noise spelled out)
        else:
            boilerplate.append(line.number)
    for i in range(first, min(last + 1, len(lines))):
        if i in headline:
            continue
        line = lines[i]
        if i in stamps:
            labels.body.append(line.number)  # a live report's entry stamp ("13.20 WIB") belongs to its entry
        elif not line.sentence and _sourced_figure(lines, i) or i in table:
            labels.boilerplate.append(line.number)  # the title of a chart or table, its source under it; its cells
        else:
            _label_in_body(line, labels)
    dated = any(lines[i].meta == "date" for i in range(min(first, len(lines))) if lines[i].number in meta)
    _label_after_body(lines[last + 1 :] if block else [], labels, dated)
    return Classified(labels, lines)


def _headline_opening_block(lines: list[LineFeatures], title: int | None, first: int, last: int) -> int | None:
    """When the headline reads like a sentence it opens the block of sentences, and the pick above is a menu
    item or a widget's title: no byline or date under it, no word of the lead. The block's first line, shaped as a
    headline (no closing full stop) and naming what the lead tells, is then the headline; the index of the lead,
    where the body starts, or None."""
    line = lines[first]
    if line.words > TITLE_MAX_WORDS or not _title_candidate(line) or _dashed(line.text) and has_dateline(line.text):
        return None
    if title is not None and _followed_by_meta(lines, title):
        return None
    nxt = _next_sentence(lines, first + 1, last)
    lead = lead_words(lines, nxt, last) if nxt is not None else None
    if lead is None or lead.shared(line.text)[0] < RELATED_WORDS:
        return None
    return nxt if title is None or not lead.shared(lines[title].text)[0] else None


def _before_next_article(lines: list[LineFeatures], first: int, last: int, hint: str) -> int:
    """The block's end before a second article printed under the page's own (the next story appended by an infinite
    scroll rendered on the server): a headline-like line other than the page's headline (hint: an HTML head's), with
    its byline or date under it, then a lead opening with a dateline as the first one does ("Jakarta, VIVA – ...").
    Else last. (Only with a hint: in a dump the article may as well be the second one, under a teaser.)"""
    if not has_dateline(lines[first].text):
        return last
    for i in range(first + 2, last):
        line = lines[i]
        if line.sentence or line.words < HEADLINE_MIN_WORDS or not _title_candidate(line) \
                or not _followed_by_meta(lines, i) or _similarity(line.text, hint) >= HINT_MATCH:
            continue
        lead = _next_sentence(lines, i + 1, last)
        if lead is not None and lead - i <= TITLE_META_DISTANCE + 1 and has_dateline(lines[lead].text):
            return max(j for j in range(first, i) if lines[j].sentence or j == first)
    return last


@cache
def _live_stamp_re() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load_lines("extract/live_stamp_patterns.txt")), re.IGNORECASE)


def _live_stamps(lines: list[LineFeatures], first: int, last: int) -> set[int]:
    """Indices of the lines inside the body block that are only a clock time, when there are two or more: the
    stamps of a live report's entries, not dates of the page."""
    stamps = {i for i in range(first, last + 1) if lines[i].meta == "date" and lines[i].words <= 3
              and _live_stamp_re().fullmatch(lines[i].text)}
    return stamps if len(stamps) >= 2 else set()


TEASER_HEADING_REACH = 4  # lines above the block searched for the list heading its teasers stand under


def _after_teasers(lines: list[LineFeatures], first: int, last: int) -> int:
    """A block that opens under a list heading ("Terpopuler") with teasers (a headline and its one-sentence snippet,
    the next headline right under it) starts after them: at the first sentence under the headline that is not
    followed by its sentence directly (a byline, date or photo between them: the article's own headline)."""
    above = lines[max(0, first - TEASER_HEADING_REACH):first]
    if not any(x.list_heading for x in above) or any(x.sentence for x in above):
        return first
    i = first
    while i < last and lines[i].sentence and lines[i].words <= SNIPPET_WORDS:
        j = _next_unmarked(lines, i + 1, last)
        if j is None or not _title_candidate(lines[j]):
            return first  # sentences go on: the article itself starts right under the heading
        k = _next_unmarked(lines, j + 1, last)
        if k is None:
            return first
        if k == j + 1 and lines[k].sentence:
            i = k  # one more teaser: headline, then its snippet
            continue
        nxt = _next_sentence(lines, j + 1, last)
        if nxt is None:
            return first
        for teaser in lines[first - 1:j]:
            teaser.cue = True  # (the teasers' headlines are no candidates for the page's own)
        return nxt
    return first


def _next_unmarked(lines: list[LineFeatures], start: int, last: int) -> int | None:
    """The next line from start that is no furniture (cue, caption, duplicate, template)."""
    return next((i for i in range(start, last + 1) if not lines[i].noise), None)


def _standfirst_below_credits(lines: list[LineFeatures], title: int, first: int, last: int) -> int | None:
    """A standfirst set below the byline, date and photo rather than right under the headline: the first line after
    them, when it reads like a standfirst and stands apart from the body (the body's first line, with a byline under
    it and the body going on below, or a line above the lead's dateline). Index or None."""
    j = title + 1
    while j < first and (lines[j].meta is not None or lines[j].caption or lines[j].noise):
        j += 1
    if j > first or j == title + 1 or j + 1 > last:
        return None  # (right under the headline the standfirst is found before; none past the lead)
    after = lines[j + 1]
    if j == first:
        apart = after.meta == "byline" and not after.noise and _next_sentence(lines, j + 2, last) is not None
    else:  # the lead's dateline below it, maybe past a photo's caption
        lead = _next_unmarked(lines, j + 1, last)
        after = lines[lead] if lead is not None else after
        apart = after.sentence and has_dateline(after.text)
    return j if apart and _is_description(lines[j], after) and not _credited_at_end(lines[j].text) else None


def _credited_at_end(text: str) -> bool:
    """Whether a sentence closes with a short credit in brackets ("... ke gawang Malaysia. (PSSI)"): a photo's
    caption under the credits, not a standfirst."""
    if not text.endswith(")"):
        return False
    opened = text.rfind("(")
    return opened > 0 and text[:opened].rstrip().endswith(".") and 2 <= len(text) - opened <= CREDIT_CHARS


CREDIT_CHARS = 42  # "(Foto: Humas Pemkot)" and the like; longer brackets say more than a credit


def _after_hinted_headline(lines: list[LineFeatures], first: int, last: int, hint: str) -> int:
    """When the page's own headline (an HTML head's) is printed just inside the block's top, the body starts after
    it: what came above it was a kicker or a standfirst, not the article."""
    for i in range(first, min(last, first + HINT_SEARCH) + 1):
        if not lines[i].sentence and _similarity(lines[i].text, hint) >= HINT_MATCH:
            nxt = _next_sentence(lines, i + 1, last)
            return nxt if nxt is not None else first
    return first


def _after_question_headline(lines: list[LineFeatures], first: int, last: int) -> int:
    """A headline ending in "?" or "!" looks like a sentence, and so does a long one without a full stop by its
    words; right above its byline or date it is the headline, or the standfirst under it (choose_title tells them
    apart): in both cases not the body."""
    line = lines[first]
    asks = line.text.rstrip("\"”’'").endswith(("?", "!")) or _stopped_headline(line) and not _headed(lines, first)
    if not (asks or not line.terminal) or line.words > TITLE_MAX_WORDS or line.terminal and has_dateline(line.text):
        return first  # (a headline may hold a dash: "Our Research Shows – Native Ads Win"; a lead opening with a
        # dateline ends like a sentence)
    if first + 1 <= last and lines[first + 1].meta is not None and not lines[first + 1].noise:
        nxt = _next_sentence(lines, first + 1, last)
        return nxt if nxt is not None else first
    return first


def _printed_twice_above(prefix: list[LineFeatures], candidates: list[int], pick: int) -> int:
    """The headline-long line printed twice on the page (the headline in a breadcrumb or a page title, then as the
    h1) among the few lines right above the pick, when the pick is printed once: the pick, over the byline, is then
    the deck under the headline ("Twenty teams have punched tickets for next summer's tournament"). The last part of
    a line after a separator, below the pick, counts as a print too ("Share All sharing options for: <headline>",
    "Home » News » <headline>" under the byline; above the headline, a breadcrumb ends with a section's name)."""
    counts: dict[str, int] = {}
    for j, line in enumerate(prefix):
        if line.words >= HEADLINE_MIN_WORDS:
            key = line.text.lower()
            counts[key] = counts.get(key, 0) + 1
            tail = _crumb_tail(key) if j > pick else None
            if tail and len(tail.split()) >= HEADLINE_MIN_WORDS:
                counts[tail] = counts.get(tail, 0) + 1
    if counts.get(prefix[pick].text.lower(), 0) > 1:
        return pick
    for i in reversed(candidates):
        if pick - DECK_REACH <= i < pick and prefix[i].words >= HEADLINE_MIN_WORDS \
                and counts.get(prefix[i].text.lower(), 0) > 1:
            return i
    return _repeat_above(prefix, candidates, pick)


CRUMB_SEPARATORS = (": ", " » ", " > ", " | ", " / ")  # before the last part of a breadcrumb or a share widget's text


def _crumb_tail(text: str) -> str | None:
    """The part of text after its last separator, if it has one."""
    cut = max(text.rfind(sep) + len(sep) if sep in text else -1 for sep in CRUMB_SEPARATORS)
    return text[cut:].strip() if cut > 0 else None


def _crumbed(prefix: list[LineFeatures], candidates: list[int]) -> int | None:
    """The headline-like line that a breadcrumb right over or under it ends with ("Só quem se Ama…" and "Mensagens
    » Mensagens de Autoestima » Só quem se Ama…": a blog's breadcrumb closes with the post's own title)."""
    for i in reversed(candidates):
        key = prefix[i].text.lower()
        for j in (i + 1, i - 1):
            if 0 <= j < len(prefix) and prefix[j].words > prefix[i].words and _crumb_tail(prefix[j].text.lower()) == key:
                return i
    return None


def _repeat_above(prefix: list[LineFeatures], candidates: list[int], pick: int) -> int:
    """The headline printed a second time right above the byline ("The Impeachment Clock" at the top of the page,
    then again right over "By Victor Davis Hanson"): the second copy is a duplicate, no candidate, so the pick under
    it is a widget or a deck; the first copy, when it is a candidate, is the headline. A headline-long copy may also
    stand right over the pick, the deck over the byline ("Nelson's OT goal lifts Isles", then "N.Y. completes frantic
    comeback to extend unbeaten streak to 15", then "Associated Press")."""
    firsts = {prefix[i].text.lower(): i for i in reversed(candidates)}
    for j in range(pick - 1, max(-1, pick - 1 - TITLE_META_DISTANCE), -1):
        line = prefix[j]
        if line.duplicate and not (line.cue or line.caption or line.template) and line.words >= TITLE_MIN_WORDS \
                and (prefix[j + 1].meta is not None  # (right over the byline or date, as the pick is)
                     or j + 1 == pick and line.words >= HEADLINE_MIN_WORDS):
            first = firsts.get(line.text.lower())
            if first is not None:
                return first
    return pick


def _headline_above(lines: list[LineFeatures], i: int) -> int | None:
    """The index of a headline-long headline-like line right above line i (furniture between them skipped): line i,
    reading like a sentence without a full stop, is then the standfirst under it, not the headline."""
    for j in range(i - 1, max(-1, i - 1 - TITLE_META_DISTANCE), -1):
        if lines[j].noise or lines[j].words < TITLE_MIN_WORDS and not lines[j].terminal:
            continue  # (furniture, or a label between them: "Editorial", "Opini")
        if lines[j].text.endswith(lines[i].text):
            return None  # a breadcrumb run into the headline ("Home News Business News <headline>"), over it
        return j if lines[j].words >= HEADLINE_MIN_WORDS and _title_candidate(lines[j]) else None
    return None


def _titled_headline_above(lines: list[LineFeatures], pick: int, lead: LeadWords) -> int:
    """A headline in title case right above a pick in sentence case, naming more of the lead than the pick does: the
    pick is then the standfirst printed without a full stop ("Tidur cukup saja ternyata belum tentu membuat tubuh
    bugar" under "5 Kebiasaan Kecil Sebelum Tidur ..."), though the byline stands under it (a ticker in title case
    over a headline in sentence case names less of the lead)."""
    if lines[pick].sentence or title_case_ratio(lines[pick].text) >= SENTENCE_CASE:
        return pick
    above = _headline_above(lines, pick)
    if above is None or title_case_ratio(lines[above].text) < TITLE_CASE:
        return pick
    return above if lead.shared(lines[above].text)[0] > lead.shared(lines[pick].text)[0] else pick


def _after_anchored_headline(lines: list[LineFeatures], first: int, last: int) -> int:
    """A headline with its byline or date under it, printed among the block's first lines, opens the article: the
    sentences above it were a disclaimer, a kicker or a teaser ("Live Science is supported by its audience...") or a
    breadcrumb run together with the headline. A long headline reads like a sentence by its words; without a
    closing stop it may still be the headline. In a live report (two clock-time stamps or more in the block) the
    headed entries under their stamps are the article's, not a new start."""
    for i in range(first + 1, min(last, first + HINT_SEARCH) + 1):
        line = lines[i]
        if line.sentence and line.terminal or line.words < HEADLINE_MIN_WORDS or not _title_candidate(line):
            continue
        if _followed_by_meta(lines, i) and not _sourced_figure(lines, i):
            if _live_stamps(lines, first, last):
                return first
            nxt = _next_sentence(lines, i + 1, last)
            return nxt if nxt is not None else first
    return first


LEAD_AFTER_DATE = 2  # sentence lines under the page's date line, at least, for the article to start there


def _after_sentence_over_date(lines: list[LineFeatures], first: int, last: int) -> int:
    """A lone sentence line opening the block right over the page's date line, the article's sentences under the
    date, is a writer's bio in the profile box (Kompasiana: name, bio, then the date) or a standfirst: the article
    starts under the date."""
    if first + 1 > last or not lines[first].sentence or lines[first + 1].meta != "date" or lines[first + 1].noise \
            or TIME.search(lines[first + 1].text) is None:
        return first  # (a bare day may head a chronology's entries: the page's own date states its time)
    if first > 0 and lines[first - 1].sentence or has_dateline(lines[first].text):
        return first  # (a lead opening with its dateline over a live report's first stamp)
    nxt = _next_sentence(lines, first + 2, last)
    if nxt is None or nxt != first + 2 or sum(x.sentence for x in lines[nxt:last + 1]) < LEAD_AFTER_DATE:
        return first
    return nxt


def _table_lines(lines: list[LineFeatures], first: int, last: int) -> set[int]:
    """Indices of the tables inside the body block: runs of short cells with figures among them, printed one a line
    ("Tim", "Main", "Poin", "Indonesia", "3", "9", ...: at least TABLE_MIN_CELLS lines) or as rows of tab-parted
    cells ("Penguasaan bola\t\t58%\t\t42%": at least TABLE_MIN_ROWS), with the short title over them. A match
    report's statistics or standings are no paragraphs, and no subheadings either; but tables of more words than the
    text around them are the page's content, and stay."""
    found: set[int] = set()
    i = first
    while i <= last:
        j, figures, rows = i, 0, 0
        while j <= last and (cells := _cells(lines[j])) is not None:
            figures += sum(1 for cell in cells if FIGURE_CELL.fullmatch(cell) and any(c.isdigit() for c in cell))
            rows += len(cells) > 1
            j += 1
        if figures >= TABLE_MIN_FIGURES and (rows >= TABLE_MIN_ROWS or j - i >= TABLE_MIN_CELLS):
            titled = i > first and not lines[i - 1].sentence and lines[i - 1].meta is None
            found.update(range(i - 1 if titled else i, j))
        i = j + 1
    if found and sum(lines[k].words for k in found) >= sum(
            x.words for k, x in enumerate(lines[first:last + 1], first) if k not in found and x.sentence):
        return set()  # the tables outweigh the text: they are the page's content (a standings page, a price list)
    return found


def _cells(line: LineFeatures) -> list[str] | None:
    """The cells of a line that may be a table's (each of at most TABLE_CELL_WORDS words), else None."""
    text = line.text
    if "\t" not in text:
        return [text] if line.words <= TABLE_CELL_WORDS else None  # (a figure printed twice is still a cell)
    cells = [cell.strip() for cell in text.split("\t") if cell.strip()]
    return cells if all(len(cell.split()) <= TABLE_CELL_WORDS for cell in cells) else None


TABLE_CELL_WORDS = 3
TABLE_MIN_CELLS = 6  # cells one a line: a table of two rows of three at least (a subheading or two are fewer)
TABLE_MIN_ROWS = 3
TABLE_MIN_FIGURES = 2
FIGURE_CELL = re.compile(r"[\d.,:%+\-–/ ]+")  # "58%", "3", "2-1", "1.250", "45:12"


def _sourced_figure(lines: list[LineFeatures], i: int) -> bool:
    """Whether the line under line i is a source credit ("Sumber: BPS", "Source: IMF"): line i titles a chart or
    table inside the article (Katadata's Databoks, statistics boxes), it is no headline opening the article."""
    return i + 1 < len(lines) and lines[i + 1].meta == "credit"


def _after_inner_headline(lines: list[LineFeatures], first: int, last: int) -> int:
    """The one headline with its byline or date standing inside the block, deeper than _after_anchored_headline
    looks, opens the article when the sentences above it mostly name nothing its lead names: they were a list of
    other stories' teasers that only a few lines set apart from it. Two such headlines or more (a live report's entries)
    or text above sharing the lead's words (the article's own first half, over a video's title and date) leave the
    block as it is."""
    anchors = [i for i in range(first + HINT_SEARCH + 1, last) if lines[i].words >= HEADLINE_MIN_WORDS
               and not lines[i].sentence and _title_candidate(lines[i]) and _dated_below(lines, i)]
    if len(anchors) != 1:
        return first
    nxt = _next_sentence(lines, anchors[0] + 1, last)
    lead = lead_words(lines, nxt, last) if nxt is not None else None
    if lead is None or not _names_lead(lead, lines[anchors[0]].text):
        return first
    above = [x.text for x in lines[first:anchors[0]] if x.sentence]
    naming = sum(1 for text in above if lead.shared(text)[0] >= RELATED_WORDS)
    return nxt if naming <= INNER_NAMING_SHARE * len(above) else first


def _dated_below(lines: list[LineFeatures], i: int) -> bool:
    """Whether line i's own date or byline follows it within TITLE_META_DISTANCE lines (a source credit or an editor
    line closes a passage; a date or a byline opens an article)."""
    for line in lines[i + 1:i + 1 + TITLE_META_DISTANCE]:
        if line.meta in ("date", "byline") and not line.noise:
            return True
        if line.sentence or _title_candidate(line):
            return False
    return False


def _after_unterminated_headline(lines: list[LineFeatures], first: int, last: int) -> int:
    """A long headline reads like a sentence by its words; without a full stop at the top of the block, naming what
    the lines below it tell, while no line above does, it is the headline ("Emirates inks $9 billion order for 30
    Boeing 787 jets, will restart plans to expand airline by early 2020s")."""
    line = lines[first]
    if line.terminal or not _title_candidate(line) or _dashed(line.text) and has_dateline(line.text):
        return first
    nxt = _next_sentence(lines, first + 1, last)
    lead = lead_words(lines, nxt, last) if nxt is not None else None
    if lead is None or not _names_lead(lead, line.text):
        return first
    if any(_title_candidate(above) and _names_lead(lead, above.text) for above in lines[:first]):
        return first
    return nxt


def _names_lead(lead: LeadWords, text: str) -> bool:
    found, total = lead.shared(text)
    return found >= RELATED_WORDS and 2 * found >= total


def _list_dates(lines: list[LineFeatures], title: int) -> set[int]:
    """Meta lines above the headline that date the items of a list of other stories (headline, date, headline,
    date..., or headline, author, date...: at least LIST_PAIRS such items; a single one may be the page's own
    headline and date)."""
    dates, items = set(), set()
    for j in range(1, title):
        if lines[j].meta is None:
            continue
        for i in range(j - 1, max(-1, j - 1 - TITLE_META_DISTANCE), -1):  # (up to the item's headline)
            if lines[i].meta is not None or lines[i].noise:
                continue
            if _title_candidate(lines[i]):
                dates.add(j)
                items.add(i)
            break
    return dates if len(items) >= LIST_PAIRS else set()


def _lead_with_dateline(lines: list[LineFeatures], first: int, last: int) -> int:
    """The body starts at its dateline ("SEMARANG, Tribun -"): sentence lines just above it are captions."""
    seen = 0
    for i in range(first, last + 1):
        if not lines[i].sentence:
            continue
        if has_dateline(lines[i].text):
            return i
        seen += 1
        if seen > LEAD_SEARCH:
            break
    return first


def _next_sentence(lines: list[LineFeatures], start: int, last: int) -> int | None:
    for i in range(start, last + 1):
        if lines[i].sentence:
            return i
    return None


def _label_in_body(line: LineFeatures, labels: LineLabels) -> None:
    """Inside the body block, short lines without cues are subheadings (body); dates, cues and captions are not."""
    if line.noise or line.list_heading:
        labels.boilerplate.append(line.number)
    elif line.meta is not None:
        (labels.meta if line.meta != "date" else labels.boilerplate).append(line.number)
    else:
        labels.body.append(line.number)


def _label_after_body(tail: list[LineFeatures], labels: LineLabels, dated: bool = True) -> None:
    """After the body: credits and editor lines are meta until a list of other headlines starts, or another
    story's headline with its byline or date under it (the byline there is that story's). On a page with no date
    above the body (``dated`` False), a date among the credits right under the text is the page's own ("Reporter:
    ...", "Editor: ...", "Selasa, 24 November 2026 - 21:05 WIB"): no list has started there."""
    credits = True  # (every line so far under the body is a credit line)
    for i, line in enumerate(tail):
        if line.list_heading or line.words >= HEADLINE_MIN_WORDS and _title_candidate(line) and any(
                nxt.meta in ("byline", "date") and not nxt.noise for nxt in tail[i + 1 : i + 1 + TITLE_META_DISTANCE]):
            labels.boilerplate.extend(x.number for x in tail[i:])  # (the lists go on to the page's end)
            return
        if not line.noise and (line.meta in POST_BODY_META or line.meta == "date" and credits and not dated):
            labels.meta.append(line.number)
            dated = dated or line.meta == "date"
        else:
            labels.boilerplate.append(line.number)
            credits = False


def classify_lines(raw_lines: list[str], template: Iterable[str] = (), title_hint: str | None = None) -> LineLabels:
    return classify(raw_lines, template, title_hint).labels


def body_paragraphs(raw_lines: list[str], labels: LineLabels) -> list[tuple[int, str]]:
    """(line number, stripped text) of each body line."""
    return [(n, raw_lines[n - 1].strip()) for n in labels.body]
