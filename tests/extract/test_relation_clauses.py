"""Relations read from the grammar of a clause, with other words or names between
the two (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _triples(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ex.relations}


@pytest.mark.parametrize(("text", "triple"), [
    ("Kataib Sayyid al-Shuhada, which is part of the Popular Mobilization Forces, is funded "
     "and armed by the Quds Force.",
     ("kataib-sayyid-al-shuhada", "sponsored_by", "quds-force")),
    ("Ashab al-Kahf, an obscure outfit that analysts regard as a front for Asaib Ahl al-Haq, "
     "posted the video.", ("ashab-al-kahf", "front_for", "asaib-ahl-al-haq")),
    ("Iran trains and arms the Houthis, according to the report.",
     ("houthis", "sponsored_by", "iran")),
    ("Harakat al-Nujaba gets rockets and money from the Quds Force.",
     ("harakat-hezbollah-al-nujaba", "sponsored_by", "quds-force")),
    ("Asaib Ahl al-Haq has been led by Qais al-Khazali since 2006.",
     ("qais-al-khazali", "leader_of", "asaib-ahl-al-haq")),
    ("Kataib Hezbollah was set up by Abu Mahdi al-Muhandis in 2003.",
     ("kataib-hezbollah", "founded_by", "abu-mahdi-al-muhandis")),
    ("In 2009 the United States designated Kataib Hezbollah a terrorist organization.",
     ("kataib-hezbollah", "designated_by", "united-states")),
    ("Asaib Ahl al-Haq, which Washington designated in 2020, denied the claim.",
     ("asaib-ahl-al-haq", "designated_by", "united-states")),
    ("A commander of Hezbollah's elite Radwan Force was killed on Monday.",
     ("radwan-force", "part_of", "hezbollah")),
    ("The Quds Force of Iran's Revolutionary Guards trains the militias.",
     ("quds-force", "part_of", "islamic-revolutionary-guard-corps")),
    ("A spokesman for Kataib Sayyid al-Shuhada, Kadhim al-Fartousi, denied the report.",
     ("kadhim-al-fartousi", "member_of", "kataib-sayyid-al-shuhada")),
    ("Brigadier Reza Amini, a senior general in the Islamic Revolutionary Guard Corps, "
     "was killed.", ("reza-amini", "member_of", "islamic-revolutionary-guard-corps")),
    ("Jaish al-Adl, a Baluch militant group that Tehran says is funded by Saudi Arabia, "
     "claimed the attack.", ("jaish-al-adl", "sponsored_by", "saudi-arabia")),
    ("Naim Qassem, Hezbollah's deputy spokesman, spoke on Monday.",
     ("naim-qassem", "member_of", "hezbollah")),
    ("The Houthis fired a missile. Mohammed Abdulsalam, the group's chief negotiator and "
     "spokesman, defended the attack.", ("mohammed-abdulsalam", "member_of", "houthis")),
    # A participle describing an apposition, or a list through "two of the ...".
    ("Police blamed Kataib Hezbollah, an Iraqi militia backed by Iran.",
     ("kataib-hezbollah", "sponsored_by", "iran")),
    ("Harakat al-Nujaba, a militia armed and trained by the Quds Force, denied it.",
     ("harakat-hezbollah-al-nujaba", "sponsored_by", "quds-force")),
    ("The drones were sent by Kataib Hezbollah and Asaib Ahl al-Haq, two of the largest "
     "factions funded by Iran, officials said.", ("asaib-ahl-al-haq", "sponsored_by", "iran")),
    ("The drones were sent by Kataib Hezbollah and Asaib Ahl al-Haq, two of the largest "
     "factions funded by Iran, officials said.", ("kataib-hezbollah", "sponsored_by", "iran")),
    # A participle after "be", and an agent the parse hangs on the complement.
    ("The Houthis, who hold the capital, are armed and supported by Iran, diplomats say.",
     ("houthis", "sponsored_by", "iran")),
    ("Harakat al-Nujaba has long been designated a terrorist organisation by the United "
     "States.", ("harakat-hezbollah-al-nujaba", "designated_by", "united-states")),
    # A plural role noun is said of every name of the list.
    ("Lately the factions have used new names, among them Ashab al-Kahf and Saraya Awliya "
     "al-Dam, which analysts regard as fronts for Kataib Hezbollah.",
     ("ashab-al-kahf", "front_for", "kataib-hezbollah")),
    ("Kataib Hezbollah and Harakat al-Nujaba, both members of the Islamic Resistance in Iraq, "
     "fired drones.", ("kataib-hezbollah", "part_of", "islamic-resistance-in-iraq")),
    # "both", "they", "both groups" stand for the list of groups named before.
    ("Kataib Hezbollah and Harakat al-Nujaba fired rockets on Monday. Both receive money and "
     "weapons from the Quds Force.", ("kataib-hezbollah", "sponsored_by", "quds-force")),
    ("Officials blamed Kataib Hezbollah and Asaib Ahl al-Haq. Both groups are part of the "
     "Popular Mobilization Forces.", ("asaib-ahl-al-haq", "part_of",
                                      "popular-mobilization-forces")),
    ("Both Kataib Hezbollah and Harakat al-Nujaba belong to the PMF, but they take their "
     "orders from the Quds Force.", ("harakat-hezbollah-al-nujaba", "sponsored_by",
                                     "quds-force")),
    ("Both Kataib Hezbollah and Harakat al-Nujaba belong to the PMF, but they take their "
     "orders from the Quds Force.", ("kataib-hezbollah", "part_of",
                                     "popular-mobilization-forces")),
    ("Abu Fadak belongs to Kataib Hezbollah.",
     ("abu-fadak-al-mohammadawi", "member_of", "kataib-hezbollah")),
    # "it" after a sentence that names one group, as its object, stands for that group.
    ("Washington blamed Kataib Hezbollah for the attack. It is one of the strongest factions "
     "in the Popular Mobilization Forces.",
     ("kataib-hezbollah", "part_of", "popular-mobilization-forces")),
    # "the name" stands for the brand named before.
    ("A group calling itself Saraya Awliya al-Dam claimed the attack; analysts believe the "
     "name is used by Kataib Hezbollah.", ("saraya-awliya-al-dam", "front_for",
                                          "kataib-hezbollah")),
    ("Saraya Awliya al-Dam claimed the attack. The name is most likely a front for Kataib "
     "Hezbollah, researchers said.", ("saraya-awliya-al-dam", "front_for",
                                      "kataib-hezbollah")),
    # "its backer, Y"; "founded with the help of Y".
    ("Hezbollah lost a commander. Its backer, Iran, was silent.",
     ("hezbollah", "sponsored_by", "iran")),
    ("Hezbollah, founded with the help of Iran's Revolutionary Guards in 1982, denied it.",
     ("hezbollah", "sponsored_by", "islamic-revolutionary-guard-corps")),
    # "identified the dead commander as Y".
    ("Kataib Hezbollah identified the dead commander as Abu Baqir al-Saadi.",
     ("abu-baqir-al-saadi", "member_of", "kataib-hezbollah")),
    # The subject of a clause joined to the main one is what "its" stands for next.
    ("Israel struck Hezbollah this week. Many fighters are in hospital, and the group must "
     "now doubt its phones. The blow also hurt the confidence of its backer, Iran.",
     ("hezbollah", "sponsored_by", "iran")),
    # A group fielding fighters in a coalition is part of it; chairing a body leads it.
    ("Kataib Sayyid al-Shuhada fields several brigades in Iraq's Popular Mobilization Forces.",
     ("kataib-sayyid-al-shuhada", "part_of", "popular-mobilization-forces")),
    ("Qais al-Khazali chaired the meeting of Asaib Ahl al-Haq.",
     ("qais-al-khazali", "leader_of", "asaib-ahl-al-haq")),
    ("Qais al-Khazali presided over Asaib Ahl al-Haq for years.",
     ("qais-al-khazali", "leader_of", "asaib-ahl-al-haq")),
    # A person acting on behalf of, or working for, a body serves it.
    ("Prosecutors said Ali Musa was acting on behalf of the Quds Force.",
     ("ali-musa", "member_of", "quds-force")),
    ("Ali Musa worked for Hezbollah for a decade.", ("ali-musa", "member_of", "hezbollah")),
    # A state calling a group a terrorist organization lists it.
    ("Jaish al-Adl, a Baluch militant group that Iran calls a terrorist organisation, "
     "claimed it.", ("jaish-al-adl", "designated_by", "iran")),
    ("Iran calls Jaish al-Adl a terrorist group.", ("jaish-al-adl", "designated_by", "iran")),
    # A name given by a naming clause; a group as a member of another.
    ("Hezbollah is the core of the alliance Tehran calls the Axis of Resistance.",
     ("hezbollah", "part_of", "axis-of-resistance")),
    ("Hezbollah fired rockets. The Lebanese movement remains the most powerful member of "
     "what Tehran calls the Axis of Resistance.", ("hezbollah", "part_of",
                                                   "axis-of-resistance")),
    ("Kataib Hezbollah is part of the umbrella known as the Islamic Resistance in Iraq.",
     ("kataib-hezbollah", "part_of", "islamic-resistance-in-iraq")),
    # "X's arm, the Y": Y is the unit, and a title of the arm is a title of Y.
    ("Qassem Soleimani, the commander of the Guards' overseas arm, the Quds Force, was killed.",
     ("qassem-soleimani", "leader_of", "quds-force")),
    ("Qassem Soleimani, the commander of the Guards' overseas arm, the Quds Force, was killed.",
     ("quds-force", "part_of", "islamic-revolutionary-guard-corps")),
    # A copula says what a named group is, as an apposition does.
    ("Kata'ib Hezbollah is an Iran-backed militia.",
     ("kataib-hezbollah", "sponsored_by", "iran")),
    ("Asa'ib Ahl al-Haq is one of several Iran-backed militias in Iraq.",
     ("asaib-ahl-al-haq", "sponsored_by", "iran")),
    # An unnamed collective between the umbrella and its member does not part them.
    ("The Islamic Resistance in Iraq, an umbrella of Iran-backed militias including Kata'ib "
     "Hezbollah, claimed the attack.",
     ("kataib-hezbollah", "part_of", "islamic-resistance-in-iraq")),
    # Coordinated verbs of sponsorship.
    ("Iran arms, funds and trains the Houthis.", ("houthis", "sponsored_by", "iran")),
    ("Tehran has long armed, funded and trained Kata'ib Hezbollah.",
     ("kataib-hezbollah", "sponsored_by", "iran")),
    # The group as one of the groups its sponsor's verb is said of.
    ("Kataib Imam Ali is one of several militias that Iran supports in Iraq.",
     ("kataib-imam-ali", "sponsored_by", "iran")),
    ("Kataib Imam Ali, a group the IRGC arms and trains, fired rockets.",
     ("kataib-imam-ali", "sponsored_by", "islamic-revolutionary-guard-corps")),
    ("Kataib Imam Ali is among the factions Tehran funds.",
     ("kataib-imam-ali", "sponsored_by", "iran")),
])
def test_clause_states_the_relation(extract: Run, text: str,
                                    triple: tuple[str, str, str]) -> None:
    assert triple in _triples(extract(text))


@pytest.mark.parametrize(("text", "triple"), [
    # The object of "attacked" is a target, not a sponsor or a ward.
    ("The Houthis attacked ships that Israel and the United States protect.",
     ("houthis", "sponsored_by", "israel")),
    ("Hezbollah has attacked militias that Israel supports in southern Syria.",
     ("hezbollah", "sponsored_by", "israel")),
    ("Kataib Hezbollah fought groups the United States backs.",
     ("kataib-hezbollah", "sponsored_by", "united-states")),
    # "led" an attack is no leadership of a group.
    ("Kataib Hezbollah led an assault that Hezbollah supported.",
     ("kataib-hezbollah", "leader_of", "hezbollah")),
    # A state owning a group is no group the unit belongs to.
    ("Iraq's Kataib Hezbollah denied the report.",
     ("kataib-hezbollah", "part_of", "iraq")),
    # A coalition "of" groups lists its members; it is no part of them.
    ("The Islamic Resistance in Iraq, a coalition of Iran-aligned militias, claimed it.",
     ("islamic-resistance-in-iraq", "part_of", "iran-backed-militias")),
    # Receiving a delegation is no support.
    ("Hezbollah received a delegation from Hamas on Monday.",
     ("hezbollah", "sponsored_by", "hamas")),
    # "one of" picks one name: the other of the list is not described.
    ("Kataib Hezbollah, one of the factions backed by Iran, and the Houthis fired.",
     ("houthis", "sponsored_by", "iran")),
    # "they" of a sentence that says nothing of them states no relation.
    ("Kataib Hezbollah and Harakat al-Nujaba fired rockets. They said the Popular "
     "Mobilization Forces would respond.",
     ("kataib-hezbollah", "part_of", "popular-mobilization-forces")),
    # Only a list of named groups is what "both" stands for.
    ("Kataib Hezbollah fired rockets. Both receive money from the Quds Force.",
     ("kataib-hezbollah", "sponsored_by", "quds-force")),
    # "it" after a sentence naming two groups stands for neither.
    ("Washington blamed Kataib Hezbollah and the Houthis. It is one of the strongest factions "
     "in the Popular Mobilization Forces.",
     ("kataib-hezbollah", "part_of", "popular-mobilization-forces")),
    # The name of an operation is no brand.
    ("Hezbollah fired rockets. The name of the operation was not used by Hezbollah.",
     ("hezbollah", "front_for", "hezbollah")),
    ("Qassem Soleimani, the commander of the Guards' overseas arm, the Quds Force, was killed.",
     ("qassem-soleimani", "member_of", "islamic-revolutionary-guard-corps")),
    # Calling an act terrorism, or a state a terrorist, designates no group.
    ("Azerbaijan called the shooting a terrorist act by Jaish al-Adl.",
     ("jaish-al-adl", "designated_by", "azerbaijan")),
    ("Hezbollah called Israel a terrorist entity.", ("israel", "designated_by", "hezbollah")),
    # Working alongside a group is no membership.
    ("Ali Musa worked for years alongside Hezbollah.", ("ali-musa", "member_of", "hezbollah")),
    # Fighters in a country make no coalition of it.
    ("Hezbollah fields fighters in Syria.", ("hezbollah", "part_of", "syria")),
    # Dying alongside someone makes no ally.
    ("Abu Mahdi al-Muhandis was killed alongside the Iranian commander Qassem Soleimani.",
     ("abu-mahdi-al-muhandis", "allied_with", "iran")),
    # A feeling is no sponsorship.
    ("Kataib Hezbollah is tired and annoyed by Iran.",
     ("kataib-hezbollah", "sponsored_by", "iran")),
    # A verb that is no aid; a sponsor of the name before "and", not of the first name.
    ("Kataib Imam Ali is one of several militias that Iran opposes.",
     ("kataib-imam-ali", "sponsored_by", "iran")),
    ("The Treasury sanctioned Fly Baghdad for helping the Quds Force and the militias it "
     "supports.", ("quds-force", "sponsored_by", "us-treasury")),
])
def test_clause_states_no_such_relation(extract: Run, text: str,
                                        triple: tuple[str, str, str]) -> None:
    assert triple not in _triples(extract(text))


@pytest.mark.parametrize(("text", "triple", "certainty"), [
    ("Ashab al-Kahf, a group widely seen as a front for Kataib Hezbollah, claimed it.",
     ("ashab-al-kahf", "front_for", "kataib-hezbollah"), "assessed"),
    ("Jaish al-Adl, which Iran claims is funded by Saudi Arabia, denied it.",
     ("jaish-al-adl", "sponsored_by", "saudi-arabia"), "alleged"),
    ("Harakat al-Nujaba is armed by the Quds Force.",
     ("harakat-hezbollah-al-nujaba", "sponsored_by", "quds-force"), "confirmed"),
    # The apposition is the report's own description, not part of the blame.
    ("Police blamed Kataib Hezbollah, an Iraqi militia backed by Iran.",
     ("kataib-hezbollah", "sponsored_by", "iran"), "confirmed"),
])
def test_clause_hedges_set_the_relation_certainty(
        extract: Run, text: str, triple: tuple[str, str, str], certainty: str) -> None:
    found = {(r.subject, r.predicate, r.object): r.certainty for r in extract(text).relations}
    assert found.get(triple) == certainty


def test_an_indefinite_coalition_names_no_coalition(extract: Run) -> None:
    found = _triples(extract("The Islamic Resistance in Iraq, a coalition that includes Kata'ib "
                             "Hezbollah, claimed the attack."))
    assert ("kataib-hezbollah", "part_of", "islamic-resistance-in-iraq") in found
    assert not any(o == "combined-joint-task-force-operation-inherent-resolve"
                   for _s, _p, o in found)
