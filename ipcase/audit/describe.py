"""Findings of `verify` in words (the command line, the export; the GUI has its own translated texts keyed by
the same problem codes)."""
from __future__ import annotations

from ipcase.audit.verify import Finding, VerifyReport

KINDS = {
    "cases": "案件", "parties": "当事人", "agents": "代理人", "patents": "专利", "timeline": "时间线记录",
    "documents": "文书", "service_records": "送达记录", "evidence_items": "证据", "evidence_files": "证据文件",
    "users": "用户", "offices": "机关", "settings": "设置", "approvals": "审批", "panel_seats": "合议组成员",
    "intake_items": "收案登记", "hearings": "口审", "hearing_records": "口审笔录", "mediation_cases": "调解案件",
    "mediation_agreements": "调解协议", "mediation_documents": "调解文书", "recusal_applications": "回避申请",
}

PROBLEMS = {
    "entries_missing": "审计链缺少条目",
    "link_broken": "审计链断开（条目被删除、插入或替换）",
    "entry_altered": "审计条目被改动",
    "chain_truncated": "审计链被截短（检查点记录的条目已不存在）",
    "chain_rewritten": "审计链被重写（与检查点记录的哈希不一致）",
    "checkpoint_forged": "检查点文件签名无效（被改动或伪造）",
    "no_genesis": "审计链缺少起点条目",
    "no_checkpoint_of_chain": "检查点目录中没有本数据库的检查点",
    "row_changed": "记录被绕过系统改动",
    "row_deleted": "记录被绕过系统删除",
    "row_inserted": "记录被绕过系统插入（审计链中没有它的条目）",
    "file_hash_mismatch": "文件内容与其存储的哈希不一致",
}


def _short(value: object) -> str:
    text = "空" if value is None else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _change(before: object, after: object) -> str:
    """"before → after"; for two long texts only the stretch where they differ, with a little context."""
    if not (isinstance(before, str) and isinstance(after, str)) or max(len(before), len(after)) <= 60:
        return f"{_short(before)} → {_short(after)}"
    start = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b),
                 min(len(before), len(after)))
    end = 0
    while end < min(len(before), len(after)) - start and before[-1 - end] == after[-1 - end]:
        end += 1
    lo = max(0, start - 8)
    cut = lambda t: ("…" if lo else "") + t[lo:len(t) - end + 8].replace("\n", " ") + ("…" if end > 8 else "")  # noqa: E731
    return f"{_short(cut(before))} → {_short(cut(after))}"


def sentence(f: Finding) -> str:
    parts = [PROBLEMS.get(f.problem, f.problem)]
    if f.record_kind:
        record = f"{KINDS.get(f.record_kind, f.record_kind)}（{f.record_kind} {f.record_key or ''}）"
        parts.append(f"记录：{record}")
    if f.case_number:
        parts.append(f"案号：{f.case_number}")
    if f.seq is not None:
        parts.append(f"审计条目 #{f.seq}")
    if f.columns:
        changed = "；".join(f"{c}：{_change(f.expected.get(c), f.actual.get(c))}" for c in f.columns)
        parts.append(f"变化：{changed}")
    elif f.problem in ("entries_missing", "chain_truncated", "chain_rewritten") and f.expected:
        parts.append("；".join(f"{k}={_short(v)}" for k, v in {**f.expected, **f.actual}.items()))
    return "，".join(parts)


def summary(report: VerifyReport) -> str:
    scope = "完整校验" if report.full else "快速校验"
    head = f"#{report.head.seq} {report.head.hash[:16]}…" if report.head else "无"
    verdict = "记录未被改动" if not report.altered else f"发现 {sum(not f.warning for f in report.findings)} 处改动"
    return (f"{scope}：{report.entries} 个审计条目，{report.rows} 条记录，{report.checkpoints} 个检查点；"
            f"链头 {head}；{verdict}")


__all__ = ["KINDS", "PROBLEMS", "sentence", "summary"]
