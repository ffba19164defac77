// Texts of the experts area (专家库).
const zh = {
  roles: { EXPERT: '评审专家' },
  nav: { experts: '专家库', expertPanels: '专家评审', myPanels: '我的评审', expertFees: '专家费', myExpertRecord: '我的专家信息' },
  experts: {
    pool: '专家库', add: '新增专家', edit: '修改', register: '专家注册', registerIntro: '注册后由财政局审核，通过后进入专家库。',
    registerDone: '注册成功，请等待审核', registerLink: '专家注册',
    field: { name: '姓名', idNumber: '身份证号码', title: '职称', specialties: '专业领域', employer: '工作单位', phone: '联系电话',
      email: '电子邮箱', bankName: '开户银行', bankAccount: '银行账号', status: '状态', statusReason: '原因', username: '用户名',
      password: '密码', ratings: '评价', average: '平均分', sittings: '参加评审', weight: '抽取权重', declined: '谢绝次数', source: '来源' },
    titles: { SENIOR: '高级', INTERMEDIATE: '中级', OTHER: '其他' },
    status: { SUBMITTED: '待审核', ACTIVE: '在库', PAUSED: '暂停', REMOVED: '已移出', REJECTED: '未通过' },
    sources: { BUREAU: '财政局录入', REGISTERED: '自行注册' },
    specialty: {
      EX_ANTE_ASSESSMENT: '事前绩效评估', TARGET_REVIEW: '绩效目标审核', MONITORING: '绩效运行监控', KEY_EVALUATION: '重点绩效评价',
      DEPARTMENT_OVERALL: '部门整体支出评价', SELF_EVALUATION_REVIEW: '自评复核', POLICY_EVALUATION: '政策评价', OTHER: '其他',
      EDUCATION: '教育', HEALTH: '卫生健康', AGRICULTURE: '农业农村', TRANSPORT: '交通运输', ENVIRONMENT: '生态环境',
      SOCIAL_SECURITY: '社会保障', SCIENCE_TECHNOLOGY: '科学技术', CULTURE_TOURISM: '文化旅游', INFRASTRUCTURE: '城乡建设',
      PUBLIC_SAFETY: '公共安全', FINANCE_ACCOUNTING: '财务会计', LAW: '法律'
    },
    approve: '审核通过', reject: '不予通过', pause: '暂停', resume: '恢复', remove: '移出专家库', reason: '理由',
    panels: '参加的评审', fees: '专家费', none: '暂无',
    panel: {
      title: '专家组', draw: '抽取专家组', size: '人数', specialty: '专业领域', purpose: '评审内容', days: '评审天数',
      purposes: { PLAN: '工作方案', REPORT: '评价报告' }, status: { OPEN: '评审中', CLOSED: '已结束' },
      members: '成员', excluded: '回避与排除', seed: '随机种子', verify: '验证抽取', reproduced: '抽取结果可复现',
      notReproduced: '抽取结果不能复现', opinions: '专家意见', consolidated: '专家组综合意见', pending: '尚未形成多数意见',
      decline: '谢绝参加', declineReason: '谢绝理由', declined: '已谢绝', invited: '已邀请', given: '已提交意见',
      files: '评审材料', checklist: '评审要点', points: '得分', max: '满分', comment: '意见', verdict: '结论',
      submitOpinion: '提交意见', myOpinion: '我的意见', rate: '评价', onTime: '按时', substantive: '有实质内容',
      draws: '抽取记录', round: '轮次', replaces: '替换', override: '否决专家意见', overrideBy: '批准人', decision: '审核结果',
      engagement: '委托业务', open: '查看', rounds: '{n} 轮抽取', drawnAt: '抽取时间', opinionsCount: '意见数', memberStatus: '我的状态', toReview: '评审'
    },
    verdicts: { PASS: '通过', REVISE: '修改后通过', FAIL: '不通过' },
    reasons: { PAUSED: '暂停', REMOVED: '已移出', EMPLOYED_BY_AGENCY: '受雇于承接机构', EMPLOYED_BY_EVALUATED_UNIT: '受雇于委托方或被评价单位',
      AGENCY_RELATIONSHIP: '与机构申报的利害关系单位相同', ROTATION_LIMIT: '本年度参加该机构评审次数已达上限', DECLINED: '已谢绝',
      MEMBER: '已是成员' },
    fee: { title: '专家费', status: { PAYABLE: '应付', PAID: '已付' }, rate: '标准（元/天）', amount: '金额', pay: '登记支付',
      paidOn: '支付日期', reference: '凭证号', export: '导出', expert: '专家' },
    home: { title: '我的评审', open: '待提交意见', none: '暂无评审任务' }
  }
}

const en = {
  roles: { EXPERT: 'Expert' },
  nav: { experts: 'Expert pool', expertPanels: 'Expert panels', myPanels: 'My reviews', expertFees: 'Expert fees', myExpertRecord: 'My expert record' },
  experts: {
    pool: 'Expert pool', add: 'Add expert', edit: 'Edit', register: 'Expert registration',
    registerIntro: 'The bureau reviews your registration; once approved you are in the pool.',
    registerDone: 'Registered; please wait for the review', registerLink: 'Register as an expert',
    field: { name: 'Name', idNumber: 'Resident ID', title: 'Title', specialties: 'Specialties', employer: 'Employer', phone: 'Phone',
      email: 'E-mail', bankName: 'Bank', bankAccount: 'Bank account', status: 'Status', statusReason: 'Reason', username: 'Username',
      password: 'Password', ratings: 'Ratings', average: 'Average', sittings: 'Sittings', weight: 'Draw weight', declined: 'Declined', source: 'Source' },
    titles: { SENIOR: 'Senior', INTERMEDIATE: 'Intermediate', OTHER: 'Other' },
    status: { SUBMITTED: 'Under review', ACTIVE: 'Active', PAUSED: 'Paused', REMOVED: 'Removed', REJECTED: 'Rejected' },
    sources: { BUREAU: 'Entered by the bureau', REGISTERED: 'Self-registered' },
    specialty: {
      EX_ANTE_ASSESSMENT: 'Ex-ante assessment', TARGET_REVIEW: 'Target review', MONITORING: 'Monitoring', KEY_EVALUATION: 'Key evaluation',
      DEPARTMENT_OVERALL: 'Department overall', SELF_EVALUATION_REVIEW: 'Self-evaluation review', POLICY_EVALUATION: 'Policy evaluation', OTHER: 'Other',
      EDUCATION: 'Education', HEALTH: 'Health', AGRICULTURE: 'Agriculture', TRANSPORT: 'Transport', ENVIRONMENT: 'Environment',
      SOCIAL_SECURITY: 'Social security', SCIENCE_TECHNOLOGY: 'Science and technology', CULTURE_TOURISM: 'Culture and tourism',
      INFRASTRUCTURE: 'Infrastructure', PUBLIC_SAFETY: 'Public safety', FINANCE_ACCOUNTING: 'Finance and accounting', LAW: 'Law'
    },
    approve: 'Approve', reject: 'Reject', pause: 'Pause', resume: 'Resume', remove: 'Remove from the pool', reason: 'Reason',
    panels: 'Panels', fees: 'Fees', none: 'None',
    panel: {
      title: 'Expert panel', draw: 'Draw a panel', size: 'Size', specialty: 'Specialty', purpose: 'Review of', days: 'Days',
      purposes: { PLAN: 'Work plan', REPORT: 'Report' }, status: { OPEN: 'In review', CLOSED: 'Closed' },
      members: 'Members', excluded: 'Recusals and exclusions', seed: 'Seed', verify: 'Verify the draw', reproduced: 'The draw is reproduced',
      notReproduced: 'The draw is NOT reproduced', opinions: 'Opinions', consolidated: 'Consolidated opinion', pending: 'No majority yet',
      decline: 'Decline', declineReason: 'Reason to decline', declined: 'Declined', invited: 'Invited', given: 'Opinion given',
      files: 'Documents', checklist: 'Checklist', points: 'Points', max: 'Max', comment: 'Comment', verdict: 'Verdict',
      submitOpinion: 'Submit opinion', myOpinion: 'My opinion', rate: 'Rate', onTime: 'On time', substantive: 'Substantive',
      draws: 'Draw record', round: 'Round', replaces: 'Replaces', override: 'Panel overridden', overrideBy: 'Approved by', decision: 'Decision',
      engagement: 'Engagement', open: 'Open', rounds: '{n} draws', drawnAt: 'Drawn at', opinionsCount: 'Opinions', memberStatus: 'My status', toReview: 'Review'
    },
    verdicts: { PASS: 'Pass', REVISE: 'Revise', FAIL: 'Fail' },
    reasons: { PAUSED: 'Paused', REMOVED: 'Removed', EMPLOYED_BY_AGENCY: 'Works for the agency', EMPLOYED_BY_EVALUATED_UNIT: 'Works for the commissioning or an evaluated unit',
      AGENCY_RELATIONSHIP: 'Employer among the agency\'s declared interest units', ROTATION_LIMIT: 'Rotation limit for this agency reached this year',
      DECLINED: 'Declined', MEMBER: 'Already a member' },
    fee: { title: 'Expert fees', status: { PAYABLE: 'Payable', PAID: 'Paid' }, rate: 'Rate (yuan/day)', amount: 'Amount', pay: 'Record payment',
      paidOn: 'Paid on', reference: 'Reference', export: 'Export', expert: 'Expert' },
    home: { title: 'My reviews', open: 'Opinion due', none: 'No reviews for you now' }
  }
}

export default { 'zh-CN': zh, en }
