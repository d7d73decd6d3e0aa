"""Pure text processing for the tracker: no Django imports here, only the standard library
and jieba. Tested directly in tests/text/."""
