"""Bytes to text: gzip, BOMs, UTF-8, and a charset guess for legacy encodings (cp1252, latin-1)."""

from __future__ import annotations

import gzip
import re
import zlib

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def gunzip_if_needed(data: bytes) -> bytes:
    """Decompress gzip data (all members); a truncated stream keeps what was readable, garbage raises OSError."""
    if data[:2] != b"\x1f\x8b":
        return data
    try:
        return gzip.decompress(data)
    except EOFError:
        out = zlib.decompressobj(wbits=47).decompress(data)
        if not out:
            raise OSError("gzip stream ends before any data") from None
        return out


def gzip_head(data: bytes, size: int = 16) -> bytes:
    """The first bytes of the decompressed stream (for type detection without inflating it all)."""
    if data[:2] != b"\x1f\x8b":
        return data[:size]
    try:
        return zlib.decompressobj(wbits=47).decompress(data[:4096], size)
    except zlib.error:
        return b""


def looks_binary(data: bytes) -> bool:
    """True for data that is no text page: NUL bytes or many control characters in the first 4 KiB."""
    head = data[:4096]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > max(8, len(head) // 50)


_ODD = re.compile(r"[^\x09\x0a\x0d\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018-\u201e\u2022\u2026\u20ac\u2122]")


def _plausible_latin(text: str) -> bool:
    """True when text decoded as Western reads as text: few characters outside Latin-1 and common punctuation."""
    return len(_ODD.findall(text)) <= len(text) // 200


# Labels browsers read as windows-1252 (WHATWG Encoding): pages declared latin-1 or ASCII are cp1252 in practice, with
# curly quotes and dashes in 0x80-0x9F that latin-1 would turn into control characters.
_READ_AS_CP1252 = frozenset({"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819",
                             "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252"})


def decode_declared(data: bytes, label: str) -> str:
    """Bytes in a declared charset, read as browsers do (a latin-1 or ASCII label is windows-1252)."""
    if label.lower() in _READ_AS_CP1252:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:  # (0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in cp1252)
            return data.decode("latin-1")
    return data.decode(label)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding). Raises ValueError when no text encoding fits."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        label = declared.group(1).decode("ascii")
        try:
            return decode_declared(data, label), label.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    # Pages here are in Latin script (Indonesian first): legacy pages are nearly always cp1252 or latin-1, and
    # charset_normalizer misreads short Western text as cp775/cp1250, so the Western guess goes first.
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausible_latin(text):
            return text, enc
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        enc = best.encoding
        # charset_normalizer often names latin-1 for Western pages; cp1252 is a superset that browsers use instead.
        if enc in ("latin_1", "iso8859_1", "iso-8859-1"):
            enc = "cp1252"
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            return str(best), best.encoding
    raise ValueError("not decodable as text in any known encoding")
