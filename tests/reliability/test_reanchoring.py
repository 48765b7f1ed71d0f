"""Edited articles: every highlight is placed again when its file is imported anew, on the
same words where they still stand, on the edited words where they changed a little, and
otherwise kept as an orphan with everything the user wrote. None is ever dropped."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.store import Annotation, LibraryStore
from reader.store.anchoring import reanchor

PARAGRAPHS = [
    "Harbour board closes the pier",
    "The harbour board met on a wet Tuesday evening in the old town hall.",
    "Its members voted to close the north pier for repairs before the winter storms.",
    "Boat owners were told to move their moorings to the south quay by spring.",
    "The council voted to close the north pier last year as well, a resident said.",
    "A ferry will run from the south quay in the meantime, twice every hour.",
    "The council voted to close the south pier too, though only for a week.",
    "Walkers may still use the path along the sea wall.",
]


class Library:
    """One article file, imported with `reader import`, edited and imported again."""

    def __init__(self, folder: Path, library: Path, capsys) -> None:
        self.file = folder / "pier.txt"
        self.library = library
        self.capsys = capsys
        self.article_id = self.reimport(PARAGRAPHS)

    def reimport(self, paragraphs: list[str]) -> str:
        self.file.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        assert main(["import", str(self.file)]) == 0
        self.capsys.readouterr()
        with LibraryStore(self.library) as store:
            (summary,) = store.list_articles()
        return summary.id

    def text(self) -> str:
        with LibraryStore(self.library) as store:
            return store.load_article(self.article_id).text

    def highlight(self, words: str, occurrence: int = 1, note: str = "") -> Annotation:
        args = ["annotate", self.article_id, "--exact", words, "--occurrence", str(occurrence)]
        assert main([*args, "--note", note or words]) == 0
        annotation_id = self.capsys.readouterr().out.strip()
        with LibraryStore(self.library) as store:
            return store.annotation(annotation_id)

    def placed(self, annotation: Annotation) -> tuple[str | None, Annotation]:
        """The words the highlight now stands on (None for an orphan), and the highlight."""
        with LibraryStore(self.library) as store:
            now = store.annotation(annotation.id)
            text = store.load_article(self.article_id).text
        assert (now.note, now.tags, now.created) == (
            annotation.note,
            annotation.tags,
            annotation.created,
        ), "what the user wrote is kept"
        return (None if now.orphan else text[now.start : now.end]), now


def edited(replacements: dict[str, str]) -> list[str]:
    paragraphs = []
    for paragraph in PARAGRAPHS:
        for old, new in replacements.items():
            paragraph = paragraph.replace(old, new)
        paragraphs.append(paragraph)
    return paragraphs


def make_library(tmp_path, library_file, capsys) -> Library:
    return Library(tmp_path, library_file, capsys)


def test_a_word_changed_inside_a_highlight_keeps_it_on_the_edited_sentence(
    tmp_path, library_file, capsys
):
    library = make_library(tmp_path, library_file, capsys)
    sentence = PARAGRAPHS[2]
    highlight = library.highlight(sentence, note="why now?")
    library.reimport(["Update: times corrected.", *edited({"voted": "decided"})])
    words, _ = library.placed(highlight)
    assert words == sentence.replace("voted", "decided")


def test_words_added_at_the_edges_of_a_highlight_are_taken_in(tmp_path, library_file, capsys):
    library = make_library(tmp_path, library_file, capsys)
    sentence = PARAGRAPHS[2]
    highlight = library.highlight(sentence)
    library.reimport(edited({"Its members voted": "Its members narrowly voted", "storms": "gales"}))
    words, _ = library.placed(highlight)
    assert (
        words
        == "Its members narrowly voted to close the north pier for repairs before the winter gales."
    )


def test_an_edited_sentence_does_not_jump_to_a_similar_one_elsewhere(
    tmp_path, library_file, capsys
):
    library = make_library(tmp_path, library_file, capsys)
    south = PARAGRAPHS[6]
    highlight = library.highlight(south)
    library.reimport(edited({"voted to close the south": "decided to close the south"}))
    words, _ = library.placed(highlight)
    assert words == south.replace("voted", "decided"), "not the north pier sentence"


def test_a_moved_paragraph_takes_its_highlight_along(tmp_path, library_file, capsys):
    library = make_library(tmp_path, library_file, capsys)
    moved = PARAGRAPHS[3]
    highlight = library.highlight("move their moorings")
    library.reimport([*PARAGRAPHS[:3], *PARAGRAPHS[4:], moved])
    words, now = library.placed(highlight)
    assert words == "move their moorings"
    assert now.start > library.text().index(PARAGRAPHS[-1]), "in the paragraph's new place"


def test_prefix_and_suffix_pick_the_right_copy_of_a_repeated_passage(
    tmp_path, library_file, capsys
):
    library = make_library(tmp_path, library_file, capsys)
    second = library.highlight("the south quay", occurrence=2, note="the ferry one")
    first = library.highlight("the south quay", occurrence=1, note="the moorings one")
    library.reimport(["A new lead paragraph was added above.", *PARAGRAPHS])
    text = library.text()
    _, second_now = library.placed(second)
    _, first_now = library.placed(first)
    assert first_now.start == text.index("the south quay")
    assert second_now.start == text.index("the south quay", first_now.end)

    # Edited inside both copies: the surroundings still tell them apart.
    library.reimport(edited({"the south quay": "the new south quay"}))
    text = library.text()
    second_words, second_now = library.placed(second)
    first_words, first_now = library.placed(first)
    assert second_words == first_words == "the new south quay"
    assert first_now.start == text.index("the new south quay")
    assert second_now.start == text.index("the new south quay", first_now.end)


def test_an_orphan_is_never_dropped_and_comes_back_when_its_words_do(
    tmp_path, library_file, capsys
):
    library = make_library(tmp_path, library_file, capsys)
    highlight = library.highlight("a resident said", note="who?")
    without = [p for p in PARAGRAPHS if "resident" not in p]
    library.reimport(without)
    assert library.placed(highlight)[0] is None
    library.reimport([*without, "A paragraph about something else entirely."])
    words, orphan = library.placed(highlight)
    assert words is None and orphan.exact == "a resident said", "still there, still an orphan"
    with LibraryStore(library.library) as store:
        assert [a.id for a in store.annotations_for(library.article_id)] == [highlight.id]
    assert main(["export", library.article_id, "-o", str(tmp_path / "out.md")]) == 0
    exported = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert exported.index("a resident said") > exported.index("### Orphaned highlights")

    library.reimport([*PARAGRAPHS, "A closing line."])
    assert library.placed(highlight)[0] == "a resident said"


def test_a_file_reverted_to_its_first_version_shows_that_version_again(
    tmp_path, library_file, capsys
):
    library = make_library(tmp_path, library_file, capsys)
    first_version = library.text()
    highlight = library.highlight("a resident said")
    library.reimport([p for p in PARAGRAPHS if "resident" not in p])
    library.reimport(PARAGRAPHS)
    assert library.text() == first_version
    assert library.placed(highlight)[0] == "a resident said"


def test_a_rewritten_passage_becomes_an_orphan_not_a_wrong_highlight(
    tmp_path, library_file, capsys
):
    library = make_library(tmp_path, library_file, capsys)
    highlight = library.highlight(PARAGRAPHS[5])
    library.reimport(edited({PARAGRAPHS[5]: "Buses replace the boats until the work is done."}))
    assert library.placed(highlight)[0] is None


words = st.sampled_from("pier quay harbour the a voted said storm boat council . ,".split())
texts = st.lists(words, min_size=3, max_size=80).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(old=texts, new=texts, data=st.data())
def test_reanchoring_always_gives_a_valid_place_or_an_orphan(old, new, data):
    start = data.draw(st.integers(0, len(old) - 1))
    end = data.draw(st.integers(start + 1, len(old)))
    annotation = Annotation.from_text("a", old, start, end, note="n", tags=["t"])
    placed = reanchor(annotation, new)
    assert (placed.id, placed.note, placed.tags) == (annotation.id, "n", ["t"])
    if placed.orphan:
        assert annotation.exact not in new, "words that still stand are always found"
        return
    assert 0 <= placed.start < placed.end <= len(new)
    assert placed.exact == new[placed.start : placed.end]
    if annotation.exact in new:
        assert placed.exact == annotation.exact
