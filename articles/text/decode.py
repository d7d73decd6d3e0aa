"""Bytes → text: UTF-8 (with or without BOM), UTF-16/32 with BOM, GB18030/GBK.

Refuses, with one line naming the file and the reason, anything that is binary, undecodable,
empty, or holds no usable text. Line endings become "\\n" and the BOM is dropped; nothing
else is changed, so offsets into the decoded text can trace every quote back to the file.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import InputError

# Magic numbers of formats people drop into a folder of text by mistake.
_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Letters or digits of any script: a text without one has nothing to read.
_USABLE = re.compile(r"[^\W_]")
# Characters a wrong GB18030 guess produces: private use, rare extension blocks, Hangul syllables.
_IMPLAUSIBLE = re.compile(r"[\ue000-\uf8ff\u3400-\u4dbf\U00020000-\U0003ffff\uac00-\ud7af]")
_NEWLINES = re.compile(r"\r\n?")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode_bytes(data: bytes, *, name: str) -> Decoded:
    """Decode a file's bytes, or raise InputError saying why it cannot be read as text."""
    if not data:
        raise InputError(name, "the file is empty.")
    text, encoding = _decode(data, name)
    text = _NEWLINES.sub("\n", text)
    controls = len(_CONTROL.findall(text))
    if controls and controls > max(2, len(text) // 1000):
        raise InputError(name, f"binary data ({controls} control characters), not a text file.")
    if not text.strip():
        raise InputError(name, "the file holds only white space.")
    if not _USABLE.search(text):
        raise InputError(name, "no usable text (no letters or digits, only punctuation).")
    return Decoded(text=text, encoding=encoding)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.removesuffix("-sig")
            except UnicodeDecodeError as error:
                raise InputError(
                    name, f"starts with a {codec} byte-order mark but is not valid {codec} "
                    f"(byte {error.start})."
                ) from None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(name, f"this is {what}, not a text file.")
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise InputError(name, "binary data (NUL bytes), not a text file.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for codec in ("gbk", "gb18030"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(_IMPLAUSIBLE.findall(text)) <= max(2, len(text) // 50):
            return text, codec
        break
    raise InputError(name, "not readable as UTF-8, UTF-16 (with BOM), GB18030 or GBK text.")


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte."""
    if len(data) % 2:
        return None
    for codec, zeros in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if zeros.count(0) >= len(zeros) * 0.3:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                return None
    return None
