"""File names and writes: hostile titles stay inside the folder, user files are never clobbered."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

import pytest
from export_helpers import Sample
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.export.files import (
    ExportRefused,
    export_articles,
    exported_article_id,
    safe_output_path,
    slugify_title,
    write_export,
    written_by_reader,
)
from reader.export.front_matter import read_front_matter
from reader.export.web_annotation import w3c_to_annotations
from reader.library.article import Article

EXPORTED_AT = datetime(2026, 3, 20, 9, 30, tzinfo=UTC)
LATER = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)

HOSTILE_TITLES = [
    "../../etc/passwd",
    "a/b\\c",
    "CON",
    "nul",
    "com1",
    "LPT9",
    "...",
    ".hidden",
    "",
    "   ",
    "😀🎉🔥",
    "x" * 300,
    "word " * 100,
    "𠜎𠜱𠝹𠱓" * 30,
    "日本語" * 40,
    "C:\\Windows\\System32",
    "name\x00with\nnulls\tand\rbreaks",
    "~/home",
    '|<>:*?"',
]
WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{d}{n}" for d in ("com", "lpt") for n in "0123456789"
}


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_hostile_titles_land_inside_the_folder_with_sane_names(tmp_path: Path, title: str) -> None:
    path = safe_output_path(tmp_path, title, set())
    assert path.parent == tmp_path.resolve()
    stem = path.name.removesuffix(".md")
    assert stem and not stem.startswith(".") and "/" not in stem and "\\" not in stem
    assert stem.split(".")[0].lower() not in WINDOWS_RESERVED
    assert len(path.name.encode("utf-8")) < 255
    write_export(path, "# test\n")
    assert path.read_text() == "# test\n"


def test_hostile_titles_that_slug_alike_get_suffixes(tmp_path: Path) -> None:
    taken: set[str] = set()
    paths = [safe_output_path(tmp_path, title, taken) for title in HOSTILE_TITLES]
    names = [p.name for p in paths]
    assert len(set(n.casefold() for n in names)) == len(names)
    assert "article-2.md" in names, "'...', '' and emoji-only titles all fall back to 'article'"


def test_collisions_are_suffixed_in_order(tmp_path: Path) -> None:
    taken: set[str] = set()
    names = [safe_output_path(tmp_path, "Same Title", taken).name for _ in range(3)]
    assert names == ["same-title.md", "same-title-2.md", "same-title-3.md"]


def test_collisions_ignore_case(tmp_path: Path) -> None:
    taken: set[str] = set()
    first = safe_output_path(tmp_path, "Title", taken)
    second = safe_output_path(tmp_path, "TITLE", taken)
    assert first.name.casefold() != second.name.casefold()


def test_slugs_fold_accents_and_keep_other_scripts() -> None:
    assert slugify_title("Café crème à Zürich") == "cafe-creme-a-zurich"
    assert slugify_title("Straße über Łódź") == "strasse-uber-lodz"
    assert slugify_title("Новости дня") == "новости-дня"
    assert slugify_title("東京のニュース") == "東京のニュース"
    assert slugify_title("Rocket 🚀 launch") == "rocket-launch"
    assert slugify_title("Manchester’s O'Neill") == "manchesters-oneill"


def test_long_titles_are_cut_at_a_word(tmp_path: Path) -> None:
    slug = slugify_title("A remarkably long headline " * 10)
    assert len(slug) <= 80
    assert not slug.endswith("-")
    assert "remarkably" in slug


@settings(max_examples=200, deadline=None)
@given(title=st.text(max_size=120))
def test_any_title_gives_a_plain_name(title: str) -> None:
    slug = slugify_title(title)
    assert slug and len(slug) <= 80 + len("-article")
    assert len(slug.encode("utf-8")) <= 200 + len("-article")
    assert not slug.startswith((".", "-"))
    assert not set(slug) & set('/\\:*?"<>|\x00.')
    assert slug.lower() not in WINDOWS_RESERVED


def test_a_file_the_reader_did_not_write_is_refused(tmp_path: Path) -> None:
    mine = tmp_path / "notes.md"
    mine.write_text("my own notes\n")
    with pytest.raises(ExportRefused) as refused:
        write_export(mine, "---\nexported_by: reader\n---\n")
    assert refused.value.path == mine
    assert mine.read_text() == "my own notes\n"


def test_force_replaces_a_file_the_reader_did_not_write(tmp_path: Path) -> None:
    mine = tmp_path / "notes.md"
    mine.write_text("my own notes\n")
    write_export(mine, "replacement\n", force=True)
    assert mine.read_text() == "replacement\n"


def test_a_file_the_reader_wrote_is_updated(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    write_export(path, "---\nexported_by: reader\n---\n\nfirst\n")
    write_export(path, "---\nexported_by: reader\n---\n\nsecond\n")
    assert path.read_text().endswith("second\n")


def test_front_matter_that_only_mentions_the_marker_elsewhere_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("Some text\n---\nexported_by: reader\n---\n")
    assert not written_by_reader(path)


def test_writes_leave_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    write_export(path, "one\n")
    write_export(path, "two\n", force=True)
    assert os.listdir(tmp_path) == ["story.md"]


def test_one_article_into_an_existing_folder(footbridge: Sample, tmp_path: Path) -> None:
    result = export_articles(
        [_item(footbridge)], tmp_path, tmp_path / "unused", "md", False, EXPORTED_AT
    )
    [path] = result.written
    assert path.parent == tmp_path.resolve()
    assert path.name == slugify_title(footbridge.article.title) + ".md"
    assert not (tmp_path / "unused").exists()


def test_one_article_to_a_named_file(footbridge: Sample, tmp_path: Path) -> None:
    target = tmp_path / "sub" / "my-export.md"
    result = export_articles([_item(footbridge)], target, tmp_path, "md", False, EXPORTED_AT)
    assert result.written == [target]
    assert result.destination == target
    assert read_front_matter(target.read_text())["reader_id"] == footbridge.article.id


def test_without_out_the_export_goes_to_the_default_folder(
    footbridge: Sample, tmp_path: Path
) -> None:
    default = tmp_path / "exports"
    result = export_articles([_item(footbridge)], None, default, "md", False, EXPORTED_AT)
    [path] = result.written
    assert path.parent == default.resolve()
    assert result.destination == path


def test_reexporting_updates_the_same_file(footbridge: Sample, tmp_path: Path) -> None:
    first = export_articles([_item(footbridge)], tmp_path, tmp_path, "md", False, EXPORTED_AT)
    again = export_articles([_item(footbridge)], tmp_path, tmp_path, "md", False, LATER)
    assert again.written == first.written
    assert read_front_matter(again.written[0].read_text())["exported"].startswith("2026-04-01")
    assert len(list(tmp_path.iterdir())) == 1


def test_a_user_file_with_the_slug_name_is_refused_not_replaced(
    footbridge: Sample, tmp_path: Path
) -> None:
    theirs = tmp_path / (slugify_title(footbridge.article.title) + ".md")
    theirs.write_text("hand-written\n")
    result = export_articles([_item(footbridge)], tmp_path, tmp_path, "md", False, EXPORTED_AT)
    assert result.written == []
    assert [r.path for r in result.refused] == [theirs.resolve()]
    assert theirs.read_text() == "hand-written\n"


def test_another_article_with_the_same_title_gets_its_own_file(
    footbridge: Sample, tmp_path: Path
) -> None:
    twin = Article(title=footbridge.article.title, text="A different story entirely.")
    first = export_articles([_item(footbridge)], tmp_path, tmp_path, "md", False, EXPORTED_AT)
    second = export_articles([(twin, [], None)], tmp_path, tmp_path, "md", False, EXPORTED_AT)
    assert first.written != second.written
    assert exported_article_id(first.written[0]) == footbridge.article.id
    assert exported_article_id(second.written[0]) == twin.id
    # Exporting both together keeps each in the file it already has.
    both = export_articles(
        [(twin, [], None), _item(footbridge)], tmp_path, tmp_path, "md", False, LATER
    )
    assert set(both.written) == {*first.written, *second.written, tmp_path.resolve() / "index.md"}


def test_several_articles_write_a_folder_with_a_linking_index(
    footbridge: Sample, tmp_path: Path
) -> None:
    items = [
        _item(footbridge),
        (Article(title="Second: a [linked] story?", text="Body two."), [], None),
        (Article(title="index", text="An article called index."), [], None),
        (Article(title="../../escape", text="Body three."), [], None),
    ]
    folder = tmp_path / "all"
    result = export_articles(items, folder, tmp_path / "default", "md", False, EXPORTED_AT)
    assert result.refused == []
    assert result.index == folder.resolve() / "index.md"
    assert all(path.parent == folder.resolve() for path in result.written)
    index = result.index.read_text()
    assert written_by_reader(result.index)
    links = [
        line.split("](", 1)[1].split(")", 1)[0]
        for line in index.split("\n")
        if line.startswith("- [")
    ]
    assert len(links) == len(items)
    linked_files = {folder.resolve() / unquote(link) for link in links}
    assert linked_files == set(result.written) - {result.index}
    assert all(path.exists() for path in linked_files)


def test_several_articles_refuse_a_file_as_the_folder(footbridge: Sample, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file.md"
    not_a_folder.write_text("x")
    items = [_item(footbridge), (Article(title="Other", text="Other."), [], None)]
    result = export_articles(items, not_a_folder, tmp_path, "md", False, EXPORTED_AT)
    assert result.written == [] and result.refused
    assert not_a_folder.read_text() == "x"


def test_json_for_several_articles_into_one_named_file(footbridge: Sample, tmp_path: Path) -> None:
    other = Article(title="Other", text="Other text.")
    target = tmp_path / "backup.json"
    result = export_articles(
        [_item(footbridge), (other, [], None)], target, tmp_path, "json", False, EXPORTED_AT
    )
    assert result.written == [target]
    assert written_by_reader(target)
    restored = w3c_to_annotations(json.loads(target.read_text()))
    assert {meta["id"] for meta, _ in restored} == {footbridge.article.id, other.id}


def test_json_for_one_article_is_marked_as_ours(footbridge: Sample, tmp_path: Path) -> None:
    result = export_articles([_item(footbridge)], tmp_path, tmp_path, "json", False, EXPORTED_AT)
    [path] = result.written
    assert path.suffix == ".json"
    assert written_by_reader(path)
    assert exported_article_id(path) == footbridge.article.id


def test_a_user_json_file_is_not_taken_for_ours(tmp_path: Path) -> None:
    theirs = tmp_path / "data.json"
    theirs.write_text('{"generator": {"name": "something else"}}')
    assert not written_by_reader(theirs)
    (tmp_path / "broken.json").write_text("{not json")
    assert not written_by_reader(tmp_path / "broken.json")


def _item(sample: Sample) -> tuple:
    return (sample.article, sample.annotations, sample.detection)


def test_a_collection_of_one_still_gets_a_folder_and_index(
    footbridge: Sample, tmp_path: Path
) -> None:
    folder = tmp_path / "tagged"
    result = export_articles(
        [_item(footbridge)], folder, tmp_path, "md", False, EXPORTED_AT, as_collection=True
    )
    assert result.index == folder.resolve() / "index.md"
    assert len(result.written) == 2
    assert slugify_title(footbridge.article.title) in result.index.read_text()


def test_the_same_article_listed_twice_is_exported_once(footbridge: Sample, tmp_path: Path) -> None:
    items = [_item(footbridge), _item(footbridge), (Article(title="B", text="b"), [], None)]
    result = export_articles(items, tmp_path / "out", tmp_path, "md", False, EXPORTED_AT)
    assert len(result.written) == 3, "two articles and the index"
    assert result.index is not None
    assert result.index.read_text().count("](") == 2
