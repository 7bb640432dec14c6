"""Indonesian number forms in running text."""

import pytest

from kabar.nlp.numbers import find_numbers, parse_digits, parse_number, parse_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5.000", 5000),
        ("30.000", 30000),
        ("1.500.000", 1_500_000),
        ("1,5 juta", 1_500_000),
        ("2,75 miliar", 2_750_000_000),
        ("3 ribu", 3000),
        ("5 rb", 5000),
        ("lima ribu", 5000),
        ("dua", 2),
        ("sebelas", 11),
        ("tujuh belas", 17),
        ("dua puluh tiga", 23),
        ("seratus", 100),
        ("dua ratus lima puluh tiga", 253),
        ("seribu dua ratus", 1200),
        ("sepuluh ribu", 10_000),
        ("satu setengah juta", 1_500_000),
        ("setengah juta", 500_000),
        ("Rp276 miliar", 276_000_000_000),
        ("Rp 1,2 T", 1_200_000_000_000),
        ("Rp5.000.000", 5_000_000),
        ("US$3 juta", 3_000_000),
        ("12,5%", 12.5),
    ],
)
def test_values(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_digit_conventions():
    assert parse_digits("1,5") == 1.5
    assert parse_digits("5,000") == 5000  # English thousands in translated copy
    assert parse_digits("1.5", scaled=True) == 1.5  # "1.5 juta"
    assert parse_digits("12.345.678,9") == pytest.approx(12_345_678.9)
    assert parse_words("empat puluh") == 40
    assert parse_words("gedung") is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("puluhan", 20, 99), ("ratusan", 100, 999), ("ribuan", 1000, 9999), ("puluhan ribu", 10_000, 99_999),
     ("belasan", 11, 19), ("jutaan", 1_000_000, 9_999_999)],
)
def test_vague_amounts_carry_a_range(text, low, high):
    (n,) = find_numbers(f"Sebanyak {text} warga mengungsi.")
    assert n.vague and n.low == low and n.high == high and n.value == low


def test_currency_percent_and_spans():
    text = "Kerugian ditaksir Rp2,5 triliun, naik 15 persen dari tahun lalu; bantuan senilai US$ 40 ribu."
    found = find_numbers(text)
    money, pct, usd = found
    assert money.currency == "IDR" and money.value == 2_500_000_000_000
    assert text[money.start:money.end] == "Rp2,5 triliun"
    assert pct.percent and pct.value == 15
    assert usd.currency == "USD" and usd.value == 40_000


def test_dates_times_and_names_are_not_read_as_numbers():
    assert find_numbers("Senin (21/10/2020) pukul 08:00") == []
    assert find_numbers("Covid-19 dan G20") == []
    # "M" and "T" are scales only after a currency mark
    assert [n.value for n in find_numbers("Tim 5 M")] == [5]


def test_kedua_and_sekitar_are_not_numbers():
    assert find_numbers("kedua negara sepakat") == []
    assert find_numbers("sebuah rumah")[0].value == 1  # counted one
