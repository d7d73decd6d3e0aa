"""Canonical indicators and their aliases (the table is data: indicators.toml beside this file).

``find_indicator("新增300家高企", new=True)`` → 新增高新技术企业数. The table is read once per
process. Matching removes quotation marks and spaces first ("省级“专精特新”企业" is
省级专精特新企业) and prefers the longest alias, so 高新技术后备企业 is not 高新技术企业.
A per-capita figure is never the total's: an alias right after 人均 (人均一般公共预算收入) names
no indicator unless the table has the per-capita name itself (人均国内生产总值 → 人均地区生产总值).
An entry's ``not_after`` and ``not_before`` words make its alias name nothing where they stand
around it: 带动新增就业 is a project's effect, 新增就业岗位 counts posts, neither the place's
城镇新增就业人数.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("indicators.toml")

UNIT_FAMILIES = ("money", "count", "percent", "points", "rank", "mass", "area", "other")
TOPICS = (
    "innovation",
    "enterprise",
    "investment",
    "economy",
    "ip",
    "talent",
    "finance",
    "consumption",
    "openness",
    "other",
)
# Quotation marks and spaces that the press puts inside names: 省级“专精特新”企业.
_NOISE = re.compile(r"[\s“”\"'‘’「」『』]")
# R&D is 研发 in every alias: R&D经费投入 is 研发经费投入.
# 人均 before a total's name makes it a per-capita figure, another indicator.
_PER_CAPITA = "人均"
_RD = re.compile(r"[RＲ][&＆][DＤ]", re.IGNORECASE)


@dataclass(frozen=True)
class IndicatorDef:
    """One canonical indicator of the table."""

    name: str
    unit_family: str
    unit: str
    topic: str
    aliases: tuple[str, ...]
    new_name: str | None = None  # the flow indicator ("新增…数"), if the stock has one
    # A price: a growth target with 左右 or 以内 on it is a ceiling (tracker.text.linking).
    rise_is_ceiling: bool = False
    # Phrases that name the indicator's growth only, and only standing alone (经济增长5.5%左右
    # is GDP growth; 数字经济增长, 民营经济增长 are another economy's): see _standing_alone.
    growth_aliases: tuple[str, ...] = ()
    # Words that, before an alias (up to four characters before it: 带动当地新增就业), make it
    # an effect of something else, and words right after it that make it another count
    # (新增就业岗位): the alias then names nothing.
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndicatorMatch:
    """An indicator named in a piece of text."""

    name: str  # canonical name (the flow name when the text counts additions)
    definition: IndicatorDef
    alias: str  # the alias found
    start: int  # offsets of the alias in the text given (before noise removal)
    end: int
    growth_only: bool = False  # a growth alias: it names no level or share


class IndicatorTableError(ValueError):
    """The indicator table is malformed; the message names the entry and the field."""


@cache
def table() -> tuple[IndicatorDef, ...]:
    """Every indicator of the table, validated, loaded once."""
    with TABLE.open("rb") as handle:
        raw = tomllib.load(handle)
    defs: list[IndicatorDef] = []
    seen: dict[str, str] = {}
    for position, entry in enumerate(raw.get("indicator", []), start=1):
        where = f"{TABLE.name}, indicator #{position}"
        try:
            definition = IndicatorDef(
                name=entry["name"],
                unit_family=entry["unit_family"],
                unit=entry.get("unit", ""),
                topic=entry["topic"],
                aliases=tuple(entry["aliases"]),
                new_name=entry.get("new_name"),
                rise_is_ceiling=bool(entry.get("rise_is_ceiling", False)),
                growth_aliases=tuple(entry.get("growth_aliases", ())),
                not_after=tuple(entry.get("not_after", ())),
                not_before=tuple(entry.get("not_before", ())),
            )
        except KeyError as missing:
            raise IndicatorTableError(f"{where}: missing field {missing}.") from None
        if definition.unit_family not in UNIT_FAMILIES:
            raise IndicatorTableError(f"{where}: unknown unit_family {definition.unit_family!r}.")
        if definition.topic not in TOPICS:
            raise IndicatorTableError(f"{where}: unknown topic {definition.topic!r}.")
        for alias in definition.aliases + definition.growth_aliases:
            key = normalise(alias)
            if key in seen and seen[key] != definition.name:
                raise IndicatorTableError(f"{where}: alias {alias!r} already names {seen[key]!r}.")
            seen[key] = definition.name
        defs.append(definition)
    return tuple(defs)


def normalise(text: str) -> str:
    """The text without quotation marks and spaces, R&D written 研发, as aliases are
    compared."""
    return _RD.sub("研发", _NOISE.sub("", text))


@cache
def _alias_pattern() -> tuple[re.Pattern[str], dict[str, IndicatorDef]]:
    by_alias = {normalise(alias): d for d in table() for alias in d.aliases + d.growth_aliases}
    # Longest first: the regex alternation then prefers 高新技术后备企业 over 高企.
    ordered = sorted(by_alias, key=len, reverse=True)
    return re.compile("|".join(re.escape(alias) for alias in ordered)), by_alias


@cache
def by_name() -> dict[str, IndicatorDef]:
    """Every canonical name (stock and flow) → its definition."""
    names: dict[str, IndicatorDef] = {}
    for definition in table():
        names[definition.name] = definition
        if definition.new_name:
            names[definition.new_name] = definition
    return names


def find_indicators(text: str, *, new: bool = False) -> list[IndicatorMatch]:
    """Every indicator named in ``text``, left to right, longest alias at each place."""
    pattern, by_alias = _alias_pattern()
    # Match on the text without noise, then map offsets back to the original text.
    kept = [i for i, char in enumerate(text) if not _NOISE.match(char)]
    clean = "".join(text[i] for i in kept)
    if "&" in clean or "＆" in clean:
        kept, clean = _without_rd(clean, kept)
    matches = []
    for found in pattern.finditer(clean):
        if clean[: found.start()].endswith(_PER_CAPITA):
            continue  # 人均一般公共预算收入 is no 一般公共预算收入
        definition = by_alias[found.group()]
        growth_only = found.group() in _growth_aliases()
        if growth_only and not _standing_alone(clean[: found.start()]):
            continue  # 数字经济增长15% is no GDP growth
        if _named_otherwise(definition, clean[: found.start()], clean[found.end() :]):
            continue  # 带动新增就业500人 is a project's, 新增就业岗位 counts posts
        name = definition.new_name if new and definition.new_name else definition.name
        matches.append(
            IndicatorMatch(
                name=name,
                definition=definition,
                alias=found.group(),
                start=kept[found.start()],
                end=kept[found.end() - 1] + 1,
                growth_only=growth_only,
            )
        )
    return matches


@cache
def _growth_aliases() -> frozenset[str]:
    return frozenset(normalise(alias) for d in table() for alias in d.growth_aliases)


# What may stand right before a growth alias that stands alone: no word at all (a clause's
# start, a bullet, a figure), the whole place (全省, 我市), a year, or a verb or word of aim.
# Any other word before it makes it a kind of economy (数字经济, 民营经济, 县域经济, 海洋经济).
_ALONE_AFTER_RE = re.compile(
    r"(?:^|[^\u4e00-\u9fff]|全[省市区县州盟旗国]|[我本][省市区县州]|全国|年|实现|保持|推动|促进"
    r"|力争|争取|确保|预计|预期|目标|是|为)$"
)


def _standing_alone(before: str) -> bool:
    return _ALONE_AFTER_RE.search(before) is not None


@cache
def _words_around(
    definition: IndicatorDef,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The patterns of an entry's ``not_after`` words (at the end of the text before an alias)
    and ``not_before`` words (at the start of the text after it)."""
    preceding_words = "|".join(re.escape(w) for w in definition.not_after)
    preceding = (
        re.compile(rf"(?:{preceding_words})[\u4e00-\u9fff]{{0,4}}$") if preceding_words else None
    )
    following_words = "|".join(re.escape(w) for w in definition.not_before)
    following = re.compile(following_words) if following_words else None
    return preceding, following


def _named_otherwise(definition: IndicatorDef, before: str, after: str) -> bool:
    """Whether the words around an alias make it name something else than the indicator."""
    if not definition.not_after and not definition.not_before:
        return False
    preceding, following = _words_around(definition)
    return bool(
        (preceding is not None and preceding.search(before))
        or (following is not None and following.match(after))
    )


def _without_rd(clean: str, kept: list[int]) -> tuple[list[int], str]:
    """R&D → 研发, keeping each character's offset in the original text (研 at R, 发 at D)."""
    out_kept: list[int] = []
    parts: list[str] = []
    pos = 0
    for found in _RD.finditer(clean):
        parts.append(clean[pos : found.start()])
        out_kept += kept[pos : found.start()]
        parts.append("研发")
        out_kept += [kept[found.start()], kept[found.end() - 1]]
        pos = found.end()
    parts.append(clean[pos:])
    out_kept += kept[pos:]
    return out_kept, "".join(parts)


def find_indicator(text: str, *, new: bool = False, last: bool = False) -> IndicatorMatch | None:
    """The indicator named in ``text`` (the first one, or the last with ``last=True``)."""
    matches = find_indicators(text, new=new)
    if not matches:
        return None
    return matches[-1] if last else matches[0]


def rise_is_ceiling(name: str | None) -> bool:
    """Whether ``name`` is a price indicator whose growth target (涨幅3%左右) is a ceiling."""
    definition = by_name().get(name or "")
    return definition is not None and definition.rise_is_ceiling
