"""The label families of synonyms.toml, and how a printed cell is matched against them.

One table (synonyms.toml) says which printed wordings mean which part, field or column of a form;
this module only loads it and normalises cells for the look-up.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from pipelines.parser.memo import memo
from pipelines.parser.patterns import lazy

_TABLE = tomllib.loads((Path(__file__).with_name("synonyms.toml")).read_text(encoding="utf-8"))

# (group, key) pairs each normalised wording stands for; a wording may be in several groups
# (分值 heads a money column and an indicator column): the reader asks for the group it expects.
MEANINGS: dict[str, tuple[tuple[str, str], ...]] = {}

# An indicator-table header cell ending so (完成率, 指标完成率) is a column read past, not the
# actual; kept out of the table above, where it would be a label anywhere (and cut the names
# that end so: 按期完成率)
RATE_HEADER = "完成率"

# A label of a wording no family lists: a few words ending as a form's labels end (负责人及电话,
# 项目联系人, 资金用途, 立项时间); read as a label only where a value follows it on its line (an
# identity value stops before it). Kept out of the table above, where it would be a label
# anywhere (and cut the names that end so).
UNLISTED_LABEL = lazy(
    r"[\u4e00-\u9fff]{1,6}(?:名称|电话|联系人|负责人|日期|时间|类别|类型|属性|期限|编码|代码|用途|方式)"
)

# How the name of an organisation ends (a 主管部门's or a 实施单位's value: 某县交通运输局, 某区人大常委
# 会办公室, 某市疾病预防控制中心): a value's shape, not a label. It tells the two identity values
# apart where their labels' column was printed before theirs, in an order PDF tools do not keep
# alike (generic._identity_by_shape).
# (委员会, 办公室, 分局, 医院, 学院, 协会 … end in one of the single characters; a bureau's own
# offices, 某某局机关, in 机关.) The same in traditional characters, where a form prints its values
# so and its labels not: 委員會, 辦公室, 衛生廳, 部門, 學校, 幼兒園, 集團, 機關.
ORGANISATION = lazy(
    r"(?:[局委办厅院所站队馆处部会社署室台团]|部门|中心|政府|学校|[小中大]学|幼儿园|公司|集团|街道|机关"
    r"|[辦廳隊館處會團]|部門|學校|[小中大]學|幼兒園|集團|機關)$"
)


def is_organisation(text: str) -> bool:
    """A value that ends as an organisation's name does (ORGANISATION)."""
    return bool(ORGANISATION.search(unicodedata.normalize("NFKC", text).strip()))


def _add(word: str, group: str, key: str) -> None:
    norm = label_key(word)
    MEANINGS[norm] = (*MEANINGS.get(norm, ()), (group, key))


# A heading's numbering: 1. / (一) / 一、
NUMBERING = lazy(
    r"^(?:\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])"
)
_BRACKETED = lazy(r"[(（][^()（）]{0,12}[)）]")
# a note of letters that lost one of its brackets (执行数B), 执行率B/A), 年初目标值(A)
# (capitals only: a pinyin note, (xiàng), cut by a wrap is no such note)
_HALF_NOTE = lazy(r"(?:[(（][A-D](?:/[A-D])?|(?<=[\u4e00-\u9fff])[A-D](?:/[A-D])?[)）])$")
_SPACE = lazy(r"\s+")


@memo(65536)
def label_key(cell: str) -> str:
    """A cell as a label: NFKC, no white space, no numbering (1. / (一) / 一、), no 其中 prefix,
    no bracketed note ((A), (万元), (10分), (盖章); a note of letters that lost a bracket, B) or
    (A), no trailing colon or asterisk."""
    text = _SPACE.sub("", unicodedata.normalize("NFKC", cell))
    text = NUMBERING.sub("", text)
    if text.startswith("其中"):
        text = text[2:].lstrip(":")
    text = _HALF_NOTE.sub("", _BRACKETED.sub("", text))
    return text.strip(":*").strip()


@lru_cache(maxsize=65536)  # asked of most cells, for group after group, form after form
def meaning(cell: str, group: str) -> str | None:
    """The key of ``cell`` in ``group`` (e.g. meaning('全年预算数(A)', 'fund_columns') is
    'annual_budget'), or None when the cell is not one of that group's labels."""
    if not cell or len(cell) > 40:
        return None
    for g, key in MEANINGS.get(label_key(cell), ()):
        if g == group:
            return key
    return None


def is_any_label(cell: str) -> bool:
    return bool(cell) and len(cell) <= 40 and label_key(cell) in MEANINGS


def words(group: str, key: str | None = None) -> tuple[str, ...]:
    """The wordings of a group (or of one key of it), as written in the table."""
    entry = _TABLE[group]
    if key is not None:
        return tuple(entry[key])
    return tuple(w for values in entry.values() for w in values)


@cache
def any_label(groups: tuple[str, ...], extra: tuple[str, ...] = ()) -> re.Pattern:
    """A pattern of every label of ``groups`` (as label keys: no spaces, notes or numbering) and
    of ``extra``, the longest first, so that a text's labels are found whole."""
    keys = {label_key(w) for group in groups for w in words(group)} | set(extra)
    return re.compile("|".join(map(re.escape, sorted(filter(None, keys), key=len, reverse=True))))


# the characters an OCR'd print reads in place of a label's own (synonyms.toml's
# ocr_lookalikes): no labels, so kept out of MEANINGS
OCR_LOOKALIKES: dict[str, tuple[str, ...]] = {
    ch: tuple(alikes) for ch, alikes in _TABLE.pop("ocr_lookalikes", {}).items()
}

# the wordings of a field that name the filling unit rather than the project's (synonyms.toml's
# identity_loose): labels already in their field's list, so kept out of MEANINGS here
LOOSE_LABELS: dict[str, tuple[str, ...]] = {
    key: tuple(loose) for key, loose in _TABLE.pop("identity_loose", {}).items()
}

for _group, _entry in _TABLE.items():
    for _key, _words in _entry.items():
        for _word in _words:
            _add(_word, _group, _key)

# Prefix labels: a cell that starts with one of these and goes on with its value
# (项目名称：某某项目) in templates that print label and value in one cell.
PREFIX_LABELS: tuple[tuple[str, str, str], ...] = tuple(
    sorted(
        (
            (label_key(w), g, k)
            for g in ("identity", "grade", "total_score")
            for k, ws in _TABLE[g].items()
            for w in ws
        ),
        key=lambda t: -len(t[0]),
    )
)
