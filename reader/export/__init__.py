"""Export: Markdown notes (Obsidian-ready) and W3C Web Annotation JSON. No Textual here."""

from reader.export.files import (
    ExportRefused,
    ExportResult,
    export_articles,
    safe_output_path,
    slugify_title,
    write_export,
    written_by_reader,
)
from reader.export.markdown import DetectionLike, article_markdown
from reader.export.web_annotation import (
    NotAReaderBackup,
    annotations_to_w3c,
    dumps_w3c,
    w3c_document,
    w3c_to_annotations,
)

__all__ = [
    "DetectionLike",
    "ExportRefused",
    "ExportResult",
    "NotAReaderBackup",
    "annotations_to_w3c",
    "article_markdown",
    "dumps_w3c",
    "export_articles",
    "safe_output_path",
    "slugify_title",
    "w3c_document",
    "w3c_to_annotations",
    "write_export",
    "written_by_reader",
]
