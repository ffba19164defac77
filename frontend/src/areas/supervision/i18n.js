// Texts of the supervision area (抽查复核、执业质量检查、信用修复), Chinese and English.
export default {
  'zh-CN': {
    nav: {
      supervision: '监督检查', inspections: '检查计划', myInspections: '检查与整改', repairs: '信用修复',
      myRepairs: '信用修复申请', publicInspections: '监督检查结果'
    },
    supervision: {
      kind: '检查类型', year: '年度', share: '抽取比例', minimum: '最少抽取', population: '总体数量', items: '抽取事项',
      open: '发起检查', openTitle: '发起检查（随机抽取）', openHint: '抽取比例和最少数量不填则按规则表默认值（抽查复核 10%、至少 3 项；执业质量检查 20%、至少 1 家）。',
      opened: '已完成抽取', seed: '随机种子', verify: '复核抽取结果', reproduced: '按记录重新抽取，结果一致', notReproduced: '按记录重新抽取，结果不一致',
      record: '检查记录', checklist: '检查清单', engagement: '委托业务', agency: '机构', inspectors: '检查人员', status: '状态',
      requestPapers: '要求提交底稿', papersDeadline: '底稿提交期限', papersNote: '要求说明', papersRequested: '已要求提交工作底稿',
      papersOverdue: '逾期未交', workpapers: '工作底稿', upload: '上传底稿', uploaded: '底稿已上传',
      recordFinding: '记录检查发现', findingTitle: '记录检查发现', conclusion: '结论', comment: '说明', misconductType: '失信行为类型',
      misconductHint: '选择失信行为类型后，将按信用规则提出信用事件，机构可在异议期内提出异议。', noMisconduct: '无',
      findingRecorded: '检查发现已记录', findings: '检查发现', creditEvent: '信用事件 #{id}', creditEventProposed: '已提出信用事件 #{id}，异议期内（待生效），已告知机构',
      rectification: '整改情况', rectify: '提交整改情况', rectified: '整改情况已提交', conclude: '作出结论', concluded: '已作出结论',
      publish: '公开结果', published: '已公开', createdBy: '发起人', createdAt: '发起时间', open_: '未结事项',
      mine: '本机构的检查事项', noItems: '暂无检查事项', detail: '详情',
      repairApply: '申请信用修复', repairSubject: '修复对象', repairEvent: '信用事件', repairBlacklist: '黑名单记录',
      eventId: '信用事件编号', blacklistId: '黑名单记录编号', commitment: '本机构承诺所提交材料真实，并已纠正失信行为（信用承诺书）',
      explanation: '情况说明', correctionProof: '纠正失信行为的证明', applied: '申请已提交', repairHint: '信用事件满 3 个月、黑名单满 1 年（规则表默认）后方可申请；修复后 2 年内再次失信的，不得再次修复。',
      review: '审核', reviewTitle: '审核修复申请', recommendation: '审核意见', decide: '决定', decideTitle: '决定是否同意修复',
      decisionComment: '决定意见', repairedOn: '修复日期', appliedAt: '申请时间', since: '公示起始', reviewed: '已审核', decided: '已决定',
      publicTitle: '监督检查结果公开', publicRepairs: '信用修复公示', agencyName: '机构名称', uscc: '统一社会信用代码'
    },
    inspectionKind: { RECHECK: '抽查复核', PRACTICE_QUALITY: '执业质量检查' },
    itemStatus: {
      SAMPLED: '已抽取', PAPERS_REQUESTED: '待交底稿', PAPERS_SUBMITTED: '底稿已交', FINDING_RECORDED: '已记录发现',
      RECTIFIED: '已整改', CONCLUDED: '已结论'
    },
    conclusion: { SATISFACTORY: '未发现问题', MINOR_ISSUES: '存在一般问题', MAJOR_ISSUES: '存在重大问题' },
    checkResult: { MET: '符合', PARTLY_MET: '部分符合', NOT_MET: '不符合' },
    repairStatus: { APPLIED: '待审核', REVIEWED: '待决定', GRANTED: '已修复', REFUSED: '不予修复' },
    recommendation: { GRANT: '建议同意', REFUSE: '建议不同意' }
  },
  en: {
    nav: {
      supervision: 'Supervision', inspections: 'Inspections', myInspections: 'Inspections and rectification',
      repairs: 'Credit repair', myRepairs: 'Credit repair applications', publicInspections: 'Supervision results'
    },
    supervision: {
      kind: 'Kind', year: 'Year', share: 'Share', minimum: 'Minimum', population: 'Population', items: 'Sampled items',
      open: 'Open an inspection', openTitle: 'Open an inspection (random draw)', openHint: 'Without a share or minimum the rule table applies (re-check 10 %, at least 3; practice-quality 20 %, at least 1).',
      opened: 'The sample has been drawn', seed: 'Seed', verify: 'Re-run the draw', reproduced: 'Re-run from the record: the same result', notReproduced: 'Re-run from the record: a different result',
      record: 'Inspection record', checklist: 'Checklist', engagement: 'Engagement', agency: 'Agency', inspectors: 'Inspectors', status: 'Status',
      requestPapers: 'Request working papers', papersDeadline: 'Papers due', papersNote: 'Request note', papersRequested: 'Working papers requested',
      papersOverdue: 'Overdue', workpapers: 'Working papers', upload: 'Upload papers', uploaded: 'Papers uploaded',
      recordFinding: 'Record a finding', findingTitle: 'Record a finding', conclusion: 'Conclusion', comment: 'Comment', misconductType: 'Misconduct type',
      misconductHint: 'A misconduct type proposes the credit event under the credit rules; the agency may object within its window.', noMisconduct: 'None',
      findingRecorded: 'Finding recorded', findings: 'Findings', creditEvent: 'Credit event #{id}', creditEventProposed: 'Credit event #{id} proposed, on notice',
      rectification: 'Rectification', rectify: 'Answer with rectification', rectified: 'Rectification sent', conclude: 'Conclude', concluded: 'Concluded',
      publish: 'Publish results', published: 'Published', createdBy: 'Opened by', createdAt: 'Opened at', open_: 'Open items',
      mine: 'Your inspected items', noItems: 'No inspected items', detail: 'Details',
      repairApply: 'Apply for credit repair', repairSubject: 'What to repair', repairEvent: 'Credit event', repairBlacklist: 'Blacklisting',
      eventId: 'Credit event no.', blacklistId: 'Blacklisting no.', commitment: 'We commit that the materials are true and the misconduct has been corrected (credit commitment)',
      explanation: 'Explanation', correctionProof: 'Proof of correction', applied: 'Application sent', repairHint: 'An event may be repaired after 3 months, a blacklisting after a year (rule table defaults); an agency that offends again within 2 years of a repair cannot repair again.',
      review: 'Review', reviewTitle: 'Review the application', recommendation: 'Recommendation', decide: 'Decide', decideTitle: 'Decide on the repair',
      decisionComment: 'Decision comment', repairedOn: 'Repaired on', appliedAt: 'Applied at', since: 'On notice since', reviewed: 'Reviewed', decided: 'Decided',
      publicTitle: 'Supervision results', publicRepairs: 'Credit repairs', agencyName: 'Agency', uscc: 'USCC'
    },
    inspectionKind: { RECHECK: 'Sampled re-check', PRACTICE_QUALITY: 'Practice-quality inspection' },
    itemStatus: {
      SAMPLED: 'Sampled', PAPERS_REQUESTED: 'Papers requested', PAPERS_SUBMITTED: 'Papers submitted', FINDING_RECORDED: 'Finding recorded',
      RECTIFIED: 'Rectified', CONCLUDED: 'Concluded'
    },
    conclusion: { SATISFACTORY: 'Satisfactory', MINOR_ISSUES: 'Minor issues', MAJOR_ISSUES: 'Major issues' },
    checkResult: { MET: 'Met', PARTLY_MET: 'Partly met', NOT_MET: 'Not met' },
    repairStatus: { APPLIED: 'Waiting for review', REVIEWED: 'Waiting for decision', GRANTED: 'Repaired', REFUSED: 'Refused' },
    recommendation: { GRANT: 'Recommend granting', REFUSE: 'Recommend refusing' }
  }
}
