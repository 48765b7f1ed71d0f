"""The detection package's contract with the rest of the app."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

from reader.detect import DETECTOR_VERSION, Detection, detect, detection_to_json


def test_importing_detection_loads_neither_textual_nor_the_word_lists() -> None:
    code = (
        "import sys, reader.detect; "
        "print(any(name.startswith('textual') for name in sys.modules), "
        "'reader.detect.gazetteer' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "False"]


def test_json_contract_lists_quotes_and_entities_with_offsets_into_the_text() -> None:
    text = "“We will stay,” Anna Berg told the BBC in London on Monday."
    payload = json.loads(json.dumps(detection_to_json(detect(text))))
    assert set(payload) == {"quotes", "entities"}
    (quote,) = payload["quotes"]
    assert set(quote) == {"start", "end", "kind", "speaker"}
    assert text[quote["start"] : quote["end"]] == "“We will stay,”"
    assert quote["speaker"] == "Anna Berg"
    found = {(text[e["start"] : e["end"]], e["label"], e["canonical"]) for e in payload["entities"]}
    assert ("London", "GPE", "London") in found
    assert ("Monday", "DATE", "Monday") in found


def test_a_detection_carries_the_version_of_the_rules_that_made_it() -> None:
    detection = detect("Anna Berg said “yes”.")
    assert detection.version == DETECTOR_VERSION
    assert Detection.from_dict(detection.to_dict()) == detection


def test_every_form_of_address_carries_only_known_marks_and_one_sex_at_most() -> None:
    # A misspelt mark ("femal") would silently drop the form's sex, so the marks are checked.
    from reader.detect.lexicon import data_lines

    for line in data_lines("honorifics.txt"):
        form, *marks = line.split()
        assert set(marks) <= {"male", "female", "first-name", "kin"}, line
        assert not {"male", "female"} <= set(marks), line


def test_detect_leaves_no_reference_cycles_and_the_collector_as_it_found_it() -> None:
    # The cyclic collector is off while detect runs; a cycle it made would hold the whole
    # working state (the masked text, the sentences) until the collector's next pass.
    text = (
        "Ben Wallace, the defence secretary, said the ships would sail. “We are ready,” he "
        "said.\n\nA spokesman for the navy said crews had trained. “They know the sea,” he said."
    )
    detect(text)  # the word lists load once
    gc.collect()
    assert gc.isenabled()
    detect(text)
    assert gc.isenabled()
    assert gc.collect() == 0
