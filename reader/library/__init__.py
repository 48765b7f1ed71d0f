"""The library core: article files in, ``Article`` objects out (no Textual here).

``importer.load_article(path)`` reads one .txt/.md/.html file; ``importer.iter_article_files``
finds them in folders. Nothing is imported here, so that loading the models stays cheap.
"""
