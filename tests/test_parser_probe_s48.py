"""Forms damaged as other extractions print them (scripts/probes.py's transforms cell_lines,
one_line, html_flat, no_sep): what cannot be placed is left out, never read wrong. Invented
forms."""

from pipelines.parser import parse_text


def _one_line_form(name: str, unit: str) -> str:
    return (
        f"财政项目支出绩效自评表 (2023 年度) 项目名称 {name} 主管部门 {unit} 实施单位 {unit} "
        "项目资金 (元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
        "年度资金总额 350000.00 350000.00 349,991 10 100.00% 10 总分 100 100"
    )


def test_a_glued_title_s_finance_word_stays_with_its_form_on_one_line():
    # two forms flattened onto one line: the second's title 财政项目支出绩效自评表 runs on after
    # the first's 总分; cut before its 项目, the 财政 was read as the end of the first's name
    text = " ".join(
        [
            _one_line_form("某某区某某中心设备维护经费", "某某市某某区某某中心"),
            _one_line_form("某某系统运行费", "某某市某某局"),
        ]
    )
    forms = parse_text(text, "x.txt").contract_forms()
    assert [f["project_name"] for f in forms] == ["某某区某某中心设备维护经费", "某某系统运行费"]
    assert [f["department"] for f in forms] == ["某某市某某区某某中心", "某某市某某局"]
