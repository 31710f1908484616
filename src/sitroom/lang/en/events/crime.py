"""English data of ``sitroom/extract/events/crime.py``: the words that tell ordinary crime from conflict
and repression (the guide's decisions v1.1 and v1.2)."""

from __future__ import annotations

import re

# The words of a criminal case as police and courts tell one: a story needs two different ones.
CRIMINAL_CASE = re.compile(
    r"\b(?:suspects?|charged with|faces? [\w-]+ (?:\w+ )?charges|charges? of|homicide|sheriff['’]?s?|detectives?|"
    r"Amber Alert|arraign\w*|first-degree|second-degree|manslaughter|bail|booked|jail|investigators?|"
    r"police said|murder(?:ed|s)?|stabb(?:ed|ing)|victims?|custody|accused|allegedly|major crimes?)\b", re.I)

# What makes a story about violence or arrests political, armed or repression anywhere in it: who is
# targeted (activists, journalists, rights defenders, opposition, protesters), who acts (armed groups,
# soldiers, gangs and bandits, regimes) or what it is told as (terrorism, a crackdown, torture, war).
CONFLICT_CONTEXT = re.compile(
    r"\b(?:activists?|activism|journalists?|human rights|rights (?:defenders?|groups?|lawyers?|workers?)|"
    r"dissidents?|opposition|protest\w*|demonstrat(?:ors?|ions?)|militants?|rebels?|insurgen\w*|militias?|"
    r"militiamen|jihad\w*|terror\w*|soldiers|troops|army|military|bandits|gunmen|armed (?:men|group\w*)|"
    r"masked men|unidentified men|gangs?|cartels?|ransom|regime|junta|crackdown|political|sedition\w*|"
    r"extremis\w*|separatists?|brutality|excessive force|tortur\w*|war|conflict|ethnic|sectarian|"
    r"hate crimes?|party (?:members?|workers|leaders?|officials?))\b", re.I)

# A doer that is more than a lone criminal or a pair: an armed group, a gang, or a plural band of
# attackers ("abducted by Chinese nationals", "a group of men").
ORGANISED_DOER = re.compile(
    r"\b(?:by|of) (?:a (?:group|band|gang|ring) of |several |three |four |five |\d+ )?(?:\w+ )?"
    r"(?:men|nationals|youths|assailants|attackers|kidnappers|abductors|robbers|"
    r"thugs|hoodlums|groups?|gangs?|rings?|syndicates?)\b", re.I)

# A crowd as the doer: a lynching or a mob's attack is no lone criminal's act, whatever the story's police words
# (the guide: "Riots / Mob violence: a spontaneous crowd lynches, burns or attacks"). The crowd as a target
# ("drove into a crowd") is no doer, nor is a man named Lynch, nor the Mafia ("a mob boss", "a mob hitman").
# The words of a lynching, a crowd's own justice (also read by mob_attack.CROWD_TOLD): not "Lynch", a name.
LYNCHING = (r"lynch(?:ed|es|ing|ings|ers?)|(?-i:lynch)|vigilantes|took the law into their own hands|mob justice|"
            r"jungle justice")
CROWD_DOER = re.compile(
    rf"\b(?:{LYNCHING})\b|"
    r"\bby (?:an? |the )?(?:[\w-]+ )?(?:mobs?|crowds?)\b(?! (?:boss|bosses|hitm[ae]n|hit|figures?|family|families|"
    r"enforcers?|associates?)\b)|"
    r"\b(?:mobs?|crowds?) (?:of [\w-]+(?: [\w-]+)? )?(?:\w+ly )?(?:attacked|beat|lynched|set|burned|burnt|torched|stoned|"
    r"killed|dragged|assaulted|chased|hacked|stabbed|descended|stormed|pelted|clubbed)\b", re.I)

# A death of illness or old age ("died of a heart attack in a Kinshasa jail", "died from a stroke in prison"): no
# violence, wherever the person was held (ACLED codes political violence) ...
NATURAL_DEATH = re.compile(
    r"\b(?:died|passed away|death) (?:\w+ ){0,3}?(?:of|from|after suffering) (?:an? |the |his |her )?(?:(?:suspected|apparent|"
    r"sudden|massive|long|short|chronic|serious|brief) )?(?:heart attack|cardiac arrest|heart failure|stroke|illness|"
    r"natural causes|cancer|complications|disease|covid(?:-19)?|malaria|tuberculosis|diabetes|kidney failure|"
    r"organ failure|old age|pneumonia|ill[- ]health|sickness|infection)\b", re.I)
# ... unless the report tells harm done to the dead or care withheld ("after being beaten", "denied treatment"), or
# violence beside the death ("Militants attacked the village and an elderly man died of a heart attack", "died of
# complications from gunshot wounds", "died of cardiac arrest after police fired tear gas"): then the death is no
# sole harm (read with NATURAL_DEATH's own words taken out, so "heart attack" is no attack).
HARM_BEFORE_DEATH = re.compile(
    r"\b(?:tortur\w*|beat(?:en|ing)?|shot|stabb\w*|kill\w*|assault\w*|abuse\w*|mistreat\w*|ill-treat\w*|"
    r"denied (?:\w+ ){0,2}(?:care|treatment|medicine|medication)|neglect\w*|starv\w*|hunger strike|"
    r"attack\w*|raid\w*|fired|firing|opened fire|gun(?:shots?|fire|men|man|point)|bullets?|wound\w*|injur\w*|"
    r"(?:hit|struck) by|tear ?gas|clash\w*|bomb\w*|explo\w*|shell(?:s|ed|ing))\b", re.I)

# The police as the doer of the violence: "shot by police", "officers beat him" (then it is coded).
POLICE_DOER = re.compile(
    r"\b(?:by|at the hands of) (?:the )?(?:\w+ ){0,2}(?:police|officers?|deputies|troopers|agents|guards)\b|"
    r"\b(?:police|officers?|deputies|troopers|agents|guards) (?:\w+ )?(?:shot|killed|beat|fired|opened fire|"
    r"tased|choked|assaulted|raped|abducted|kidnapped)\b", re.I)

# A family killing (not coded wherever it is told): the doer is the victim's relative or partner.
FAMILY_DOER = re.compile(
    r"\b(?:by|at the hands of) (?:his|her|their) (?:own )?(?:(?:step|grand)?(?:father|mother|son|daughter)|brothers?|"
    r"sisters?|husband|wife|uncle|cousin|relatives?|family|boyfriend|girlfriend|partner|ex-\w+|in-laws)\b(?!['’]s)",
    re.I)

# A death or harm told as a person's crime: typed as a disaster, it is no disaster.
CRIME_HARM = re.compile(
    r"\b(?:stabb(?:ed|ing)|stab wounds?|shot|shooting|gunshot|murder\w*|homicide|killed by|beaten|strangled|"
    r"abduct\w*|kidnap\w*|Amber Alert|allegedly taken)\b", re.I)

# Judicial executions (not coded): a death sentence carried out ...
EXECUTION = re.compile(r"\b(?:hanged|executed|executions?|put to death)\b", re.I)
# ... told as the judiciary's act or a sentence ...
JUDICIAL = re.compile(
    r"\b(?:judiciary|judicial|courts?|tribunal|sentenced|sentences?|convicted|death row|death penalty|"
    r"capital punishment|trial|prisoners|inmates)\b", re.I)
# ... and not as a killing outside the law, nor as one with violence of another kind.
EXTRAJUDICIAL = re.compile(
    r"\b(?:extra-?judicial\w*|summar\w+|without (?:a )?trial|on the spot|in cold blood|killed|shot|beaten|"
    r"beheaded|massacr\w*|tortur\w*|hostages?|captives?|prisoners of war|soldiers|police|security forces|guards)\b",
    re.I)
# "Executed" of a thing, not a person: a warrant, an order or a plan carried out is no killing.
EXECUTED_THING = re.compile(
    r"\bexecut(?:ed|ing|es?) (?:\w+ ){0,3}(?:warrants?|orders?|plans?|operations?|raids?|searche?s?|"
    r"contracts?|transactions?|projects?|duties)\b", re.I)
