"""Relations told of people counted after being named ("the three belong to Y"), of
figures in a group, of sponsors described in a relative clause, of names listed before
"other factions backed by Y"; and the titles, platforms and laws that state none of them
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _triples(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ex.relations}


@pytest.mark.parametrize(("text", "triples"), [
    # a count of the people named in a sentence before
    ("Prosecutors charged Omar Khalil, Yusuf Darwish and Sami Lahoud with conspiracy. "
     "According to the charges, the three belong to Hezbollah and were paid in cash.",
     [("omar-khalil", "member_of", "hezbollah"), ("yusuf-darwish", "member_of", "hezbollah"),
      ("sami-lahoud", "member_of", "hezbollah")]),
    ("Police named the suspects as Omar Khalil, born in Syria, Yusuf Darwish and Sami "
     "Lahoud. The men were held in Hamburg. Prosecutors said the three have been members "
     "of Hamas for years.",
     [("omar-khalil", "member_of", "hamas"), ("sami-lahoud", "member_of", "hamas")]),
    ("Prosecutors charged Omar Khalil and Yusuf Darwish. The two men were long-time "
     "members of the Quds Force.",
     [("omar-khalil", "member_of", "quds-force"), ("yusuf-darwish", "member_of", "quds-force")]),
    # a figure in a group
    ("Police said Ali Hamdani is a senior figure of Asaib Ahl al-Haq.",
     [("ali-hamdani", "member_of", "asaib-ahl-al-haq")]),
    ("Karim Jaber was a leading figure in Kataib Hezbollah for a decade.",
     [("karim-jaber", "member_of", "kataib-hezbollah")]),
    ("Officials have described Hassan Nasrallah as a senior figure in Hamas.",
     [("hassan-nasrallah", "member_of", "hamas")]),
    # the aid told in a relative clause on its giver
    ("The Quds Force, which arms, trains and funds Asaib Ahl al-Haq, was sanctioned again.",
     [("asaib-ahl-al-haq", "sponsored_by", "quds-force")]),
    ("Hezbollah, which also equips and trains the Houthis, denied the report.",
     [("houthis", "sponsored_by", "hezbollah")]),
    # names listed before "other factions backed by Y"
    ("Kataib Hezbollah, Asaib Ahl al-Haq and other factions backed by Iran fired rockets.",
     [("kataib-hezbollah", "sponsored_by", "iran"), ("asaib-ahl-al-haq", "sponsored_by", "iran")]),
    ("The US struck Kataib Hezbollah, Harakat al-Nujaba and other militias backed by Iran.",
     [("kataib-hezbollah", "sponsored_by", "iran"),
      ("harakat-hezbollah-al-nujaba", "sponsored_by", "iran")]),
    ("Hamas and further groups armed by Iran have vowed to respond.",
     [("hamas", "sponsored_by", "iran")]),
    ("The name is a cover under which Kataib Hezbollah, Harakat al-Nujaba and further "
     "factions backed by Iran claim attacks.",
     [("kataib-hezbollah", "sponsored_by", "iran"),
      ("harakat-hezbollah-al-nujaba", "sponsored_by", "iran")]),
    ("The Quds Force (QF), which arms and funds Asaib Ahl al-Haq, was named.",
     [("asaib-ahl-al-haq", "sponsored_by", "quds-force")]),
    # the whole a group is told to be part of in a relative clause
    ("The Popular Mobilization Forces (PMF), the umbrella of armed groups of which Kataib "
     "Sayyid al-Shuhada is a part, denied it.",
     [("kataib-sayyid-al-shuhada", "part_of", "popular-mobilization-forces")]),
    ("The Popular Mobilization Forces, of which Kataib Hezbollah is a member, denied it.",
     [("kataib-hezbollah", "part_of", "popular-mobilization-forces")]),
    # one who says another worked with a group is not its ally
    ("Kataib Hezbollah has worked closely with the Quds Force for years.",
     [("kataib-hezbollah", "allied_with", "quds-force")]),
])
def test_relation_is_read(extract: Run, text: str, triples: list[tuple[str, str, str]]
                          ) -> None:
    found = _triples(extract(text))
    for triple in triples:
        assert triple in found


@pytest.mark.parametrize(("text", "triple"), [
    # a count that does not match the people named, or things counted
    ("Prosecutors charged Omar Khalil, Yusuf Darwish and Sami Lahoud with conspiracy. "
     "The four belong to Hezbollah.", ("omar-khalil", "member_of", "hezbollah")),
    ("Prosecutors charged Omar Khalil, Yusuf Darwish and Sami Lahoud with conspiracy. "
     "The three met officials of Hezbollah.", ("omar-khalil", "member_of", "hezbollah")),
    # meeting a figure of a group is no membership
    ("Hassan Nasrallah met a senior figure of Hamas in Beirut.",
     ("hassan-nasrallah", "member_of", "hamas")),
    # a clause that is not aid
    ("The Quds Force, which fought Kataib Hezbollah, was sanctioned.",
     ("kataib-hezbollah", "sponsored_by", "quds-force")),
    ("Kataib Hezbollah and other factions condemned strikes backed by Israel.",
     ("kataib-hezbollah", "sponsored_by", "israel")),
    ("Hamas, the group of which Hezbollah was a rival, denied it.",
     ("hezbollah", "part_of", "hamas")),
    ("The Treasury said he had worked closely with the Quds Force.",
     ("us-treasury", "allied_with", "quds-force")),
    # the founder named is the man killed, not the one who took over
    ("After a strike killed Abu Mahdi al-Muhandis, the founder of Kataib Hezbollah, Ahmed "
     "Saleh took over his post.", ("kataib-hezbollah", "founded_by", "ahmed-saleh")),
    ("Months after Israel killed Hassan Nasrallah, the leader of Hezbollah, Naim Qassem was "
     "chosen.", ("naim-qassem", "leader_of", "hezbollah")),
    # a post in a group's name speaks for it; the platform is no front
    ("A Telegram post in the name of the Islamic Resistance in Iraq took responsibility.",
     ("telegram", "front_for", "islamic-resistance-in-iraq")),
    # a law or programme is no body to be part of
    ("The US sanctioned Faleh al-Fayyadh, the chairman of the Popular Mobilization Forces, "
     "under the Global Magnitsky Act.",
     ("popular-mobilization-forces", "part_of", "global-magnitsky-act")),
])
def test_no_such_relation(extract: Run, text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in _triples(extract(text))


def test_title_of_the_name_after_stands(extract: Run) -> None:
    """"As the founder of X, Y" and "the leader of X, Y," still say who Y is."""
    found = _triples(extract("As the founder of Kataib Hezbollah, Abu Mahdi al-Muhandis had "
                             "wide influence. In Baghdad, the leader of Asaib Ahl al-Haq, Qais "
                             "al-Khazali, spoke."))
    assert ("kataib-hezbollah", "founded_by", "abu-mahdi-al-muhandis") in found
    assert ("qais-al-khazali", "leader_of", "asaib-ahl-al-haq") in found
