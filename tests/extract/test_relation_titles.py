"""Leader or member: the title decides (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Ali Musa, a senior commander of Harakat al-Nujaba, spoke on Monday.",
         ("ali-musa", "member_of", "harakat-hezbollah-al-nujaba")),
        ("Hamas deputy leader Ali Musa spoke on Monday.", ("ali-musa", "member_of", "hamas")),
        ("Ali Musa, the most senior military commander of Hezbollah, spoke on Monday.",
         ("ali-musa", "member_of", "hezbollah")),
        ("Ali Musa, the commander of the Quds Force, spoke on Monday.",
         ("ali-musa", "leader_of", "quds-force")),
        ("Quds Force commander Ali Musa spoke on Monday.",
         ("ali-musa", "leader_of", "quds-force")),
        ("Hamas political leader Ali Musa spoke on Monday.",
         ("ali-musa", "leader_of", "hamas")),
        # a militia's commander named before him is one of its commanders
        ("A drone killed Kataib Sayyid al-Shuhada commander Ali Musa on Sunday.",
         ("ali-musa", "member_of", "kataib-sayyid-al-shuhada")),
        ("Asaib Ahl al-Haq commander Ali Musa was arrested in Basra.",
         ("ali-musa", "member_of", "asaib-ahl-al-haq")),
        ("Kataib Hezbollah chief Ali Musa was killed.",
         ("ali-musa", "leader_of", "kataib-hezbollah")),
    ],
)
def test_title_gives_leader_or_member(extract: Run, text: str,
                                      triple: tuple[str, str, str]) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert triple in relations
    other = "member_of" if triple[1] == "leader_of" else "leader_of"
    assert (triple[0], other, triple[2]) not in relations


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("President Joe Biden said the United States would respond.",
         ("joe-biden", "leader_of", "united-states")),
        ("Iranian President Ebrahim Raisi spoke in Tehran on Monday.",
         ("ebrahim-raisi", "leader_of", "iran")),
        ("Pentagon deputy press secretary Sabrina Singh spoke to reporters.",
         ("sabrina-singh", "member_of", "pentagon")),
        ("Crowds gathered outside the US embassy in Baghdad on Tuesday.",
         ("us-embassy-in-baghdad", "located_in", "baghdad")),
    ],
)
def test_title_and_name_relations(extract: Run, text: str, triple: tuple[str, str, str]) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert triple in relations


def test_a_former_president_leads_nothing(extract: Run) -> None:
    relations = extract("Former President Donald Trump spoke in Ohio on Monday.").relations
    assert not [r for r in relations if r.predicate == "leader_of"]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Kataib Hezbollah, one of the largest factions inside Iraq's Popular Mobilization "
         "Forces, spoke on Monday.",
         ("kataib-hezbollah", "part_of", "popular-mobilization-forces")),
        ("Kataib Hezbollah, which operates within Iraq's state-funded Popular Mobilization "
         "Forces, spoke on Monday.",
         ("kataib-hezbollah", "part_of", "popular-mobilization-forces")),
        ("The sanctions hit the Quds Force, the IRGC's foreign arm, on Monday.",
         ("quds-force", "part_of", "islamic-revolutionary-guard-corps")),
        ("The sanctions hit Iran's Islamic Revolutionary Guard Corps-Quds Force on Monday.",
         ("quds-force", "part_of", "islamic-revolutionary-guard-corps")),
    ],
)
def test_membership_of_a_group(extract: Run, text: str, triple: tuple[str, str, str]) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert triple in relations


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Kataib Hezbollah fired rockets on Monday. Washington designated it a foreign "
         "terrorist organization in 2009.", ("kataib-hezbollah", "designated_by", "united-states")),
        ("Ali Musa commanded the unit for years. Washington designated him a global terrorist "
         "in 2015.", ("ali-musa", "designated_by", "united-states")),
        ("Kataib Hizballah, often spelled Kata'ib Hezbollah, has been designated by the United "
         "States since 2009.", ("kataib-hezbollah", "designated_by", "united-states")),
        ("The Houthis, who are armed and trained with Iranian help, fired missiles on Monday.",
         ("houthis", "sponsored_by", "iran")),
        ("Iran, Hezbollah's main sponsor, said nothing on Monday.",
         ("hezbollah", "sponsored_by", "iran")),
        ("FBI Director Christopher Wray spoke on Monday.",
         ("christopher-wray", "leader_of", "federal-bureau-of-investigation")),
    ],
)
def test_designation_sponsorship_and_office(extract: Run, text: str,
                                            triple: tuple[str, str, str]) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert triple in relations


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The US Treasury Department on Monday imposed sanctions on Fly Baghdad.",
         ("fly-baghdad", "designated_by", "us-treasury")),
        ("The United States sanctioned Kataib Hezbollah on Monday.",
         ("kataib-hezbollah", "designated_by", "united-states")),
    ],
)
def test_sanctioning_a_named_party(extract: Run, text: str, triple: tuple[str, str, str]) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert triple in relations


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Ali Musa, a former head of Iran's Quds Force, spoke on Monday.",
         ("ali-musa", "leader_of", "quds-force"), ("ali-musa", "leader_of", "iran")),
        ("The crowd praised Iran commander Ali Musa on Monday.",
         None, ("ali-musa", "leader_of", "iran")),
        ("Ali Musa, a former chief of the Iranian parliament's security committee, spoke.",
         ("ali-musa", "member_of", "iranian-parliament"),
         ("ali-musa", "leader_of", "iranian-parliament")),
        ("Lebanese Prime Minister Ali Musa condemned the strike on Monday.",
         ("ali-musa", "leader_of", "lebanon"), None),
        ("Ruhollah Khomeini, then Supreme Leader, received the envoy.",
         ("ruhollah-khomeini", "leader_of", "iran"), None),
    ],
)
def test_the_title_names_what_its_holder_leads(
        extract: Run, text: str, present: tuple[str, str, str] | None,
        absent: tuple[str, str, str] | None) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert present is None or present in relations
    assert absent is None or absent not in relations


@pytest.mark.parametrize(
    "text",
    [
        "Ali Musa, deputy head of the Popular Mobilization Forces and founder of Kataib "
        "Hezbollah, was killed on Monday.",
        "Kataib Hezbollah founder Ali Musa was killed on Monday.",
        "Ali Musa, Kataib Hezbollah's founder, was killed on Monday.",
        "Ali Musa, one of the founders of Kataib Hezbollah, was killed on Monday.",
    ],
)
def test_a_founder_founded_the_group_and_does_not_lead_it(extract: Run, text: str) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert ("kataib-hezbollah", "founded_by", "ali-musa") in relations
    assert ("ali-musa", "leader_of", "kataib-hezbollah") not in relations


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Kataib Hezbollah is a powerful faction. Washington designated it a terrorist "
         "organization in 2009. It receives money and weapons from Iran's Quds Force.",
         ("kataib-hezbollah", "sponsored_by", "quds-force")),
        ("Hezbollah fired rockets on Monday. In a statement signed by its secretary-general, "
         "Ali Musa, the group said it would go on.",
         ("ali-musa", "leader_of", "hezbollah")),
        ("Hezbollah said its senior military commander Ali Musa was killed on Monday.",
         ("ali-musa", "member_of", "hezbollah")),
        ("The Treasury sanctioned Asaib Ahl al-Haq and its leader, Ali Musa, on Monday.",
         ("ali-musa", "leader_of", "asaib-ahl-al-haq")),
        ("The United States said on Monday it would designate the Houthis a terrorist group.",
         ("houthis", "designated_by", "united-states")),
        ("Kataib Hezbollah gets training from Iran's Islamic Revolutionary Guard Corps Quds "
         "Force, officials say.",
         ("quds-force", "part_of", "islamic-revolutionary-guard-corps")),
    ],
)
def test_pronouns_stand_for_the_group_the_report_is_about(
        extract: Run, text: str, triple: tuple[str, str, str]) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert triple in relations


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Kataib Hezbollah fired rockets. Israel struck Hezbollah on Monday. It receives "
         "weapons from Iran.", ("kataib-hezbollah", "sponsored_by", "iran")),
        ("Kataib Hezbollah is part of the Popular Mobilization Forces. Washington designated "
         "it a terrorist organization in 2009.",
         ("popular-mobilization-forces", "designated_by", "united-states")),
        ("Hezbollah fired rockets. Israel said it struck back. It also receives weapons from "
         "the United States.", ("hezbollah", "sponsored_by", "united-states")),
        ("Kataib Hezbollah receives training from Iran's Islamic Revolutionary Guard Corps "
         "Quds Force, officials say.",
         ("kataib-hezbollah", "sponsored_by", "islamic-revolutionary-guard-corps")),
    ],
)
def test_pronouns_and_name_chains_do_not_point_elsewhere(
        extract: Run, text: str, absent: tuple[str, str, str]) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert absent not in relations


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Attorney General Merrick Garland told reporters the Justice Department would act.",
         ("merrick-garland", "leader_of", "us-department-of-justice")),
        ("The Pentagon said US Defense Secretary Lloyd Austin had ordered more ships to the "
         "region.", ("lloyd-austin", "leader_of", "pentagon")),
        ("Government spokesman Basim al-Awadi spoke to reporters in Baghdad on Monday.",
         ("basim-al-awadi", "member_of", "iraqi-government")),
    ],
)
def test_an_office_title_names_the_body_its_holder_leads(
        extract: Run, text: str, triple: tuple[str, str, str]) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert triple in relations


@pytest.mark.parametrize(
    "text",
    [
        "Defense Secretary Lloyd Austin spoke to reporters on Monday.",
        "Former Defense Secretary Lloyd Austin said the Pentagon had erred.",
    ],
)
def test_no_office_relation_for_an_unnamed_body_or_a_former_holder(
        extract: Run, text: str) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert ("lloyd-austin", "leader_of", "pentagon") not in relations


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Hezbollah named Ali Musa as its new secretary-general on Tuesday.",
         ("ali-musa", "leader_of", "hezbollah")),
        ("Ali Musa was elected Hezbollah's secretary-general on Tuesday.",
         ("ali-musa", "leader_of", "hezbollah")),
        ("Hezbollah named Ali Musa as its deputy leader on Tuesday.",
         ("ali-musa", "member_of", "hezbollah")),
        ("Hezbollah's Radwan Force fired rockets on Tuesday.",
         ("radwan-force", "part_of", "hezbollah")),
        ("Hamas ally Palestinian Islamic Jihad fired rockets on Tuesday.",
         ("hamas", "allied_with", "palestinian-islamic-jihad")),
    ],
)
def test_appointments_units_and_allies(extract: Run, text: str,
                                       triple: tuple[str, str, str]) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert triple in relations or (
        triple[1] == "allied_with" and (triple[2], triple[1], triple[0]) in relations)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Ali Musa, an IRGC officer, was killed in the strike.",
         ("ali-musa", "member_of", "islamic-revolutionary-guard-corps")),
        ("Ali Musa, a senior Hezbollah commander, was killed on Monday.",
         ("ali-musa", "member_of", "hezbollah")),
        ("Ali Musa, the Hezbollah leader, spoke on Monday.",
         ("ali-musa", "leader_of", "hezbollah")),
        ("Ali Musa, a Hamas member, was arrested on Monday.", ("ali-musa", "member_of", "hamas")),
        ("The US designation of the Houthis took effect on Friday.",
         ("houthis", "designated_by", "united-states")),
        ("New US sanctions on Kataib Hezbollah were announced on Monday.",
         ("kataib-hezbollah", "designated_by", "united-states")),
    ],
)
def test_a_role_noun_after_the_group_name_and_designation_nouns(
        extract: Run, text: str, triple: tuple[str, str, str]) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert triple in relations
    other = "member_of" if triple[1] == "leader_of" else "leader_of"
    assert (triple[0], other, triple[2]) not in relations


def test_sanctions_on_a_country_designate_nothing(extract: Run) -> None:
    relations = extract("Iran called US sanctions on Iraq illegal on Monday.").relations
    assert not [r for r in relations if r.predicate == "designated_by"]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Hamas political bureau chief Ali Musa was killed on Monday.",
         ("ali-musa", "leader_of", "hamas")),
        ("Ali Musa, the head of Hamas's political bureau, was killed on Monday.",
         ("ali-musa", "leader_of", "hamas")),
        ("Ali Musa, head of Hezbollah's media office, spoke on Monday.",
         ("ali-musa", "member_of", "hezbollah")),
    ],
)
def test_the_political_bureau_chief_leads_the_group(extract: Run, text: str,
                                                    triple: tuple[str, str, str]) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert triple in relations
    other = "member_of" if triple[1] == "leader_of" else "leader_of"
    assert (triple[0], other, triple[2]) not in relations


def test_a_role_noun_owned_by_someone_else_is_no_role(extract: Run) -> None:
    relations = extract("Ali Musa, the Hezbollah commander's brother, was arrested.").relations
    assert not [r for r in relations if r.subject == "ali-musa"]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A region's premier heads its government (the pack knows which body he leads).
        ("The envoy met Masrour Barzani, prime minister of the Kurdistan Region, on Tuesday.",
         ("masrour-barzani", "leader_of", "kurdistan-regional-government"),
         ("masrour-barzani", "leader_of", "kurdistan-region")),
        # A country's premier leads the country.
        ("Mohammed Shia al-Sudani, the prime minister of Iraq, met the envoy.",
         ("mohammed-shia-al-sudani", "leader_of", "iraq"), None),
    ],
)
def test_a_region_is_led_through_its_government(
        extract: Run, text: str, present: tuple[str, str, str],
        absent: tuple[str, str, str] | None) -> None:
    relations = {(r.subject, r.predicate, r.object) for r in extract(text).relations}
    assert present in relations
    assert absent is None or absent not in relations
