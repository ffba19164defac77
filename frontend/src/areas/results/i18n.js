// Texts of the results area (评价结果反馈、整改与应用), Chinese and English.
export default {
  'zh-CN': {
    eng: {
      rules: {
        tables: { bands: '评价结论分数线（优/良/中/差）', rectification: '整改期限与延期', application: '结果应用规则' },
        fields: {
          mediumFrom: '“中”的最低分', deadlineDays: '整改期限（天）', maxExtensionDays: '延期上限（天）', entries: '应用规则',
          conclusion: '评价结论', action: '建议应用方式', minShare: '金额比例下限（如 0.30）', maxShare: '金额比例上限（如 0.50）'
        }
      }
    },
    nav: {
      results: '结果应用', budgetUnits: '预算单位', rectifications: '整改管理', resultApplications: '结果应用清单',
      unitHome: '本单位评价结果', publicEvaluationResults: '绩效评价结果公开'
    },
    res: {
      tab: '评价结果', unit: '被评价单位', budgetUnit: '预算单位', project: '项目', funds: '被评价年度资金', score: '得分',
      conclusion: '评价结论', findings: '发现的问题', finding: '问题', category: '类别', recommendations: '意见建议',
      record: '录入结果', revise: '修改结果', reason: '修改理由', reasonHint: '反馈意见书已发出：问题清单不能修改，修改须说明理由',
      addFinding: '添加问题', remove: '删除', notLinked: '未关联预算单位登记', notApproved: '评价报告审核通过后才能录入结果',
      issueLetter: '发送反馈意见书', issueConfirm: '发送后将为每个问题生成一项整改任务并通知单位，是否发送？', letterIssued: '反馈意见书已发送',
      letter: '反馈意见书', letters: '反馈意见书', downloadLetter: '下载意见书', deadline: '整改期限', issuedOn: '发出日期',
      noResult: '未录入', revision: '第 {n} 版', publish: '公开评价报告', publishHint: '上传经脱敏处理的 PDF；摘要不得包含身份证号码或电话号码',
      summary: '公开摘要', file: '公开版 PDF', published: '已公开（{date}）', publishDone: '评价报告已公开',
      name: '单位名称', code: '统一代码', department: '主管部门', users: '账号数', newUnit: '登记预算单位', editUnit: '编辑预算单位',
      addUser: '添加单位账号', username: '用户名', displayName: '姓名', password: '初始密码', userCreated: '账号已创建',
      tasks: '整改任务', task: '整改任务', status: '状态', overdue: '已逾期', onlyOverdue: '只看逾期', measures: '整改措施',
      answer: '提交整改情况', evidence: '佐证材料', upload: '上传佐证', uploaded: '已上传', review: '审核',
      accept: '通过', return: '退回', comment: '审核意见', answeredBy: '提交人', reviewedBy: '审核人',
      extension: '申请延期', extensionDays: '延期天数', extensionReason: '延期理由', extensionStatus: '延期申请',
      grant: '同意延期', refuse: '不同意', board: '整改看板', rate: '整改完成率', taskCount: '任务数', acceptedCount: '已通过',
      overdueCount: '逾期任务', overdueByUnit: '逾期单位',
      year: '年度', suggested: '建议应用', suggestedRange: '建议金额', decided: '决定应用', decidedAmount: '决定金额',
      decide: '记录决定', decisionReason: '决定理由', export: '导出 Excel', engagement: '评价业务',
      rating: '对机构的评价', ratingHint: '专业能力、按时完成、无不当要求', complaint: '投诉机构', complaintHint: '投诉将作为机构的信用事件提出，机构可在异议期内申辩',
      feedback: '评价机构', feedbackDone: '已提交评价', publicTitle: '预算绩效评价结果公开', publishedOn: '公开日期', report: '评价报告',
      noLetters: '暂无反馈意见书', noTasks: '暂无整改任务',
      conclusions: { EXCELLENT: '优', GOOD: '良', MEDIUM: '中', POOR: '差' },
      categories: {
        DECISION: '决策', BUDGET_EXECUTION: '预算执行', FUND_MANAGEMENT: '资金管理', PROJECT_MANAGEMENT: '项目管理',
        OUTPUT: '产出', BENEFIT: '效益', OTHER: '其他'
      },
      actions: {
        COMMEND_PRIORITY: '通报表扬、优先安排', RECTIFY: '限期整改、作为参考', REDUCE: '扣减下年度预算', CANCEL: '取消项目预算'
      },
      statuses: { OPEN: '待整改', ANSWERED: '待审核', RETURNED: '已退回', ACCEPTED: '已通过' },
      extensionStatuses: { REQUESTED: '待审核', GRANTED: '已同意', REFUSED: '未同意' }
    }
  },
  en: {
    eng: {
      rules: {
        tables: { bands: 'Result conclusion thresholds', rectification: 'Rectification deadline and extension', application: 'Result application' },
        fields: {
          mediumFrom: 'Lowest score of medium', deadlineDays: 'Rectification deadline (days)', maxExtensionDays: 'Longest extension (days)',
          entries: 'Rules', conclusion: 'Conclusion', action: 'Suggested action', minShare: 'Share from (e.g. 0.30)', maxShare: 'Share up to (e.g. 0.50)'
        }
      }
    },
    nav: {
      results: 'Result use', budgetUnits: 'Budget units', rectifications: 'Rectification', resultApplications: 'Result application',
      unitHome: 'Our results', publicEvaluationResults: 'Evaluation results'
    },
    res: {
      tab: 'Results', unit: 'Evaluated unit', budgetUnit: 'Budget unit', project: 'Project', funds: 'Evaluated year\'s funds', score: 'Score',
      conclusion: 'Conclusion', findings: 'Findings', finding: 'Finding', category: 'Category', recommendations: 'Recommendations',
      record: 'Record result', revise: 'Revise result', reason: 'Reason for the change', reasonHint: 'The letter has been issued: the findings stay, a change needs a reason',
      addFinding: 'Add finding', remove: 'Remove', notLinked: 'Not linked to a registered budget unit', notApproved: 'Results are recorded once the report is approved',
      issueLetter: 'Issue feedback letter', issueConfirm: 'Issuing creates one rectification task per finding and notifies the unit. Issue it?', letterIssued: 'Feedback letter issued',
      letter: 'Feedback letter', letters: 'Feedback letters', downloadLetter: 'Download letter', deadline: 'Rectify by', issuedOn: 'Issued on',
      noResult: 'Not recorded', revision: 'Version {n}', publish: 'Publish the report', publishHint: 'Upload the redacted PDF; the summary must not contain ID or phone numbers',
      summary: 'Public summary', file: 'Public PDF', published: 'Published ({date})', publishDone: 'Report published',
      name: 'Name', code: 'Unified code', department: 'Department in charge', users: 'Accounts', newUnit: 'Register budget unit', editUnit: 'Edit budget unit',
      addUser: 'Add unit account', username: 'User name', displayName: 'Name', password: 'Initial password', userCreated: 'Account created',
      tasks: 'Rectification tasks', task: 'Rectification task', status: 'Status', overdue: 'Overdue', onlyOverdue: 'Overdue only', measures: 'Measures taken',
      answer: 'Submit rectification', evidence: 'Evidence', upload: 'Upload evidence', uploaded: 'Uploaded', review: 'Review',
      accept: 'Accept', return: 'Return', comment: 'Review comment', answeredBy: 'Answered by', reviewedBy: 'Reviewed by',
      extension: 'Ask for extension', extensionDays: 'Days', extensionReason: 'Reason', extensionStatus: 'Extension',
      grant: 'Grant', refuse: 'Refuse', board: 'Rectification board', rate: 'Rectification rate', taskCount: 'Tasks', acceptedCount: 'Accepted',
      overdueCount: 'Overdue tasks', overdueByUnit: 'Units with overdue tasks',
      year: 'Year', suggested: 'Suggested action', suggestedRange: 'Suggested amount', decided: 'Decided action', decidedAmount: 'Decided amount',
      decide: 'Record decision', decisionReason: 'Reason', export: 'Export Excel', engagement: 'Engagement',
      rating: 'Rate the agency', ratingHint: 'Professional, on time, no improper requests', complaint: 'Complain about the agency', complaintHint: 'A complaint is proposed as a credit event; the agency may object within its window',
      feedback: 'Rate the agency', feedbackDone: 'Rating submitted', publicTitle: 'Published evaluation results', publishedOn: 'Published on', report: 'Report',
      noLetters: 'No feedback letters yet', noTasks: 'No rectification tasks',
      conclusions: { EXCELLENT: 'Excellent', GOOD: 'Good', MEDIUM: 'Medium', POOR: 'Poor' },
      categories: {
        DECISION: 'Decision', BUDGET_EXECUTION: 'Budget execution', FUND_MANAGEMENT: 'Fund management', PROJECT_MANAGEMENT: 'Project management',
        OUTPUT: 'Output', BENEFIT: 'Benefit', OTHER: 'Other'
      },
      actions: {
        COMMEND_PRIORITY: 'Commend, priority', RECTIFY: 'Rectify, reference', REDUCE: 'Reduce next year\'s budget', CANCEL: 'Cancel the budget'
      },
      statuses: { OPEN: 'Open', ANSWERED: 'Answered', RETURNED: 'Returned', ACCEPTED: 'Accepted' },
      extensionStatuses: { REQUESTED: 'Requested', GRANTED: 'Granted', REFUSED: 'Refused' }
    }
  }
}
