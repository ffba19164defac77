// Texts of the selection-integrity area (防围标、利害关系与信用解释).
const zh = {
  nav: { agencyRelations: '关联机构', creditForecast: '信用预测' },
  integrity: {
    kind: { LEGAL_REPRESENTATIVE: '同一法定代表人', SHAREHOLDER: '共同股东/持股', PRACTITIONER: '同一从业人员', PHONE: '同一电话',
      EMAIL_DOMAIN: '同一邮箱域名', ADDRESS: '同一地址' },
    relations: {
      title: '关联机构', intro: '从入库机构的资料中发现的关联关系：同一法定代表人、股东或合伙人、从业人员（按身份证号）、电话、自有邮箱域名或地址。随机抽取时，一组关联机构只作为一个参与者。',
      none: '没有发现关联机构', group: '关联组（{n} 家）', kind: '关联类型', between: '机构', evidence: '依据', dismiss: '排除此关联',
      confirm: '确认关联', confirmedBy: '已由 {by} 于 {at} 确认', dismissed: '已排除的关联', reason: '理由', comment: '说明',
      by: '操作人', at: '时间'
    },
    forecast: {
      title: '信用预测', explained: '得分构成', base: '基础分 {points} 分', event: '{type}：{points} 分，{on} 到期',
      blacklisted: '列入黑名单，至 {until}', on: '查询日期', ask: '预测', answer: '若无新的信用记录，{on} 的得分为 {score} 分，等级 {grade}',
      headline: '当前 {grade} 级（{score} 分），今后五年内等级不因记录到期而变化',
      headlineChange: '当前 {grade} 级（{score} 分）；若无新的信用记录，{on} 起为 {next} 级'
    }
  }
}

const en = {
  nav: { agencyRelations: 'Related agencies', creditForecast: 'Credit forecast' },
  integrity: {
    kind: { LEGAL_REPRESENTATIVE: 'Same legal representative', SHAREHOLDER: 'Shareholder in common', PRACTITIONER: 'Same practitioner',
      PHONE: 'Same phone', EMAIL_DOMAIN: 'Same e-mail domain', ADDRESS: 'Same address' },
    relations: {
      title: 'Related agencies', intro: 'Relations found in the profiles of the pool: the same legal representative, shareholder or partner, practitioner (by ID number), phone, own e-mail domain or address. In a random draw a group of related agencies counts as one entrant.',
      none: 'No related agencies found', group: 'Related group ({n} agencies)', kind: 'Kind', between: 'Agencies', evidence: 'Evidence',
      dismiss: 'Dismiss this link', confirm: 'Confirm the group', confirmedBy: 'Confirmed by {by} on {at}', dismissed: 'Dismissed links',
      reason: 'Reason', comment: 'Comment', by: 'By', at: 'At'
    },
    forecast: {
      title: 'Credit forecast', explained: 'How the score is made', base: 'Base {points} points', event: '{type}: {points} points, expires on {on}',
      blacklisted: 'Blacklisted until {until}', on: 'Date', ask: 'Forecast', answer: 'If nothing new is recorded, on {on} the score is {score}, grade {grade}',
      headline: 'Grade {grade} now ({score} points); no expiry changes the grade in the next five years',
      headlineChange: 'Grade {grade} now ({score} points); {next} from {on} if nothing new is recorded'
    }
  }
}

export default { 'zh-CN': zh, en }
