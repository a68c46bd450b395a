"""Small hand-written forms for the parser tests, in each text layout (not sample copies), and
rows_by_name, an invented one-form text's named rows, and recentred, invented rows' labels as a
centred print's recentring leaves them."""

from pipelines.parser import parse_text
from pipelines.parser.centred_labels import CENTRED, LINE_PRINT, recentre

TAB_FORM = """
财政项目支出绩效自评表

(2024年度)

项目名称\t\t道路养护经费\t\t\t\t\t
主管部门\t\t某市交通委员会\t\t实施单位\t\t某市道路养护中心\t
项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分数\t执行率(%)\t得分
\t年度资金总额:\t1,200.50\t1,100.00\t1,045.00\t10.00\t95.00\t9.50
\t其中: 当年财政拨款\t1,000.50\t900.00\t845.00\t-\t93.89\t-
\t上年结转资金\t200.00\t200.00\t200.00\t-\t100.00\t-
\t其他资金\t0.00\t0.00\t0.00\t-\t0.00\t-
年度 总体 目标\t预期目标\t\t\t实际完成情况\t\t\t
\t<p>完成道路养护。</p>\t\t\t<p>已完成道路养护。</p>\t\t\t
一级 指标\t二级 指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析 及改进措施
产出 指标\t数量 指标\t养护里程\t≥120.00(公里)\t118.00(公里)\t20.00\t18.00\t雨季施工受阻，下一年提前安排。
\t\t巡查次数\t=52.00(次)\t52.00(次)\t20.00\t20.00\t
道路完好率验收合\t\t=100.00(%)\t100.00(%)\t10.00\t10.00\t\t
\t\t格率\t\t\t\t\t
效益 指标\t社会 效益 指标\t通行效率\t提升\t达成指标\t10.00\t10.00\t
\t可持 续影 响指\t长效管理机制\t健全\t达成指标\t10.00\t10.00\t

\t标\t\t\t\t\t\t
满意度指标\t服务对象满意度指标\t市民满意度\t≥90.00(%)\t92.00(%)\t20.00\t20.00\t
总分\t\t\t\t\t100.00\t97.50\t
评分等级\t优\t\t\t\t\t\t
"""

SPACE_FORM = """
财政项目支出绩效自评表
(2022 年度)

项目名称 路灯运行维护费

主管部门
某区绿化和市容管理

局
实施单位

某区路灯
管理所

项目资金
（元）

\u00a0\u00a0 年初预算数 全年预算数 全年执行数 \u00a0分值\u00a0 执行率 得分

年度资金总额 500000.00 480000.00 456,000.00 10 95.00% 9.50

\u00a0\u00a0其中：当年财政拨款 500000 480000 456000 — \u00a0

\u00a0\u00a0\u00a0\u00a0上年结转资金 0 0 — \u00a0

\u00a0\u00a0\u00a0\u00a0其他资金 0 0 —

年度
总体
目标

预期目标 实际完成情况

保障全区路灯正常运行，亮灯率达到
98%以上。

全年路灯运行正常，亮灯率达到99%。

绩
效
指
标

一级指标 二级指标 三级指标
年度

指标值
实际

完成值
分值 得分

偏差原因分析及
改进措施

产出指标

数量指标

维护路灯数量
=3000盏 =3000盏 20 20

质量指标

亮灯率
>=98% 99% 20 20

路灯巡查合格
　
率

=100% =100% 0 0

故障修复响应

=100% =95% 10 8

个别故障返修，后
续将加强维修质量
 及时率 的监督。

- 2 -

效益指标 社会效益指标

夜间出行安全保障 有效保障 有效保障 20 20

满意度指标 服务对象满意度指标
市民满意度

>=90% 93% 30 29.5

问卷样本偏少，满
意度略有波动。

总分 100 97.00
"""


def rows_by_name(text: str) -> dict[str, dict]:
    """The named indicator rows of a text holding one form, by name."""
    (form,) = parse_text(text, "form.txt").forms
    return {r["name"]: r for r in form["indicators"] if r["name"]}


def recentred(rows: list[dict], marks: list, filled: set[int], level: str) -> list[str | None]:
    """The rows' ``level`` labels after recentre, in a centred line print (a table opened by
    rows with no label), as parse_text finds it."""
    token = CENTRED.set(True)
    line_print = LINE_PRINT.set(True)
    try:
        recentre(rows, marks, True, filled)
    finally:
        LINE_PRINT.reset(line_print)
        CENTRED.reset(token)
    return [r[level] for r in rows]


def cell_a_line_rows(head: list[str], cells: tuple[str, ...], tail: list[str]) -> list[dict]:
    """The indicator rows of an invented form printed one cell a line: ``head`` (the form up to
    its table's first row), ``cells`` and ``tail`` (the 总分 row), each a line."""
    text = "\n".join([*head, *cells, *tail]) + "\n"
    return parse_text(text, "x.txt").forms[0]["indicators"]


def labelled_row(row: dict) -> tuple:
    """A row's levels, name, target, actual and weight: what the label rules decide."""
    return tuple(row[k] for k in ("level1", "level2", "name", "target", "actual", "weight"))
