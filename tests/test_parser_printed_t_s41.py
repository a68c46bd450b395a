"""Narrow cells of a mirror's text (pinyin glosses after its characters) wrapped by a PDF tool
between a character and its gloss: a piece that opens with a whole gloss and goes on with
characters, (chéng)工率, continues the cell above it, so the cell's first line read alone is cut
and left out (session 41)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.script import drop_values_cut_before_gloss, narrow_cells

# an invented form printed by a layout tool: the 时效 row's name 古橋修繕工程按時完成工率 wrapped in
# its narrow column right before 成's gloss, the rest ((chéng)工率) two lines under, below the
# 二级 label's piece 出時(shí)
_LAYOUT = """                                        项目支出绩效自评表
                                                  (2022年度)

          项目名称                                    某縣古橋修繕專項(xiàng)經(jīng)費(fèi)
          主管部门                  某縣文物局          实施单位            某縣文物保護(hù)中心
                             年初预算数        全年预算数        全年执行数        分值       执行率      得分
             年度资金总额                                 40.00             40.00               100.00%
项目资金
             当年财政拨款                                 40.00             40.00               100.00%
 (万元)
             上年结转资金
              其他资金
年度总体目                                 预期目标                                            实际完成情况
  标
一级指标      二级指标           三级指标           年度指标值               实际完成值       分值    得分      偏差原因分析及改进措施

          產(chǎn)  古橋修繕數(shù)量             3座                 3座                   達(dá)成預(yù)期指標(biāo)
          出數(shù) 橋面鋪裝合格率
            量                             100%               100%                  達(dá)成預(yù)期指標(biāo)
          產(chǎn)
                  古橋修繕工程按時(shí)完                   達(dá)成預(yù)期
          出時(shí)                       不低于90%
                     (chéng)工率                            指標(biāo)
            效
效益指標      社會效益       遊客滿意度           不低于85%          90%                   達(dá)成預(yù)期指標(biāo)
                                总分
"""


def _texts(text: str) -> list[str]:
    rows = parse_text(text, "x").forms[0]["indicators"]
    return [
        row[f] for row in rows for f in ("level1", "level2", "name", "target", "actual") if row[f]
    ]


def test_a_name_cut_before_its_last_characters_gloss_is_left_out():
    texts = _texts(_LAYOUT)
    assert "古橋修繕工程按時(shí)完" not in texts
    assert "遊客滿意度" in texts  # (the whole rows stay)


def _form(**row) -> dict:
    return {"indicators": [row], "warnings": []}


def test_a_gloss_alone_under_its_cell_takes_nothing_from_it():
    # (效益指標 / (biāo): the label is whole, its gloss wrapped alone)
    form = _form(level1="效益指標", name="遊客滿意度")
    drop_values_cut_before_gloss(form, narrow_cells("效益指標  遊客滿意度\n(biāo)\n"))
    assert form["indicators"][0]["level1"] == "效益指標"


def test_a_piece_ending_on_its_own_gloss_is_passed_over():
    # (出時(shí) stands between the cut name and its rest: the name is the cell cut)
    form = _form(level2="出時(shí)", name="古橋修繕工程按時(shí)完")
    drop_values_cut_before_gloss(
        form, narrow_cells("古橋修繕工程按時(shí)完\n出時(shí)\n(chéng)工率\n")
    )
    assert form["indicators"][0]["name"] is None
    assert form["indicators"][0]["level2"] == "出時(shí)"


def test_two_cells_over_the_gloss_leave_both():
    # (cells printed one a line: which of the two ends on the glossed character is not known)
    form = _form(name="文物巡查", target="遊客滿意度")
    drop_values_cut_before_gloss(form, narrow_cells("文物巡查\n遊客滿意度\n(jì)效益\n"))
    assert form["indicators"][0]["name"] == "文物巡查"
    assert form["indicators"][0]["target"] == "遊客滿意度"


def test_the_middle_of_a_label_wrapped_a_character_a_line_is_no_name():
    # (產(chǎn) / 出時(shí) / 效: the 二级 label 產出時效 in a column a character or two wide, its
    # middle piece read as the row's name)
    assert "出時(shí)" not in _texts(_LAYOUT)


def test_a_short_piece_between_one_character_pieces_is_left_out():
    form = _form(level2=None, name="出數(shù)", target="100%")
    drop_values_cut_before_gloss(
        form, narrow_cells("產(chǎn) 古橋修繕數量\n出數(shù) 橋面合格率 100%\n量\n")
    )
    assert form["indicators"][0]["name"] is None
    assert form["indicators"][0]["target"] == "100%"


def test_a_short_name_without_one_character_pieces_around_it_stays():
    # (經(jīng)濟 under a gloss alone and over a whole name: a cell of its own)
    form = _form(name="經(jīng)濟")
    drop_values_cut_before_gloss(
        form, narrow_cells("(biāo) 效益\n經(jīng)濟 達成\n人員傷亡事故 0人次\n")
    )
    assert form["indicators"][0]["name"] == "經(jīng)濟"


# the 完成值 column's verdicts wrapped, 達成預期 over its 指標(biāo) alone: a 二级 label
# (社會效益, printed whole on its line) read joined with one of those 指標 pieces
_VERDICTS_WRAPPED = """產(chǎn)出    古橋修繕數量        3座       3座        達成預期
                                                  指標(biāo)
社會效益    遊客滿意度      不低于85%     90%        達成預期
可持續(xù)影響指標    古橋使用年限   10年   10年      達成預期
                                                  指標(biāo)
"""


def test_a_label_joined_with_a_verdicts_wrapped_piece_is_left_out():
    form = _form(level2="社會效益指標", name="遊客滿意度")
    drop_values_cut_before_gloss(form, narrow_cells(_VERDICTS_WRAPPED))
    assert form["indicators"][0]["level2"] is None
    assert form["indicators"][0]["name"] == "遊客滿意度"


def test_a_label_printed_whole_stays_where_verdicts_wrap():
    form = _form(level2="可持續(xù)影響指標", name="古橋使用年限")
    drop_values_cut_before_gloss(form, narrow_cells(_VERDICTS_WRAPPED))
    assert form["indicators"][0]["level2"] == "可持續(xù)影響指標"


def test_a_verdict_read_without_its_wrapped_piece_is_left_out():
    # (達成預期 / 指標(biāo): the verdict's 指標 on the line under it, the value read short)
    form = _form(name="古橋修繕數量", actual="達(dá)成預(yù)期")
    drop_values_cut_before_gloss(form, narrow_cells(_VERDICTS_WRAPPED))
    assert form["indicators"][0]["actual"] is None
    assert form["indicators"][0]["name"] == "古橋修繕數量"
