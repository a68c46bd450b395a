"""A small hand-made form that breaks no self-evaluation rule, and helpers to load variants of it
into a temporary warehouse and read back what a rule found."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path

from pipelines import discovery
from pipelines.parser.result import ParseResult
from pipelines.quality import sql_checks
from pipelines.warehouse import load as wh_load


def clean_form() -> dict:
    """Funds 100/100/95 yuan (95%, score 9.5 of 10); four indicators worth 90, one missing its
    target with a reason; total 97.5 of 100, 优. Every rule in sql/rules/ passes on it."""

    def fund(line, initial, annual, executed, rate, weight=None, score=None):
        return {
            "line": line,
            "initial_budget": initial,
            "annual_budget": annual,
            "executed": executed,
            "weight": weight,
            "execution_rate": rate,
            "score": score,
        }

    def row(level1, level2, name, target, actual, weight, score, deviation=None, line=10):
        return {
            "level1": level1,
            "level2": level2,
            "name": name,
            "target": target,
            "actual": actual,
            "weight": weight,
            "score": score,
            "deviation": deviation,
            "line_start": line,
            "line_end": line,
        }

    return {
        "form_index": 0,
        "line_start": 1,
        "line_end": 20,
        "warnings": [],
        "year": 2023,
        "project_name": "道路养护经费",
        "department": "某市交通委员会",
        "implementing_unit": "某市道路养护中心",
        "amount_unit": "元",
        "funds": [
            fund("年度资金总额", 100.0, 100.0, 95.0, 95.0, 10.0, 9.5),
            fund("当年财政拨款", 80.0, 80.0, 75.0, 93.75),
            fund("上年结转资金", 20.0, 20.0, 20.0, 100.0),
            fund("其他资金", 0.0, 0.0, 0.0, 0.0),
        ],
        "goal_planned": "完成道路养护。",
        "goal_actual": "已完成道路养护。",
        "indicators": [
            row("产出指标", "数量指标", "巡查次数", "=52次", "52次", 40.0, 40.0, line=11),
            row("产出指标", "质量指标", "养护合格率", ">=90%", "95%", 30.0, 30.0, line=12),
            row("效益指标", "社会效益指标", "通行效率", "提升", "达成指标", 10.0, 10.0, line=13),
            row(
                "满意度指标",
                "服务对象满意度指标",
                "市民满意度",
                ">=85%",
                "80%",
                10.0,
                8.0,
                "问卷样本偏少，下一年扩大调查范围。",
                line=14,
            ),
        ],
        "total_weight": 100.0,
        "total_score": 97.5,
        "grade": "优",
    }


def variant(change) -> dict:
    """A copy of the clean form with ``change(form)`` applied."""
    form = copy.deepcopy(clean_form())
    change(form)
    return form


def landing_file(rel_path: str) -> discovery.LandingFile:
    return discovery.LandingFile(
        key=discovery.file_key(rel_path),
        rel_path=rel_path,
        path=Path(rel_path),
        sha256=hashlib.sha256(rel_path.encode()).hexdigest(),
        size=1,
    )


def load(db: Path, files: dict[str, list[dict]]) -> Path:
    """Load each file's forms (form_index set by position) into the warehouse ``db``."""
    for rel_path, forms in files.items():
        forms = [dict(form, form_index=i) for i, form in enumerate(forms)]
        wh_load.load_file(db, landing_file(rel_path), ParseResult(rel_path, "utf-8", forms))
    return db


def found(db: Path, rule: str) -> list[dict]:
    """The issues ``rule`` finds after the quality_issues table is rebuilt."""
    sql_checks.refresh(db)
    return sql_checks.issues(db, rule, sample_size=1000).sample
