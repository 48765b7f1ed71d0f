"""Export from the command line, and the JSON backup round trip through a new library."""

from __future__ import annotations

from pathlib import Path

from reader.cli import main
from reader.store import LibraryStore
from tests.conftest import SAMPLES


def annotate_samples(db: Path, capsys) -> list[str]:
    main(["--db", str(db), "import", str(SAMPLES)])
    with LibraryStore(db) as store:
        ids = [s.id for s in store.list_articles()][:3]
        texts = {i: store.load_article(i).text for i in ids}
    for n, article_id in enumerate(ids):
        words = texts[article_id].split("\n\n")[1][:40]
        status = main(
            ["--db", str(db), "annotate", article_id, "--exact", words, "--occurrence", "1",
             "--note", f"note *{n}* [link](x)", "--tag", "research", "--tag", f"t{n}"]
        )  # fmt: skip
        assert status == 0
    main(["--db", str(db), "tag", ids[0], "keep"])
    capsys.readouterr()
    return ids


def test_json_backup_round_trip_gives_identical_files(tmp_path, capsys):
    first_db = tmp_path / "one" / "library.json"
    annotate_samples(first_db, capsys)
    first = tmp_path / "first.json"
    export = ["export", "--all", "--format", "json", "-o"]
    assert main(["--db", str(first_db), *export, str(first)]) == 0

    second_db = tmp_path / "two" / "library.json"
    main(["--db", str(second_db), "import", str(SAMPLES)])
    assert main(["--db", str(second_db), "import-notes", str(first)]) == 0
    second = tmp_path / "second.json"
    assert main(["--db", str(second_db), *export, str(second)]) == 0
    assert second.read_bytes() == first.read_bytes()


def test_markdown_export_of_one_article_and_of_a_tag(tmp_path, capsys):
    db = tmp_path / "library.json"
    ids = annotate_samples(db, capsys)
    out = tmp_path / "notes"
    out.mkdir()
    assert main(["--db", str(db), "export", ids[0], "-o", str(out)]) == 0
    (written,) = out.glob("*.md")
    markdown = written.read_text(encoding="utf-8")
    assert markdown.startswith("---\n")
    assert "exported_by: reader" in markdown
    assert "note \\*0\\* \\[link\\](x)" in markdown, "the note is escaped, not rendered"
    assert "#research" in markdown and "## Quotes by speaker" in markdown

    tagged = tmp_path / "tagged"
    assert main(["--db", str(db), "export", "--tag", "research", "-o", str(tagged)]) == 0
    assert len(list(tagged.glob("*.md"))) == 4  # three articles and index.md
    assert (tagged / "index.md").exists()


def test_export_never_overwrites_a_file_it_did_not_write(tmp_path, capsys):
    db = tmp_path / "library.json"
    ids = annotate_samples(db, capsys)
    mine = tmp_path / "mine.md"
    mine.write_text("my own notes\n", encoding="utf-8")
    assert main(["--db", str(db), "export", ids[0], "-o", str(mine)]) == 1
    assert mine.read_text(encoding="utf-8") == "my own notes\n"
    assert "--force" in capsys.readouterr().err
    assert main(["--db", str(db), "export", ids[0], "-o", str(mine), "--force"]) == 0
    assert "exported_by: reader" in mine.read_text(encoding="utf-8")
    assert main(["--db", str(db), "export", ids[0], "-o", str(mine)]) == 0, "its own file updates"
