"""The passes of kabar.extract.lines._mark_page walk only the lines _pass_gates flags for them (added for speed):
each flag must be set exactly when the pass's own test of the line's text holds, as the walk over every line asked
it, and the marks a pass leaves for a later line must still be read there."""

from __future__ import annotations

from pathlib import Path

import pytest

from kabar.extract import lines
from kabar.extract.features import is_end_marker, is_link_cue, text_features
from kabar.extract.lines import page_features

TEXTS = [
    "About Brigit Katz", "Tentang Budi Santoso", "Tentang Kami", "About the author.", "Aboutness Of Things Here",
    "10 thoughts on “Business Focus: It’s Why Some People Triumph Online” and more words after that",
    "One response to “Harga Cabai Naik di Pasar Induk Kramat Jati Menjelang Lebaran Tahun Ini”",
    "10 orang tewas dalam kecelakaan bus di jalan tol Cipularang pada Senin pagi, kata polisi.",
    "Baca Juga:", "BACA JUGA", "Baca juga berita lainnya di kanal kami", "Lihat juga:",
    "Peneliti Pusat Studi Perkotaan", "Dosen Fakultas Hukum Universitas Indonesia", "Peneliti menemukan virus baru.",
    "Reporter", "Editor:", "Penulis", "Redaktur :", "Foto:", "Kontributor Kupang",
    "Lewati Whatsapp dan lanjutkan membaca", "Skip Podcast and continue reading", "Lewati", "lewati iklan ini",
    "Akhir dari Artikel-artikel yang direkomendasikan", "End of Podcast", "Akhirnya warga bisa pulang",
    "Bagaimana pendapat Anda tentang kenaikan harga BBM?", "Apa?", "Lalu, apa yang terjadi?",
    "Apakah Anda setuju dengan kebijakan pemerintah menaikkan harga bahan bakar minyak bersubsidi pada awal bulan "
    "depan setelah harga minyak dunia naik tajam dalam sebulan terakhir?",
    "Baca 10 detik", "Poin penting", "Senin, 18 November 2019 | 10:05 WIB", "Penulis: Budi Santoso",
    "Warga mengungsi ke masjid saat banjir melanda Kampung Melayu. (ANTARA FOTO/Aprillio Akbar)", "Beranda",
    "JAKARTA, KOMPAS.com - Hujan deras mengguyur Jakarta sejak pagi.", "Polisi Tangkap Dua Pelaku Pencurian Motor",
    "» Baca Juga:", "[Baca juga]", "» \tBaca juga", "Baca juga »", "Lihat juga: Foto-foto Banjir", "Skipper Tim Nasional",
    "Endless summer", "Rizky Pratama, Jurnalis", "Editor: M Bayu", "oleh Budi Santoso", "\t» Baca juga",
]


def _fixture_lines() -> list[str]:
    """Every distinct line of the whole-page dump fixtures, cleaned as page_features cleans them."""
    root = Path(__file__).resolve().parents[1] / "fixtures"
    texts = (lines.clean_line(raw) for path in sorted(root.glob("whole_dumps*/*.txt"))
             for raw in path.read_text(encoding="utf-8").split("\n"))
    return sorted({text for text in texts if text})


def _gates(text: str) -> int:
    return lines._line_facts(text)[4]


def _bio_asks(text, words, terminal):
    lowered = text.lower()
    return lines.BIO_HEADING_WORDS[0] <= words <= lines.BIO_HEADING_WORDS[1] and not terminal \
        and any(lowered.startswith(o + " ") for o in lines._bio_openers())


def _long_comment_asks(text, words, terminal):
    return len(text) > lines.PREFIX_SPAN and (text[:1].isdigit() or text[:4].lower() in ("one ", "satu")) \
        and is_end_marker(text)


def _link_cue_asks(text, words, terminal):
    return words <= lines.LINK_CUE_MAX_WORDS and is_link_cue(text)


def _role_asks(text, words, terminal):
    return words <= lines.WRITER_ROLE_WORDS and not terminal \
        and text.split(None, 1)[0].lower() in lines._occupation_words()


def _label_asks(text, words, terminal):
    kind = lines._credit_labels()[0].get(text.rstrip(" :").lower()) if words <= 2 else None
    return kind in ("byline", "editor", "translator")


def _skip_asks(text, words, terminal):
    openings = lines._skip_boxes()[1]
    initials = {c for opening in openings for c in (opening[0], opening[0].upper())}
    return text[:1] in initials and words <= 12 and text[:8].lower().startswith(openings)


def _closer_asks(text, words, terminal):
    return words <= 12 and text[:12].lower().startswith(lines._headed_box_closers()[0])


def _poll_asks(text, words, terminal):
    return text.endswith("?") and words <= lines.POLL_QUESTION_WORDS


def _summary_asks(text, words, terminal):
    return text.lower() in lines._summary_headings()


PASS_TESTS = [
    (lines.GATE_BIO, _bio_asks), (lines.GATE_LONG_COMMENT, _long_comment_asks), (lines.GATE_LINK_CUE, _link_cue_asks),
    (lines.GATE_ROLE, _role_asks), (lines.GATE_LABEL, _label_asks), (lines.GATE_SKIP, _skip_asks),
    (lines.GATE_CLOSER, _closer_asks), (lines.GATE_POLL, _poll_asks), (lines.GATE_SUMMARY, _summary_asks),
]


def _gates_answer_as_the_passes(text):
    facts = text_features(text)
    gates = _gates(text)
    for gate, asks in PASS_TESTS:
        assert bool(gates & gate) == bool(asks(text, facts[0], facts[1])), (gate, text)
    assert bool(gates & lines.GATE_CAPTION) == facts[4]
    assert bool(gates & lines.GATE_HEADING) == facts[5]


@pytest.mark.parametrize("text", TEXTS)
def test_each_gate_is_the_pass_own_test_of_the_text(text):
    _gates_answer_as_the_passes(text)


def test_each_gate_is_the_pass_own_test_on_every_fixture_line():
    for text in _fixture_lines():
        _gates_answer_as_the_passes(text)


def test_the_meta_kind_of_a_line_is_its_credit_kind_or_a_date():
    """_line_facts asks credit_line_kind only of lines with a comma or a label's first word: the same answers."""
    from kabar.extract.lines import credit_line_kind

    for text in [*TEXTS, *_fixture_lines()]:
        facts = text_features(text)
        meta = lines._line_facts(text)[1]
        credit = credit_line_kind(text) if facts[0] <= 12 else None
        assert meta == credit or credit is None and meta == "date", text


def test_the_texts_above_open_every_gate_and_leave_it_shut_somewhere():
    for gate, _ in PASS_TESTS:
        flags = [bool(_gates(text) & gate) for text in TEXTS]
        assert any(flags) and not all(flags), gate


def test_a_caption_marked_by_the_one_above_marks_the_next_copy_in_turn():
    page = ["Warga mengungsi ke masjid saat banjir melanda Kampung Melayu, Senin pagi. (ANTARA FOTO/Aprillio Akbar)",
            "Warga mengungsi ke masjid saat banjir melanda Kampung Melayu, Senin pagi.",
            "Warga mengungsi ke masjid saat banjir",
            "Hujan deras mengguyur Jakarta sejak pagi hari sehingga banyak warga harus mengungsi ke tempat aman."]
    marked = page_features(page)
    assert [x.caption for x in marked] == [True, True, True, False]


def test_a_columnist_name_over_his_role_and_the_date_is_the_byline():
    page = ["Banjir Rendam Ribuan Rumah di Pesisir Semarang Utara", "Hendra Wijaya", "Peneliti Pusat Studi Perkotaan",
            "17/11/2026 05:00", "Banjir rob kembali merendam ribuan rumah warga di pesisir utara Semarang pada Senin."]
    marked = page_features(page)
    assert marked[1].meta == "byline" and marked[2].cue
    assert marked[3].meta == "date"
