"""Forms cut off mid-form (session 45, second round): rules that read the structure of a cut
text so that its words are not put in fields they are not. Every form here is invented."""

from pipelines.parser import parse_text

# an invented form on one line whose table was printed a column at a time: the rows' names
# and some of their values laid among the header's words, the rest of the values after it,
# the last names after all the values
COLUMNWISE = (
    "某市级财政支出项目绩效自评表 项目名称 河道保洁服务 项目主管部门(单 位) 2022 某市水务局 "
    "市级预 年初预算 当年调整预算数 算执行 情况(万 80 0 元) 实际支付数 资金结余数 76.5 3.5 "
    "项目 类别 指标名称 保洁设施 到位率 12%及其以 率 下 船只完好 现情况(80 保洁制度 分) "
    "投入目标 100% 资金节约 河道巡查 项目绩效实 目标值 完整性 资金使用 规范性 巡查记录 完整性 "
    "权重 2 2 实际完成 自评分 值 100% 12%及其以 下 2 2 完好 2 100% 2 完整 2 100% 2 规范 4 100% "
    "4 完整 3 100% 3 100% 5 96% 4.5 =80% 3.5 80% 3.5 =3 个 3.5 3个 3.5 性 预算执行 率 产出目标 "
    "保洁河道 长度"
)


def _cut_after(text: str, piece: str) -> str:
    return text[: text.index(piece) + len(piece)]


def test_a_cut_column_wise_table_reads_no_value_words_as_names():
    # values (100%, 2 2) printed among the header's words: the cells after the header are the
    # rows' values, not rows one after another; cut inside them, no target word (完好, 完整,
    # 规范) is read as a name, as the whole text reads no rows
    assert parse_text(COLUMNWISE, "x.txt").forms[0]["indicators"] == []
    for piece in ("2 100% 2 完整", "100% 2 规范 4", "4 完整 3 100%"):
        (form,) = parse_text(_cut_after(COLUMNWISE, piece), "x.txt").forms
        assert form["indicators"] == [], piece
