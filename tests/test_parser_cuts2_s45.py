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


# an invented form on one line, each group's label printed with its points in the middle of
# its rows (a merged cell's label centred): 投入目标(20 分) after three of its five rows
MID_LABELS = (
    "某市级财政支出项目绩效自评表 项目名称 公园绿地养护项目 项目主管部门 某市园林局 "
    "项目 类别 指标名称 目标值 权重 实际完成 值 自评分"
    "资金使用合规性 合规 4 好 4预算执行率 95% 4 98% 4专款专用率 =100% 4 =100% 4"
    "项目绩效实现情况(80 分)投入目标(20 分)资金节约率 10% 4 10% 4招标过程规范性 规范 4 好 4"
    "草坪修剪 及时 6 及时 6病虫防治 有效 6 有效 6路灯维护 完好 6 完好 6"
    "产出目标(30 分)绿地面积 50万平方米 12 50万平方米 12效益目标(30 分)游客满意度 90% 30 95% 30 "
    "总分 100 100"
)


def test_a_cut_group_printed_mid_rows_closes_at_its_points():
    # cut before the next group's label: the rows above 投入目标(20 分) that no label holds and
    # the two after it reach its 20 points, so the rows after (草坪修剪, 病虫防治) are another
    # group's, its label cut off: they take no 二级 label rather than 投入目标
    whole = parse_text(MID_LABELS, "x.txt").forms[0]["indicators"]
    assert [row["level2"] for row in whole][4:6] == ["投入目标", "产出目标"]
    for piece in ("草坪修剪 及时 6", "病虫防治 有效 6 有效 6"):
        (form,) = parse_text(_cut_after(MID_LABELS, piece), "x.txt").forms
        rows = {row["name"]: row for row in form["indicators"]}
        assert rows["招标过程规范性"]["level2"] == "投入目标", piece
        assert rows["草坪修剪"]["level2"] is None, piece


def test_a_cut_texts_few_points_run_into_names_are_cut_apart():
    # each row's 得分 run into the next row's name (好 4预算执行率), two cells after a 分值 no
    # smaller than it: the text cut after one or two rows holds fewer such cells than the whole
    # needs to tell the layout, yet each stands where a row's last cell does, so it is split
    for piece in ("4预算执行率 95%", "98% 4专款专用率 =100%"):
        (form,) = parse_text(_cut_after(MID_LABELS, piece), "x.txt").forms
        names = [row["name"] for row in form["indicators"]]
        assert not any(name and name[0].isdigit() for name in names), piece
        assert names[1] == "预算执行率", piece
        assert form["indicators"][0]["score"] == 4.0, piece


def test_a_text_cut_inside_a_group_labels_points_reads_no_name_of_it():
    # cut inside the note of a label printed with its points (项目绩效实现情况(80): the scrap
    # is the next group's label, not a row's name (here the label set apart from the row's
    # points by a space)
    text = MID_LABELS.replace("=100% 4项目绩效", "=100% 4 项目绩效")
    (form,) = parse_text(_cut_after(text, "=100% 4 项目绩效实现情况(80"), "x.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert names[-1] == "专款专用率"
    assert not any("项目绩效实现情况" in (name or "") for name in names)
