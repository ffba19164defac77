export default {
  'zh-CN': {
    portalSettings: {
      title: '门户设置', titleZh: '门户标题（中文）', titleEn: '门户标题（英文）', default: '留空则使用默认标题：{title}',
      hint: '标题显示在页头、登录页、公开页面和浏览器标签上，应写明运行本系统的财政局，如“××县财政局预算绩效第三方机构管理系统”。修改记入审计日志。',
      saved: '门户设置已保存'
    },
    users: {
      title: '用户管理', username: '用户名', displayName: '姓名', roles: '角色', enabled: '启用', agencyId: '所属机构',
      locked: '已锁定', lastLogin: '最近登录', createdAt: '创建时间', create: '新增用户', edit: '编辑用户',
      password: '初始密码', resetPassword: '重置密码', unlock: '解锁', q: '用户名或姓名',
      resetConfirm: '确定重置用户 {name} 的密码吗？', temporary: '临时密码（仅显示一次，请告知用户）：{password}',
      disabled: '已停用', created: '用户已创建', updated: '用户已保存'
    },
    audit: {
      title: '审计日志', seq: '序号', time: '时间', actor: '操作人', action: '操作', entityType: '对象类型', entityId: '对象编号',
      changes: '变更内容', reason: '原因', verify: '校验完整性', valid: '审计日志完整：共 {n} 条记录，哈希链校验通过',
      invalid: '审计日志被篡改：第 {seq} 条记录校验失败（{problem}）',
      field: '字段', before: '原值', after: '新值', object: '对象', actorHint: '用户名', entityIdHint: '编号'
    },
    password: {
      title: '修改密码', current: '当前密码', new: '新密码', repeat: '确认新密码', mismatch: '两次输入的新密码不一致',
      changed: '密码已修改', mustChange: '您正在使用临时密码，请先修改密码',
      rule: '至少 8 个字符，须包含大写字母、小写字母、数字、符号中的至少 3 类，最多 72 个字节（一个汉字占 3 个字节）；不能使用常见密码（如 Password1、Admin{\'@\'}123）。',
      check: { length: '至少 8 个字符', kinds: '至少 3 类字符', bytes: '不超过 72 个字节' }
    }
  },
  en: {
    portalSettings: {
      title: 'Portal settings', titleZh: 'Portal title (Chinese)', titleEn: 'Portal title (English)', default: 'Leave empty for the built-in title: {title}',
      hint: 'The title is shown in the header, on the sign-in page, the public pages and the browser tab; name the finance bureau that runs the portal. Changes are recorded in the audit log.',
      saved: 'Portal settings saved'
    },
    users: {
      title: 'Users', username: 'User name', displayName: 'Name', roles: 'Roles', enabled: 'Enabled', agencyId: 'Agency',
      locked: 'Locked', lastLogin: 'Last sign-in', createdAt: 'Created', create: 'New user', edit: 'Edit user',
      password: 'Initial password', resetPassword: 'Reset password', unlock: 'Unlock', q: 'User name or name',
      resetConfirm: 'Reset the password of {name}?', temporary: 'Temporary password (shown once; tell the user): {password}',
      disabled: 'Disabled', created: 'User created', updated: 'User saved'
    },
    audit: {
      title: 'Audit log', seq: 'No.', time: 'Time', actor: 'Actor', action: 'Action', entityType: 'Entity', entityId: 'Entity id',
      changes: 'Changes', reason: 'Reason', verify: 'Verify integrity', valid: 'The audit log is intact: {n} entries, hash chain verified',
      invalid: 'The audit log was tampered with: entry {seq} does not verify ({problem})',
      field: 'Field', before: 'Before', after: 'After', object: 'Object', actorHint: 'User name', entityIdHint: 'Id'
    },
    password: {
      title: 'Change password', current: 'Current password', new: 'New password', repeat: 'Repeat new password',
      mismatch: 'The two new passwords differ', changed: 'Password changed', mustChange: 'You are using a temporary password; please change it first',
      rule: 'At least 8 characters with at least 3 of: upper-case letters, lower-case letters, digits, symbols; at most 72 bytes (a Chinese character is 3); not a common password (such as Password1 or Admin{\'@\'}123).',
      check: { length: 'at least 8 characters', kinds: 'at least 3 kinds of characters', bytes: 'at most 72 bytes' }
    }
  }
}
