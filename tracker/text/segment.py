"""Chinese word segmentation with jieba and the project's domain dictionary.

The dictionary (dictionary.txt beside this file: word, frequency, part of speech) keeps the
domain's terms whole: 高新技术企业, 专精特新, 技术合同成交额… jieba is initialised once per
process, on first use, so importing this module costs nothing.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import jieba

DICTIONARY = Path(__file__).with_name("dictionary.txt")

_tokenizer: jieba.Tokenizer | None = None
_lock = threading.Lock()


def tokenizer() -> jieba.Tokenizer:
    """The process-wide jieba tokenizer with the domain dictionary loaded."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                jieba.setLogLevel(logging.WARNING)  # jieba logs its cache use at INFO
                loaded = jieba.Tokenizer()
                # An open file, closed here: given a path, jieba leaves the file open.
                with DICTIONARY.open("rb") as dictionary:
                    loaded.load_userdict(dictionary)
                _tokenizer = loaded
    return _tokenizer


def words(text: str) -> list[str]:
    """Segment text into words (jieba's precise mode, HMM on for unknown words)."""
    return tokenizer().lcut(text)


def search_words(text: str) -> list[str]:
    """Segment for indexing: every word plus the dictionary sub-words inside long words
    (jieba's search mode), so that 高新技术企业 is also found by 高新技术 or 企业."""
    return tokenizer().lcut_for_search(text)
