import re

from hypothesis import given
from hypothesis import strategies as st

from reader.detect.word_trie import word_trie

# Words of letters, as the trie is used for: with the boundaries below, one word at most can
# match at a place, so the plain alternation's order does not matter.
_WORDS = st.lists(st.text(alphabet="abcte", min_size=1, max_size=6), max_size=12)


@given(_WORDS, st.text(alphabet="abcte. ", max_size=40))
def test_the_trie_finds_what_the_plain_alternation_finds(words, text):
    plain = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    trie = re.compile(r"(?<!\w)(?:" + word_trie(words) + r")(?!\w)")
    if not words:
        assert trie.search(text) is None
        return
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_word_and_its_longer_form_both_match_whole():
    pattern = re.compile(r"\b(?:" + word_trie(["ten", "tens", "these", "this"]) + r")\b")
    assert pattern.findall("ten tens this these thistle") == ["ten", "tens", "this", "these"]
