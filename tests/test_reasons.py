import pytest

from pipelines.warehouse.reasons import CATEGORIES, OTHER, TAXONOMY, categorise, has_reason


@pytest.mark.parametrize(
    "text", [None, "", "  ", "无", "无。", "无偏差", " 无 偏差 ", "/", "—", "没有偏差"]
)
def test_no_reason(text):
    assert has_reason(text) is False
    assert categorise(text) is None


@pytest.mark.parametrize(
    "text, category",
    [
        ("财政年初未安排资金", "funding"),
        ("因资金有限，宣传资料的派发只能覆盖一部分人群", "funding"),
        ("受疫情影响，封控期间居家办公，下半年综合服务率已达标。", "epidemic"),
        ("原因: 全国经济发展受三年疫情影响, 导致群众购房意愿不强", "epidemic"),
        ("人员流动性较大，已加大招聘加度，稳定咨询员队伍。", "staffing"),
        ("没有完成工作人员配备数量", "staffing"),
        ("年初绩效目标指标设置不准确，应为大于等于100本", "target_setting"),
        ("服务器问题导致无法登录, 建议及时维护", "technical"),
        ("系统故障导致停机两天", "technical"),
        ("通过比价采购节约资金", "savings"),
        ("项目结余资金已上缴", "savings"),
        ("响应及时率略低于年度指标值，后续将加强监管督促。", OTHER),
        ("利用租赁平台数据进行各项分析", OTHER),
    ],
)
def test_categorise(text, category):
    assert has_reason(text) is True
    assert categorise(text) == category


def test_first_matching_category_wins():
    # mentions both the epidemic and staffing: the more specific, earlier entry wins
    assert categorise("受疫情影响，人员流动较大，招聘困难") == "epidemic"


def test_taxonomy_is_consistent():
    names = [name for name, _, _ in TAXONOMY]
    assert len(names) == len(set(names)) and OTHER not in names
    assert CATEGORIES[-1] == OTHER
    assert all(keywords for _, _, keywords in TAXONOMY)
