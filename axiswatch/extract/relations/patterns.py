"""The relation cue table: which words between two mentions state which relation.

Each row reads the text between a subject X and an object Y (or, reversed, an
object Y written first): "X, backed by Y" -> sponsored_by, "X, a front for Y"
-> front_for, "X is part of Y" -> part_of, "X leader Y" -> leader_of...
"""

from __future__ import annotations

import re

GROUPS = frozenset({"armed_group", "front_group", "coalition"})
UNITS = frozenset({"armed_group", "coalition", "state_body"})
ORGS = frozenset({"armed_group", "front_group", "coalition", "state_body", "organization"})
SPONSORS = frozenset({"state_body", "place", "armed_group", "coalition", "person"})
STATES = frozenset({"state_body", "place"})
FACILITY = frozenset({"facility"})
PLACES = frozenset({"place"})
PERSON = frozenset({"person"})
ANY = frozenset({"armed_group", "front_group", "coalition", "state_body", "person",
                 "organization", "place", "facility"})

_W = r"[^.;:!?]{0,40}?"
# "north", "north-eastern", "southwest": a bearing from a place or a part of it
COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
# (predicate, regex on the text between subject X and object Y, types of X, types of Y,
#  reversed: the object comes first in the text)
BETWEEN: tuple[tuple[str, str, frozenset[str], frozenset[str], bool], ...] = (
    # X ... Y
    ("sponsored_by", r"^,?\s*(?:which is |which are |who are |who is |a group |an? \w+ |both |"
     r"all |also |each |(?:which |that )?(?:is|are|was|were|has been|have been|had been) )?"
     r"(?:heavily |closely |"
     r"directly |reportedly |allegedly )?(?:(?:recruited|backed|supported|funded|armed|trained|"
     r"sponsored|financed|directed|equipped|paid|advised)(?:,\s+|,?\s+and\s+)){0,3}"
     r"(?:backed|supported|funded|"
     r"armed|trained|sponsored|financed|directed|equipped|paid)(?:,? and \w+)? by" + _W + r"$",
     ORGS | PERSON, SPONSORS, False),
    # "A, B and other factions backed by Y": the names listed are of those backed by Y
    ("sponsored_by", r"^,?\s*(?:and|or|as well as)\s+(?:other|further|several|more|many|"
     r"similar)\s+(?:[\w\-]+\s+){0,2}?(?:factions|groups|militias|movements|"
     r"organi[sz]ations|proxies)\s+(?:(?:that|which|who)\s+(?:are|were)\s+)?"
     r"(?:also\s+|all\s+|likewise\s+)?(?:backed|supported|funded|armed|sponsored|financed|"
     r"trained|equipped)(?:,? and \w+)? by" + _W + r"$", ORGS, SPONSORS, False),
    # "X operates under the direction of Y": Y directs X (not a unit of Y)
    ("sponsored_by", r"^,?\s*(?:which |that |who )?(?:\w+\s+){0,2}?(?:under|at) the (?:direct\s+)?"
     r"(?:direction|guidance|orders|instructions|supervision|tutelage|patronage|sponsorship)"
     r" of\s+(?:the\s+)?$", ORGS, SPONSORS, False),
    ("sponsored_by", r"^,?\s*(?:which |that |who )?(?:operates?|operated|operating|fights?|"
     r"fought|fighting|acts?|acted|acting)\s+with the (?:\w+\s+)?(?:support|backing|help|"
     r"assistance|sponsorship) of\s+(?:the\s+)?$", ORGS, SPONSORS, False),
    # (not "X is part of Y and receives arms from Z": the receiver is X, the verb's subject)
    ("sponsored_by", r"^(?!,?\s*(?:and|but|yet|while)\s+(?:\w+\s+)?receiv)"
     r"[^.;]*?receiv(?:e|es|ed|ing)\b" + _W + r"(?:funding|training|support|weapons|"
     r"arms|money|backing|missiles|rockets|drones)" + _W + r"from" + _W + r"$", ORGS | PERSON,
     SPONSORS, False),
    ("sponsored_by", r"^(?:'s?)?\s*(?:main |key |chief |principal )?(?:supporter|sponsor|"
     r"backer|patron)s?(?: and \w+ \w+)? (?:is|was|are)" + _W + r"$", ORGS, SPONSORS, False),
    # ("a post in the name of Y" speaks for Y; the platform it is posted on is no front)
    # "A and other groups operating under the banner of Y": the names listed are of Y
    ("part_of", r"^,?\s*(?:and|or|as well as)\s+(?:other|further|several|more|many|"
     r"similar)\s+(?:[\w\-]+\s+){0,2}?(?:factions|groups|militias|movements|"
     r"organi[sz]ations)\s+(?:(?:that|which|who)\s+(?:\w+\s+)?(?:operate|fight|act|serve)\s+|"
     r"(?:operating|fighting|acting|serving)\s+)(?:under|within)\s+(?:the\s+)?(?:(?:umbrella|"
     r"banner|flag|auspices)\s+of\s+)?(?:the\s+)?\"?$", ORGS, ORGS, False),
    # (one fighting "under the banner of Y" is of Y, no name of Y's)
    ("front_for", r"^(?![^.;]*\bumbrella\b)(?![^.;]*\bin the name of\b)"
     r"(?![^.;]*\bunder (?:the|its|their) (?:banner|flag)\b),?\s*"
     r"(?:[\w\-]+\s+){0,4}?(?:a|an|the)\s+"
     r"(?:[\w\-]+\s+){0,2}"
     r"(?:front|façade|facade|brand|cover|proxy name|shell|name|label|banner)\s+"
     r"(?:group\s+|organization\s+)?(?:for|of|used by|behind which)" + _W + r"$",
     ORGS, ORGS, False),
    # "the name is one of several covers used by Y", "one of the fronts of Y"
    ("front_for", r"^(?![^.;]*\bumbrella\b),?\s*(?:[\w\-]+\s+){0,3}?one of\s+(?:the\s+)?"
     r"(?:[\w\-]+\s+){0,2}?(?:fronts|façades|facades|brands|covers|proxy names|shells|"
     r"names|labels)\s+(?:(?:that\s+)?(?:\w+\s+)?(?:used|employed) by|for|of)" + _W + r"$",
     ORGS, ORGS, False),
    ("sponsored_by", r"^['’]?s?\s*(?:(?:main|key|chief|principal|biggest|longtime|"
     r"foreign)\s+)?(?:backer|sponsor|patron|benefactor|paymaster)\s*,\s*(?:the\s+)?$", ORGS,
     SPONSORS, False),
    ("sponsored_by", r"^,?\s*(?:which |that |who )?(?:was |were )?(?:\w+\s+)?(?:founded|"
     r"established|created|formed|set up|built)\s+(?:\w+\s+){0,4}?with the (?:help|support|"
     r"backing|assistance|aid) of\s+(?:the\s+)?$", ORGS, SPONSORS, False),
    ("front_for", r"^,?\s*(?:which |that )?(?:is|was|are|were|has been|have been)\s+"
     r"(?:\w+\s+){0,2}?used by\s+(?:the\s+)?$", frozenset({"front_group"}), GROUPS, False),
    ("front_for", r"^,?\s*(?:\"|“)?[^,]{0,40}(?:\"|”)?,?\s*(?:a|an)\s+(?:\w+\s+){0,2}"
     r"(?:group|front|militia|outfit)\s+(?:\w+\s+){0,2}(?:link|tie|connect)(?:s|ed)?\s+to"
     + _W + r"$", ORGS, GROUPS, False),
    ("part_of", r"^,?\s*(?:which |that |who )?(?:is|was|are|were|remains)?\s*"
     r"(?:a |an |one |the )?(?:[\w\-]+ ){0,2}?"
     r"(?:part|member(?: group| organi[sz]ation| faction| militia)?|unit|arm|brigade|component|"
     r"faction|wing|branch|affiliate|subsidiary|division|battalion)s?\s+(?:of|within)" + _W +
     r"$", ORGS, ORGS, False),
    ("part_of", r"^[^.]{0,60}\b(?:is|are|was|were) (?:a |an )?part of" + _W + r"$",
     ORGS, ORGS, False),
    # "X forms the backbone of Y", "X makes up the core of Y"
    ("part_of", r"^,?\s*(?:which |that )?(?:\w+\s+)?(?:forms?|formed|forming|makes? up|made up|"
     r"is|are|was|were|remains?)\s+(?:the |a )?(?:\w+\s+)?(?:backbone|core|bulk|nucleus|"
     r"heart|mainstay)\s+of\s+(?:the\s+)?$", ORGS, ORGS, False),
    ("part_of", r"^,?\s*(?:which |that |who )?(?:is |was |are |were |remains )?one of (?:the )?"
     r"(?:[\w\-]+ ){0,3}?(?:factions|members|units|groups|militias|components|brigades)\s+"
     r"(?:of|within|inside|in)\s+(?:the\s+)?(?:[\w\-'’]+\s+){0,3}$", ORGS, ORGS, False),
    ("part_of", r"^,?\s*(?:which |that |who )?(?:operates?|operating|serves?|serving|fights?|"
     r"fighting)\s+(?:within|under|inside|as part of)\s+(?:the\s+)?(?:[\w\-'’]+\s+){0,3}$",
     ORGS, ORGS, False),
    ("part_of", r"^,?\s*(?:which |that |who )?(?:both |all |also |each )?(?:belongs?|belonged|"
     r"belonging) to (?:the )?$", ORGS, ORGS, False),
    ("part_of", r"^,?\s*(?:which |that )?(?:also )?(?:fields?|fielded|fielding)\s+"
     r"(?:[\w\-]+\s+){0,2}?(?:fighters|brigades|units|battalions|members|men)\s+(?:in|within)\s+"
     r"(?:the\s+)?$", ORGS, frozenset({"coalition"}), False),
    ("member_of", r"^,?\s*(?:who\s+)?(?:(?:was|is|were|had been|has been)\s+)?(?:\w+\s+)?"
     r"(?:acting|acted|working|worked|works|spying|spied|speaks|spoke|speaking)\s+"
     r"(?:on behalf of|for)\s+(?:the\s+)?$",
     PERSON, ORGS, False),
    ("member_of", r"^,?\s*(?:who )?(?:also )?(?:belongs?|belonged|belonging) to (?:the )?$",
     PERSON, ORGS, False),
    ("member_of", r"^,?\s*(?:who |that )?(?:(?:is|was|has|had)\s+)?(?:also\s+|long\s+|since\s+)?"
     r"(?:serves?|served|serving|fights?|fought|fighting)\s+(?:in|with|for)\s+(?:the\s+)?$",
     PERSON, ORGS, False),
    ("sponsored_by", r"^,?\s*(?:which |who )?(?:\w+ )?(?:takes?|took|taking|receives?|received|"
     r"receiving|gets?|got) (?:their |its |his )?(?:\w+ )?(?:orders|instructions|direction|"
     r"directives) from (?:the )?$", ORGS | PERSON, SPONSORS, False),
    ("part_of", r"^,?\s*(?:an? |the )?(?:[\w\-]+ ){0,2}?(?:under|within) (?:the )?"
     r"(?:(?:umbrella|banner|command|auspices) of )?(?:the )?$", ORGS, ORGS, False),
    ("leader_of", r"^,?\s*(?:which is |which was |who is )?(?:led|headed|commanded) by\s*$",
     PERSON, ORGS, True),
    ("founded_by", r"^,?\s*(?:the |a |an |one of the )?(?:[\w\-]+\s+){0,3}?(?:co-?)?founders?"
     r" of (?:the )?$", ORGS, PERSON, True),
    ("leader_of", r"^,?\s*(?:the )?(?:[\w\-]+\s+){0,5}(?:leader|head|chief|commander|"
     r"commander[- ]in[- ]chief|secretary[- ]general|director|chairman|president|speaker|"
     r"prime minister|premier|king|emir) of (?:the )?$", PERSON, ORGS | PLACES, False),
    # "X, a senior figure in Y", "X is a leading figure of Y", "described X as a member of Y"
    ("member_of", r"^,?\s*(?:(?:who |that )?(?:is|was|has been|had been|remains|remained) |"
     r"as )?(?:a |an |the )?(?:\w+\s+){0,2}(?:member|operative|fighter|"
     r"commander|official|fellow|officer|spokesman|spokesperson|agent|militant|"
     r"researcher|analyst|member|chief of staff|figure) (?:of|for|at|in|with) (?:the )?$",
     PERSON, ORGS, False),
    # "the four have been members of Y", "A and B were senior figures in Y"
    ("member_of", r"^,?\s*(?:(?:who |that )?(?:are|were|have been|had been|remain|remained)\s+)"
     r"(?:(?:all|both|long|also|longtime|long-time)\s+)?(?:[\w\-]+\s+)?(?:members|operatives|"
     r"fighters|officers|officials|commanders|figures|agents)\s+(?:of|in)\s+(?:the\s+)?$",
     PERSON, ORGS, False),
    ("member_of", r"^,\s*(?:a |an |the )?(?:[\w\-]+\s+){0,2}?(?:commander|officer|official|"
     r"operative|member|general)\s+(?:who|that)\s+(?:\w+\s+)?(?:led|ran|headed|oversaw|directed|"
     r"commanded|coordinated|served (?:in|with))\s+(?:the\s+)?$", PERSON, ORGS, False),
    ("sponsored_by", r"^,?\s*(?:which|who)\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:armed|"
     r"trained|funded|backed|supported|equipped)(?:\s+and\s+\w+)?\s+with\s*$", ORGS,
     SPONSORS, False),
    ("founded_by", r"^,?\s*(?:which was |that was |was )?(?:founded|established|formed|"
     r"created)(?: in [\w ,]{1,20}?)? by" + _W + r"$", ORGS, PERSON, False),
    ("allied_with", r"^,?\s*(?:\w+\s+){0,2}(?:fights?|fought|fighting|battles?|battled|deployed|"
     r"operates?|operating)\b[^.;:]{0,60}?\bin support of\s+(?:the\s+)?$", ORGS, ORGS | PERSON,
     False),
    # (dying "alongside" someone makes no ally)
    ("allied_with", r"^,?\s*(?![^.;]*\b(?:killed|died|dies|slain|wounded|injured|buried|"
     r"assassinated)\b)(?:\w+\s+){0,2}(?:alongside|together with|allied with|aligned with|"
     r"in alliance with|in coordination with|collaborating with|fights alongside|"
     r"closely aligned with)" + _W + r"$", ORGS | PERSON, ORGS | PLACES, False),
    # "X coordinates closely with Y", "X fought side by side with Y"
    ("allied_with", r"^,?\s*(?:which |who )?(?:\w+\s+){0,2}?(?:coordinat|cooperat|collaborat)"
     r"(?:es|e|ed|ing)\s+(?:\w+\s+)?with\s+(?:the\s+)?$|^,?\s*(?:\w+\s+){0,2}?"
     r"(?:fights?|fought|fighting|battled?|battles|operates?|operated)\s+side[- ]by[- ]side\s+"
     r"with\s+(?:the\s+)?$|^,?\s*(?:which |who )?(?:\w+\s+)?(?:works?|worked|working|"
     r"operates?|operated|operating|fights?|fought|fighting)\s+(?:\w+\s+)?(?:closely|jointly|"
     r"hand in hand)\s+with\s+(?:the\s+)?$", ORGS, ORGS, False),
    # "X partners with Y", "X (a commander) worked closely with Y" ("X said he had worked
    # closely with Y" tells of another, whom X speaks of)
    ("allied_with", r"^(?![^.;]*\b(?:he|she|they|it)\s),?\s*(?:which |that |who )?"
     r"(?:\w+\s+){0,4}?(?:(?:partners?|partnered|"
     r"partnering)|(?:works?|worked|working)\s+(?:\w+\s+)?closely)\s+with\s+(?:the\s+)?$",
     ORGS | PERSON, ORGS, False),
    ("designated_by", r"^,?\s*(?:(?:was|were|has been|had been|is)\s+)?(?:designated|sanctioned|"
     r"blacklisted|listed)\s+(?:(?:as\s+)?(?:an?\s+)?[^,]{0,40}\s+)?by" + _W + r"$", ANY, STATES,
     False),
    ("located_in", r"^,?\s*(?:(?:[\w\-]+ )?(?:military |air |oil field |army |logistics )?"
     r"(?:base|garrison|camp|compound|outpost|airfield|airport|facility)\s*,\s*)?"
     r"(?:(?:which |that )?(?:is|was|lies|lay|sits|sat)\s+(?:located\s+|situated\s+)?|"
     r"(?:located|situated)\s+)?"
     r"(?:(?:military |air |oil field |army )?(?:base|garrison|camp|compound|"
     r"outpost|airfield|airport|facility)\s+)?(?:(?:across|over) the (?:border|frontier) )?"
     r"(?:in|near|outside|on the outskirts of|in the city of|"
     r"(?:a|an|the) (?:[\w\-]+ ){0,5}?(?:in|on the outskirts of|near|outside))\s*"
     r"(?:(?:the|" + COMPASS + r"|central|far|city of|province of|desert of|heart of|"
     r"edge of|countryside of|mountains of|hills of|plains? of)\s+)*$",
     FACILITY, PLACES, False),
    ("allied_with", r"^(?:'s?)?\s*(?:\w+\s+){0,2}(?:ally|allies|partner),?\s*(?:the\s+)?$",
     ORGS | PLACES, ORGS | PLACES, False),
    ("founded_by", r"^,?\s*(?:who |which )?(?:founded|established|formed|created)\s+(?:the\s+)?"
     r"[\"']?\s*$", ORGS, PERSON, True),
    # Y ... X (object first)
    ("member_of", r"^[^.;]{0,80}?\b(?:operative|agent|member|commander|officer|fighter)\s+"
     r"(?:identified\s+(?:as\s+)?|named\s+|called\s+|known\s+as\s+)$", PERSON, ORGS, True),
    ("member_of", r"^\s*(?:has\s+|had\s+)?(?:identified|named)\s+(?:the|a|an|its|their)\s+"
     r"(?:[\w\-]+\s+){0,2}?(?:operative|agent|member|commander|officer|fighter)s?\s+as\s+$",
     PERSON, ORGS, True),
    ("member_of", r"^[^.;]{0,60}?\b(?:officials|commanders|members|operatives|officers|figures|"
     r"leaders)\s+(?:such as|including|like)\s+$", PERSON, ORGS, True),
    ("founded_by", r"^[^.;]{0,80}?\b(?:led to the (?:formation|creation|establishment) of|"
     r"founded|established|created|formed)\s+(?:the\s+)?[\"']?\s*$", ORGS, PERSON, True),
    ("founded_by", r"^(?:'s)?\s*(?:(?:late|former)\s+)?(?:co-?)?founder\s*,?\s*"
     r"(?:(?:general|gen\.|sheikh|sayyed|ayatollah|dr\.)\s+)?$", ORGS, PERSON, False),
    ("founded_by", r"^\s*(?:and|,)\s+(?:its|their)\s+(?:\w+\s+){0,2}(?:co-?)?founders?\s*,?\s*$",
     ORGS, PERSON, False),
    ("leader_of", r"^(?:'s)?\s*(?:(?:top|senior|former|late|deputy|military|political|"
     r"spiritual|supreme|founding|then|field|overall|new|current|political bureau|politburo)"
     r"\s+){0,2}"
     r"(?:leader|head|chief|commander|secretary[- ]"
     r"general|director|chairman|president|speaker|supreme leader|prime minister|premier|"
     r"king|emir)\s*,?\s*"
     r"(?:(?:general|gen\.|brigadier|colonel|major|sheikh|sayyed|ayatollah|dr\.)\s+)?$", PERSON,
     ORGS | PLACES, True),
    ("leader_of", r"^\s*(?:and|,)\s+(?:its|their)\s+(?:\w+\s+){0,2}(?:leader|head|chief|"
     r"commander|secretary[- ]general)s?\s*,?\s*$", PERSON, ORGS, True),
    ("leader_of", r"^'s?\s*(?:(?:late|former|then|top|senior)\s+)?(?:leader|chief|commander|"
     r"head|president|supreme leader|prime minister|premier|king|emir|secretary[- ]general)"
     r"\s*,?\s*$", PERSON, ORGS | PLACES,
     True),
    ("sponsored_by", r"^,\s*(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:arms\s+|weapons\s+|"
     r"military\s+|financial\s+)?(?:supplier|backer|sponsor|patron|funder|benefactor)s?\s+"
     r"(?:to|of|for)\s+(?:the\s+)?$", ORGS | PLACES, SPONSORS, True),
    ("sponsored_by", r"^(?:'s?\s*(?:[\w\-]+\s+){0,2}(?:proxy|proxies|clients?|surrogates?)|"
     r"-(?:backed|sponsored|funded|supported|armed)\s+(?:[\w\-]+\s+){0,2}(?:groups|militias|"
     r"factions|proxies|forces|movements|organizations))\s*,?\s*(?:including|such as|like|"
     r"among them)\s+(?:the\s+)?$", ORGS, SPONSORS, True),
    ("allied_with", r"^'s?\s*(?:[\w\-]+\s+){0,2}(?:allies|partners)\s*,?\s*(?:including|"
     r"such as|like|among them)\s+(?:the\s+)?$", ORGS | PLACES, ORGS | PLACES, True),
    ("sponsored_by", r"^'s?\s*(?:\w+\s+){0,2}(?:proxy|proxies|client|clients)\s*,?\s*"
     r"(?:the\s+)?$", ORGS, SPONSORS, True),
    ("sponsored_by", r"^-?\s*(?:backed|supported|funded|sponsored|armed)\s+"
     r"(?:(?!and\b|or\b|that\b|which\b|but\b|while\b|as\b|with\b|by\b|to\b|from\b|"
     r"against\b|aligned\b|allied\b|linked\b|tied\b|loyal\b)\w+\s+){0,3}$",
     ORGS, SPONSORS, True),
    ("designated_by", r"^-?\s*(?:designated|proscribed|sanctioned|blacklisted|listed)\s+"
     r"(?:\w+\s+){0,2}$", ANY - PLACES - FACILITY, STATES, True),
    # "Britain's ambassador, X", "Iran's envoy to Iraq X": a diplomat serves his state
    ("member_of", r"^['’]s?\s*(?:(?:new|former|top|special)\s+)?(?:ambassador|envoy|consul|"
     r"chargé d'affaires|charge d'affaires)(?:\s+to\s+(?:the\s+)?[A-Z][\w\-]+)?\s*,?\s*$",
     PERSON, PLACES | ORGS, True),
    # "IRGC Brigadier General X": a rank in a force makes its holder one of its officers
    ("member_of", r"^\s+(?:(?:brigadier|major|lieutenant|rear|vice|maj\.|lt\.|brig\.)\s+)?"
     r"(?:general|gen\.|colonel|col\.|admiral|adm\.|captain|capt\.)\s+$", PERSON,
     frozenset({"state_body", "armed_group"}), True),
    ("allied_with", r"^-?\s*(?:aligned|allied)\s+(?:\w+\s+){0,2}$", ORGS, ORGS | PLACES, True),
    ("member_of", r"^(?:'s)?\s*(?:\w+\s+){0,2}(?:spokesman|spokesperson|spokeswoman|official|"
     r"operative|member|fighter|envoy|representative|ideologue|press secretary|officer|"
     r"adviser|advisor|agent|members|operatives|fighters|officials|officers|"
     # "X's security director, Y" heads one office of X and serves X
     r"(?:security|intelligence|media|finance|financial|logistics|operations|information|"
     r"communications|training|recruitment)\s+(?:director|chief|head))\s*,?\s*"
     r"(?:(?:rear|vice|brigadier|major|lieutenant)\s+)?(?:(?:admiral|general|colonel|"
     r"major|captain|gen\.|col\.)\s+)?$", PERSON, ORGS, True),
    ("part_of", r"^,?\s*(?:the |an? )?(?:[\w\-]+\s+){0,2}?(?:umbrella|banner|brand|coalition|"
     r"alliance|grouping)\b[^.;]{0,60}?\b(?:on behalf of|including|includes|comprising|for|"
     r"used by|under which)\s+(?:(?:several|many|various|other|some)\s+)?"
     r"(?:(?:[\w\-]+\s+)?(?:groups?|factions?|militias?)\s+)?(?:such as\s+)?(?:the\s+)?$",
     ORGS,
     frozenset({"coalition"}), True),
    ("part_of", r"^['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:arm|wing|branch|unit|division)\s*,\s*"
     r"(?:the\s+)?$", ORGS, ORGS, True),
    # "X's front group Y", "X's cover name, Y"
    ("front_for", r"^['’]s?\s+(?:[\w\-]+\s+)?(?:front\s+(?:group|name|organi[sz]ation|"
     r"outfit)|façade|facade|cover\s+name|brand\s+name)\s*,?\s*(?:the\s+)?$", ORGS, ORGS,
     True),
    ("part_of", r"^[^.;]{0,50}?\b(?:includes?|including|comprises?|comprising|made up of|"
     r"consists? of|brings together|bringing together)\s+(?:the\s+)?$", ORGS,
     frozenset({"coalition"}), True),
    # "Y, which arms, trains and funds X" (the aid told in a relative clause on its giver)
    ("sponsored_by", r"^(?:\s*\([^()]{1,20}\))?\s*,\s*(?:(?:which|who|that)\s+)?"
     r"(?:also\s+|still\s+|openly\s+)?"
     r"(?:trains|arms|funds|finances|supports|backs|equips|supplies|sponsors|directs|"
     r"bankrolls)(?:,\s+\w+){0,3}(?:,?\s+and\s+\w+)?\s+(?:the\s+)?$", ORGS, SPONSORS, True),
    ("sponsored_by", r"^\s*(?:\w+\s+){0,2}?(?:trains?|arms|funds|finances|supports|backs|"
     r"equips|supplies|sponsors|directs|bankrolls|oversees)(?:,\s+\w+){0,3}(?:,?\s+and\s+\w+)?"
     r"\s+(?:the\s+)?$",
     ORGS, SPONSORS, True),
    # "Tehran has long armed and funded X" (a perfect: what it has done for years)
    ("sponsored_by", r"^\s+(?:has|have|had)\s+(?:long\s+|also\s+|for years\s+|reportedly\s+)?"
     r"(?:trained|armed|funded|financed|supported|backed|equipped|sponsored|bankrolled)"
     r"(?:,\s+\w+){0,3}(?:,?\s+and\s+\w+)?\s+(?:the\s+)?$", ORGS, SPONSORS, True),
    ("designated_by", r"^(?:['’]s)?\s*(?:(?:new|latest|fresh|earlier|recent)\s+)?(?:designation|"
     r"blacklisting|listing|sanctions?)\s+(?:of|on|against)\s+(?:the\s+)?$",
     ANY - PLACES - FACILITY, STATES, True),
    ("designated_by", r"^\s*(?:has |had )?(?:designated|sanctioned|blacklisted)\s+"
     r"(?:the |its )?$", ANY, STATES, True),
    ("part_of", r"^(?:'s)\s*$", frozenset({"state_body"}), frozenset({"state_body"}), True),
)
# A title that makes its holder one of the group's leaders, not the one who leads it.
ONE_OF_SEVERAL = re.compile(
    r"\b(?:deputy|vice|assistant|second[- ]in[- ]command)\b|"
    r"\b(?:a|an|one|senior|military|field|veteran|regional|local|sector|unit)\s+"
    r"(?:[\w\-]+\s+){0,2}?commanders?\b", re.I)
# The titles that make a person the leader of a country (not of one of its bodies).
HEAD_OF_STATE = re.compile(r"\b(?:supreme leader|leader|president|prime minister|premier|king|"
                           r"emir|sultan|ruler|head of state)\b", re.I)
COMPILED = tuple((p, re.compile(rx, re.I), xs, ys, rev) for p, rx, xs, ys, rev in BETWEEN)
MAX_GAP = 120
