export default {
  'zh-CN': {
    agency: {
      confirms: {
        submit: '提交后资料交由财政局审核，审核结束前不能再修改。确定提交审核吗？',
        submitChange: '提交后变更交由财政局审核，审核期间不能再修改；审核通过后才替换入库信息。确定提交吗？'
      },
      certificate: { expired: '已过期' },
      nav: { profile: '机构信息', pool: '机构库', directory: '机构名录', inbox: '消息' },
      type: { ACCOUNTING_FIRM: '会计师事务所', ASSET_APPRAISAL: '资产评估机构', CONSULTING: '专业咨询机构', LAW_FIRM: '律师事务所',
        RESEARCH_INSTITUTE: '科研院所', UNIVERSITY: '高等院校' },
      status: { DRAFT: '草稿', SUBMITTED: '待审核', RETURNED: '已退回', APPROVED: '已入库', REJECTED: '未通过', SUSPENDED: '已暂停',
        WITHDRAWN: '已退出' },
      change: { EDITING: '变更编辑中', SUBMITTED: '变更待审核', RETURNED: '变更已退回', REJECTED: '变更未通过' },
      idType: { RESIDENT_ID: '居民身份证', PASSPORT: '护照', HK_MACAO_PERMIT: '港澳居民来往内地通行证', TAIWAN_PERMIT: '台湾居民来往大陆通行证',
        FOREIGN_PERMANENT: '外国人永久居留身份证', OTHER: '其他证件' },
      category: { BUSINESS_LICENCE: '营业执照/登记证书', QUALIFICATION: '资质证明', CERTIFICATE: '人员证书', QUALITY_CONTROL: '质量控制与保密制度',
        OTHER: '其他' },
      workType: { EX_ANTE_ASSESSMENT: '事前绩效评估', TARGET_REVIEW: '绩效目标审核', MONITORING: '绩效运行监控', KEY_EVALUATION: '重点绩效评价',
        DEPARTMENT_OVERALL: '部门整体支出评价', SELF_EVALUATION_REVIEW: '自评复核', POLICY_EVALUATION: '政策评价', OTHER: '其他' },
      block: { basic: '机构信息', legalRepresentative: '法定代表人', leadEvaluators: '主评人', branches: '分支机构', experts: '合作专家',
        otherPractitioners: '其他从业人员', trackRecord: '业绩', documents: '证明材料', declaration: '承诺', interestUnits: '利害关系单位',
        shareholders: '股东/合伙人' },
      holderKind: { PERSON: '自然人', ORGANISATION: '单位' },
      field: {
        name: '机构名称', uscc: '统一社会信用代码', agencyType: '机构类型', independentLegalPerson: '独立法人', headOffice: '总部名称',
        registeredAddress: '注册地址', foundedOn: '成立日期', registeredCapital: '注册资本（元）', contactName: '联系人',
        contactPhone: '联系电话', email: '电子邮箱', businessScope: '经营范围', qualitySystem: '质量控制与保密制度',
        personName: '姓名', idType: '证件类型', idNumber: '证件号码', phone: '手机号码', title: '职称', field: '专业领域', employer: '工作单位',
        position: '岗位', yearsExperience: '评价从业年限', certificates: '资格证书', certType: '证书类型', certNumber: '证书编号',
        issuedOn: '发证日期', expiresOn: '有效期至', branchName: '分支机构名称', address: '地址', principal: '负责人',
        client: '委托单位', project: '项目名称', year: '年度', amount: '合同金额（元）', result: '评价结果', workType: '业务类型',
        unitName: '单位名称', relationship: '利害关系说明', declarationAccepted: '信息真实性承诺', category: '材料类别',
        fileName: '文件名', size: '大小', sha256: 'SHA-256', uploadedAt: '上传时间', documents: '证明材料',
        holderKind: '类型', holderName: '股东/合伙人名称', holderIdNumber: '证件号码/统一社会信用代码', sharePercent: '出资比例（%）'
      },
      filing: { export: '导出备案表', import: '从备案表导入', imported: '已按备案表填入，请核对后保存', errors: '备案表有误，未导入：' },
      declarationText: '本机构承诺：所填报的信息及提交的证明材料真实、准确、完整，本机构对其真实性负责；已如实申报全部存在利害关系的单位（无则不填）。如有虚假，愿承担相应责任。',
      register: {
        title: '第三方机构注册', intro: '注册后即可填写完整的机构信息并提交财政局审核入库。', account: '账户', agency: '机构',
        username: '用户名', password: '密码', repeat: '确认密码', mismatch: '两次输入的密码不一致', submit: '注册',
        done: '注册成功，请继续填写机构信息', haveAccount: '已有账户？去登录', usccHint: '18 位，营业执照上的统一社会信用代码'
      },
      profile: {
        title: '机构信息', save: '保存', submit: '提交审核', submitChange: '提交变更申请', saved: '已保存', submitted: '已提交审核',
        discard: '撤销变更', discardConfirm: '撤销后变更内容将丢失，已入库的信息不受影响。确定撤销吗？', discarded: '变更已撤销',
        confirmYear: '年度信息确认', confirmYearDone: '已完成 {year} 年度信息确认', confirmYearAsk: '确认本机构信息在 {year} 年度仍然准确有效？',
        withdraw: '申请退出机构库', withdrawReason: '请填写退出原因', withdrawn: '已退出机构库',
        versions: '版本记录', add: '添加', remove: '删除', addCertificate: '添加证书', none: '暂无',
        upload: '上传文件', uploadHint: '支持 PDF、JPG、PNG，单个文件不超过 10 MB（按文件内容判断类型）', uploading: '上传中 {p}%',
        uploaded: '文件已上传', removeDoc: '移出', removeDocConfirm: '将该文件移出证明材料？',
        view: '预览', download: '下载',
        state: {
          DRAFT: '草稿：填写完整后提交审核。', SUBMITTED: '已提交，等待财政局审核，审核结束前不能修改。',
          RETURNED: '已退回：请按审核意见修改后重新提交。', APPROVED: '已入库。修改信息将作为变更申请，审核通过前原信息继续有效。',
          REJECTED: '入库申请未通过。', SUSPENDED: '入库资格已暂停。', WITHDRAWN: '已退出机构库。'
        },
        changeState: {
          EDITING: '变更申请编辑中：保存的修改尚未生效，提交并审核通过后生效。', SUBMITTED: '变更申请待审核，审核通过前原信息继续有效。',
          RETURNED: '变更申请被退回，请按意见修改后重新提交，或撤销变更。', REJECTED: '上次变更申请未通过，当前为已入库的信息。'
        },
        reviewBy: '审核意见（{name}，{time}，第 {n} 版）', fieldComment: '审核意见', statusReason: '状态说明',
        overdue: '尚未完成本年度信息确认（已过确认截止日）。', expiring: '有 {n} 项证书将在近期到期，请及时更新。',
        expired: '有 {n} 项证书已过期。', incomplete: '信息尚不完整，请查看标红的项目'
      },
      pool: {
        title: '机构库', q: '名称或统一社会信用代码', pendingReview: '仅待审核', attention: '仅需关注', grade: '信用等级',
        registeredAt: '注册时间', submittedAt: '最近提交', updatedAt: '最近更新', flags: '提示', overdue: '年度确认逾期',
        expiring: '证书将到期 {n}', expired: '证书已过期 {n}', blacklisted: '黑名单', exported: '已导出'
      },
      detail: {
        pending: '待审核', profile: '机构信息（现行）', documents: '证明材料', versions: '版本记录', history: '状态记录',
        review: '审核', approve: '通过', return: '退回修改', reject: '不予通过', decision: '审核结论', comment: '审核意见',
        commentHint: '退回或不予通过时必填', fieldComments: '逐项意见', addFieldComment: '添加逐项意见', reviewed: '审核完成',
        suspend: '暂停', reinstate: '恢复', withdraw: '退出', reasonTitle: '{action}：请填写原因', done: '已办理',
        version: '第 {n} 版', kind: { REGISTRATION: '入库申请', CHANGE: '变更申请' },
        vstate: { SUBMITTED: '待审核', APPROVED: '已通过', RETURNED: '已退回', REJECTED: '未通过', SUPERSEDED: '已被替代' },
        changes: '与第 {n} 版相比的变化', firstVersion: '首次提交，无可比较的版本', noChanges: '与比较版本相同',
        submittedBy: '提交人', submittedAt: '提交时间', decidedAt: '审核时间', reviewer: '审核人', from: '原值', to: '新值',
        added: '新增', removed: '删除', changed: '修改', item: '条目', fieldName: '字段', number: '版本', kindLabel: '类型', stateLabel: '状态',
        fromStatus: '原状态', toStatus: '新状态', actor: '操作人', at: '时间', masked: '证件号码、个人电话已脱敏显示'
      },
      directory: {
        title: '机构名录', intro: '已入库（含暂停）及列入黑名单的第三方机构。', q: '机构名称或统一社会信用代码', grade: '信用等级',
        blacklisted: '黑名单', onlyBlacklisted: '仅黑名单', until: '至 {date}', card: '机构公示信息', leadEvaluators: '主评人',
        qualified: '其中证书有效', experts: '合作专家', branches: '分支机构', trackRecord: '业绩（按业务类型）', approvedAt: '入库时间',
        people: '{n} 人', entries: '{n} 项'
      },
      home: {
        agencyTitle: '我的机构', todo: '待办事项', noTodo: '暂无待办事项', returned: '入库申请被退回，请修改后重新提交',
        draft: '机构信息尚未提交审核', goProfile: '去处理', staffTitle: '审核工作', pending: '待审核的入库与变更申请',
        attention: '年度确认逾期或证书到期的机构', goPool: '查看'
      }
    }
  },
  en: {
    agency: {
      confirms: {
        submit: 'The finance bureau will review the profile; you cannot edit it until the review ends. Submit it for review?',
        submitChange: 'The finance bureau will review the change; you cannot edit it meanwhile, and the pool keeps the approved profile until it is approved. Submit it?'
      },
      certificate: { expired: 'Expired' },
      nav: { profile: 'Agency profile', pool: 'Agency pool', directory: 'Agency directory', inbox: 'Messages' },
      type: { ACCOUNTING_FIRM: 'Accounting firm', ASSET_APPRAISAL: 'Asset appraisal firm', CONSULTING: 'Consulting firm',
        LAW_FIRM: 'Law firm', RESEARCH_INSTITUTE: 'Research institute', UNIVERSITY: 'University' },
      status: { DRAFT: 'Draft', SUBMITTED: 'Submitted', RETURNED: 'Returned', APPROVED: 'Approved', REJECTED: 'Rejected',
        SUSPENDED: 'Suspended', WITHDRAWN: 'Withdrawn' },
      change: { EDITING: 'Change in preparation', SUBMITTED: 'Change submitted', RETURNED: 'Change returned', REJECTED: 'Change rejected' },
      idType: { RESIDENT_ID: 'Resident ID card', PASSPORT: 'Passport', HK_MACAO_PERMIT: 'Hong Kong/Macao permit',
        TAIWAN_PERMIT: 'Taiwan permit', FOREIGN_PERMANENT: 'Foreigner permanent residence card', OTHER: 'Other document' },
      category: { BUSINESS_LICENCE: 'Business licence / registration', QUALIFICATION: 'Qualification', CERTIFICATE: 'Personal certificate',
        QUALITY_CONTROL: 'Quality control and confidentiality', OTHER: 'Other' },
      workType: { EX_ANTE_ASSESSMENT: 'Ex-ante assessment', TARGET_REVIEW: 'Target review', MONITORING: 'Monitoring',
        KEY_EVALUATION: 'Key evaluation', DEPARTMENT_OVERALL: 'Department overall', SELF_EVALUATION_REVIEW: 'Self-evaluation review',
        POLICY_EVALUATION: 'Policy evaluation', OTHER: 'Other' },
      block: { basic: 'Agency', legalRepresentative: 'Legal representative', leadEvaluators: 'Lead evaluators', branches: 'Branches',
        experts: 'Experts', otherPractitioners: 'Other practitioners', trackRecord: 'Track record', documents: 'Documents',
        declaration: 'Declaration', interestUnits: 'Interest relationships', shareholders: 'Shareholders and partners' },
      holderKind: { PERSON: 'Person', ORGANISATION: 'Organisation' },
      field: {
        name: 'Name', uscc: 'Unified social credit code', agencyType: 'Type', independentLegalPerson: 'Independent legal person',
        headOffice: 'Head office', registeredAddress: 'Registered address', foundedOn: 'Founded on', registeredCapital: 'Registered capital (yuan)',
        contactName: 'Contact person', contactPhone: 'Contact phone', email: 'E-mail', businessScope: 'Business scope',
        qualitySystem: 'Quality control and confidentiality', personName: 'Name', idType: 'ID document', idNumber: 'ID number',
        phone: 'Mobile', title: 'Professional title', field: 'Field', employer: 'Employer', position: 'Position',
        yearsExperience: 'Years of evaluation', certificates: 'Certificates', certType: 'Certificate', certNumber: 'Number',
        issuedOn: 'Issued on', expiresOn: 'Valid until', branchName: 'Branch', address: 'Address', principal: 'Head',
        client: 'Client', project: 'Project', year: 'Year', amount: 'Contract amount (yuan)', result: 'Result', workType: 'Type of work',
        unitName: 'Unit', relationship: 'Relationship', declarationAccepted: 'Declaration of truth', category: 'Category',
        fileName: 'File', size: 'Size', sha256: 'SHA-256', uploadedAt: 'Uploaded', documents: 'Documents',
        holderKind: 'Kind', holderName: 'Shareholder or partner', holderIdNumber: 'ID number or credit code', sharePercent: 'Share (%)'
      },
      filing: { export: 'Export the filing form', import: 'Import a filing form', imported: 'Filled in from the filing form: check it, then save',
        errors: 'The filing form has errors and was not imported:' },
      declarationText: 'The agency declares that the information and documents it submits are true, accurate and complete and takes responsibility for them, and that it has declared every unit it has an interest relationship with (none if the list is empty). It accepts the consequences of any false statement.',
      register: {
        title: 'Register an agency', intro: 'After registering you fill in the full profile and submit it to the finance bureau for review.',
        account: 'Account', agency: 'Agency', username: 'User name', password: 'Password', repeat: 'Repeat password',
        mismatch: 'The passwords differ', submit: 'Register', done: 'Registered; please fill in the profile',
        haveAccount: 'Have an account? Sign in', usccHint: '18 characters, as on the business licence'
      },
      profile: {
        title: 'Agency profile', save: 'Save', submit: 'Submit for review', submitChange: 'Submit change request', saved: 'Saved',
        submitted: 'Submitted for review', discard: 'Discard change', discardConfirm: 'The change will be lost; the approved profile is not affected. Discard it?',
        discarded: 'Change discarded', confirmYear: 'Annual confirmation', confirmYearDone: 'Profile confirmed for {year}',
        confirmYearAsk: 'Confirm that the profile is still accurate for {year}?', withdraw: 'Leave the agency pool',
        withdrawReason: 'Why does the agency leave?', withdrawn: 'The agency left the pool', versions: 'Versions', add: 'Add',
        remove: 'Remove', addCertificate: 'Add certificate', none: 'None', upload: 'Upload file',
        uploadHint: 'PDF, JPG or PNG up to 10 MB (the type is judged from the content)', uploading: 'Uploading {p}%',
        uploaded: 'File uploaded', removeDoc: 'Remove', removeDocConfirm: 'Remove this file from the documents?', view: 'View',
        download: 'Download',
        state: {
          DRAFT: 'Draft: complete it and submit it for review.', SUBMITTED: 'Submitted; the finance bureau is reviewing it. It cannot be changed meanwhile.',
          RETURNED: 'Returned: revise it as the reviewer asks and submit it again.',
          APPROVED: 'In the pool. Edits become a change request; the approved profile stays in force until the change is approved.',
          REJECTED: 'The registration was rejected.', SUSPENDED: 'Suspended from the pool.', WITHDRAWN: 'Left the pool.'
        },
        changeState: {
          EDITING: 'Change in preparation: saved edits are not in force until submitted and approved.',
          SUBMITTED: 'Change request under review; the approved profile stays in force meanwhile.',
          RETURNED: 'The change request was returned; revise and resubmit it, or discard it.',
          REJECTED: 'The last change request was rejected; shown is the approved profile.'
        },
        reviewBy: 'Review ({name}, {time}, version {n})', fieldComment: 'Reviewer', statusReason: 'Status note',
        overdue: 'The annual confirmation of this year is overdue.', expiring: '{n} certificate(s) expire soon; please update them.',
        expired: '{n} certificate(s) have expired.', incomplete: 'The profile is incomplete; see the items marked in red'
      },
      pool: {
        title: 'Agency pool', q: 'Name or credit code', pendingReview: 'Waiting for review', attention: 'Needs attention', grade: 'Credit grade',
        registeredAt: 'Registered', submittedAt: 'Last submitted', updatedAt: 'Last updated', flags: 'Notes', overdue: 'Confirmation overdue',
        expiring: 'Expiring {n}', expired: 'Expired {n}', blacklisted: 'Blacklisted', exported: 'Exported'
      },
      detail: {
        pending: 'Waiting for review', profile: 'Profile (in force)', documents: 'Documents', versions: 'Versions', history: 'Status history',
        review: 'Review', approve: 'Approve', return: 'Return', reject: 'Reject', decision: 'Decision', comment: 'Comment',
        commentHint: 'Required to return or reject', fieldComments: 'Comments per field', addFieldComment: 'Add a field comment',
        reviewed: 'Review recorded', suspend: 'Suspend', reinstate: 'Reinstate', withdraw: 'Withdraw', reasonTitle: '{action}: reason',
        done: 'Done', version: 'Version {n}', kind: { REGISTRATION: 'Registration', CHANGE: 'Change request' },
        vstate: { SUBMITTED: 'Waiting', APPROVED: 'Approved', RETURNED: 'Returned', REJECTED: 'Rejected', SUPERSEDED: 'Superseded' },
        changes: 'Changes since version {n}', firstVersion: 'First submission; nothing to compare with', noChanges: 'Same as the compared version',
        submittedBy: 'Submitted by', submittedAt: 'Submitted', decidedAt: 'Decided', reviewer: 'Reviewer', from: 'Before', to: 'After',
        added: 'Added', removed: 'Removed', changed: 'Changed', item: 'Item', fieldName: 'Field', number: 'Version', kindLabel: 'Kind',
        stateLabel: 'State', fromStatus: 'From', toStatus: 'To', actor: 'By', at: 'At', masked: 'ID numbers and personal phones are masked'
      },
      directory: {
        title: 'Agency directory', intro: 'Agencies in the pool (including suspended ones) and blacklisted agencies.', q: 'Name or credit code',
        grade: 'Credit grade', blacklisted: 'Blacklisted', onlyBlacklisted: 'Blacklisted only', until: 'until {date}',
        card: 'Public information', leadEvaluators: 'Lead evaluators', qualified: 'with valid certificates', experts: 'Experts',
        branches: 'Branches', trackRecord: 'Track record by type', approvedAt: 'In the pool since',
        people: '{n}', entries: '{n}'
      },
      home: {
        agencyTitle: 'My agency', todo: 'To do', noTodo: 'Nothing to do', returned: 'The registration was returned; revise and resubmit it',
        draft: 'The profile has not been submitted yet', goProfile: 'Open', staffTitle: 'Reviews', pending: 'Registrations and changes waiting for review',
        attention: 'Agencies with an overdue confirmation or expiring certificates', goPool: 'Open'
      }
    }
  }
}
