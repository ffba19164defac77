#!/usr/bin/env python3
"""Seeded generator of a province's data for bench/load.sh: agencies, engagements (with fee accounts,
acceptances and payments), credit events (with objections) and blacklist entries, as tab-separated files
for LOAD DATA (\\N is NULL). The same seed gives the same files.

    seed.py OUT_DIR --agencies 10000 --engagements 100000 --events 1000000 --seed 42 --today 2026-12-05 \
            --admin-id 1 --rules rules.json --first-ids first-ids.json

rules.json holds the versions in force of the rule tables ({"credit.event-types": {"id": 7, "content": {...}}, ...});
first-ids.json the first free id of each table. It writes one <table>.tsv per table and meta.json (the ids
bench/load.sh needs: the agency with the longest ledger, small ones, the agencies the writers use ...).

Distributions (documented in bench/load.sh):
- agencies: 70 % APPROVED, 5 % SUSPENDED (the pool), the rest in the other statuses; registered over 6 years;
- credit events, only for agencies in the pool: one agency with EVENTS/10 events (100,000 by default), 15
  with EVENTS/100 to EVENTS/50 (10,000 to 20,000), and the rest spread by a Pareto law (alpha 1.0, capped):
  most agencies have a handful, a long tail has hundreds or thousands; proposed over the last 6 years;
  types by weight (acceptance results and late submissions common, false reports rare); statuses by age
  (the last 10 days hold proposals, objections and confirmations; older ones are in force, expired or
  withdrawn); 2 % of events carry an objection (pending for OBJECTED events, dismissed otherwise);
- engagements: created over 5 years, mostly closed or settled, the rest spread over every state; the
  agency drawn with the same skew as the events (busy agencies get more work); contracted ones have a fee
  account, accepted ones an acceptance score, settled ones their payments, some running ones an advance.
"""
import argparse
import calendar
import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from codes import uscc  # noqa: E402


AGENCY_STATUSES = [("APPROVED", 70), ("SUSPENDED", 5), ("SUBMITTED", 8), ("DRAFT", 5), ("RETURNED", 4),
                   ("REJECTED", 4), ("WITHDRAWN", 4)]
AGENCY_TYPES = [("ACCOUNTING_FIRM", "会计师事务所"), ("ASSET_APPRAISAL", "资产评估有限公司"),
                ("CONSULTING", "管理咨询有限公司"), ("LAW_FIRM", "律师事务所"),
                ("RESEARCH_INSTITUTE", "研究院"), ("UNIVERSITY", "学院评价中心")]
CITIES = ["南京", "苏州", "无锡", "常州", "扬州", "镇江", "徐州", "淮安", "南通", "盐城", "泰州", "宿迁", "连云港"]
WORDS = ["金陵", "恒信", "正衡", "天衡", "明诚", "华誉", "致远", "信达", "博瑞", "汇通", "诚达", "启航", "中正", "立信",
         "众华", "永拓", "苏亚", "公证", "天职", "大华"]
TYPE_WEIGHTS = {"ACCEPTANCE_EXCELLENT": 10, "ACCEPTANCE_GOOD": 12, "ACCEPTANCE_PASS": 10, "ACCEPTANCE_FAIL": 3,
                "LATE_SUBMISSION": 20, "UNAPPROVED_TEAM_CHANGE": 8, "REPORT_RETURNED_REPEATEDLY": 10,
                "OBSTRUCTED_INSPECTION": 3, "UNAUTHORISED_SUBCONTRACTING": 2, "CONFIDENTIALITY_BREACH": 1.5,
                "FALSE_REPORT": 0.5, "COMMENDATION": 20}
ENGAGEMENT_TYPES = ["EX_ANTE_ASSESSMENT", "TARGET_REVIEW", "MONITORING", "KEY_EVALUATION", "DEPARTMENT_OVERALL",
                    "SELF_EVALUATION_REVIEW", "POLICY_EVALUATION", "OTHER"]
ENGAGEMENT_STATES = [("CREATED", 3), ("AGENCY_SELECTED", 2), ("ACCEPTED_BY_AGENCY", 2), ("PLAN_SUBMITTED", 2),
                     ("PLAN_APPROVED", 2), ("IN_FIELDWORK", 5), ("REPORT_SUBMITTED", 2), ("REPORT_APPROVED", 2),
                     ("ACCEPTED", 5), ("SETTLED", 10), ("CLOSED", 57), ("TERMINATED", 5)]
CONTRACTED = {"ACCEPTED_BY_AGENCY", "PLAN_SUBMITTED", "PLAN_APPROVED", "IN_FIELDWORK", "REPORT_SUBMITTED",
              "REPORT_APPROVED", "ACCEPTED", "SETTLED", "CLOSED"}
SCORED = {"ACCEPTED", "SETTLED", "CLOSED"}
RUNNING = {"AGENCY_SELECTED", "ACCEPTED_BY_AGENCY", "PLAN_SUBMITTED", "PLAN_APPROVED", "IN_FIELDWORK",
           "REPORT_SUBMITTED", "REPORT_APPROVED"}
UNITS = ["市财政局", "市教育局", "市卫生健康委员会", "市交通运输局", "市农业农村局", "市住房和城乡建设局", "市民政局",
         "市科学技术局", "市水务局", "市生态环境局", "市文化广电和旅游局", "市人力资源和社会保障局"]
PROJECTS = ["义务教育经费保障", "基层医疗卫生服务", "农村公路养护", "高标准农田建设", "城镇老旧小区改造", "养老服务补贴",
            "科技创新券", "污水处理设施运营", "公共文化服务体系", "就业创业补贴", "河道综合整治", "大气污染防治"]


def add_months(d, months):
    """Java's LocalDate.plusMonths: the same day, or the month's last day when it has fewer."""
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def ts(d, seconds=0):
    return (dt.datetime.combine(d, dt.time(1, 0)) + dt.timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S.000000")


def weighted(rng, pairs):
    values, weights = zip(*pairs)
    return rng.choices(values, weights)[0]


class Table:
    def __init__(self, out, name, columns):
        self.name, self.columns, self.rows = name, columns, 0
        self.f = open(os.path.join(out, name + ".tsv"), "w", encoding="utf-8")
        with open(os.path.join(out, name + ".cols"), "w") as cols:
            cols.write(",".join(columns))

    def add(self, *values):
        assert len(values) == len(self.columns), (self.name, values)
        self.f.write("\t".join("\\N" if v is None else ("1" if v is True else "0" if v is False else str(v)) for v in values))
        self.f.write("\n")
        self.rows += 1

    def close(self):
        self.f.close()
        # bench/load.sh loads a table as soon as its file is complete, while the next ones are generated
        open(os.path.join(os.path.dirname(self.f.name), self.name + ".done"), "w").close()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--agencies", type=int, default=10000)
    p.add_argument("--engagements", type=int, default=100000)
    p.add_argument("--events", type=int, default=1000000)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--today", required=True)
    p.add_argument("--admin-id", type=int, required=True)
    p.add_argument("--rules", required=True)
    p.add_argument("--first-ids", required=True)
    a = p.parse_args()
    rng = random.Random(a.seed)
    today = dt.date.fromisoformat(a.today)
    rules = json.load(open(a.rules, encoding="utf-8"))
    first = json.load(open(a.first_ids, encoding="utf-8"))
    admin = a.admin_id
    types = {t["code"]: t for t in rules["credit.event-types"]["content"]["types"]}
    type_codes = [c for c in TYPE_WEIGHTS if c in types]
    type_weights = [TYPE_WEIGHTS[c] for c in type_codes]
    window = int(rules["credit.objection-window"]["content"].get("days", 10))

    # ------------------------------------------------------------ agencies
    agency = Table(a.out, "agency", ["id", "name", "uscc", "agency_type", "contact_name", "contact_phone", "email",
                                     "status", "registered_at", "submitted_at", "approved_at", "confirmation_overdue",
                                     "expiring_certificates", "expired_certificates", "created_at", "updated_at"])
    pool = []
    for n in range(a.agencies):
        aid = first["agency"] + n
        t, suffix = rng.choice(AGENCY_TYPES)
        status = weighted(rng, AGENCY_STATUSES)
        reg = today - dt.timedelta(days=rng.randint(0, 6 * 365))
        sub = None if status == "DRAFT" else reg + dt.timedelta(days=rng.randint(0, 20))
        appr = sub + dt.timedelta(days=rng.randint(1, 15)) if status in ("APPROVED", "SUSPENDED") else None
        upd = max(x for x in (reg, sub, appr) if x is not None) + dt.timedelta(days=rng.randint(0, 300))
        upd = min(upd, today)
        name = "%s%s%s%s（%05d）" % (rng.choice(CITIES), rng.choice(WORDS), rng.choice(WORDS), suffix, n + 1)
        agency.add(aid, name, uscc(aid, "L"), t, "联系人", "139%08d" % (n + 1), "agency%d@example.cn" % (n + 1), status,
                   ts(reg), ts(sub) if sub else None, ts(appr) if appr else None, rng.random() < 0.05,
                   rng.choice([0, 0, 0, 0, 0, 1, 2]), rng.choice([0, 0, 0, 0, 0, 0, 0, 1]), ts(reg), ts(upd, rng.randint(0, 80000)))
        if status in ("APPROVED", "SUSPENDED"):
            pool.append(aid)
    agency.close()

    # ------------------------------------------------------------ how busy each agency in the pool is
    rng.shuffle(pool)
    giant = max(1, a.events // 10)
    heavy = [rng.randint(a.events // 100, a.events // 50) for _ in range(15)]
    counts = {pool[0]: giant}
    for i, c in enumerate(heavy):
        counts[pool[1 + i]] = c
    rest = pool[1 + len(heavy):]
    remaining = a.events - giant - sum(heavy)
    weights = [min(rng.paretovariate(1.0) - 1.0, 400.0) for _ in rest]
    total_w = sum(weights)
    assigned = 0
    for aid, w in zip(rest, weights):
        c = int(w / total_w * remaining)
        counts[aid] = c
        assigned += c
    for i in range(remaining - assigned):  # the rounding remainder, one each
        counts[rest[i % len(rest)]] += 1
    busy = sorted(counts, key=counts.get, reverse=True)

    # ------------------------------------------------------------ engagements, fees, acceptances, payments
    eng = Table(a.out, "engagement", ["id", "title", "engagement_type", "commissioning_unit", "funds_involved", "fee",
                                      "fee_cap_version_id", "planned_start", "planned_end", "supervisor_id", "state",
                                      "state_entered_at", "agency_id", "selection_method", "contracted_on", "deadline",
                                      "deadline_version_id", "overdue", "overdue_since", "termination_reason",
                                      "created_by", "created_at", "updated_at"])
    fee = Table(a.out, "engagement_fee", ["engagement_id", "fee", "contracted_on", "fee_ratio_version_id",
                                          "advance_share_version_id", "acceptance_id", "grade", "fee_ratio", "payable",
                                          "paid", "locked", "updated_at"])
    acc = Table(a.out, "acceptance", ["id", "engagement_id", "round", "template_version_id", "grade_bands_version_id",
                                      "fee_ratio_version_id", "total", "grade", "fee_ratio", "fee", "payable",
                                      "scored_by_id", "scored_by", "scored_at"])
    pay = Table(a.out, "payment", ["id", "engagement_id", "kind", "amount", "paid_on", "reference", "recorded_by_id",
                                   "recorded_by", "recorded_at"])
    busy_weights = [counts[x] + 5 for x in busy]
    engagement_of = {}
    acceptance_id = first["acceptance"]
    payment_id = first["payment"]
    ratios = {"EXCELLENT": "1.0000", "GOOD": "0.9500", "PASS": "0.8500", "FAIL": "0.5000"}
    agency_draws = rng.choices(busy, busy_weights, k=a.engagements)
    for n in range(a.engagements):
        eid = first["engagement"] + n
        state = weighted(rng, ENGAGEMENT_STATES)
        created = today - dt.timedelta(days=rng.randint(0, 5 * 365))
        if state in RUNNING or state == "CREATED":
            created = today - dt.timedelta(days=rng.randint(0, 200))
        ag = None if state == "CREATED" or (state == "TERMINATED" and rng.random() < 0.5) else agency_draws[n]
        fee_amount = rng.randint(50, 2000) * 1000
        funds = fee_amount * rng.randint(20, 200)
        start = created + dt.timedelta(days=rng.randint(10, 40))
        end = start + dt.timedelta(days=rng.randint(60, 240))
        contracted = created + dt.timedelta(days=rng.randint(5, 30)) if state in CONTRACTED else None
        deadline = overdue_since = None
        overdue = False
        if state in RUNNING:
            deadline = today + dt.timedelta(days=rng.randint(-30, 60))
            if deadline < today and rng.random() < 0.6:
                overdue, overdue_since = True, deadline + dt.timedelta(days=1)
        entered = min(today, created + dt.timedelta(days=rng.randint(0, 120)))
        title = "%s%s项目%s绩效评价（%06d）" % (rng.choice(UNITS)[1:], rng.choice(PROJECTS), rng.choice(["年度", "中期", "事前", "专项"]), n + 1)
        eng.add(eid, title, rng.choice(ENGAGEMENT_TYPES), rng.choice(UNITS), "%d.00" % funds, "%d.00" % fee_amount,
                rules["engagement.fee-caps"]["id"], start, end, admin, state, ts(entered), ag,
                None if ag is None else rng.choice(["PROCUREMENT", "MERIT", "DRAW", "DRAW"]), contracted, deadline,
                rules["engagement.deadlines"]["id"] if deadline else None, overdue, overdue_since,
                "委托单位撤回预算安排" if state == "TERMINATED" else None, "admin", ts(created, rng.randint(0, 80000)),
                ts(entered, rng.randint(0, 80000)))
        if ag is not None:
            engagement_of.setdefault(ag, []).append(eid)
        if contracted is None:
            continue
        acceptance = grade = ratio = payable = None
        paid = 0
        payments = []
        if state in SCORED:
            total = round(min(100.0, max(35.0, rng.gauss(84, 8))), 1)
            grade = "EXCELLENT" if total >= 90 else "GOOD" if total >= 80 else "PASS" if total >= 60 else "FAIL"
            ratio = ratios[grade]
            payable = fee_amount * float(ratio)
            acceptance = acceptance_id
            acceptance_id += 1
            scored = min(today, end + dt.timedelta(days=rng.randint(0, 30)))
            acc.add(acceptance, eid, 1, rules["acceptance.scoring-template"]["id"], rules["acceptance.grade-bands"]["id"],
                    rules["acceptance.fee-ratios"]["id"], "%.1f" % total, grade, ratio, "%d.00" % fee_amount,
                    "%.2f" % payable, admin, "admin", ts(scored))
            if state in ("SETTLED", "CLOSED"):
                payments.append(("PAYMENT", payable, min(today, scored + dt.timedelta(days=rng.randint(1, 40)))))
        elif rng.random() < 0.3:
            payments.append(("ADVANCE", fee_amount * 0.3, min(today, contracted + dt.timedelta(days=rng.randint(1, 20)))))
        for kind, amount, on in payments:
            pay.add(payment_id, eid, kind, "%.2f" % amount, on, "PZ%08d" % payment_id, admin, "admin", ts(on))
            payment_id += 1
            paid += amount
        fee.add(eid, "%d.00" % fee_amount, contracted, rules["acceptance.fee-ratios"]["id"],
                rules["acceptance.advance-share"]["id"], acceptance, grade, ratio,
                None if payable is None else "%.2f" % payable, "%.2f" % paid, bool(payments) and acceptance is not None,
                ts(contracted))
    for t in (eng, fee, acc, pay):
        t.close()

    # ------------------------------------------------------------ credit events and objections
    ev = Table(a.out, "credit_event", ["id", "agency_id", "type_code", "type_name_zh", "type_name_en", "points",
                                       "validity_months", "proposes_blacklist", "source", "types_version_id",
                                       "engagement_id", "evidence", "status", "proposed_on", "objection_deadline",
                                       "effective_on", "expires_on", "proposed_by_id", "proposed_by_name",
                                       "confirmed_by_name", "confirmed_at", "withdrawn_by_name", "withdrawn_at",
                                       "withdrawal_reason", "created_at", "updated_at"])
    obj = Table(a.out, "credit_objection", ["id", "event_id", "agency_id", "kind", "reason", "status", "submitted_by_id",
                                            "submitted_by_name", "submitted_at", "decided_by_name", "decided_at",
                                            "decision_comment"])
    event_id = first["credit_event"]
    objection_id = first["credit_objection"]
    false_reports = []
    types_version = rules["credit.event-types"]["id"]
    any_engagement = first["engagement"]
    for aid in busy:
        c = counts[aid]
        if c == 0:
            continue
        codes = rng.choices(type_codes, type_weights, k=c)
        mine = engagement_of.get(aid)
        for code in codes:
            t = types[code]
            proposed = today - dt.timedelta(days=rng.randint(0, 6 * 365))
            age = (today - proposed).days
            deadline = proposed + dt.timedelta(days=window)
            source = t.get("source") or "INSPECTION"
            confirmed = withdrawn = None
            objection = None
            if source == "ACCEPTANCE":
                status, effective = "EFFECTIVE", proposed
            elif age <= window:
                status = weighted(rng, [("PROPOSED", 60), ("EFFECTIVE", 25), ("OBJECTED", 10), ("WITHDRAWN", 5)])
                effective = deadline + dt.timedelta(days=1)
                if status == "EFFECTIVE":
                    effective, confirmed = proposed + dt.timedelta(days=rng.randint(0, age)), True
            else:
                status = weighted(rng, [("EFFECTIVE", 91), ("WITHDRAWN", 8), ("OBJECTED", 1)])
                effective = deadline + dt.timedelta(days=1)
            if status == "OBJECTED":
                objection = "PENDING"
            elif status == "EFFECTIVE" and rng.random() < 0.02:
                objection = "DISMISSED"
            if status == "WITHDRAWN":
                withdrawn = proposed + dt.timedelta(days=rng.randint(0, min(age, window)))
            expires = add_months(effective, t["validityMonths"])
            engagement = (rng.choice(mine) if mine else any_engagement + rng.randrange(a.engagements)) \
                if source == "ACCEPTANCE" or rng.random() < 0.5 else None
            ev.add(event_id, aid, code, t["nameZh"], t["nameEn"], t["points"], t["validityMonths"],
                   bool(t.get("proposesBlacklist")), source, types_version, engagement,
                   "压测证据：%s 检查记录第 %d 号" % (proposed.isoformat(), event_id), status, proposed, deadline,
                   effective, expires, admin, "admin", "admin" if confirmed else None,
                   ts(effective, 3600) if confirmed else None, "admin" if withdrawn else None,
                   ts(withdrawn, 7200) if withdrawn else None, "压测撤销：事实不成立" if withdrawn else None,
                   ts(proposed), ts(withdrawn or effective if status != "PROPOSED" else proposed, 7200))
            if objection:
                submitted = proposed + dt.timedelta(days=rng.randint(0, min(age, window)))
                decided = objection != "PENDING"
                obj.add(objection_id, event_id, aid, "EVENT", "压测异议：对扣分事实有不同意见", objection, admin, "admin",
                        ts(submitted, 3000), "admin" if decided else None, ts(submitted, 90000) if decided else None,
                        "压测处理意见：维持原认定" if decided else None)
                objection_id += 1
            if code == "FALSE_REPORT" and status == "EFFECTIVE":
                false_reports.append((aid, event_id, effective))
            event_id += 1
    ev.close()
    obj.close()

    # ------------------------------------------------------------ blacklist entries: some false reports led to one
    bl = Table(a.out, "credit_blacklist_entry", ["id", "agency_id", "event_id", "reason", "start_on", "until_on",
                                                  "created_by_name", "created_at", "lifted_on", "lift_reason",
                                                  "lifted_by_name", "lifted_at"])
    entry_id = first["credit_blacklist_entry"]
    listed = set()
    for aid, eid, effective in false_reports:
        if aid in listed or rng.random() > 0.2:
            continue
        listed.add(aid)
        start = effective + dt.timedelta(days=rng.randint(0, 10))
        if start > today:
            continue
        until = add_months(start, 36) - dt.timedelta(days=1)
        lifted = start + dt.timedelta(days=rng.randint(180, 600)) if rng.random() < 0.25 else None
        if lifted and lifted > today:
            lifted = None
        bl.add(entry_id, aid, eid, "出具虚假报告，列入黑名单", start, until, "admin", ts(start),
               lifted, "信用修复：整改到位" if lifted else None, "admin" if lifted else None, ts(lifted) if lifted else None)
        entry_id += 1
    bl.close()

    small = [x for x in busy if 1 <= counts[x] <= 20]
    rng.shuffle(small)
    writers = [x for x in busy if 1 <= counts[x] <= 2000]
    rng.shuffle(writers)
    ordered = sorted(counts[x] for x in pool)
    q = lambda f: ordered[min(len(ordered) - 1, int(f * len(ordered)))]
    meta = {
        "giant": pool[0], "giantEvents": giant, "heavy": busy[1:16],
        "small": small[:200], "writers": writers[:300], "pool": len(pool),
        "eventsPerPoolAgency": {"min": ordered[0], "p50": q(0.5), "p90": q(0.9), "p99": q(0.99), "max": ordered[-1],
                                "withNone": sum(1 for x in ordered if x == 0)},
        "rows": {t.name: t.rows for t in (agency, eng, fee, acc, pay, ev, obj, bl)},
    }
    json.dump(meta, open(os.path.join(a.out, "meta.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
