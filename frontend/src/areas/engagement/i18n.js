// Texts of the engagement and acceptance screens (委托业务、验收考核与费用), Chinese and English.
export default {
  'zh-CN': {
    nav: { engagements: '委托业务', myEngagements: '我的委托业务', engagementRules: '委托与验收规则' },
    eng: {
    preview: { hint: '填写全部得分后，这里显示系统按现行规则计算的考核等级、支付比例和应付金额' },
    confirms: {
      assess: '按 {total} 分提交后，将据此确定考核等级和应付金额并告知机构；付款后评分将锁定。确定提交评分吗？',
      pay: '登记 {amount} 后不能撤销，验收评分将随之锁定（只有管理员可以重新开启）。确定登记付款吗？'
    },
    engagement: {
      list: '委托业务', create: '新建委托业务', edit: '编辑委托业务', detail: '委托业务详情',
      id: '编号', title: '项目名称', type: '业务类型', commissioningUnit: '委托方', evaluatedUnits: '被评价单位及项目',
      unit: '被评价单位', project: '项目', funds: '涉及资金（元）', fundsInvolved: '涉及资金总额（元）', fee: '委托服务费（元）',
      feeCap: '最高限价', feeCapOverrideReason: '超限价理由（仅管理员）', feeCapOverride: '超限价核准',
      plannedStart: '计划开始', plannedEnd: '计划结束', period: '计划期间', supervisor: '跟踪人员',
      state: '状态', agency: '受托机构', selectionMethod: '选定方式', deadline: '本环节期限', overdue: '已逾期',
      overdueOnly: '仅看逾期', lowFee: '异常低价', lowFeeOnly: '仅看异常低价',
      lowFeeHint: '委托服务费低于最高限价的规定比例，已记录低价理由', createdAt: '创建时间', contractedOn: '签约日期', terminationReason: '解除原因',
      addUnit: '添加单位', removeUnit: '删除', q: '项目名称', states: '状态', anyAgency: '任意机构',
      created: '委托业务已创建', saved: '委托业务已保存', noAgency: '尚未选定',
      terminate: '解除委托', terminateTitle: '解除委托业务', terminateReason: '解除原因', terminated: '委托业务已解除',
      close: '归档', closeConfirm: '确认将此已结算的委托业务归档？', closed: '委托业务已归档',
      timeline: '办理进程', info: '基本信息', overdueSince: '逾期自 {date}', dueOn: '{date} 前',
      startFieldwork: '开始实施', fieldworkStarted: '已进入实施阶段',
      tabs: { selection: '选定机构', plans: '工作方案', reports: '评价报告', issues: '协调问题', assessment: '验收考核', fee: '费用支付', documents: '文件' }
    },
    types: {
      EX_ANTE_ASSESSMENT: '事前绩效评估', TARGET_REVIEW: '绩效目标审核', MONITORING: '绩效运行监控', KEY_EVALUATION: '重点绩效评价',
      DEPARTMENT_OVERALL: '部门整体支出评价', SELF_EVALUATION_REVIEW: '自评复核', POLICY_EVALUATION: '政策评价', OTHER: '其他'
    },
    states: {
      CREATED: '待选定机构', AGENCY_SELECTED: '待机构确认', ACCEPTED_BY_AGENCY: '机构已接受', PLAN_SUBMITTED: '方案待审核',
      PLAN_APPROVED: '方案已通过', IN_FIELDWORK: '实施中', REPORT_SUBMITTED: '报告待审核', REPORT_APPROVED: '报告已通过',
      ACCEPTED: '已验收', SETTLED: '已结算', CLOSED: '已归档', TERMINATED: '已解除'
    },
    methods: { DRAW: '随机抽取', MERIT: '择优选定', PROCUREMENT: '政府采购' },
    procurement: {
      PUBLIC_TENDER: '公开招标', INVITED_TENDER: '邀请招标', COMPETITIVE_NEGOTIATION: '竞争性谈判',
      COMPETITIVE_CONSULTATION: '竞争性磋商', INQUIRY: '询价', SINGLE_SOURCE: '单一来源', FRAMEWORK_AGREEMENT: '框架协议', OTHER: '其他'
    },
    reasons: {
      NOT_APPROVED: '不在机构库', SUSPENDED: '已暂停', BLACKLISTED: '黑名单', GRADE_BELOW_MINIMUM: '信用等级低于要求',
      INTEREST_RELATIONSHIP: '存在利害关系（回避）', DECLINED: '曾拒绝本项委托', TOO_MANY_IN_PROGRESS: '在办业务已达上限',
      ROTATION: '上年评价过同一单位（轮换）', PRIOR_WORK_ON_PROJECT: '曾承担本项目事前绩效评估或绩效目标审核（回避）',
      RECENT_CLIENT: '被评价单位近年曾是其委托方（回避）'
    },
    selection: {
      group: '关联组', groupOf: '关联组 #{id}', oneEntrant: '关联机构作为一个参与者抽取：{names}',
      method: '选定方式', eligible: '符合条件的机构', excluded: '排除的机构', reason: '排除原因', detail: '说明',
      rank: '排名', grade: '信用等级', score: '信用分', trackRecord: '同类业绩', leadEvaluators: '有效主评人', weight: '抽取权重',
      minimum: '随机抽取至少需要 {n} 家符合条件的机构', draw: '随机抽取', drawConfirm: '将按信用等级加权随机抽取一家机构，结果与种子将被记录且不可更改。继续？',
      drawn: '已抽取：{name}', verify: '验证抽取结果', reproduced: '验证通过：按记录的种子与机构名单重新抽取，结果一致（{name}）',
      notReproduced: '验证失败：按记录重新抽取的结果与记录不一致', seed: '随机种子', ticket: '抽签号 {ticket} / 总权重 {total}',
      pool: '抽取名单（按机构编号排序）', justification: '择优理由', lowFeeJustification: '低价理由', lowFeeLimit: '异常低价线（元）', choose: '选定', chosen: '已选定机构',
      procurementMethod: '采购方式', procurementReference: '采购项目编号', procurementDate: '采购结果日期', evidence: '采购结果文件（PDF）',
      submit: '确认选定', history: '选定记录', round: '第 {n} 轮', status: { PENDING: '待机构确认', CONFIRMED: '已接受', DECLINED: '已拒绝', CANCELLED: '已取消' },
      selectedBy: '选定人', answeredAt: '答复时间', declineReason: '拒绝理由', agencyPick: '选择机构', searchAgency: '输入机构名称查找',
      rulesVersion: '规则版本：资格 #{e}，抽取 #{d}', pending: '已选定，等待机构确认', redraw: '重新选定（不含已拒绝的机构）'
    },
    confirmation: {
      title: '接受或拒绝委托', accept: '接受委托', decline: '拒绝委托', declaration: '本机构承诺与委托方及被评价单位不存在利害关系',
      reason: '拒绝理由', accepted: '已接受委托', declined: '已拒绝委托', prompt: '贵机构被选定承接此项委托业务，请确认。'
    },
    plan: {
      submit: '提交工作方案', round: '第 {n} 轮', team: '工作组', person: '人员', role: '分工角色', duty: '职责',
      LEAD: '项目负责人（主评人）', MEMBER: '成员', schedule: '进度安排', milestone: '节点', dueOn: '完成日期', indicators: '指标体系',
      indicator: '指标', weight: '权重', weightTotal: '权重合计：{n}', sampling: '抽样覆盖面', method: '评价方法', document: '方案文件（PDF，可选）',
      add: '添加', submitted: '工作方案已提交', review: '审核', approve: '通过', return: '退回', comment: '审核意见',
      reviewed: '审核完成', overrideReason: '否决专家意见的理由', status: { SUBMITTED: '待审核', APPROVED: '已通过', RETURNED: '已退回', WITHDRAWN: '已撤回' },
      none: '尚未提交工作方案', reviewer: '审核人'
    },
    report: {
      submit: '提交评价报告', kind: '版本', DRAFT: '初稿', FINAL: '定稿', file: '报告文件（PDF）', summary: '说明',
      submitted: '评价报告已提交', none: '尚未提交报告', approveDraftHint: '通过初稿后，机构须提交正式稿'
    },
    issue: {
      raise: '登记协调问题', category: '类别', description: '问题描述', raisedBy: '提出人', resolution: '处理结果', resolve: '处理',
      resolved: '已处理', open: '待处理', none: '暂无协调问题',
      categories: { COMMUNICATION: '沟通联络', DOCUMENTS: '资料收集', SITE_CHECK: '现场核查', CONSULTATION: '咨询答疑', SCHEDULE: '进度安排', OTHER: '其他' },
      sides: { BUREAU: '财政局', AGENCY: '机构' }
    },
    assessment: {
      template: '评分模板 第 {v} 版', stage: '阶段', item: '评分项目', max: '满分', points: '得分', guidance: '评分说明',
      total: '合计', grade: '考核等级', ratio: '支付比例', payable: '应付金额', comment: '考核意见', submit: '提交评分',
      scored: '评分已保存：{total} 分，{grade}', sheet: '下载评分表（PDF）', locked: '已付款，评分已锁定',
      reopen: '重新开启评分', reopenReason: '重新开启的理由', reopened: '评分已重新开启，请重新评分', rescore: '修改评分',
      history: '评分记录', round: '第 {n} 轮', superseded: '已被替代：{reason}', notYet: '尚未验收评分',
      stages: { BEFORE: '前期准备', DURING: '组织实施', AFTER: '报告撰写' }
    },
    grades: { EXCELLENT: '优秀', GOOD: '良好', PASS: '合格', FAIL: '不合格' },
    notes: { DRAFT_APPROVED: '初稿已通过，待提交正式稿', REWORK: '验收不合格，重新提交报告' },
    fee: {
      fee: '委托服务费', ratio: '支付比例', payable: '应付金额', paid: '已付金额', remaining: '未付余额', toRecover: '应追回金额',
      advanceLimit: '验收前预付上限（{share}）', pay: '登记付款', amount: '金额（元）', paidOn: '支付日期', reference: '支付凭证号',
      kind: '类型', kinds: { ADVANCE: '预付款', PAYMENT: '尾款', RECOVERY: '追回' }, recorded: '付款已登记',
      payments: '付款记录', recordedBy: '登记人', notContracted: '签约后才能付款', ratioVersion: '费率表 第 {v} 版（签约时适用）'
    },
    documents: { name: '文件名', purpose: '用途', size: '大小', sha256: 'SHA-256', uploadedBy: '上传人', uploadedAt: '上传时间',
      purposes: { PLAN: '工作方案', REPORT: '评价报告', PROCUREMENT: '采购结果', OTHER: '其他' }, choose: '选择 PDF 文件', uploaded: '文件已上传' },
    home: {
      staffTitle: '委托业务待办', agencyTitle: '我的委托业务', toSelect: '待选定机构', toConfirm: '待机构确认', plansToReview: '方案待审核',
      reportsToReview: '报告待审核', toScore: '待验收评分', overdue: '已逾期', toAnswer: '待我确认', planDue: '待提交方案',
      inFieldwork: '实施中（待提交报告）', scored: '已验收'
    },
    rules: {
      title: '委托与验收规则', version: '第 {v} 版', publishedBy: '{by} 于 {at} 发布', reason: '修改理由', publish: '发布新版本',
      published: '已发布第 {v} 版', history: '历史版本', add: '添加一行', remove: '删除',
      tables: {
        feeCaps: '委托服务费最高限价', draw: '随机抽取（最少家数、信用等级权重）',
        eligibility: '选定资格条件', deadlines: '各环节办理期限（天）',
        scoringTemplate: '验收考核评分模板', gradeBands: '考核等级分数线',
        feeRatios: '考核等级对应支付比例', advanceShare: '验收前预付比例', lowFee: '异常低价（低于最高限价的比例）',
        historyConflicts: '历史利害关系回避（前期业务、近年委托方）'
      },
      by: '发布人', at: '发布时间', number: '版本',
      fields: {
        caps: '限价表', type: '业务类型', fundsFrom: '资金下限（含）', fundsBelow: '资金上限（不含，空为不限）', cap: '最高限价（元）',
        minimumEligible: '至少符合条件家数', weightA: 'A 级权重', weightB: 'B 级权重', weightC: 'C 级权重',
        minimumGrade: '最低信用等级', limitInProgress: '限制在办业务数', maxInProgress: '在办业务上限', rotation: '轮换（上年评价过同一单位者回避）',
        exAnteAssessment: '承担过项目事前绩效评估者回避', targetReview: '承担过项目绩效目标审核者回避', priorWorkYears: '前期业务回溯年数（0 为不限）', clientYears: '近年委托方回避年数（0 为关闭）',
        created: '待选定机构', agencySelected: '待机构确认', acceptedByAgency: '提交方案', planSubmitted: '审核方案', planApproved: '开始实施',
        inFieldworkAfterPlannedEnd: '计划结束后提交报告', reportSubmitted: '审核报告', reportApproved: '验收评分', accepted: '付款', settled: '归档',
        items: '评分项目', id: '编号', stage: '阶段', name: '名称', nameEn: '英文名称', maxPoints: '满分', guidance: '评分说明',
        excellentFrom: '优秀（不低于）', goodFrom: '良好（不低于）', passFrom: '合格（不低于）',
        excellent: '优秀', good: '良好', pass: '合格', fail: '不合格', share: '比例（0–1）'
      }
    }
    }
  },
  en: {
    nav: { engagements: 'Engagements', myEngagements: 'My engagements', engagementRules: 'Engagement rules' },
    eng: {
    preview: { hint: 'Once every item has its points, the grade, fee ratio and payable amount the rules give appear here' },
    confirms: {
      assess: 'Submitting {total} points sets the grade and the payable amount and informs the agency; a payment will lock the score. Submit the score?',
      pay: 'Recording {amount} cannot be undone, and it locks the score (only an administrator can reopen it). Record the payment?'
    },
    engagement: {
      list: 'Engagements', create: 'New engagement', edit: 'Edit engagement', detail: 'Engagement',
      id: 'No.', title: 'Title', type: 'Type', commissioningUnit: 'Commissioning unit', evaluatedUnits: 'Evaluated units and projects',
      unit: 'Evaluated unit', project: 'Project', funds: 'Funds (yuan)', fundsInvolved: 'Funds involved (yuan)', fee: 'Fee (yuan)',
      feeCap: 'Fee cap', feeCapOverrideReason: 'Reason for exceeding the cap (admin only)', feeCapOverride: 'Cap override',
      plannedStart: 'Planned start', plannedEnd: 'Planned end', period: 'Planned period', supervisor: 'Supervisor',
      state: 'State', agency: 'Agency', selectionMethod: 'Selection', deadline: 'Deadline', overdue: 'Overdue',
      overdueOnly: 'Overdue only', lowFee: 'Abnormally low fee', lowFeeOnly: 'Abnormally low fees only',
      lowFeeHint: 'The fee is below the set share of the fee cap; a justification is on record', createdAt: 'Created', contractedOn: 'Contracted on', terminationReason: 'Termination reason',
      addUnit: 'Add unit', removeUnit: 'Remove', q: 'Title', states: 'States', anyAgency: 'Any agency',
      created: 'Engagement created', saved: 'Engagement saved', noAgency: 'Not chosen yet',
      terminate: 'Terminate', terminateTitle: 'Terminate the engagement', terminateReason: 'Reason', terminated: 'Engagement terminated',
      close: 'Close', closeConfirm: 'Close this settled engagement?', closed: 'Engagement closed',
      timeline: 'Timeline', info: 'Details', overdueSince: 'overdue since {date}', dueOn: 'due {date}',
      startFieldwork: 'Start fieldwork', fieldworkStarted: 'Fieldwork started',
      tabs: { selection: 'Agency selection', plans: 'Work plan', reports: 'Reports', issues: 'Coordination', assessment: 'Acceptance', fee: 'Fee and payments', documents: 'Files' }
    },
    types: {
      EX_ANTE_ASSESSMENT: 'Ex-ante assessment', TARGET_REVIEW: 'Target review', MONITORING: 'Monitoring', KEY_EVALUATION: 'Key evaluation',
      DEPARTMENT_OVERALL: 'Department overall spending', SELF_EVALUATION_REVIEW: 'Self-evaluation review', POLICY_EVALUATION: 'Policy evaluation', OTHER: 'Other'
    },
    states: {
      CREATED: 'Awaiting selection', AGENCY_SELECTED: 'Awaiting the agency', ACCEPTED_BY_AGENCY: 'Accepted by the agency', PLAN_SUBMITTED: 'Plan under review',
      PLAN_APPROVED: 'Plan approved', IN_FIELDWORK: 'In fieldwork', REPORT_SUBMITTED: 'Report under review', REPORT_APPROVED: 'Report approved',
      ACCEPTED: 'Accepted', SETTLED: 'Settled', CLOSED: 'Closed', TERMINATED: 'Terminated'
    },
    methods: { DRAW: 'Random draw', MERIT: 'Merit', PROCUREMENT: 'Procurement' },
    procurement: {
      PUBLIC_TENDER: 'Public tender', INVITED_TENDER: 'Invited tender', COMPETITIVE_NEGOTIATION: 'Competitive negotiation',
      COMPETITIVE_CONSULTATION: 'Competitive consultation', INQUIRY: 'Request for quotation', SINGLE_SOURCE: 'Single source', FRAMEWORK_AGREEMENT: 'Framework agreement', OTHER: 'Other'
    },
    reasons: {
      NOT_APPROVED: 'Not in the pool', SUSPENDED: 'Suspended', BLACKLISTED: 'Blacklisted', GRADE_BELOW_MINIMUM: 'Credit grade below the minimum',
      INTEREST_RELATIONSHIP: 'Interest relationship (recusal)', DECLINED: 'Declined this engagement', TOO_MANY_IN_PROGRESS: 'Too many engagements in progress',
      ROTATION: 'Evaluated the same unit last year (rotation)', PRIOR_WORK_ON_PROJECT: 'Did the ex-ante assessment or target review of this project (recusal)',
      RECENT_CLIENT: 'An evaluated unit was its client in recent years (recusal)'
    },
    selection: {
      group: 'Related group', groupOf: 'Group #{id}', oneEntrant: 'Related agencies drawn as one entrant: {names}',
      method: 'Method', eligible: 'Eligible agencies', excluded: 'Excluded agencies', reason: 'Reason', detail: 'Detail',
      rank: 'Rank', grade: 'Credit grade', score: 'Credit score', trackRecord: 'Same-type track record', leadEvaluators: 'Qualified lead evaluators', weight: 'Weight',
      minimum: 'A draw needs at least {n} eligible agencies', draw: 'Draw', drawConfirm: 'An agency will be drawn at random, weighted by credit grade; the result and the seed are recorded for good. Continue?',
      drawn: 'Drawn: {name}', verify: 'Verify the draw', reproduced: 'Verified: re-running the recorded seed and pool gives the same agency ({name})',
      notReproduced: 'Not verified: re-running the record gives another agency', seed: 'Seed', ticket: 'Ticket {ticket} of total weight {total}',
      pool: 'Pool (in agency id order)', justification: 'Justification', lowFeeJustification: 'Low-fee justification', lowFeeLimit: 'Low-fee limit (yuan)', choose: 'Choose', chosen: 'Chosen agency',
      procurementMethod: 'Procurement method', procurementReference: 'Procurement reference', procurementDate: 'Date of the result', evidence: 'Result document (PDF)',
      submit: 'Confirm the choice', history: 'Selection rounds', round: 'Round {n}', status: { PENDING: 'Awaiting the agency', CONFIRMED: 'Accepted', DECLINED: 'Declined', CANCELLED: 'Cancelled' },
      selectedBy: 'Selected by', answeredAt: 'Answered', declineReason: 'Reason for declining', agencyPick: 'Agency', searchAgency: 'Type an agency name',
      rulesVersion: 'Rule versions: eligibility #{e}, draw #{d}', pending: 'Chosen; waiting for the agency', redraw: 'Choose again (without the agencies that declined)'
    },
    confirmation: {
      title: 'Accept or decline', accept: 'Accept', decline: 'Decline', declaration: 'We declare no interest relationship with the commissioning unit or any evaluated unit',
      reason: 'Reason for declining', accepted: 'Engagement accepted', declined: 'Engagement declined', prompt: 'Your agency has been chosen for this engagement. Please answer.'
    },
    plan: {
      submit: 'Submit the work plan', round: 'Round {n}', team: 'Team', person: 'Person', role: 'Role', duty: 'Duty',
      LEAD: 'Team leader (lead evaluator)', MEMBER: 'Member', schedule: 'Schedule', milestone: 'Milestone', dueOn: 'Due on', indicators: 'Indicator system',
      indicator: 'Indicator', weight: 'Weight', weightTotal: 'Total weight: {n}', sampling: 'Sampling coverage', method: 'Method', document: 'Plan document (PDF, optional)',
      add: 'Add', submitted: 'Work plan submitted', review: 'Review', approve: 'Approve', return: 'Return', comment: 'Comment',
      reviewed: 'Review saved', overrideReason: 'Reason to override the panel', status: { SUBMITTED: 'Under review', APPROVED: 'Approved', RETURNED: 'Returned', WITHDRAWN: 'Withdrawn' },
      none: 'No work plan yet', reviewer: 'Reviewer'
    },
    report: {
      submit: 'Submit a report', kind: 'Version', DRAFT: 'Draft', FINAL: 'Final', file: 'Report file (PDF)', summary: 'Notes',
      submitted: 'Report submitted', none: 'No report yet', approveDraftHint: 'After an approved draft the agency submits the final version'
    },
    issue: {
      raise: 'Log an issue', category: 'Category', description: 'Description', raisedBy: 'Raised by', resolution: 'Resolution', resolve: 'Resolve',
      resolved: 'Resolved', open: 'Open', none: 'No coordination issues',
      categories: { COMMUNICATION: 'Communication', DOCUMENTS: 'Document collection', SITE_CHECK: 'Site check', CONSULTATION: 'Consultation', SCHEDULE: 'Schedule', OTHER: 'Other' },
      sides: { BUREAU: 'Bureau', AGENCY: 'Agency' }
    },
    assessment: {
      template: 'Scoring template version {v}', stage: 'Stage', item: 'Item', max: 'Max', points: 'Points', guidance: 'Guidance',
      total: 'Total', grade: 'Grade', ratio: 'Fee ratio', payable: 'Payable', comment: 'Comment', submit: 'Save the score',
      scored: 'Scored: {total} points, {grade}', sheet: 'Download the scoring sheet (PDF)', locked: 'A payment locked the score',
      reopen: 'Reopen the score', reopenReason: 'Reason for reopening', reopened: 'The score is reopened; score it again', rescore: 'Correct the score',
      history: 'Scoring rounds', round: 'Round {n}', superseded: 'superseded: {reason}', notYet: 'Not scored yet',
      stages: { BEFORE: 'Preparation', DURING: 'Implementation', AFTER: 'Reporting' }
    },
    grades: { EXCELLENT: 'Excellent', GOOD: 'Good', PASS: 'Pass', FAIL: 'Fail' },
    notes: { DRAFT_APPROVED: 'Draft approved; the final report is due', REWORK: 'Failed acceptance; report resubmitted' },
    fee: {
      fee: 'Fee', ratio: 'Fee ratio', payable: 'Payable', paid: 'Paid', remaining: 'Remaining', toRecover: 'To recover',
      advanceLimit: 'Advance limit before acceptance ({share})', pay: 'Record a payment', amount: 'Amount (yuan)', paidOn: 'Paid on', reference: 'Reference',
      kind: 'Kind', kinds: { ADVANCE: 'Advance', PAYMENT: 'Payment', RECOVERY: 'Recovery' }, recorded: 'Payment recorded',
      payments: 'Payments', recordedBy: 'Recorded by', notContracted: 'Payments start once the contract is made', ratioVersion: 'Fee ratio table version {v} (in force at contract)'
    },
    documents: { name: 'File', purpose: 'Purpose', size: 'Size', sha256: 'SHA-256', uploadedBy: 'Uploaded by', uploadedAt: 'Uploaded',
      purposes: { PLAN: 'Work plan', REPORT: 'Report', PROCUREMENT: 'Procurement result', OTHER: 'Other' }, choose: 'Choose a PDF', uploaded: 'File uploaded' },
    home: {
      staffTitle: 'Engagements to handle', agencyTitle: 'My engagements', toSelect: 'Awaiting selection', toConfirm: 'Awaiting the agency', plansToReview: 'Plans to review',
      reportsToReview: 'Reports to review', toScore: 'To score', overdue: 'Overdue', toAnswer: 'To answer', planDue: 'Plan due',
      inFieldwork: 'In fieldwork (report due)', scored: 'Accepted'
    },
    rules: {
      title: 'Engagement and acceptance rules', version: 'Version {v}', publishedBy: 'published by {by} on {at}', reason: 'Reason for the change', publish: 'Publish a new version',
      published: 'Version {v} published', history: 'Versions', add: 'Add a row', remove: 'Remove',
      tables: {
        feeCaps: 'Fee caps', draw: 'Random draw (minimum pool, grade weights)',
        eligibility: 'Eligibility', deadlines: 'Deadlines per state (days)',
        scoringTemplate: 'Acceptance scoring template', gradeBands: 'Grade bands',
        feeRatios: 'Fee ratio by grade', advanceShare: 'Advance share before acceptance', lowFee: 'Abnormally low fee (share of the fee cap)',
        historyConflicts: 'Conflicts from history (earlier work, recent clients)'
      },
      by: 'Published by', at: 'Published', number: 'Version',
      fields: {
        caps: 'Caps', type: 'Type', fundsFrom: 'Funds from (incl.)', fundsBelow: 'Funds below (excl.; empty: no limit)', cap: 'Cap (yuan)',
        minimumEligible: 'Minimum eligible agencies', weightA: 'Weight A', weightB: 'Weight B', weightC: 'Weight C',
        minimumGrade: 'Minimum credit grade', limitInProgress: 'Limit engagements in progress', maxInProgress: 'Maximum in progress', rotation: 'Rotation (recuse last year\'s evaluator of a unit)',
        exAnteAssessment: 'Recuse the ex-ante assessor of the project', targetReview: 'Recuse the target reviewer of the project', priorWorkYears: 'Years of earlier work counted (0: any)', clientYears: 'Years a client conflicts (0: off)',
        created: 'Selection', agencySelected: 'Agency\'s answer', acceptedByAgency: 'Plan submission', planSubmitted: 'Plan review', planApproved: 'Start of fieldwork',
        inFieldworkAfterPlannedEnd: 'Report after the planned end', reportSubmitted: 'Report review', reportApproved: 'Scoring', accepted: 'Payment', settled: 'Closing',
        items: 'Items', id: 'Code', stage: 'Stage', name: 'Name', nameEn: 'English name', maxPoints: 'Max', guidance: 'Guidance',
        excellentFrom: 'Excellent from', goodFrom: 'Good from', passFrom: 'Pass from',
        excellent: 'Excellent', good: 'Good', pass: 'Pass', fail: 'Fail', share: 'Share (0–1)'
      }
    }
    }
  }
}
