"""Rules of the thirty-ninth session for forms reprinted as other extraction tools damage them
(tests/test_parser_extractions.py measures the corpora so reprinted): each test an invented
form printed with every space lost."""

from __future__ import annotations

from pipelines.parser import parse_text


def _form(name_line: str, identity: list[str], rows: list[str] | None = None) -> str:
    """An invented form printed with every space lost: its name's line, identity lines, and a
    small indicator table."""
    return "\n".join(
        [
            "项目支出绩效自评表",
            "(2023年度)",
            name_line,
            *identity,
            "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
            *(
                rows
                or [
                    "产出指标数量指标修缮道路长度≥5公里5.2公里5050",
                    "效益指标社会效益指标群众出行便利程度明显改善明显改善5050",
                ]
            ),
            "总分100100",
        ]
    )


def test_a_contact_heading_is_bare_where_the_names_label_is():
    # 专项(项目)名称: the form words its contact's label without 项目 (负责人及电话) too, so
    # the 项目 before it is the name's last word (…硬化 before)
    text = _form(
        "专项(项目)名称某某村道路硬化项目负责人及电话王某13900000000",
        ["主管部门某某县交通局实施单位某某镇人民政府"],
    )
    (form,) = parse_text(text, "bare_contact.txt").forms
    assert form["project_name"] == "某某村道路硬化项目"


def test_a_contact_heading_keeps_its_xiangmu_under_xiangmu_mingcheng():
    # 项目名称: the contact's label is 项目负责人及电话, the name ends before it
    text = _form(
        "项目名称某某村道路硬化安装项目负责人及电话王某13900000000",
        ["主管部门某某县交通局实施单位某某镇人民政府"],
    )
    (form,) = parse_text(text, "xiangmu_contact.txt").forms
    assert form["project_name"] == "某某村道路硬化安装"


def test_a_name_before_xiangmu_zhuguan_with_no_other_label_is_left_out():
    # …建设项目主管部门(单位): 建设项目 + 主管部门 or 建设 + 项目主管部门, and no other 主管部门
    # or 实施单位 label to tell the form's wording by: the name is left out (…建设项目 before)
    text = _form("项目名称某某中心建设项目主管部门(单位)某某市财政局", ["项目类别基本建设"])
    (form,) = parse_text(text, "no_family.txt").contract_forms()
    assert form["project_name"] in (None, "")


def test_a_name_before_xiangmu_zhuguan_in_a_bare_form_keeps_its_xiangmu():
    # the form prints 实施单位 bare: its department label is bare too, the 项目 the name's
    text = _form(
        "项目名称某某中心建设项目主管部门某某市财政局",
        ["实施单位某某市信息中心"],
    )
    (form,) = parse_text(text, "bare_family.txt").forms
    assert form["project_name"] == "某某中心建设项目"


def test_a_label_inside_a_note_in_brackets_is_no_label():
    # (详细列出各子项目名称和金额): 项目名称 is a word of the note, the name left out above is
    # not taken from after it (和金额)子项名称 before)
    text = _form(
        "项目名称某某中心建设项目主管部门(单位)某某市财政局",
        ["项目资金构成(详细列出各子项目名称和金额)子项名称预算数实际数"],
    )
    (form,) = parse_text(text, "note.txt").contract_forms()
    assert form["project_name"] in (None, "")


def test_a_numbered_name_that_holds_a_labels_words_keeps_its_name():
    # 指标1:服务对象满意度: the row's number opens its name, so the label's words after it are
    # the name's (before, the name was taken for group labels run in and the row kept its values
    # with no name, so read as another row)
    text = _form(
        "项目名称某某灌区节水改造",
        ["主管部门某某县水利局实施单位某某县水利局"],
        [
            "产出指标数量指标指标1:完成灌区改造项目数量3个3个5050",
            "满意度指标服务对象满意度指标指标1:服务对象满意度90%95%5050",
        ],
    )
    (form,) = parse_text(text, "numbered.txt").contract_forms()
    rows = [r for r in form["indicators"] if r["target"] == "90%"]
    assert rows and all(r["name"] == "指标1:服务对象满意度" for r in rows)


def test_a_word_and_its_colon_alone_after_a_label_is_no_value():
    # a site's header on one line: 项目名称: (its value, the page's title, taken apart) and then
    # 某某公司: 某某单位, a label no synonym lists with its value: the name is not 某某公司: …, it
    # is read from the form's own label after it
    text = "\n".join(
        [
            "某某专项资金区域绩效自评表",
            "项目名称: 招标公司: 某某县人民政府 项目地区:某某省",
            "转移支付(项目)名称 2024年某某专项资金 主管部门 某某县文化局 实施单位 某某县文化中心",
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
            "产出指标 数量指标 举办展览场次 ≥6场 7场 50 50",
            "效益指标 社会效益指标 参观人数 ≥2万人次 2.5万人次 50 50",
            "总分 100 100",
        ]
    )
    (form,) = parse_text(text, "colon_word.txt").contract_forms()
    assert form["project_name"] in (None, "2024年某某专项资金")
    assert "招标" not in (form["project_name"] or "")
