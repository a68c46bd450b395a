"""A table laid out in columns (pdftotext -layout) printed without its widths: runs of spaces
collapsed to one (a layout print posted to a web page). Its cells stand in the middle of their
rows, a wrapped name one piece above its values' line and one under it, and with the columns
gone nothing tells a piece between two rows' lines apart as the row above's tail or the row
under's head: the pieces are placed by counting them (as many above a values' line as under it,
widthless_pieces._placed) and a name the count does not give is left out, the rows read from
pieces alone dropped, each values' line a row (two rows read as one split again, a row's line
read as none's made a row of its points), and a group label kept only on a row it is printed
beside. Invented form."""

from pipelines.parser import parse_text

_FORM = [
    "项目支出绩效自评表",
    "",
    "(2023年度)",
    "",
    "项目名称 社区养老服务提升",
    "主管部门 某某区民政局 实施单位 某某区养老服务中心",
    "",
    "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
    "年度资金总额 40.00 40.00 40.00 10.00 100.00% 10.00",
    "",
    "当年财政拨款 40.00 40.00 40.00 - 100.00% -",
    "上年结转资金",
    "其他资金",
    "",
    "预期目标 实际完成情况",
    "年度总体目标 完成社区养老服务站点建设 完成社区养老服务站点建设",
    "",
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
    "产出指标 新建社区养老服务站点",
    " =3.00(个) 3.00(个) 4.00 4.00",
    " 建设",
    " 开展老年人健康知识讲",
    " 数量指标 座和义诊咨询服务活动 =6.00(次) 6.00(次) 5.00 5.00",
    " 场次",
    " 上门探访独居老人次数 =50.00(次) 50.00(次) 4.00 4.00",
    " 助餐服务补贴发放人数 =90.00(人) 90.00(人) 4.00 4.00",
    " 新建社区养老服务站点",
    " =100.00(%) 100.00(%) 4.00 4.00",
    " 验收合格率",
    " 开展老年人健康知识讲",
    " 座和义诊咨询服务活动 =100.00(%) 100.00(%) 5.00 5.00",
    " 质量指标 场次完成率",
    " 上门探访独居老人记录",
    " =100.00(%) 100.00(%) 4.00 4.00",
    " 完整率",
    " 助餐服务补贴发放准",
    " =100.00(%) 100.00(%) 4.00 4.00",
    " 确率",
    " 时效指标 新建社区养老服务站点",
    " =100.00(%) 100.00(%) 4.00 4.00",
    " 完成及时率",
    " 开展老年人健康知识讲",
    " 座和义诊咨询服务活动 =100.00(%) 100.00(%) 5.00 5.00",
    " 完成及时率",
    " 上门探访独居老人记录",
    " =100.00(%) 100.00(%) 4.00 4.00",
    " 完成及时率",
    " 助餐服务补贴发放完",
    " =100.00(%) 100.00(%) 3.00 3.00",
    " 成及时率",
    " 提升社区养老便民服务措",
    " 提升 达成指标 10.00 10.00",
    " 社会效益 施",
    " 指标 养老服务信息平台",
    "效益指标 完善 达成指标 10.00 10.00",
    " 功能完善",
    " 可持续影 持续保持养老服务长",
    " 维持 达成指标 10.00 10.00",
    " 响指标 效管理机制",
    " 服务对象",
    "满意度指 社区养老服务措施满",
    " 满意度指 提升 达成指标 10.00 10.00",
    " 标 意度",
    " 标",
    "总分 100.00 100.00",
]


def _rows():
    form = parse_text("\n".join(_FORM) + "\n", source_file="x").contract_forms()[0]
    return form["indicators"]


def test_each_values_line_is_a_row_and_its_points_stay_on_it():
    rows = _rows()
    assert [r["weight"] for r in rows] == [
        4.0,
        5.0,
        4.0,
        4.0,
        4.0,
        5.0,
        4.0,
        4.0,
        4.0,
        5.0,
        4.0,
        3.0,
        10.0,
        10.0,
        10.0,
        10.0,
    ]
    assert [r["score"] for r in rows] == [r["weight"] for r in rows]


def test_names_the_pieces_around_them_leave_unplaced_are_left_out_not_cut():
    names = [r["name"] for r in _rows()]
    assert names[2:4] == ["上门探访独居老人次数", "助餐服务补贴发放人数"]
    assert set(names) - {"上门探访独居老人次数", "助餐服务补贴发放人数"} == {None}


def test_group_labels_only_on_the_rows_they_are_printed_beside():
    rows = _rows()
    assert all(r["level2"] in (None, "数量指标") for r in rows[:5])
    assert all(r["level2"] in (None, "时效指标") for r in rows[8:12])
    assert all(r["level1"] in (None, "产出指标") for r in rows[:12])


# the same table with blank lines only around the title and identity (a layout print's, the
# rows printed one after another): read as a line print, whose reader joins each name's pieces
# around its values' line (centred_rows.line_print, _rows_unbroken)
_HEAD_END = _FORM.index("年初预算数 全年预算数 全年执行数 分值 执行率 得分")
_BLANK_ABOVE = [piece for line in _FORM[:_HEAD_END] if line for piece in (line, "", "")] + [
    line for line in _FORM[_HEAD_END:] if line
]


def test_blank_lines_only_above_the_tables_still_make_a_line_print():
    form = parse_text("\n".join(_BLANK_ABOVE) + "\n", source_file="x").contract_forms()[0]
    names = [r["name"] for r in form["indicators"]]
    assert names[:3] == [
        "新建社区养老服务站点建设",
        "开展老年人健康知识讲座和义诊咨询服务活动场次",
        "上门探访独居老人次数",
    ]
    assert [r["weight"] for r in form["indicators"]][:4] == [4.0, 5.0, 4.0, 4.0]
