"""Decoding: every encoding the tracker accepts, and every refusal, with its one-line reason."""

from __future__ import annotations

import codecs

import pytest

from articles.text.decode import decode_bytes
from articles.text.errors import InputError

TEXT = "本报讯 2月24日，高新区新增高新技术企业300家。\n记者 孙庆辉\n"

ACCEPTED = {
    "utf-8": (TEXT.encode("utf-8"), "utf-8"),
    "utf-8 with BOM": (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
    "gbk": (TEXT.encode("gbk"), "gbk"),
    "gb18030 beyond gbk": ((TEXT + "€𠀀").encode("gb18030"), "gb18030"),
    "utf-16 le with BOM": (TEXT.encode("utf-16"), "utf-16"),
    "utf-16 be with BOM": (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    "windows line endings": (TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
}


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_decodes(case):
    data, encoding = ACCEPTED[case]
    decoded = decode_bytes(data, name="page.txt")
    assert decoded.encoding == encoding
    assert decoded.text.startswith("本报讯 2月24日")
    assert "\r" not in decoded.text and "\ufeff" not in decoded.text


REFUSED = {
    "empty": (b"", "empty"),
    "white space only": (b" \n\t\n", "white space"),
    "punctuation only": ("。，、——\n".encode(), "no usable text"),
    "nul bytes": (b"abc\x00\x01\x02def" * 10, "binary"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    "zip": (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
    "undecodable": (bytes(range(0x80, 0x100)) * 4, "not readable"),
    "control characters": (("x\x01y\x02z\x03" * 50).encode(), "binary"),
    "broken utf-16": (codecs.BOM_UTF16_LE + b"\x00\xd8", "byte-order mark"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refuses_with_one_line_naming_the_file(case):
    data, reason = REFUSED[case]
    with pytest.raises(InputError) as caught:
        decode_bytes(data, name="bad.bin")
    message = str(caught.value)
    assert message.startswith("bad.bin: ")
    assert reason in message
    assert "\n" not in message
