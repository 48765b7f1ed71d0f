"""Names with a form of address after them: "Marika néni", "Asan ata", "Ishida-san".

Many languages put the polite or familiar form after the name, in lower case, where English
puts "Mr" before it. The form is part of how the person is named, so the mention runs over it,
and it is the person the name stands for.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from reader.detect.aliases import PersonRegistry
from reader.detect.candidates import Candidate
from reader.detect.types import EntitySpan

# Written apart from the name: Hungarian, Korean, Central Asian and South Asian forms.
_FORM_AFTER = re.compile(
    r" (?P<form>néni|bácsi|ajeossi|ajumma|halmeoni|harabeoji|apa|aga|ata|eje|bhai|bhaiya|ji"
    r"|didi|kaka|chacha|chachi|mausi"
    # Uzbek, Kazakh, Kyrgyz and Turkish elder brothers and sisters ("Rustam aka", "Dilnoza
    # opa", "Talant baike"), Persian "khanum" and "jan", Urdu "sahib".
    r"|aka|opa|apai|agai|baike|abla|abi|amca|teyze|hanım|khanum|jan|sahib"
    # Azerbaijani and Turkish: "Rauf muallim" (teacher), "Aygun khanim", "Ahmet bey".
    r"|muallim|müəllim|khanim|xanım|bey|efendi)(?![\w-])"
)
_FORM_INITIALS = frozenset("nbahejdkcmotjsxe")
_SIBLING_FORMS = frozenset("aka opa apai agai baike abla abi".split())
# Joined to it with a hyphen: Japanese and Korean forms.
_FORMS_JOINED = frozenset("san kun chan sama sensei senpai ssi nim".split())
# Forms for the young, for whom a family's elder is not meant.
_FORMS_FOR_THE_YOUNG = frozenset(("kun", "chan"))
_NAME_LABELS = frozenset(("NAME", "NAME_AT_START", "FROM_NAME", "PLACE_NAME", "PERSON", "GPE"))


def names_with_forms_of_address(
    text: str,
    placed: list[tuple[int, Candidate]],
    spans: list[EntitySpan],
    registry: PersonRegistry,
) -> None:
    """Make a person of every name a form of address follows, in ``spans`` (sorted, not
    overlapping), as the person named in full whose first name or surname it is, if there is
    one; otherwise as the name with its form ("Asan ata"), unless the name stands alone
    elsewhere ("Choi ajeossi" after "his surname, Choi,")."""
    found: list[tuple[int, int, str, str]] = []  # (start, end, the name, its form)
    for offset, candidate in placed:
        if candidate.label not in _NAME_LABELS:
            continue
        start, end = offset + candidate.start, offset + candidate.end
        if text.find("-", start, end) >= 0:
            name, _, form = text[start:end].rpartition("-")
            if form in _FORMS_JOINED and name[-1:].isalpha():
                found.append((start, end, name, form))
        elif text[end + 1 : end + 2] in _FORM_INITIALS and (after := _FORM_AFTER.match(text, end)):
            found.append((start, after.end(), text[start:end], after["form"]))
    if not found:
        return
    with_a_form = {start for start, *_ in found}
    alone = {
        span.canonical for span in spans if span.label == "PERSON" and span.start not in with_a_form
    }
    for start, end, name, form in found:
        index = bisect_left(spans, (start,))
        if index and spans[index - 1].end > start:
            index -= 1
        read_as = spans[index] if index < len(spans) and spans[index].start < end else None
        if read_as is not None and read_as.label == "PERSON" and read_as.canonical != name:
            person = read_as.canonical  # "Karim bhai" after "Abdul Karim Mondal"
        else:
            # "Morimoto-sensei" after "Taiga Morimoto ... His father, Isamu Morimoto": the
            # elder, as "Mr Morimoto" would be.
            honorific = None if form in _FORMS_FOR_THE_YOUNG else form
            person = registry.canonical_for_first(name) or registry.canonical_for(
                name, start, honorific
            )
        if person is None:
            # "Dilnoza opa", "Rustam aka": an elder sibling's form is how neighbours call
            # anyone older; the person is the name ("Asan ata", a grandfather's, keeps it).
            bare = name in alone or form in _SIBLING_FORMS
            person = name if bare else text[start:end]
        while index < len(spans) and spans[index].start < end:
            del spans[index]
        insort(spans, EntitySpan(start, end, "PERSON", person))
