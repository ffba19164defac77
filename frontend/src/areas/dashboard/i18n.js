// Texts of the dashboard (统计分析).
export default {
  'zh-CN': {
    nav: { dashboard: '统计分析' },
    dashboard: {
      title: '统计分析', asOf: '统计日期 {date}', months: '近 {n} 个月', agenciesByStatus: '机构状态分布', agenciesByGrade: '机构库信用等级分布',
      engagementsByState: '委托业务状态分布', fees: '委托服务费：合同金额与已支付', contracted: '合同金额', paid: '已支付',
      overdue: '逾期事项', overduePlans: '工作方案逾期', overdueReports: '评价报告逾期', overdueOther: '其他环节逾期',
      certificates: '资格证书到期提醒', expiring: '{n} 天内到期', expired: '已过期', acceptance: '验收评分分布', average: '平均分',
      scored: '已验收', pendingObjections: '待处理异议',
      blacklisted: '黑名单在列', engagement: '委托业务', agency: '机构', state: '环节', deadline: '期限',
      person: '人员', certType: '证书', expiresOn: '到期日', none: '无', grade: '{g} 级'
    }
  },
  en: {
    nav: { dashboard: 'Dashboard' },
    dashboard: {
      title: 'Dashboard', asOf: 'As of {date}', months: 'Last {n} months', agenciesByStatus: 'Agencies by status', agenciesByGrade: 'Agency pool by credit grade',
      engagementsByState: 'Engagements by state', fees: 'Fees: contracted against paid', contracted: 'Contracted', paid: 'Paid',
      overdue: 'Overdue', overduePlans: 'Plans overdue', overdueReports: 'Reports overdue', overdueOther: 'Other steps overdue',
      certificates: 'Certificates about to expire', expiring: 'Within {n} days', expired: 'Expired', acceptance: 'Acceptance scores', average: 'Average',
      scored: 'Scored', pendingObjections: 'Pending objections',
      blacklisted: 'On the blacklist', engagement: 'Engagement', agency: 'Agency', state: 'Step', deadline: 'Deadline',
      person: 'Person', certType: 'Certificate', expiresOn: 'Expires on', none: 'None', grade: 'Grade {g}'
    }
  }
}
